/**
 * The per-EVSE V2G service (v2g/service.ts) on ::1, as the simulated board uses it: real TCP and UDP
 * sockets, the SDP request answered with ::1 and the V2GTP port, ISO 15118-2 sessions run by the EVCC
 * simulator, all timers on a ManualClock pumped between socket events (nothing depends on wall-clock
 * speed: the EV's own message timeouts are far above any pump delay).
 *
 * ISO 15118-2 SessionStop Pause, then a new connection with the paused SessionID: the service remembers it and
 * the SECC answers OK_OldSessionJoined; once the vehicle unplugs (vehicleUnplugged) it is a new session.
 * Interface problems give their precise errors (the namespace e2e test covers the kernel states that need
 * root: interface down, IPv6 disabled, no link-local address, a tentative address).
 */
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { Logger, memorySink, type LogRecord } from '../../appliance/src/shared/logger.js';
import { sdpDiscover, V2gInterfaceError, V2gService, type V2gEndpoint } from '../../appliance/src/v2g/index.js';
import { connectV2gtp } from '../../appliance/src/v2g/transport/index.js';
import { Evcc, type EvccOptions, type EvccOutcome } from '../../appliance/src/v2g/evcc/index.js';
import type { CloseKind } from '../../appliance/src/v2g/session/index.js';
import { SupplyEvse } from './evcc/supply-evse.js';

const services: V2gService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.stop()));
});

function setup(opts: { interface?: string; addressTimeoutMs?: number } = {}) {
  const clock = new ManualClock();
  const records: LogRecord[] = [];
  const hlc = new SupplyEvse(clock, ['AC_three_phase_core']);
  const hooks: string[] = [];
  let ids = 0;
  const service = new V2gService({
    evse: 1,
    interface: opts.interface ?? null,
    ...(opts.addressTimeoutMs !== undefined ? { addressTimeoutMs: opts.addressTimeoutMs } : {}),
    hlc,
    clock,
    log: new Logger('evse1/v2g', clock, memorySink(records)),
    sessionId: () => `5e55105e${(++ids).toString(16).padStart(8, '0')}`,
    hooks: {
      connected: () => hooks.push('connected'),
      sessionStarted: (p) => hooks.push(`session ${p}`),
      disconnected: (how: CloseKind | null) => hooks.push(`disconnected ${how}`),
    },
  });
  services.push(service);
  /** Advances the clock in 20 ms steps, letting socket events in between, until `done` (bounded). */
  const pump = async (done: () => boolean, limitMs = 600_000): Promise<void> => {
    for (let t = 0; t < limitMs && !done(); t += 20) {
      clock.advance(20);
      await new Promise((r) => setImmediate(r));
    }
  };
  return { clock, records, hlc, hooks, service, pump };
}

/** One EV: SDP on the service's UDP port, TCP to what it announced, the EVCC to the end of its session. */
async function drive(s: ReturnType<typeof setup>, at: V2gEndpoint, evcc: EvccOptions) {
  const found = await sdpDiscover({ target: '::1', port: at.sdpPort });
  expect(found).toMatchObject({ ok: true, address: '::1', port: at.tcpPort, security: 'NoTLS', transport: 'TCP' });
  if (!found.ok) throw new Error('no SDP answer');
  const conn = await connectV2gtp(found.host, found.port);
  const ev = new Evcc(s.clock, { capacity_kWh: 1, soc_pct: 70, target_soc_pct: 75, ac: { phases: 3, max_current_A: 16, min_current_A: 6, max_voltage_V: 400 } }, {
    protocols: ['iso2'],
    charging: 'ac',
    timing: { msg_timeout_ms: 120_000, communication_setup_ms: 120_000 },
    ...evcc,
  });
  ev.start(conn);
  const before = s.hooks.filter((h) => h.startsWith('disconnected')).length;
  await s.pump(() => ev.outcome !== null && s.hooks.filter((h) => h.startsWith('disconnected')).length > before);
  return { ev, outcome: ev.outcome as EvccOutcome };
}

