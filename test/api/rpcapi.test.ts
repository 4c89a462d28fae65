/**
 * Issue 6, RpcApi 1.0 compatibility: every RpcApi method and notification against the real appliance
 * (build(config), simulated boards, a SQLite file, real WebSocket clients) during a basic AC session and an
 * ISO 15118-2 DC session. Every result and notification is checked against the OpenRPC document's schemas
 * (app-bench.ts). The clock is manual: the tests move it, nothing waits for wall-clock time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { STATUS_COALESCE_MS } from '../../appliance/src/api/index.js';
import { waitUntil } from '../../appliance/src/api/methods/index.js';
import { startApp, type AppBench } from './app-bench.js';

let bench: AppBench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

const status = (n: { params: Record<string, any> }) => n.params.evse_status as Record<string, any>;

describe('RpcApi 1.0: an AC session (IEC 61851)', () => {
  it('reads, limits, notifications, errors that appear and clear, disable and enable', async () => {
    bench = await startApp();
    const { app, run, runUntil } = bench;
    const c = await bench.client();
    const e1 = app.evses[0]!;

    // ---- the charger and its EVSEs ----
    const infos = await c.call('ChargePoint.GetEVSEInfos');
    expect(infos.infos.map((i: { index: number }) => i.index)).toEqual([1, 2]);
    expect(infos.infos[0]).toMatchObject({ id: 'ampbox-sim-1*1', available_connectors: [{ index: 1, type: 'sType2' }], supported_energy_transfer_modes: ['AC_three_phase_core'] });
    expect(infos.infos[1].supported_energy_transfer_modes).toEqual(['DC_extended', 'DC_core']);
    expect(await c.call('ChargePoint.GetActiveErrors')).toEqual({ active_errors: [], error: 'NoError' });
    expect(await c.call('EVSE.GetInfo', { evse_index: 1 })).toEqual({ info: infos.infos[0], error: 'NoError' });
    expect((await c.call('EVSE.GetHardwareCapabilities', { evse_index: 1 })).hardware_capabilities).toMatchObject({
      max_current_A_import: 16,
      min_current_A_import: 6,
      max_phase_count_import: 3,
      min_phase_count_import: 1,
      phase_switch_during_charging: false,
    });
    expect((await c.call('EVSE.GetMeterData', { evse_index: 1 })).meter_data).toMatchObject({ energy_Wh_import: { total: 0 }, meter_id: 'evse1-meter' });
    expect((await c.call('EVSE.GetStatus', { evse_index: 1 })).status).toMatchObject({ state: 'Unplugged', charge_protocol: 'Unknown', available: true, charging_allowed: true });

    // Unknown EVSEs: the error, and a complete result next to it (the validators checked it).
    for (const evse_index of [0, 7]) {
      expect((await c.call('EVSE.GetInfo', { evse_index })).error).toBe('ErrorInvalidEVSEIndex');
      expect((await c.call('EVSE.GetStatus', { evse_index })).error).toBe('ErrorInvalidEVSEIndex');
      expect((await c.call('EVSE.GetHardwareCapabilities', { evse_index })).error).toBe('ErrorInvalidEVSEIndex');
      expect((await c.call('EVSE.GetMeterData', { evse_index })).error).toBe('ErrorInvalidEVSEIndex');
      expect((await c.call('EVSE.SetChargingAllowed', { evse_index, charging_allowed: true })).error).toBe('ErrorInvalidEVSEIndex');
    }

    // ---- plug in: AuthRequired; authorize: Charging ----
    c.mark();
    e1.sim!.plug('ac-3p-16');
    await runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'AuthRequired');
    await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.state === 'AuthRequired' && p.evse_status.charge_protocol === 'IEC61851');
    void app.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'test' });
    await runUntil(() => e1.charger.state === 'Charging', 'Charging', 60_000);
    await run(3000);
    const charging = await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.state === 'Charging' && p.evse_status.ac_charge_status.evse_active_phase_count === 3);
    expect(status(charging)).toMatchObject({ charging_allowed: true, ac_charge_param: { evse_max_current: 16, evse_max_phase_count: 3, evse_maximum_charge_power: 11040 } });
    const meter = await c.next('EVSE.MeterDataChanged', (p) => p.evse_index === 1 && p.meter_data.power_W.total > 10_000);
    expect(meter.params.meter_data.current_A).toEqual({ L1: 16, L2: 16, L3: 16 });

    // ---- the current limit: applied before the answer, then drawn ----
    expect(await c.call('EVSE.SetACChargingCurrent', { evse_index: 1, max_current: 10 })).toEqual({ error: 'NoError' });
    expect(e1.charger.status().current_limit_A).toBe(10);
    c.mark();
    await run(2000);
    await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.ac_charge_param.evse_max_current === 10);
    expect((await c.call('EVSE.GetMeterData', { evse_index: 1 })).meter_data.current_A.L1).toBeCloseTo(10, 1);
    expect((await c.call('EVSE.SetACChargingCurrent', { evse_index: 1, max_current: 63 })).error).toBe('ErrorOutOfRange');
    expect((await c.call('EVSE.SetACChargingCurrent', { evse_index: 1, max_current: -6 })).error).toBe('ErrorOperationNotSupported');
    expect((await c.call('EVSE.SetACChargingCurrent', { evse_index: 2, max_current: 10 })).error).toBe('ErrorOperationNotSupported');
    expect((await c.call('EVSE.SetACChargingCurrent', { evse_index: 9, max_current: 10 })).error).toBe('ErrorInvalidEVSEIndex');
    expect(e1.charger.status().current_limit_A).toBe(10);

    // ---- phases: asked for while charging, switched while paused ----
    expect((await c.call('EVSE.SetACChargingPhaseCount', { evse_index: 1, phase_count: 2 })).error).toBe('ErrorOutOfRange');
    expect((await c.call('EVSE.SetACChargingPhaseCount', { evse_index: 1, phase_count: 1 })).error).toBe('NoError');
    c.mark();
    expect((await c.call('EVSE.SetChargingAllowed', { evse_index: 1, charging_allowed: false })).error).toBe('NoError');
    await run(2000);
    await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.state === 'ChargingPausedEVSE' && p.evse_status.charging_allowed === false);
    expect(await c.call('EVSE.SetChargingAllowed', { evse_index: 1, charging_allowed: true })).toEqual({ error: 'NoError' });
    await run(3000);
    const onePhase = await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.state === 'Charging' && p.evse_status.ac_charge_status.evse_active_phase_count === 1);
    expect(status(onePhase).ac_charge_param).toMatchObject({ evse_max_phase_count: 1, evse_maximum_charge_power: 2300 });

    // ---- what an AC EVSE does not do ----
    expect((await c.call('EVSE.SetDCChargingPower', { evse_index: 1, max_power: 5000 })).error).toBe('ErrorOperationNotSupported');
    expect((await c.call('EVSE.EnableConnector', { evse_index: 1, connector_index: 3, enable: false, priority: 0 })).error).toBe('ErrorInvalidConnectorIndex');
    expect(e1.charger.state).toBe('Charging');

    // ---- an error appears, the transaction ends, the error clears ----
    c.mark();
    e1.sim!.injectFault('rcd_trip');
    await run(1000);
    const raised = await c.next('ChargePoint.ActiveErrorsChanged', (p) => p.active_errors.length > 0);
    expect(raised.params.active_errors).toMatchObject([{ type: 'bsp/RcdTrip', severity: 'High', origin: { module_id: 'evse', evse_index: 1 } }]);
    expect((await c.call('ChargePoint.GetActiveErrors')).active_errors).toEqual(raised.params.active_errors);
    await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.error_present === true && p.evse_status.available === false);
    await runUntil(() => e1.charger.state === 'Finished', 'Finished after the fault');
    await run(500);
    await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.state === 'FinishedEVSE');
    c.mark();
    e1.sim!.clearFault('rcd_trip');
    await run(500);
    await c.next('ChargePoint.ActiveErrorsChanged', (p) => p.active_errors.length === 0);
    await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.error_present === false);

    // ---- unplug, disable, enable ----
    c.mark();
    e1.sim!.unplug();
    await run(1000);
    await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.state === 'Unplugged' && p.evse_status.charge_protocol === 'Unknown');
    expect((await c.call('EVSE.EnableConnector', { evse_index: 1, connector_index: 0, enable: false, priority: 100 })).error).toBe('NoError');
    await run(500);
    await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.state === 'Disabled' && p.evse_status.available === false);
    expect((await c.call('EVSE.EnableConnector', { evse_index: 1, connector_index: 1, enable: true, priority: 100 })).error).toBe('NoError');
    await run(500);
    await c.next('EVSE.StatusChanged', (p) => p.evse_index === 1 && p.evse_status.state === 'Unplugged' && p.evse_status.available === true);

    // ---- hardware capabilities change when the configured maximum does ----
    c.mark();
    expect(await c.call('Config.Set', { path: 'evses.0.max_current_A', value: 10 })).toMatchObject({ applied: true, restart_required: false });
    const hw = await c.next('EVSE.HardwareCapabilitiesChanged', (p) => p.evse_index === 1);
    expect(hw.params.hardware_capabilities).toMatchObject({ max_current_A_import: 10 });
    expect((await c.call('EVSE.GetHardwareCapabilities', { evse_index: 1 })).hardware_capabilities).toEqual(hw.params.hardware_capabilities);
    expect((await c.call('EVSE.SetACChargingCurrent', { evse_index: 1, max_current: 12 })).error).toBe('ErrorOutOfRange');

    // Meter readings flowed for both EVSEs all along, one a second.
    await c.fence();
    expect(c.notifications('EVSE.MeterDataChanged').filter((n) => n.params.evse_index === 2).length).toBeGreaterThan(10);
  });
});

describe('RpcApi 1.0: an ISO 15118-2 DC session', () => {
  it('fills the DC status and display parameters, renegotiates a power limit, coalesces status notifications', async () => {
    bench = await startApp();
    const { app, run, runUntil } = bench;
    const c = await bench.client();
    const e2 = app.evses[1]!;
    const stages: string[] = [];
    app.bus.on('hlc_status', 'test', (h) => {
      if (h.evse === 2 && h.report.stage && stages.at(-1) !== h.report.stage) stages.push(h.report.stage);
    });

    const idle = (await c.call('EVSE.GetStatus', { evse_index: 2 })).status;
    expect(idle).toMatchObject({ state: 'Unplugged', dc_charge_param: { evse_maximum_charge_power: 50_000, evse_maximum_voltage: 500 } });
    expect(idle.ac_charge_param).toBeUndefined();
    expect(idle.display_parameters).toBeUndefined();

    e2.sim!.plug('dc-iso2');
    await runUntil(() => e2.charger.state === 'WaitingForAuthentication', 'AuthRequired');
    void app.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'test', evse: 2 });
    await runUntil(() => stages.includes('CurrentDemand'), 'CurrentDemand', 120_000);
    await run(10_000);

    const s = (await c.call('EVSE.GetStatus', { evse_index: 2 })).status;
    expect(s).toMatchObject({ state: 'Charging', charge_protocol: 'ISO15118' });
    expect(s.dc_charge_status.evse_present_current).toBeGreaterThan(10);
    expect(s.dc_charge_status.evse_present_voltage).toBeGreaterThan(300);
    expect(s.dc_charge_status.ev_target_current).toBeGreaterThan(0);
    expect(s.dc_charge_status.ev_target_voltage).toBeGreaterThan(300);
    expect(s.display_parameters.start_soc).toBe(70);
    expect(s.display_parameters.present_soc).toBeGreaterThanOrEqual(70);
    const m = (await c.call('EVSE.GetMeterData', { evse_index: 2 })).meter_data;
    expect(m.power_W.total).toBeGreaterThan(5000);
    expect(m.current_A.L1).toBeUndefined();

    // ---- a power limit: the EV is asked to renegotiate and then draws within it ----
    expect((await c.call('EVSE.SetDCChargingPower', { evse_index: 2, max_power: 60_000 })).error).toBe('ErrorOutOfRange');
    expect((await c.call('EVSE.SetDCChargingPower', { evse_index: 2, max_power: -1 })).error).toBe('ErrorOutOfRange');
    expect((await c.call('EVSE.SetACChargingPhaseCount', { evse_index: 2, phase_count: 1 })).error).toBe('ErrorOperationNotSupported');
    const before = stages.length;
    expect(await c.call('EVSE.SetDCChargingPower', { evse_index: 2, max_power: 15_000 })).toEqual({ error: 'NoError' });
    await run(15_000);
    expect(stages.slice(before)).toEqual(expect.arrayContaining(['PowerDelivery Renegotiate', 'ChargeParameterDiscovery', 'CurrentDemand']));
    const limited = (await c.call('EVSE.GetStatus', { evse_index: 2 })).status;
    expect(limited.dc_charge_param.evse_maximum_charge_power).toBe(15_000);
    expect(limited.dc_charge_status.evse_present_current * limited.dc_charge_status.evse_present_voltage).toBeLessThan(15_000 * 1.02);
    expect((await c.call('EVSE.GetMeterData', { evse_index: 2 })).meter_data.power_W.total).toBeLessThan(15_000 * 1.02);

    // ---- coalescing: at most one StatusChanged per EVSE per 250 ms, none for an EVSE where nothing changes ----
    await c.fence();
    const count = (evse: number, method = 'EVSE.StatusChanged') => c.notifications(method).filter((n) => n.params.evse_index === evse).length;
    const [s1, s2, m1] = [count(1), count(2), count(1, 'EVSE.MeterDataChanged')];
    let reports = 0;
    app.bus.on('hlc_status', 'count', (h) => void (h.evse === 2 && reports++));
    const window = 20_000;
    await run(window);
    await c.fence();
    app.bus.removeOwner('count');
    const sent2 = count(2) - s2;
    expect(reports).toBeGreaterThan(window / STATUS_COALESCE_MS); // the V2G loop reports more often than that…
    expect(sent2).toBeLessThanOrEqual(window / STATUS_COALESCE_MS + 1); // …and the clients hear at most every 250 ms
    expect(sent2).toBeGreaterThanOrEqual(window / 1000 - 1); // but they do hear about the changes
    expect(count(1) - s1).toBe(0);
    expect(count(1, 'EVSE.MeterDataChanged') - m1).toBeGreaterThanOrEqual(window / 1000 - 1);

    // ---- lift the limit; the EV charges to its target and ends the session ----
    expect((await c.call('EVSE.SetDCChargingPower', { evse_index: 2, max_power: 50_000 })).error).toBe('NoError');
    c.mark();
    await runUntil(() => e2.charger.state === 'Finished', 'the EV finishing', 30 * 60_000);
    await run(1000);
    const finished = await c.next('EVSE.StatusChanged', (p) => p.evse_index === 2 && p.evse_status.state === 'Finished');
    expect(status(finished).display_parameters.present_soc).toBeGreaterThanOrEqual(80);
    c.mark();
    e2.sim!.unplug();
    await run(1000);
    const unplugged = await c.next('EVSE.StatusChanged', (p) => p.evse_index === 2 && p.evse_status.state === 'Unplugged');
    expect(status(unplugged).display_parameters).toBeUndefined();
    expect(status(unplugged).charge_protocol).toBe('Unknown');
  });
});

describe('EVSE.SetACChargingCurrent waiting', () => {
  it('waits on the appliance clock: done as soon as the limit is applied, ErrorValuesNotApplied-false after 5 s', async () => {
    const clock = new ManualClock();
    let applied = false;
    let outcome: boolean | null = null;
    void waitUntil(clock, () => applied, 5000).then((r) => (outcome = r));
    clock.advance(1000);
    await Promise.resolve();
    expect(outcome).toBeNull();
    applied = true;
    clock.advance(100);
    await new Promise((r) => setImmediate(r));
    expect(outcome).toBe(true);

    applied = false;
    outcome = null;
    void waitUntil(clock, () => applied, 5000).then((r) => (outcome = r));
    clock.advance(4900);
    await new Promise((r) => setImmediate(r));
    expect(outcome).toBeNull();
    clock.advance(100);
    await new Promise((r) => setImmediate(r));
    expect(outcome).toBe(false);
    expect(clock.pending()).toBe(0);
  });
});
