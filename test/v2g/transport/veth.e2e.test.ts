/**
 * Issue 5, deliverables 1–2 on real interfaces: the SECC (SDP server + V2GTP server) and the EV (SDP
 * discovery + V2GTP client) as separate processes in two network namespaces joined by a veth pair
 * (test/helpers/netns.ts, created and removed here; needs root), each on its kernel-assigned IPv6
 * link-local address, the stations running the COMPILED sdp/transport modules
 * (test/fixtures/v2g-transport-station.mjs).
 *
 * DAD: the test WAITS for duplicate address detection to finish — until each side's fe80:: address is
 * listed without the `tentative` flag — rather than disabling it: a tentative address cannot be bound
 * (EADDRNOTAVAIL), and waiting is what the appliance will face on a real PLC interface too.
 *
 * The EV's SDP request goes to ff02::1 on its interface (multicast); the SECC's SDP socket is bound to
 * ff02::1%<interface> on UDP 15118 (the real port: the namespaces are ours alone).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVethPair, netnsAvailable, ourNamespaces, runInNamespace, type Message, type NsChild, type VethSetup } from '../../helpers/netns.js';
import { PROJECT_ROOT } from '../../helpers/shared.js';

const STATION = path.join(PROJECT_ROOT, 'test', 'fixtures', 'v2g-transport-station.mjs');
const netns = netnsAvailable();
if (!netns.ok && netns.skip) console.warn(`note: skipping the V2G transport veth tests: ${netns.reason}`);
const needRoot = !netns.ok && netns.skip;

const run = (cmd: string, args: string[]): Promise<string> =>
  new Promise((resolve, reject) =>
    execFile(cmd, args, { cwd: PROJECT_ROOT, timeout: 120_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} ${args.join(' ')} failed:\n${stdout}${stderr}`)) : resolve(stdout),
    ),
  );

/**
 * Compiles only the sdp and transport modules (and what they import) into a temp dir: the stations need
 * JavaScript, and building the whole appliance would tie this test to every other module's state.
 */
async function compile(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-v2g-transport-'));
  const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await run(process.execPath, [
    tsc, '--outDir', dir, '--rootDir', 'appliance/src', '--module', 'NodeNext', '--moduleResolution', 'NodeNext',
    '--target', 'ES2022', '--lib', 'ES2023', '--strict', '--skipLibCheck', '--types', 'node',
    'appliance/src/v2g/sdp/index.ts', 'appliance/src/v2g/transport/index.ts',
  ]);
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  return dir;
}

interface Addr {
  local: string;
  flags: string[];
}

