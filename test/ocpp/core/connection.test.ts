/**
 * Issue 8, the OCPP connection (appliance/src/ocpp/connection.ts) against the test CSMS: security profiles
 * 1 (Basic auth over ws), 2 (TLS + Basic auth) and 3 (client certificate), refused connections retried with
 * growing delays, CALLERROR codes in each version's spelling both ways, NotImplemented for every action
 * without a handler, and configuration errors caught at build.
 *
 * Checked that these tests can fail: without the validator wrapper a handled unknown action is answered
 * ProtocolError; without respellCallError 1.6 gets OccurrenceConstraintViolation and 2.0.1
 * OccurenceConstraintViolation (ocpp-rpc's spellings, each wrong for its version).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../appliance/src/config/index.js';
import { OcppRemoteError, RpcLink, resolveLinkSettings, type ConnectFailure, type OcppVersion } from '../../../appliance/src/ocpp/index.js';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { Logger, silentSink } from '../../../appliance/src/shared/logger.js';
import type { CsmsCallError } from '../csms/index.js';
import { authority, type Authority, type Issued } from './certs.js';
import { IDENTITY, PASSWORD, ocppConfig, startCore, type CoreBench } from './harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-ocpp-tls-'));
let ca: Authority;
let otherCa: Authority;
let server: Issued;
let client: Issued;
let strangerClient: Issued;
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

beforeAll(() => {
  ca = authority('ampbox test CSMS CA');
  otherCa = authority('some other CA');
  server = ca.sign('localhost', { server: true });
  client = ca.sign(IDENTITY);
  strangerClient = otherCa.sign(IDENTITY);
  file('ca.pem', ca.cert);
  file('other-ca.pem', otherCa.cert);
  file('client.pem', client.cert);
  file('client.key', client.key);
  file('stranger.pem', strangerClient.cert);
  file('stranger.key', strangerClient.key);
  file('password', `${PASSWORD}\n`);
  file('short-password', 'abc\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let bench: CoreBench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

/** Records failed attempts, then checks the link waits exactly each announced delay before the next one. */
async function expectGrowingRetries(b: CoreBench, rounds: number): Promise<ConnectFailure[]> {
  const failures: ConnectFailure[] = [];
  b.service.link.onConnectFailed((f) => void failures.push(f));
  for (let i = 1; i <= rounds; i++) {
    await b.until(() => failures.length >= i, `failed attempt ${i}`);
    const before = b.service.link.connectAttempts;
    await b.run(failures[i - 1]!.retry_ms - 1, 100);
    expect(b.service.link.connectAttempts).toBe(before); // not a moment early
    await b.run(1);
  }
  // reconnect_min_s 1 doubling up to reconnect_max_s 8, jitter pinned to 0.875 of each.
  expect(failures.slice(0, rounds).map((f) => f.retry_ms)).toEqual([875, 1750, 3500, 7000, 7000].slice(0, rounds));
  expect(b.csms.station(IDENTITY)?.connected ?? false).toBe(false);
  return failures;
}

describe('security profile 1: Basic auth over ws', () => {
  it('connects with the identity as user name and the password from password_file', async () => {
    bench = await startCore({ ocpp: { password: null, password_file: path.join(dir, 'password') } });
    const st = await bench.csms.waitForStation(IDENTITY, { booted: true });
    expect(st.auth).toEqual({ basicUser: IDENTITY, certCN: null });
    expect(st.version).toBe('ocpp1.6');
    await bench.until(() => bench!.service.boot?.status === 'Accepted', 'the answer at the station');
    // Every frame is logged at debug, both directions.
    expect(bench.logs.some((l) => l.level === 'debug' && l.message.startsWith('>> [2,') && l.message.includes('BootNotification'))).toBe(true);
    expect(bench.logs.some((l) => l.level === 'debug' && l.message.startsWith('<< [3,'))).toBe(true);
    bench.csms.assertNoViolations();
  });

  it('a wrong password gets no connection; attempts go on with growing delays', async () => {
    bench = await startCore({ ocpp: { password: 'not-the-right-password' } });
    const failures = await expectGrowingRetries(bench, 5);
    expect(failures[0]!.reason).toMatch(/401/);
    expect(bench.csms.frames).toEqual([]);
    bench.csms.assertNoViolations();
  });
});

