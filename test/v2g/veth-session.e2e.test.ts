/**
 * Issue 5, "full sessions … over a veth pair between two network namespaces with link-local addresses":
 * the appliance runs as a real process (`ip netns exec <nsA> node bin/ampbox.js start`) with
 * `board.ev: external` and `slac.link: pcap` on its end of the link; in another namespace an "external
 * EV" process (test/fixtures/external-ev.mjs) runs SLAC as the PEV over libpcap, SDP by multicast to
 * ff02::1 on its interface, TCP to the announced link-local address and the EVCC simulator to the end.
 * The EVSE's local modem (it answers CM_SET_KEY) is a third station (test/fixtures/slac-station.mjs), all
 * on one bridge, as in test/slac/veth.e2e.test.ts. Namespaces are created and removed here (root).
 *
 * The appliance's link-local address is set by the test (fe80::a:1, with DAD made slow), so start-up meets
 * a tentative address for real: the test waits until the appliance says it is waiting, then lets the
 * address through (re-added with `nodad`), and the appliance binds it.
 *
 * Per session: the EV's session terminates normally with energy > 0; the SDP answer carried fe80::a:1
 * and a TCP port from 49152–65535 (the one the appliance listens on); the SQLite file holds the finished
 * transaction with energy; the control pilot as the board reports it went B → C → B → A; no error is active.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ampbox, BIN, buildOnce, childEnv, readDb, reap, tempDir } from '../fixtures/ampbox-process.js';
import { createVethPair, netnsAvailable, ourNamespaces, runInNamespace, type Message, type NsChild, type VethSetup } from '../helpers/netns.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { dump } from 'js-yaml';
import { writeFileSync } from 'node:fs';

const DIST = path.join(PROJECT_ROOT, 'appliance', 'dist');
const EV_SCRIPT = path.join(PROJECT_ROOT, 'test', 'fixtures', 'external-ev.mjs');
const STATION = path.join(PROJECT_ROOT, 'test', 'fixtures', 'slac-station.mjs');
const SECC_LL = 'fe80::a:1';

const netns = netnsAvailable();
if (!netns.ok && netns.skip) console.warn(`note: skipping the V2G veth session tests: ${netns.reason}`);
const needRoot = !netns.ok && netns.skip;

const run = (cmd: string, args: string[]): Promise<string> =>
  new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: 30_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} ${args.join(' ')} failed:\n${stdout}${stderr}`)) : resolve(stdout),
    ),
  );

/** The interface's link-local address once DAD is done (polling `ip -j addr`, bounded). */
async function linkLocalAfterDad(ns: string, ifname: string, ms = 15_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const j = JSON.parse((await run('ip', ['-n', ns, '-j', '-6', 'addr', 'show', 'dev', ifname])) || '[]') as Array<{
      addr_info: Array<{ local: string; scope: string; tentative?: boolean }>;
    }>;
    const ll = j[0]?.addr_info.find((a) => a.scope === 'link' && a.local.startsWith('fe80'));
    if (ll && !ll.tentative) return ll.local;
    if (Date.now() > until) throw new Error(`no link-local address out of DAD on ${ifname} in ${ns} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Log lines of one source (`evse1/external-ev`) after `from`, message part only. */
function logLines(p: Ampbox, source: string, from = 0): string[] {
  return p.stdout
    .slice(from)
    .split('\n')
    .map((l) => /^\S+ \S+\s+(\S+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === source)
    .map((m) => m[2]!);
}

interface EvResult extends Message {
  slac: { attempts: number; evse_mac: string; nid: string };
  sdp: { ok: boolean; address: string; scope: string; host: string; port: number; security: string };
  outcome: { result: string; reason: string; protocol: string; energy_Wh: number; session_id: string };
  responses: Array<{ name: string; code: string }>;
  local: string;
  remote: string;
}

interface SessionRow {
  id: string;
  started_at: number;
  stopped_at: number | null;
  energy_Wh: number;
  stop_reason: string | null;
}

describe.skipIf(needRoot)('full V2G sessions over veth: the appliance with ev: external, an external EV in another namespace', () => {
  let setup: VethSetup | undefined;
  let modem: NsChild;
  let ev: NsChild;
  let appliance: Ampbox | undefined;
  let dbFile = '';
  let evLl = '';

  function config(dir: string, dc: boolean, v2g?: Record<string, unknown>): string {
    const s = setup!;
    const evse: Record<string, unknown> = {
      id: 1,
      board: { type: 'sim', ev: 'external' },
      slac: { enabled: true, link: 'pcap', interface: s.ifA, modem_mac: s.macM },
      ...(v2g ? { v2g } : {}),
      ...(dc
        ? { connector: 'cCCS2', max_current_A: 32, dc: { enabled: true, max_voltage_V: 500, max_current_A: 125, max_power_W: 50000 } }
        : { connector: 'sType2', max_current_A: 16, phases: 3 }),
    };
    const file = path.join(dir, 'ampbox.yaml');
    writeFileSync(
      file,
      dump({
        config_version: 1,
        charger: { id: 'ampbox-veth' },
        evses: [evse],
        // The external EV identifies nobody: every plug-in is authorized (the session answers Accepted).
        auth: { mode: 'free' },
        database: { path: path.join(dir, 'ampbox.db') },
        // The namespace's loopback is down: no HTTP.
        http: { enabled: false },
      }),
    );
    return file;
  }

  function startAppliance(dc: boolean): Ampbox {
    const dir = tempDir();
    dbFile = path.join(dir, 'ampbox.db');
    return Ampbox.spawn(['start', '--config', config(dir, dc)], {
      command: ['ip', 'netns', 'exec', setup!.nsA, process.execPath, BIN],
      env: childEnv(),
    });
  }

  async function stopAppliance(): Promise<void> {
    const p = appliance;
    appliance = undefined;
    if (!p || p.exit) return;
    p.signal('SIGTERM');
    expect((await p.waitExit(20_000)).code).toBe(0);
  }

  beforeAll(async () => {
    if (!netns.ok) throw new Error(netns.reason);
    await buildOnce();
    setup = await createVethPair({ modem: true, ifname: 'plc0' });
    const s = setup;
    // The appliance's address: fixed, and held tentative (50 DAD probes ≈ 50 s) until the test lets it go.
    await run('ip', ['netns', 'exec', s.nsA, 'sysctl', '-qw', `net.ipv6.conf.${s.ifA}.dad_transmits=50`]);
    await run('ip', ['-n', s.nsA, 'addr', 'flush', 'dev', s.ifA, 'scope', 'link']);
    await run('ip', ['-n', s.nsA, 'addr', 'add', `${SECC_LL}/64`, 'dev', s.ifA]);
    modem = runInNamespace(s.nsM!, STATION, ['modem', s.ifM!, JSON.stringify({ hostMac: s.macA }), path.join(DIST, 'slac')]);
    ev = runInNamespace(s.nsB, EV_SCRIPT, [s.ifB, DIST]);
    await Promise.all([
      modem.waitFor((m) => m.event === 'ready', 20_000, 'modem ready'),
      ev.waitFor((m) => m.event === 'ready', 20_000, 'external EV ready'),
    ]);
    evLl = await linkLocalAfterDad(s.nsB, s.ifB);
  }, 120_000);

  afterAll(async () => {
    await stopAppliance().catch(() => {});
    await reap();
    for (const c of [ev, modem]) {
      if (!c) continue;
      await c.request({ op: 'close' }, 5000).catch(() => {});
      await c.stop();
    }
    await setup?.cleanup();
  });

  it('waits for the tentative link-local address, then binds it', async () => {
    appliance = startAppliance(true);
    await appliance.waitFor(new RegExp(`waiting: ${SECC_LL}%plc0 is not usable yet \\(duplicate address detection`), 30_000);
    expect(appliance.stdout).not.toMatch(/ready with/);
    // DAD "finishes": the same address again, without DAD.
    await run('ip', ['-n', setup!.nsA, 'addr', 'del', `${SECC_LL}/64`, 'dev', setup!.ifA]);
    await run('ip', ['-n', setup!.nsA, 'addr', 'add', `${SECC_LL}/64`, 'dev', setup!.ifA, 'nodad']);
    await appliance.waitFor(/ready with 1 EVSE/, 30_000);
    const [, host, port] = appliance.stdout.match(/V2G on \[([^\]]+)\]:(\d+), SDP on UDP 15118 \(ff02::1 on plc0\)/) ?? [];
    expect(host).toBe(`${SECC_LL}%plc0`);
    expect(Number(port)).toBeGreaterThanOrEqual(49152);
  }, 60_000);

  /** One EV session from SLAC to unplug; returns what the EV and the appliance saw. */
  async function session(
    protocol: 'din' | 'iso2',
    charging: 'dc' | 'ac',
  ): Promise<{ r: EvResult; row: SessionRow; cp: string[]; presented: string[]; states: string[] }> {
    const p = appliance!;
    const from = p.stdout.length;
    const rowsBefore = readDb(dbFile, (db) => db.prepare('SELECT id FROM charging_sessions').all() as Array<{ id: string }>) ?? [];
    const battery = charging === 'dc' ? { capacity_kWh: 1, soc_pct: 78, target_soc_pct: 80 } : { capacity_kWh: 1, soc_pct: 79, target_soc_pct: 80 };
    const r = await ev.request<EvResult>({ op: 'session', protocol, charging, battery }, 120_000);
    // The EV has gone: the CP is back at A and the charger idle.
    await p.until(() => logLines(p, 'evse1/charger', from).includes('Finished -> Idle'), 'the charger back in Idle', 30_000);
    const row = await p.until(
      () => readDb(dbFile, (db) => (db.prepare('SELECT * FROM charging_sessions').all() as SessionRow[]).find((x) => !rowsBefore.some((b) => b.id === x.id) && x.stopped_at !== null)),
      'the finished transaction in the database',
      30_000,
    );
    const cp = logLines(p, 'evse1/external-ev', from).filter((l) => l.startsWith('control pilot ')).map((l) => l.slice('control pilot '.length));
    const presented = logLines(p, 'evse1/external-ev', from).filter((l) => l.startsWith('external EV presents ')).map((l) => l.slice(21, 22));
    const states = logLines(p, 'evse1/charger', from).filter((l) => / -> /.test(l));
    return { r, row, cp, presented, states };
  }

  async function expectNormalSession(protocol: 'din' | 'iso2', charging: 'dc' | 'ac'): Promise<void> {
    const p = appliance!;
    const tcpPort = Number(p.stdout.match(/V2G on \[[^\]]+\]:(\d+)/)![1]);
    const { r, row, cp, presented, states } = await session(protocol, charging);
    // SLAC matched with the appliance's interface; SDP announced the link-local address and the TCP port.
    expect(r.slac.evse_mac).toBe(setup!.macA);
    expect(r.sdp).toMatchObject({ ok: true, address: SECC_LL, scope: setup!.ifB, port: tcpPort, security: 'NoTLS' });
    expect(r.sdp.port).toBeGreaterThanOrEqual(49152);
    expect(r.sdp.port).toBeLessThanOrEqual(65535);
    expect(r.remote).toBe(`${SECC_LL}%${setup!.ifB}`);
    expect(r.local).toBe(`${evLl}%${setup!.ifB}`);
    // The session ran to a normal end with energy.
    expect(r.outcome).toMatchObject({ result: 'terminated', reason: 'target SoC reached', protocol });
    expect(r.outcome.energy_Wh).toBeGreaterThan(0);
    expect(r.responses.filter((x) => x.code.startsWith('FAILED'))).toEqual([]);
    // The appliance's side: the finished transaction with energy, the CP as the board reported it.
    expect(row.energy_Wh).toBeGreaterThan(0);
    expect(row.stop_reason).toBe('StoppedByEV');
    expect(cp).toEqual(['B', 'C', 'B', 'A']);
    expect(presented).toEqual(['B', 'C', 'B', 'A']);
    // The charger's reading of it: plugged (B), charging once C and power were on, paused by the EV (B),
    // the transaction ended by the session, idle when unplugged (A).
    expect(states).toEqual([
      'Idle -> PrepareCharging',
      'PrepareCharging -> Charging',
      'Charging -> ChargingPausedEV',
      'ChargingPausedEV -> StoppingCharging',
      'StoppingCharging -> Finished',
      'Finished -> Idle',
    ]);
    const active = readDb(dbFile, (db) => db.prepare("SELECT type FROM error_history WHERE state = 'Active'").all()) ?? [];
    expect(active).toEqual([]);
    expect(p.stdout).toMatch(new RegExp(`V2G session: ${protocol === 'din' ? 'DIN 70121' : 'ISO 15118-2'}`));
  }

  it('DIN 70121 DC: SLAC, SDP on ff02::1, TCP on the link-local address, a full session, unplug', async () => {
    await expectNormalSession('din', 'dc');
  }, 180_000);

  it('ISO 15118-2 DC on the same appliance, after the first EV left', async () => {
    await expectNormalSession('iso2', 'dc');
  }, 180_000);

  it('ISO 15118-2 AC on an AC EVSE', async () => {
    await stopAppliance();
    appliance = startAppliance(false);
    await appliance.waitFor(/ready with 1 EVSE/, 30_000);
    await expectNormalSession('iso2', 'ac');
  }, 180_000);

  it('interface problems stop start-up with their precise errors', async () => {
    await stopAppliance();
    const s = setup!;
    // Two more veth ends in the appliance's namespace: one up without a link-local address (address
    // generation off), one up with IPv6 disabled; the namespace's loopback is down.
    await run('ip', ['link', 'add', 'nolla0', 'netns', s.nsA, 'type', 'veth', 'peer', 'name', 'noip0', 'netns', s.nsA]);
    await run('ip', ['-n', s.nsA, 'link', 'set', 'nolla0', 'addrgenmode', 'none']);
    await run('ip', ['netns', 'exec', s.nsA, 'sysctl', '-qw', 'net.ipv6.conf.noip0.disable_ipv6=1']);
    await run('ip', ['-n', s.nsA, 'link', 'set', 'nolla0', 'up']);
    await run('ip', ['-n', s.nsA, 'link', 'set', 'noip0', 'up']);
    const cases: Array<[string, RegExp]> = [
      ['nope0', /V2G: no network interface "nope0"/],
      ['lo', /V2G: network interface "lo" is down \(no IPv6 link-local address after 1 s\)/],
      ['noip0', /V2G: IPv6 is disabled on "noip0" \(net\.ipv6\.conf\.noip0\.disable_ipv6 = 1\)/],
      ['nolla0', /V2G: network interface "nolla0" has no IPv6 link-local address \(fe80::\/10\) after 1 s/],
    ];
    for (const [ifname, message] of cases) {
      // v2g.interface overrides slac.interface (SLAC still opens plc0); one second for the address.
      const file = config(tempDir(), true, { interface: ifname, address_timeout_s: 1 });
      const p = Ampbox.spawn(['start', '--config', file], { command: ['ip', 'netns', 'exec', s.nsA, process.execPath, BIN], env: childEnv() });
      const exit = await p.waitExit(30_000);
      expect(exit.code, p.transcript()).toBe(3); // EXIT.START_FAILED
      expect(p.stderr).toMatch(/capability v2g failed to start/);
      expect(p.stderr).toMatch(message);
    }
  }, 120_000);
});

describe.skipIf(needRoot)('namespace hygiene', () => {
  it('leaves none of this run’s network namespaces behind', () => {
    expect(ourNamespaces()).toEqual([]);
  });
});
