/**
 * `ampbox pcap FILE [--json]` (issue 5, deliverable 10): the listing, the JSON lines, the exit codes
 * (0 read, 1 unreadable or damaged file, 2 usage).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { haveShared, sharedPath } from '../../helpers/shared.js';
import { runPcapCli } from '../../../appliance/src/v2g/pcap/index.js';

const present = haveShared('real-traffic/pcaps');
const ABB = present ? sharedPath('real-traffic', 'pcaps', 'uhi22/pyPLC/results/2022-11-25_v0.2_ABB_until_ChargeParamDiscovery.pcapng') : '';
const AC = present ? sharedPath('real-traffic', 'pcaps', 'tux-evse/iso15118-simulator-rs/afb-test/trace-logs/2024-03-28_iso15118-2_ac3ph_4_2.75amp.pcapng') : '';
const tmp = mkdtempSync(path.join(tmpdir(), 'ampbox-pcap-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runWith(new PassThrough(), ...args);
}

async function runWith(stdin: PassThrough, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const collect = (s: PassThrough): (() => string) => {
    const chunks: Buffer[] = [];
    s.on('data', (c: Buffer) => chunks.push(c));
    return () => Buffer.concat(chunks).toString('utf8');
  };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await runPcapCli(args, { stdin, stdout, stderr });
  return { code, out: out(), err: err() };
}

describe('ampbox pcap', () => {
  it('prints usage and exits 2 without exactly one file', async () => {
    for (const args of [[], ['a', 'b'], ['--frobnicate']]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^usage: ampbox pcap FILE \[--json\]/);
    }
    expect((await run('--help')).code).toBe(0);
  });

  it('exits 1 with a clear message for a missing file or one that is not a capture', async () => {
    const missing = await run(path.join(tmp, 'nope.pcap'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/ampbox pcap: cannot read .*nope\.pcap: ENOENT/);
    const text = path.join(tmp, 'text.pcap');
    writeFileSync(text, 'not a capture at all');
    const r = await run(text);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/text\.pcap: not a pcap or pcapng file \(magic 0x6e6f7420\) at byte 0/);
    expect(r.out).toBe('');
  });

  it.skipIf(!present)('lists SLAC, SDP and V2G with time deltas and key values', async () => {
    const r = await run(ABB);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s+0\.000\s+\+0\.000\s+SLAC\s+local\s+CM_SET_KEY\.REQ\s+src=dc:0e:a1:11:67:08 dst=ff:ff:ff:ff:ff:ff nid=[0-9a-f]{14}$/);
    expect(lines[2]).toMatch(/^\s+3\.153\s+\+3\.153\s+SLAC\s+EV->EVSE\s+CM_SLAC_PARM\.REQ\s+src=dc:0e:a1:11:67:08 dst=ff:ff:ff:ff:ff:ff run_id=[0-9a-f]{16}$/);
    expect(r.out).toMatch(/CM_SLAC_MATCH\.CNF .*nid=[0-9a-f]{14}/);
    expect(r.out).toMatch(/SDP\s+EVSE->EV\s+SDP_Res\s+address=fe80::5610:ecff:fea1:f3e2 port=53537 security=NoTLS transport=TCP/);
    expect(r.out).toMatch(/V2G 0 din\s+EVSE->EV\s+SessionSetupRes\s+SessionID=\w+ ResponseCode=OK/);
    expect(r.out).toMatch(/ChargeParameterDiscoveryReq .*EVRESSSOC=\d+% .*EVMaximumVoltageLimit=[\d.]+V/);
    expect(lines.at(-1)).toMatch(/^-- .*: \d+ SLAC, \d+ SDP, 9 V2G message\(s\) in 1 TCP stream\(s\)$/);
  });

  it.skipIf(!present)('--json prints one object per line: t, dt, kind, dir, name, schema, fields', async () => {
    const r = await run(AC, '--json');
    expect(r.code).toBe(0);
    const objs = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objs.every((o) => typeof o.t === 'number' && typeof o.dt === 'number' && (o.dt as number) >= 0)).toBe(true);
    expect(new Set(objs.map((o) => o.kind))).toEqual(new Set(['slac', 'sdp', 'v2g']));
    const v2g = objs.filter((o) => o.kind === 'v2g');
    expect(v2g).toHaveLength(1698);
    expect(v2g.every((o) => typeof o.schema === 'string' && (o.dir === 'EV->EVSE' || o.dir === 'EVSE->EV'))).toBe(true);
    const status = v2g.find((o) => o.name === 'ChargingStatusRes')!;
    expect(status).toMatchObject({ schema: 'iso2', dir: 'EVSE->EV', ResponseCode: 'OK', SessionID: expect.any(String) });
    expect(r.err).toMatch(/^note: TLS connection /);
  });

  it.skipIf(!present)('reads the capture from stdin with FILE -', async () => {
    const stdin = new PassThrough();
    stdin.end(readFileSync(ABB));
    const r = await runWith(stdin, '-', '--json');
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').filter((l) => l.includes('"kind":"v2g"'))).toHaveLength(9);
  });

  it.skipIf(!present)('prints what it read of a truncated file, then the error, and exits 1', async () => {
    const cut = path.join(tmp, 'cut.pcapng');
    const whole = readFileSync(ABB);
    writeFileSync(cut, whole.subarray(0, whole.length - 333));
    const r = await run(cut, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ampbox pcap: .*cut\.pcapng: truncated pcapng block .* at byte \d+\n$/);
    expect(r.out.split('\n').length).toBeGreaterThan(20);
  });
});