describe('V2gService on ::1 (simulation)', () => {
  it('announces ::1 and its V2GTP port by SDP; a paused session resumes on a new connection with its SessionID (OK_OldSessionJoined)', async () => {
    const s = setup();
    const at = await s.service.start();
    expect(at).toMatchObject({ address: '::1', host: '::1', interface: null });
    expect(at.tcpPort).toBeGreaterThanOrEqual(49152);
    expect(at.tcpPort).toBeLessThanOrEqual(65535);
    expect(at.sdpPort).not.toBe(15118); // ephemeral: appliances side by side

    const first = await drive(s, at, { stop_mode: 'pause' });
    // At its target SoC this EV pauses (SessionStop Pause) instead of terminating.
    expect(first.outcome).toMatchObject({ result: 'paused', protocol: 'iso2', session_id: '5e55105e00000001' });
    expect(s.service.resumableSessionId).toBe('5e55105e00000001');
    expect(s.hooks).toEqual(['connected', 'session ISO15118-2', 'disconnected pause']);

    const second = await drive(s, at, { resume_session_id: first.outcome.session_id });
    expect(second.ev.responses.find((r) => r.name === 'SessionSetupRes')?.code).toBe('OK_OldSessionJoined');
    expect(second.outcome).toMatchObject({ result: 'terminated', session_id: '5e55105e00000001' });
    // A terminated session cannot be resumed.
    expect(s.service.resumableSessionId).toBeUndefined();
    expect(s.hooks.slice(3)).toEqual(['connected', 'session ISO15118-2', 'disconnected terminate']);
    expect(s.service.stats()).toMatchObject({ sessions: 2, tcp: { accepted: 2, rejected: 0 }, sdp: { answered: 2 } });
    // The service tells the charger the negotiated protocol once per session.
    expect(s.hlc.reports.filter((r) => Object.keys(r).length === 1 && r.protocol).map((r) => r.protocol)).toEqual(['ISO15118-2', 'ISO15118-2']);
  });

  it('forgets the paused SessionID when the vehicle unplugs: the next EV gets a new session', async () => {
    const s = setup();
    const at = await s.service.start();
    const first = await drive(s, at, { stop_mode: 'pause' });
    expect(first.outcome.result).toBe('paused');
    s.service.vehicleUnplugged();
    expect(s.records.map((r) => r.message)).toContain('paused session 5e55105e00000001 forgotten (vehicle unplugged)');
    const second = await drive(s, at, { resume_session_id: first.outcome.session_id });
    expect(second.ev.responses.find((r) => r.name === 'SessionSetupRes')?.code).toBe('OK_NewSessionEstablished');
    expect(second.outcome.session_id).toBe('5e55105e00000002');
  });

  it('ends the session still open on the connection when the vehicle unplugs', async () => {
    const s = setup();
    const at = await s.service.start();
    const conn = await connectV2gtp('::1', at.tcpPort);
    const ev = new Evcc(s.clock, { capacity_kWh: 50, soc_pct: 20, target_soc_pct: 90, ac: { phases: 3, max_current_A: 16, min_current_A: 6, max_voltage_V: 400 } }, {
      protocols: ['iso2'],
      charging: 'ac',
      timing: { msg_timeout_ms: 120_000, communication_setup_ms: 120_000 },
    });
    ev.start(conn);
    await s.pump(() => s.hlc.reports.some((r) => r.stage === 'ChargingStatus'));
    expect(s.hooks).toEqual(['connected', 'session ISO15118-2']);
    s.service.vehicleUnplugged();
    await s.pump(() => s.hooks.length === 3 && ev.outcome !== null);
    expect(s.hooks[2]).toBe('disconnected error');
    expect(s.records.map((r) => r.message)).toContain('vehicle unplugged: closing its V2G connection');
    expect(ev.outcome?.result).toBe('aborted');
  });

  it('one EV session at a time: a second TCP connection is refused while one is open', async () => {
    const s = setup();
    const at = await s.service.start();
    const held = await connectV2gtp('::1', at.tcpPort);
    await s.pump(() => s.hooks.includes('connected'));
    const refused = await new Promise<string>((resolve) => {
      const sock = connect({ host: '::1', port: at.tcpPort });
      sock.on('close', () => resolve('closed'));
      sock.on('error', () => {});
    });
    expect(refused).toBe('closed');
    expect(s.service.stats().tcp).toMatchObject({ accepted: 1, rejected: 1 });
    expect(s.records.some((r) => r.level === 'warn' && /rejected: one EV session at a time/.test(r.message))).toBe(true);
    held.destroy();
    await s.pump(() => s.hooks.includes('disconnected null'));
    expect(s.hooks).toEqual(['connected', 'disconnected null']);
  });

  it('stop() closes both servers: the port is free again', async () => {
    const s = setup();
    const at = await s.service.start();
    await s.service.stop();
    const again = await new Promise<string>((resolve) => {
      const sock = connect({ host: '::1', port: at.tcpPort });
      sock.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      sock.on('connect', () => (sock.destroy(), resolve('connected')));
    });
    expect(again).toBe('ECONNREFUSED');
  });
});

describe('V2gService on a real interface: precise start-up errors', () => {
  it('a missing interface fails at once', async () => {
    const s = setup({ interface: 'nope0', addressTimeoutMs: 5_000 });
    const err = await s.service.start().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(V2gInterfaceError);
    expect(err).toMatchObject({ code: 'no-interface', ifname: 'nope0', message: 'V2G: no network interface "nope0"' });
  });

  const lo = networkInterfaces().lo ?? [];
  it.skipIf(!lo.some((a) => a.family === 'IPv6'))('an interface without a link-local address (lo: ::1 only) fails after the bounded wait, not before', async () => {
    const s = setup({ interface: 'lo', addressTimeoutMs: 2_000 });
    let settled: unknown = null;
    const started = s.service.start().then(
      () => (settled = 'started'),
      (e: unknown) => (settled = e),
    );
    await s.pump(() => settled !== null, 1_900);
    expect(settled).toBeNull(); // still waiting at 1.9 s
    await s.pump(() => settled !== null, 1_000);
    await started;
    expect(settled).toMatchObject({ code: 'no-link-local', message: 'V2G: network interface "lo" has no IPv6 link-local address (fe80::/10) after 2 s' });
    expect(s.records.map((r) => r.message)).toContain('waiting: lo has no IPv6 link-local address yet');
  });
});
