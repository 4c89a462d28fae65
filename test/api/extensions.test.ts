/**
 * Issue 6, ampbox's extensions on the real appliance (built from a configuration file, as `ampbox start
 * --config` is): error history with every filter and paging, session history and History.SessionFinished,
 * Auth.Authorize, Session.Stop, Config.Get/Set (redaction, validation, the atomic file write, live keys and
 * restart keys), Display.GetState and Display.StateChanged through a session, and the simulator controls.
 * Results and notifications are checked against the document's schemas (app-bench.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../appliance/src/api/index.js';
import { ApiNotifier } from '../../appliance/src/api/notifications.js';
import { buildMethods, type HandlerContext } from '../../appliance/src/api/methods/index.js';
import { EvseTracker } from '../../appliance/src/api/tracker.js';
import { ApplianceView } from '../../appliance/src/api/view.js';
import type { ApiDeps, CallContext } from '../../appliance/src/api/index.js';
import { startApp, type ApiClient, type AppBench } from './app-bench.js';

let bench: AppBench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

const AC_EVSE = { id: 1, max_current_A: 16, phases: 3, board: { type: 'sim', ev: 'ac-3p-16' } };

function settings(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    evses: [AC_EVSE],
    auth: {
      mode: 'local',
      local_tokens: [
        { id_token: 'DEADBEEF', label: 'demo card' },
        { id_token: 'BLOCKED01', status: 'Blocked' },
      ],
    },
    simulation: { ev_profiles: { 'test-van': { max_current_A: 16, phases: 1, battery_kWh: 20, soc_pct: 50, target_soc_pct: 100, hlc: 'none' } } },
    tariff: { price_per_kWh: 0.5, currency: 'EUR' },
    ...extra,
  };
}

/** Plug (Simulator.Plug), authorize (Auth.Authorize), charge `ms`; returns the client's view of it. */
async function chargeFor(c: ApiClient, b: AppBench, ms: number, ev = 'ac-3p-16'): Promise<void> {
  expect((await c.call('Simulator.Plug', { evse_index: 1, ev })).error).toBe('NoError');
  await b.runUntil(() => b.app.evses[0]!.charger.state === 'WaitingForAuthentication', 'AuthRequired');
  expect(await c.call('Auth.Authorize', { id_token: 'DEADBEEF', evse_index: 1 })).toEqual({ status: 'Accepted', error: 'NoError' });
  await b.runUntil(() => b.app.evses[0]!.charger.state === 'Charging', 'Charging');
  await b.run(ms);
}