/** The interface's link-local address once DAD is done (no `tentative` flag), polling `ip -j addr`. */
async function linkLocalAfterDad(ns: string, ifname: string, ms = 15_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const j = JSON.parse((await run('ip', ['-n', ns, '-j', '-6', 'addr', 'show', 'dev', ifname])) || '[]') as Array<{
      addr_info: Array<{ local: string; scope: string; tentative?: boolean; dadfailed?: boolean }>;
    }>;
    const ll = j[0]?.addr_info.find((a) => a.scope === 'link' && a.local.startsWith('fe80'));
    if (ll?.dadfailed) throw new Error(`DAD failed for ${ll.local} in ${ns}`);
    if (ll && !ll.tentative) return ll.local;
    if (Date.now() > until) throw new Error(`no link-local address out of DAD on ${ifname} in ${ns} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function station(ns: string, role: 'secc' | 'ev', ifname: string, dist: string): Promise<NsChild> {
  const child = runInNamespace(ns, STATION, [role, ifname, dist]);
  await child.waitFor((m) => m.event === 'ready', 20_000, `${role} ready`);
  return child;
}

describe.skipIf(needRoot)('SDP + V2GTP over a veth pair between two namespaces, link-local IPv6', () => {
  let setup: VethSetup | undefined;
  let dist: string | undefined;
  let secc: NsChild;
  let ev: NsChild;
  let seccLl: string;
  let evLl: string;

  beforeAll(async () => {
    if (!netns.ok) throw new Error(netns.reason);
    [dist, setup] = await Promise.all([compile(), createVethPair({ ifname: 'plc0' })]);
    [seccLl, evLl] = await Promise.all([linkLocalAfterDad(setup.nsA, setup.ifA), linkLocalAfterDad(setup.nsB, setup.ifB)]);
    [secc, ev] = await Promise.all([station(setup.nsA, 'secc', setup.ifA, dist), station(setup.nsB, 'ev', setup.ifB, dist)]);
  });

  afterAll(async () => {
    await Promise.all([secc?.stop(), ev?.stop()]);
    await setup?.cleanup();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('the EV discovers the SECC by multicast to ff02::1 and exchanges V2GTP messages over TCP on link-local addresses', async () => {
    const s = setup!;
    const started = await secc.request<{ address: string; tcpPort: number; sdpBind: { address: string; port: number } } & Message>({ op: 'start' });
    expect(started.address).toBe(`${seccLl}%${s.ifA}`);
    expect(started.sdpBind).toEqual({ address: 'ff02::1', port: 15118 }); // ff02::1%<if>: the zone is not reported back
    expect(started.tcpPort).toBeGreaterThanOrEqual(49152);

    const d = await ev.request<{ result: Record<string, unknown> } & Message>({ op: 'discover' });
    expect(d.result).toMatchObject({
      ok: true,
      address: seccLl,
      scope: s.ifB, // the EV reaches a link-local address through its own interface
      host: `${seccLl}%${s.ifB}`,
      port: started.tcpPort,
      security: 'NoTLS',
      transport: 'TCP',
    });
    const answered = await secc.waitFor((m) => m.event === 'sdp' && m.type === 'answered', 5000, 'SDP answered');
    expect(answered.from).toBe(`${evLl}%${s.ifA}`); // Node reports a link-local sender with its zone

    const payloads = ['8000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040', '809a0211d63a4d2b1e6e2b1a50c0', ''];
    const x = await ev.request<{ responses: string[]; local: string; remote: string } & Message>({
      op: 'exchange', host: d.result.address, port: d.result.port, scope: d.result.scope, payloads,
    });
    expect(x.responses).toEqual(payloads.map((h) => Buffer.from(h, 'hex').reverse().toString('hex')));
    // Node reports link-local TCP endpoints with their zone, each side its own interface.
    expect(x.remote).toBe(`${seccLl}%${s.ifB}`);
    expect(x.local).toBe(`${evLl}%${s.ifB}`);
    const seen = secc.messages.filter((m) => m.event === 'message');
    expect(seen.map((m) => m.hex)).toEqual(payloads);
    expect(new Set(seen.map((m) => m.remoteAddress))).toEqual(new Set([`${evLl}%${s.ifA}`]));
  });

  it('a TLS request is answered with NoTLS; the SDP and TCP counters show what happened', async () => {
    const d = await ev.request<{ result: Record<string, unknown> } & Message>({ op: 'discover', security: 'TLS' });
    expect(d.result).toMatchObject({ ok: true, security: 'NoTLS', address: seccLl });
    const st = await secc.request<{ sdp: Record<string, number>; tcp: Record<string, number> } & Message>({ op: 'status' });
    expect(st.sdp).toMatchObject({ answered: 2, tls_declined: 1, malformed: 0, ignored: 0, send_errors: 0 });
    expect(st.tcp).toEqual({ accepted: 1, rejected: 0, replaced: 0 });
  });

  it('the SDP server hears its own interface only: a request arriving on another interface goes unanswered', async () => {
    // A second veth pair between the same namespaces (other0 at the SECC, other1 at the EV). The EV's
    // multicast request on other1 reaches the SECC's host on other0 (its RX counter shows it), but the
    // SDP socket is bound to plc0 and never sees it; the same EV process on plc0 is answered at once.
    const s = setup!;
    await run('ip', ['link', 'add', 'other0', 'netns', s.nsA, 'type', 'veth', 'peer', 'name', 'other1', 'netns', s.nsB]);
    await run('ip', ['-n', s.nsA, 'link', 'set', 'other0', 'up']);
    await run('ip', ['-n', s.nsB, 'link', 'set', 'other1', 'up']);
    await Promise.all([linkLocalAfterDad(s.nsA, 'other0'), linkLocalAfterDad(s.nsB, 'other1')]);
    const rxPackets = async (): Promise<number> =>
      (JSON.parse(await run('ip', ['-n', s.nsA, '-j', '-s', 'link', 'show', 'other0'])) as Array<{ stats64: { rx: { packets: number } } }>)[0]!
        .stats64.rx.packets;
    const viaOther = await station(s.nsB, 'ev', 'other1', dist!);
    try {
      const before = (await secc.request<{ sdp: Record<string, number> } & Message>({ op: 'status' })).sdp;
      const rx0 = await rxPackets();
      const other = await viaOther.request<{ result: Record<string, unknown> } & Message>({ op: 'discover', responseTimeoutMs: 100, maxRequests: 5 });
      expect(other.result).toMatchObject({ ok: false, reason: 'timeout', attempts: 5 });
      expect((await rxPackets()) - rx0).toBeGreaterThanOrEqual(5); // the requests did arrive on other0
      expect((await secc.request<{ sdp: Record<string, number> } & Message>({ op: 'status' })).sdp.received).toBe(before.received);
      const plc = await ev.request<{ result: Record<string, unknown> } & Message>({ op: 'discover', responseTimeoutMs: 100, maxRequests: 5 });
      expect(plc.result).toMatchObject({ ok: true, address: seccLl, scope: s.ifB });
    } finally {
      await viaOther.stop();
    }
  });
});

describe.skipIf(needRoot)('namespace hygiene', () => {
  it('leaves none of this run’s network namespaces behind', () => {
    expect(ourNamespaces()).toEqual([]);
  });
});