describe('security profile 2: TLS + Basic auth', () => {
  it('connects over wss trusting tls.ca, with Basic auth', async () => {
    bench = await startCore({ csms: { tls: server }, ocpp: { security_profile: 2, tls: { ca: path.join(dir, 'ca.pem') } } });
    expect(bench.csms.url.startsWith('wss://')).toBe(true);
    const st = await bench.csms.waitForStation(IDENTITY, { booted: true });
    expect(st.auth.basicUser).toBe(IDENTITY);
    bench.csms.assertNoViolations();
  });

  it('a CSMS certificate from another CA gets no connection; attempts go on with growing delays', async () => {
    bench = await startCore({ csms: { tls: server }, ocpp: { security_profile: 2, tls: { ca: path.join(dir, 'other-ca.pem') } } });
    const failures = await expectGrowingRetries(bench, 3);
    expect(failures[0]!.reason).toMatch(/certificate|verify/i);
    bench.csms.assertNoViolations();
  });
});

describe('security profile 3: TLS with a client certificate', () => {
  const tls3 = (cert: string, key: string) => ({ ca: path.join(dir, 'ca.pem'), cert: path.join(dir, cert), key: path.join(dir, key) });

  it('connects with the certificate whose CN is the identity, and no password', async () => {
    bench = await startCore({
      csms: { tls: { ...server, ca: ca.cert, requestCert: true }, passwords: undefined },
      ocpp: { security_profile: 3, password: null, tls: tls3('client.pem', 'client.key') },
    });
    const st = await bench.csms.waitForStation(IDENTITY, { booted: true });
    expect(st.auth).toEqual({ basicUser: null, certCN: IDENTITY });
    bench.csms.assertNoViolations();
  });

  it('a client certificate the CSMS does not trust gets no connection', async () => {
    bench = await startCore({
      csms: { tls: { ...server, ca: ca.cert, requestCert: true }, passwords: undefined },
      ocpp: { security_profile: 3, password: null, tls: tls3('stranger.pem', 'stranger.key') },
    });
    const failures = await expectGrowingRetries(bench, 2);
    expect(failures[0]!.reason).toMatch(/401/);
    bench.csms.assertNoViolations();
  });
});

describe('configuration errors at build', () => {
  const url = 'ws://127.0.0.1:9/ocpp';
  const build = (over: Parameters<typeof ocppConfig>[2]) => () => resolveLinkSettings(ocppConfig(over?.url ?? url, 'ocpp1.6', over), IDENTITY);
  const problem = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as ConfigError).problems.join('\n');
    }
    throw new Error('no ConfigError');
  };

  it('profile 2 or 3 with a ws:// URL', () => {
    expect(problem(build({ security_profile: 2 }))).toBe(`ocpp.url: security_profile 2 needs TLS, so a wss:// URL; got ${url}`);
    expect(problem(build({ security_profile: 3, password: null, tls: { cert: path.join(dir, 'client.pem'), key: path.join(dir, 'client.key') } }))).toBe(
      `ocpp.url: security_profile 3 needs TLS, so a wss:// URL; got ${url}`,
    );
  });

  it('a missing or short password file, or no password at all', () => {
    const missing = path.join(dir, 'no-such-file');
    expect(problem(build({ password: null, password_file: missing }))).toBe(`ocpp.password_file: cannot read ${missing}: ENOENT`);
    expect(problem(build({ password: null, password_file: path.join(dir, 'short-password') }))).toBe(
      `ocpp.password_file: ${path.join(dir, 'short-password')} holds 3 characters; the password must have 16 to 40`,
    );
    expect(problem(build({ password: null }))).toMatch(/^ocpp.password: security_profile 1 is Basic authentication/);
  });

  it('a client certificate issued to another CN, or without its key', () => {
    const other = ca.sign('someone-else');
    const cert = file('other.pem', other.cert);
    const key = file('other.key', other.key);
    const wss = 'wss://127.0.0.1:9/ocpp';
    expect(problem(build({ url: wss, security_profile: 3, password: null, tls: { cert, key } }))).toBe(
      `ocpp.tls.cert: ${cert} is issued to CN=someone-else, but the charging-station identity is ${IDENTITY}; security_profile 3 needs them equal`,
    );
    expect(problem(build({ url: wss, security_profile: 3, password: null, tls: { cert: path.join(dir, 'client.pem'), key } }))).toBe(
      `ocpp.tls.key: ${key} is not the private key of ${path.join(dir, 'client.pem')}`,
    );
    expect(problem(build({ url: wss, security_profile: 3, password: null }))).toBe('ocpp.tls.cert / ocpp.tls.key: security_profile 3 authenticates with a client certificate; set both');
  });

  it('the OcppService constructor (what build() calls) throws them', () => {
    const cfg = ocppConfig(url, 'ocpp2.0.1', { security_profile: 2 });
    expect(() => new RpcLink(cfg, IDENTITY, { clock: new ManualClock(), log: new Logger('t', new ManualClock(), silentSink) })).toThrow(ConfigError);
  });
});