describe('history', () => {
  it('sessions: list with filters and paging, get one, SessionFinished when one ends', async () => {
    bench = await startApp(settings(), { fromFile: true });
    const c = await bench.client();
    const t0 = new Date(bench.clock.now()).toISOString();
    expect(await c.call('History.ListSessions')).toEqual({ sessions: [], total: 0, error: 'NoError' });

    for (const reason of ['Remote', 'Local']) {
      await chargeFor(c, bench, 60_000);
      c.mark();
      expect(await c.call('Session.Stop', { evse_index: 1, reason })).toEqual({ stopped: true, error: 'NoError' });
      await bench.runUntil(() => bench!.app.evses[0]!.charger.state === 'Finished', 'Finished');
      const finished = await c.next('History.SessionFinished');
      expect(finished.params.session).toMatchObject({ evse_index: 1, stop_reason: reason, auth_method: 'RFID', id_token: 'DEADBEEF', protocol: 'IEC61851' });
      expect(finished.params.session.energy_Wh).toBeGreaterThan(150);
      expect(finished.params.session.cost).toBeCloseTo(Math.round(finished.params.session.energy_Wh * 0.05) / 100, 2);
      expect(await c.call('History.GetSession', { session_id: finished.params.session.session_id })).toEqual({ session: finished.params.session, error: 'NoError' });
      expect(await c.call('Session.Stop', { evse_index: 1 })).toEqual({ stopped: false, error: 'ErrorNoDataAvailable' });
      expect((await c.call('Simulator.Unplug', { evse_index: 1 })).error).toBe('NoError');
      await bench.run(60_000);
    }

    const all = await c.call('History.ListSessions');
    expect(all.total).toBe(2);
    expect(all.sessions.map((s: { stop_reason: string }) => s.stop_reason)).toEqual(['Local', 'Remote']); // newest first
    const page = await c.call('History.ListSessions', { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 2, sessions: [{ stop_reason: 'Remote' }] });
    const secondStart = all.sessions[0].started_at;
    expect((await c.call('History.ListSessions', { from: secondStart })).total).toBe(1);
    expect((await c.call('History.ListSessions', { to: t0 })).total).toBe(0);
    expect((await c.call('History.ListSessions', { evse_index: 2 })).total).toBe(0);
    expect(await c.call('History.GetSession', { session_id: 'no-such-session' })).toEqual({ session: null, error: 'ErrorNoDataAvailable' });
  });

  it('errors: every filter, paging and the total', async () => {
    bench = await startApp(settings(), { fromFile: true });
    const c = await bench.client();
    const t0 = new Date(bench.clock.now()).toISOString();
    // An RCD trip while charging (cleared), then a control pilot shorted to earth (still active).
    await chargeFor(c, bench, 2000);
    c.mark();
    expect((await c.call('Simulator.InjectFault', { evse_index: 1, fault: 'rcd_trip' })).error).toBe('NoError');
    await bench.run(1000);
    await c.next('ChargePoint.ActiveErrorsChanged', (p) => p.active_errors.some((e: { type: string }) => e.type === 'bsp/RcdTrip'));
    const t1 = new Date(bench.clock.now()).toISOString();
    await bench.run(1000);
    expect((await c.call('Simulator.ClearFault', { evse_index: 1, fault: 'rcd_trip' })).error).toBe('NoError');
    await bench.run(1000);
    await c.next('ChargePoint.ActiveErrorsChanged', (p) => p.active_errors.length === 0);
    expect((await c.call('Simulator.Unplug', { evse_index: 1 })).error).toBe('NoError');
    await bench.run(2000);
    expect((await c.call('Simulator.Plug', { evse_index: 1 })).error).toBe('NoError');
    expect((await c.call('Simulator.InjectFault', { evse_index: 1, fault: 'cp_short' })).error).toBe('NoError');
    await bench.run(3000);

    const all = await c.call('History.GetErrors');
    expect(all.total).toBeGreaterThanOrEqual(2);
    const types = all.errors.map((e: { type: string }) => e.type);
    expect(types).toContain('bsp/RcdTrip');
    const rcd = all.errors.find((e: { type: string }) => e.type === 'bsp/RcdTrip');
    expect(rcd).toMatchObject({ state: 'ClearedByModule', severity: 'High', origin: { module_id: 'evse', evse_index: 1 } });
    expect(Date.parse(rcd.cleared_at)).toBeGreaterThan(Date.parse(rcd.timestamp));

    expect((await c.call('History.GetErrors', { uuid: rcd.uuid })).errors).toEqual([rcd]);
    expect((await c.call('History.GetErrors', { type: 'bsp/RcdTrip' })).total).toBe(1);
    const cleared = await c.call('History.GetErrors', { state: 'ClearedByModule' });
    expect(cleared.errors.every((e: { state: string }) => e.state === 'ClearedByModule')).toBe(true);
    const active = await c.call('History.GetErrors', { state: 'Active' });
    expect(active.errors.map((e: { uuid: string }) => e.uuid).sort()).toEqual((await c.call('ChargePoint.GetActiveErrors')).active_errors.map((e: { uuid: string }) => e.uuid).sort());
    expect(active.total).toBeGreaterThan(0);
    expect(cleared.total + active.total).toBe(all.total);
    expect((await c.call('History.GetErrors', { origin: { module_id: 'evse', evse_index: 1 } })).total).toBe(all.errors.filter((e: any) => e.origin.module_id === 'evse').length);
    expect((await c.call('History.GetErrors', { origin: { module_id: 'evse', evse_index: 2 } })).total).toBe(0);
    expect((await c.call('History.GetErrors', { severity_at_least: 'High' })).errors.every((e: { severity: string }) => e.severity === 'High')).toBe(true);
    expect((await c.call('History.GetErrors', { severity_at_least: 'Low' })).total).toBe(all.total);
    expect((await c.call('History.GetErrors', { from: t1 })).errors.map((e: { type: string }) => e.type)).not.toContain('bsp/RcdTrip');
    expect((await c.call('History.GetErrors', { to: t0 })).total).toBe(0);
    const page = await c.call('History.GetErrors', { limit: 1, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(page.errors).toEqual([all.errors[1]]);
  });
});

describe('authorization and stopping', () => {
  it('Auth.Authorize: NoSession, Accepted, Blocked, Invalid; the display shows the refusal', async () => {
    bench = await startApp(settings(), { fromFile: true });
    const c = await bench.client();
    expect(await c.call('Auth.Authorize', { id_token: 'DEADBEEF' })).toEqual({ status: 'NoSession', error: 'NoError' });
    expect(await c.call('Auth.Authorize', { id_token: 'DEADBEEF', evse_index: 9 })).toEqual({ status: 'NoSession', error: 'ErrorInvalidEVSEIndex' });
    expect((await c.call('Simulator.Plug', { evse_index: 1 })).error).toBe('NoError');
    await bench.runUntil(() => bench!.app.evses[0]!.charger.state === 'WaitingForAuthentication', 'AuthRequired');
    c.mark();
    expect(await c.call('Auth.Authorize', { id_token: 'BLOCKED01', evse_index: 1 })).toEqual({ status: 'Blocked', error: 'NoError' });
    await bench.run(500);
    const refused = await c.next('Display.StateChanged', (p) => p.display.auth.refused_reason === 'Blocked');
    expect(refused.params.display).toMatchObject({ screen: 'authorize', title: 'Card refused', plugged: true, state: 'AuthRequired' });
    expect(await c.call('Auth.Authorize', { id_token: 'CAFE0000', type: 'Central' })).toEqual({ status: 'Invalid', error: 'NoError' });
    expect(await c.call('Auth.Authorize', { id_token: 'DEADBEEF' })).toEqual({ status: 'Accepted', error: 'NoError' });
    await bench.runUntil(() => bench!.app.evses[0]!.charger.state === 'Charging', 'Charging');
    expect(await c.call('Session.Stop', { evse_index: 9 })).toEqual({ stopped: false, error: 'ErrorInvalidEVSEIndex' });
    expect(await c.call('Session.Stop', { evse_index: 1, reason: 'EmergencyStop' })).toEqual({ stopped: true, error: 'NoError' });
    await bench.runUntil(() => bench!.app.evses[0]!.charger.state === 'Finished', 'Finished');
    expect((await c.call('History.ListSessions')).sessions[0]).toMatchObject({ stop_reason: 'EmergencyStop' });
  });
});

describe('display', () => {
  it('follows a session: ready, authorize, charging, summary, ready; with the tariff', async () => {
    bench = await startApp(settings(), { fromFile: true });
    const c = await bench.client();
    const screen = async () => (await c.call('Display.GetState', { evse_index: 1 })).display;
    expect(await screen()).toMatchObject({ screen: 'ready', evse_index: 1, connector_type: 'sType2', plugged: false, state: 'Unplugged', tariff: { price_per_kWh: 0.5, currency: 'EUR' }, errors: [] });
    expect((await c.call('Display.GetState', { evse_index: 4 })).error).toBe('ErrorInvalidEVSEIndex');
    c.mark();
    // A card first: the display asks for the plug.
    expect((await c.call('Simulator.PresentToken', { id_token: 'DEADBEEF' })).error).toBe('NoError');
    await bench.run(500);
    await c.next('Display.StateChanged', (p) => p.display.screen === 'plug_in');
    expect((await c.call('Simulator.Plug', { evse_index: 1 })).error).toBe('NoError');
    await bench.runUntil(() => bench!.app.evses[0]!.charger.state === 'Charging', 'Charging');
    await bench.run(5000);
    const charging = await c.next('Display.StateChanged', (p) => p.display.screen === 'charging' && p.display.charging.power_W > 10_000);
    expect(charging.params.display).toMatchObject({ title: 'Charging', auth: { method: 'RFID', id_token_masked: 'DE…EF' }, charging: { current_A: 16, voltage_V: 230 } });
    expect(await c.call('Session.Stop', { evse_index: 1 })).toMatchObject({ stopped: true });
    await bench.runUntil(() => bench!.app.evses[0]!.charger.state === 'Finished', 'Finished');
    const summary = await c.next('Display.StateChanged', (p) => p.display.screen === 'summary');
    expect(summary.params.display.summary).toMatchObject({ currency: 'EUR', stop_reason: 'Local' });
    expect(summary.params.display.summary.cost).toBeCloseTo((summary.params.display.summary.energy_Wh / 1000) * 0.5, 2);
    c.mark();
    expect((await c.call('Simulator.Unplug', { evse_index: 1 })).error).toBe('NoError');
    await bench.run(1000);
    await c.next('Display.StateChanged', (p) => p.display.screen === 'ready' && p.display.plugged === false);
    // A fault: the error screen with the driver's words.
    c.mark();
    expect((await c.call('Simulator.Plug', { evse_index: 1 })).error).toBe('NoError');
    expect((await c.call('Simulator.InjectFault', { evse_index: 1, fault: 'cp_short' })).error).toBe('NoError');
    await bench.run(1000);
    const error = await c.next('Display.StateChanged', (p) => p.display.screen === 'error');
    expect(error.params.display.errors).toContainEqual(expect.objectContaining({ type: 'bsp/CpShort', severity: 'High' }));
  });
});

describe('configuration', () => {
  it('Config.Get redacts secrets and reads by path', async () => {
    const hash = await hashToken('secret-token', { N: 1024, r: 8, p: 1 });
    bench = await startApp(settings({ api: { auth: { tokens: [{ name: 'ems', role: 'ems', hash }] } } }), { fromFile: true });
    const c = await bench.client();
    const all = await c.call('Config.Get');
    expect(all.error).toBe('NoError');
    expect(all.config.api.auth.tokens).toEqual([{ name: 'ems', role: 'ems', hash: '***' }]);
    expect(JSON.stringify(all.config)).not.toContain(hash);
    expect(all.config.evses[0].max_current_A).toBe(16);
    expect(await c.call('Config.Get', { path: 'evses.0.max_current_A' })).toEqual({ config: 16, error: 'NoError' });
    expect(await c.call('Config.Get', { path: 'api.auth' })).toMatchObject({ config: { tokens: [{ hash: '***' }] }, error: 'NoError' });
    expect(await c.call('Config.Get', { path: 'evses.5.max_current_A' })).toEqual({ config: null, error: 'ErrorInvalidParameter' });
    expect(await c.call('Config.Get', { path: 'no.such.key' })).toEqual({ config: null, error: 'ErrorInvalidParameter' });
  });

  it('Config.Set: validates, writes the file atomically, applies live keys, reports restart keys', async () => {
    bench = await startApp(settings(), { fromFile: true });
    const file = path.join(bench.dir, 'ampbox.yaml');
    const c = await bench.client();
    const read = () => load(readFileSync(file, 'utf8')) as Record<string, any>;
    const before = readFileSync(file, 'utf8');

    // Invalid: nothing changes, the problems say why, in the configuration's own terms.
    expect(await c.call('Config.Set', { path: 'evses.0.max_current_A', value: 120 })).toEqual({
      applied: false,
      restart_required: false,
      problems: [{ path: 'evses[0].max_current_A', message: 'must be <= 80' }],
      error: 'ErrorInvalidParameter',
    });
    expect((await c.call('Config.Set', { path: 'tariff.currency', value: 'euro' })).error).toBe('ErrorInvalidParameter');
    expect((await c.call('Config.Set', { path: 'no_such_setting', value: 1 })).problems).toEqual([{ path: 'no_such_setting', message: 'unknown setting' }]);
    expect((await c.call('Config.Set', { path: 'evses..id', value: 1 })).error).toBe('ErrorInvalidParameter');
    expect(readFileSync(file, 'utf8')).toBe(before);

    // The tariff applies at once: the file, the effective configuration, the display.
    c.mark();
    expect(await c.call('Config.Set', { path: 'tariff.price_per_kWh', value: 0.42 })).toEqual({ applied: true, restart_required: false, error: 'NoError' });
    expect(read().tariff.price_per_kWh).toBe(0.42);
    expect(read().auth.local_tokens).toHaveLength(2); // the rest of the file is kept
    expect(await c.call('Config.Get', { path: 'tariff' })).toEqual({ config: { price_per_kWh: 0.42, currency: 'EUR' }, error: 'NoError' });
    await bench.run(500);
    await c.next('Display.StateChanged', (p) => p.display.tariff.price_per_kWh === 0.42);

    // The EVSE's maximum current: lower applies at once (capabilities, the charger's limit)…
    expect(await c.call('Config.Set', { path: 'evses.0.max_current_A', value: 10 })).toMatchObject({ applied: true, restart_required: false });
    expect(bench.app.evses[0]!.charger.status().current_limit_A).toBe(10);
    await c.next('EVSE.HardwareCapabilitiesChanged', (p) => p.hardware_capabilities.max_current_A_import === 10);
    // …higher than the charger was started with waits for a restart; back to it applies again.
    expect(await c.call('Config.Set', { path: 'evses.0.max_current_A', value: 32 })).toMatchObject({ applied: true, restart_required: true });
    expect(read().evses[0].max_current_A).toBe(32);
    expect((await c.call('Config.Get', { path: 'evses.0.max_current_A' })).config).toBe(10);
    expect(await c.call('Config.Set', { path: 'evses.0.max_current_A', value: 16 })).toMatchObject({ applied: true, restart_required: false });
    expect(bench.app.evses[0]!.charger.status().current_limit_A).toBe(16);

    // Other keys: written, effective at the next start.
    expect(await c.call('Config.Set', { path: 'log.level', value: 'debug' })).toEqual({ applied: true, restart_required: true, error: 'NoError' });
    expect(read().log).toEqual({ level: 'debug' });
    expect((await c.call('Config.Get', { path: 'log.level' })).config).toBe('info');
    // No temporary file is left beside it.
    expect(readdirSync(bench.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('without a configuration file only live keys can change', async () => {
    bench = await startApp(settings());
    const c = await bench.client();
    expect(await c.call('Config.Set', { path: 'tariff.currency', value: 'CHF' })).toEqual({ applied: true, restart_required: false, error: 'NoError' });
    const r = await c.call('Config.Set', { path: 'log.level', value: 'debug' });
    expect(r).toMatchObject({ applied: false, error: 'ErrorOperationNotSupported' });
    expect(r.problems[0].message).toMatch(/--config/);
  });
});

describe('simulator controls', () => {
  it('plug, unplug, tokens at the reader, faults, profiles', async () => {
    bench = await startApp(settings(), { fromFile: true });
    const c = await bench.client();
    const profiles = (await c.call('Simulator.GetEvProfiles')).profiles;
    expect(Object.keys(profiles)).toEqual(expect.arrayContaining(['ac-3p-16', 'dc-iso2', 'test-van']));
    expect(profiles['test-van']).toEqual({ max_current_A: 16, phases: 1, battery_kWh: 20, soc_pct: 50, target_soc_pct: 100, hlc: 'none' });

    expect((await c.call('Simulator.Plug', { evse_index: 1, ev: 'flying-car' })).error).toBe('ErrorInvalidParameter');
    expect((await c.call('Simulator.Plug', { evse_index: 3 })).error).toBe('ErrorInvalidEVSEIndex');
    expect((await c.call('Simulator.PresentToken', { id_token: 'DEADBEEF', evse_index: 3 })).error).toBe('ErrorInvalidEVSEIndex');
    expect((await c.call('Simulator.Plug', { evse_index: 1, ev: 'test-van' })).error).toBe('NoError');
    await bench.runUntil(() => bench!.app.evses[0]!.charger.state === 'WaitingForAuthentication', 'AuthRequired');
    // The reader's path: the token is validated and given to the waiting EVSE.
    expect((await c.call('Simulator.PresentToken', { id_token: 'DEADBEEF', evse_index: 1 })).error).toBe('NoError');
    await bench.runUntil(() => bench!.app.evses[0]!.charger.state === 'Charging', 'Charging');
    await bench.run(2000);
    // The van charges on one phase.
    expect((await c.call('EVSE.GetMeterData', { evse_index: 1 })).meter_data.current_A).toEqual({ L1: 16, L2: 0, L3: 0 });
    c.mark();
    expect((await c.call('Simulator.InjectFault', { evse_index: 1, fault: 'contactor_welded' })).error).toBe('NoError');
    expect((await c.call('Simulator.Unplug', { evse_index: 1 })).error).toBe('NoError');
    await bench.run(2000);
    await c.next('ChargePoint.ActiveErrorsChanged', (p) => p.active_errors.some((e: { type: string }) => e.type === 'bsp/ContactorWelded'));
    expect((await c.call('Simulator.ClearFault', { evse_index: 1, fault: 'contactor_welded' })).error).toBe('NoError');
    expect(bench.app.evses[0]!.sim!.activeFaults()).toEqual([]);
  });

  it('answers ErrorOperationNotSupported where the board is not simulated', async () => {
    bench = await startApp(settings(), { fromFile: true });
    const app = bench.app;
    // The same appliance parts, seen without simulator hands (as on real hardware).
    const deps: ApiDeps = {
      config: app.config,
      configFile: null,
      clock: app.clock,
      bus: app.bus,
      log: app.log,
      errors: app.errors,
      evses: app.evses.map((e) => ({ id: e.id, charger: e.charger, board: e.board, meter: e.meter, sim: null, dc: e.dc })),
      auth: app.auth,
      reader: app.tokens,
      errorHistory: () => null,
      sessions: app.sessions,
      http: null,
      tls: null,
      version: 'test',
    };
    const tracker = new EvseTracker(app.bus, app.clock, deps.evses.map((e) => e.charger), 60_000, app.log);
    const view = new ApplianceView(deps, tracker);
    tracker.start();
    const notifier = new ApiNotifier(view, app.bus, app.clock, { broadcast: () => 0, listening: () => false }, app.log);
    const context = (call: CallContext): HandlerContext => ({ deps, view, call, changed: () => {}, configChanged: () => {}, startedMaxCurrentA: new Map() });
    const methods = new Map(buildMethods(context).map((m) => [m.name, m]));
    const call = async (name: string, params: Record<string, unknown>) => methods.get(name)!.handler(params, {} as never);
    for (const [name, params] of [
      ['Simulator.Plug', { evse_index: 1 }],
      ['Simulator.Unplug', { evse_index: 1 }],
      ['Simulator.PresentToken', { id_token: 'DEADBEEF' }],
      ['Simulator.InjectFault', { evse_index: 1, fault: 'rcd_trip' }],
      ['Simulator.ClearFault', { evse_index: 1, fault: 'rcd_trip' }],
    ] as const) {
      expect(await call(name, params), name).toEqual({ error: 'ErrorOperationNotSupported' });
    }
    // Without a database the history says there is nothing to report.
    expect(await call('History.GetErrors', {})).toEqual({ errors: [], total: 0, error: 'ErrorNoDataAvailable' });
    tracker.stop();
    notifier.stop();
  });
});