describe.each<OcppVersion>(['ocpp1.6', 'ocpp2.0.1'])('%s: CALLERROR codes', (version) => {
  const v16 = version === 'ocpp1.6';

  /** The station's answer to a raw CALL the CSMS sent. */
  async function answerTo(b: CoreBench, frame: unknown[]): Promise<unknown[]> {
    b.csms.station(IDENTITY)!.sendRaw(JSON.stringify(frame));
    const id = frame[1];
    let answer: unknown[] | undefined;
    await b.until(() => (answer = b.csms.frames.find((f) => f.direction === 'station→csms' && f.message[1] === id && f.message[0] !== 2)?.message) !== undefined, `answer to ${String(id)}`);
    return answer!;
  }

  it('an action without a handler is NotImplemented, whether the version defines it or not', async () => {
    bench = await startCore({ version });
    await bench.csms.waitForStation(IDENTITY, { booted: true });
    // ClearCache exists in both versions; NoSuchAction in neither; FooBar has a handler but no schema
    // (ocpp-rpc alone answers that one ProtocolError).
    for (const action of ['ClearCache', 'NoSuchAction', 'FooBar']) {
      const a = await answerTo(bench, [2, `ni-${action}`, action, {}]);
      expect(a.slice(0, 3)).toEqual([4, `ni-${action}`, 'NotImplemented']);
    }
    bench.csms.assertNoViolations();
  });

  it(`an invalid payload is ${v16 ? 'FormationViolation' : 'FormatViolation'}; a missing field ${v16 ? 'OccurenceConstraintViolation' : 'OccurrenceConstraintViolation'}`, async () => {
    bench = await startCore({ version });
    await bench.csms.waitForStation(IDENTITY, { booted: true });
    expect((await answerTo(bench, [2, 'fv-1', 'Reset', { type: 'Sideways' }]))[2]).toBe(v16 ? 'FormationViolation' : 'FormatViolation');
    expect((await answerTo(bench, [2, 'oc-1', 'Reset', {}]))[2]).toBe(v16 ? 'OccurenceConstraintViolation' : 'OccurrenceConstraintViolation');
    expect((await answerTo(bench, [2, 'ok-1', 'Reset', { type: v16 ? 'Soft' : 'Immediate' }]))).toEqual([3, 'ok-1', { status: 'Accepted' }]);
    bench.csms.assertNoViolations();
  });

  it('handler errors: OcppCallError keeps its code (spelled for the version), a bug is InternalError and logged', async () => {
    bench = await startCore({ version });
    const st = await bench.csms.waitForStation(IDENTITY, { booted: true });
    const codeOf = (vendorId: string) => st.call('DataTransfer', { vendorId }).then(() => 'result', (e: CsmsCallError) => e.code);
    expect(await codeOf('throw-format')).toBe(v16 ? 'FormationViolation' : 'FormatViolation');
    expect(await codeOf('throw-bug')).toBe('InternalError');
    expect(bench.logs.some((l) => l.level === 'error' && l.message.includes('DataTransfer handler failed') && l.message.includes('a bug in the handler'))).toBe(true);
    // A handler's answer that breaks the schema never leaves the station.
    expect(await codeOf('bad-result')).toBe('InternalError');
    expect(await st.call('DataTransfer', { vendorId: 'acme' })).toEqual({ status: 'UnknownVendorId' });
    expect(st.connected).toBe(true);
    bench.csms.assertNoViolations();
  });

  it("the CSMS's CALLERROR comes back as OcppRemoteError with its code", async () => {
    bench = await startCore({ version });
    await bench.csms.waitForStation(IDENTITY, { booted: true });
    const code = v16 ? 'FormationViolation' : 'FormatViolation';
    bench.csms.onCall('Heartbeat', () => ({ callError: { code, description: 'no heartbeat today' } }));
    const err = await bench.service.sender!.send('Heartbeat', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OcppRemoteError);
    expect(err).toMatchObject({ action: 'Heartbeat', code });
    bench.csms.assertNoViolations();
  });
});
