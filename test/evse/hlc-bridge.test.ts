/**
 * The charger under a V2G session: the real ISO 15118-2 protocol definition and session engine talk to
 * the charger through HlcBridge, on the simulated board with SLAC matched; authorization comes from an
 * RFID card (external identification), contactors switch only through the charger's safety rules.
 */
import { describe, it, expect } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { EventBus } from '../../appliance/src/shared/events.js';
import type { AppEvents } from '../../appliance/src/shared/ports/events.js';
import { defaultConfig } from '../../appliance/src/config/index.js';
import { build } from '../../appliance/src/supervisor/index.js';
import { HlcBridge } from '../../appliance/src/evse/index.js';
import { decode, encode } from '../../appliance/src/v2g/exi/index.js';
import { iso2Protocol } from '../../appliance/src/v2g/iso2/index.js';
import { V2gSession } from '../../appliance/src/v2g/session/engine.js';
import { SimDcSupply, type SimBattery } from '../../appliance/src/bsp/sim/dc-supply.js';
import { SimImd } from '../../appliance/src/bsp/sim/imd.js';
import { ev } from '../v2g/iso2/helpers.js';

const ZERO = '0000000000000000';
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

async function matchedApp() {
  const clock = new ManualClock();
  const app = build(
    defaultConfig({ http: { enabled: false }, database: { path: ':memory:' }, evses: [{ id: 1, max_current_A: 16, slac: { enabled: true } }] }),
    { clock, env: {} },
  );
  await app.start();
  const run = async (ms: number) => {
    for (let t = 0; t < ms; t += 20) {
      clock.advance(20);
      await new Promise((r) => setImmediate(r));
    }
  };
  const e = app.evses[0]!;
  e.sim!.plug('ac-3p-16-hlc');
  await run(2_000);
  expect(e.charger.status().slac_state).toBe('MATCHED');
  return { app, e, clock, run };
}

function session(bridge: HlcBridge, clock: ManualClock) {
  const s = new V2gSession(iso2Protocol({ now_ms: () => clock.now() }), bridge, { clock, log: quiet, sessionId: () => 'a1b2c3d4e5f60708' });
  return (name: string, content: Record<string, unknown> = {}, sid = s.session.session_id) => {
    const out = s.handle(encode('iso2', { V2G_Message: { Header: { SessionID: sid }, Body: { [name]: content } } }));
    const doc = decode('iso2', out.response!) as unknown as { V2G_Message: { Body: Record<string, Record<string, unknown>> } };
    return Object.values(doc.V2G_Message.Body)[0]!;
  };
}

describe('HlcBridge: ISO 15118-2 AC on the simulated charger', () => {
  it('authorizes by RFID, switches power at PowerDelivery Start under 5 % PWM, meters, stops and ends the transaction', async () => {
    const { app, e, clock, run } = await matchedApp();
    e.charger.beginHlcSession();
    const bridge = new HlcBridge(
      { evse_id: 'DE*AMP*E1*1', energy_modes: ['AC_three_phase_core'], nominal_voltage_V: 230, phases: 3, meter_id: 'SIM-1' },
      { charger: e.charger, meter: e.meter, clock, bus: app.bus },
    );
    const send = session(bridge, clock);
    expect(send('SessionSetupReq', ev.sessionSetup(), ZERO).ResponseCode).toBe('OK_NewSessionEstablished');
    send('ServiceDiscoveryReq');
    send('PaymentServiceSelectionReq', ev.paymentSelection());
    expect(send('AuthorizationReq').EVSEProcessing).toBe('Ongoing');
    await app.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'test' });
    await run(200);
    expect(send('AuthorizationReq').EVSEProcessing).toBe('Finished');
    expect(send('ChargeParameterDiscoveryReq', ev.acChargeParameter()).ResponseCode).toBe('OK');
    // The car closes S2 (state C) and draws what it negotiated, all while the CP stays at 5 %.
    e.sim!.setHlcDemand(16);
    expect(send('PowerDeliveryReq', ev.powerDelivery('Start')).ResponseCode).toBe('OK');
    await run(500);
    expect(e.charger.state).toBe('Charging');
    expect(e.charger.status().power_on).toBe(true);
    // The car keeps the session alive with ChargingStatusReq, as it would (V2G_SECC_Sequence_Timeout).
    let status: Record<string, unknown> = {};
    for (let i = 0; i < 60; i++) {
      await run(1_000);
      status = send('ChargingStatusReq');
    }
    expect((status.MeterInfo as { MeterReading: number }).MeterReading).toBeGreaterThan(150);
    e.sim!.setHlcDemand(null); // the car opens S2 before asking to stop
    await run(200);
    expect(send('PowerDeliveryReq', ev.powerDelivery('Stop')).ResponseCode).toBe('OK');
    await run(4_000);
    expect(e.charger.status().power_on).toBe(false);
    send('SessionStopReq', ev.sessionStop('Terminate'));
    await run(500);
    expect(e.charger.status().transaction_id).toBeNull();
    expect(e.charger.status().stop_reason).toBe('StoppedByEV');
    expect(e.charger.status().energy_Wh).toBeGreaterThan(150);
    await app.stop();
  });

  it('asks for ReNegotiation when the current limit changes mid-session and publishes the status on the bus', async () => {
    const { app, e, clock, run } = await matchedApp();
    const published: Array<Record<string, unknown>> = [];
    app.bus.on('hlc_status', 'test', (h) => published.push({ ...h.report }));
    e.charger.beginHlcSession();
    const bridge = new HlcBridge(
      { evse_id: 'DE*AMP*E1*1', energy_modes: ['AC_three_phase_core'], nominal_voltage_V: 230, phases: 3, meter_id: 'SIM-1' },
      { charger: e.charger, meter: e.meter, clock, bus: app.bus },
    );
    bridge.report({ stage: 'from an earlier car', soc_pct: 99 });
    const send = session(bridge, clock);
    send('SessionSetupReq', ev.sessionSetup(), ZERO);
    // SessionSetup starts a clean report: nothing of the earlier car survives.
    expect(published.at(-1)).toMatchObject({ protocol: 'ISO15118-2', stage: 'SessionSetup' });
    expect(published.at(-1)!.soc_pct).toBeUndefined();
    send('ServiceDiscoveryReq');
    send('PaymentServiceSelectionReq', ev.paymentSelection());
    await app.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'test' });
    await run(200);
    expect(send('AuthorizationReq').EVSEProcessing).toBe('Finished');
    expect(send('ChargeParameterDiscoveryReq', ev.acChargeParameter()).ResponseCode).toBe('OK');
    expect(published.at(-1)).toMatchObject({ stage: 'ChargeParameterDiscovery', evse_max_current_A: 16, evse_max_power_W: 230 * 16 * 3 });
    e.sim!.setHlcDemand(16);
    send('PowerDeliveryReq', ev.powerDelivery('Start'));
    await run(2_000);
    const before = send('ChargingStatusReq');
    expect((before.AC_EVSEStatus as { EVSENotification: string }).EVSENotification).toBe('None');
    expect(published.at(-1)).toMatchObject({ stage: 'ChargingStatus', present_voltage_V: 230 });
    expect(published.at(-1)!.present_current_A as number).toBeCloseTo(16, 0);

    // An energy manager lowers the limit: the schedule given no longer holds.
    e.charger.setCurrentLimit(10);
    const after = send('ChargingStatusReq');
    expect(after.AC_EVSEStatus).toMatchObject({ EVSENotification: 'ReNegotiation' });
    expect(after.EVSEMaxCurrent).toEqual({ Multiplier: 0, Unit: 'A', Value: 10 });
    expect(send('PowerDeliveryReq', ev.powerDelivery('Renegotiate')).ResponseCode).toBe('OK');
    const cpd = send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    const pmax = (cpd.SAScheduleList as any).SAScheduleTuple[0].PMaxSchedule.PMaxScheduleEntry[0].PMax;
    expect(pmax).toEqual({ Multiplier: 0, Unit: 'W', Value: 6900 });
    // Renegotiated: the notification is gone.
    send('PowerDeliveryReq', ev.powerDelivery('Start'));
    expect((send('ChargingStatusReq').AC_EVSEStatus as { EVSENotification: string }).EVSENotification).toBe('None');
    await app.stop();
  });

  it('PowerDelivery Start without authorization fails and leaves the contactors open', async () => {
    const { app, e, clock } = await matchedApp();
    e.charger.beginHlcSession();
    const bridge = new HlcBridge(
      { evse_id: 'DE*AMP*E1*1', energy_modes: ['AC_three_phase_core'], nominal_voltage_V: 230, phases: 3, meter_id: 'SIM-1' },
      { charger: e.charger, meter: e.meter, clock, bus: app.bus },
    );
    e.sim!.setHlcDemand(16);
    expect(bridge.powerDelivery(true)).toBe('Failed');
    expect(e.charger.status().power_on).toBe(false);
    await app.stop();
  });
});

describe('HlcBridge: DC actions on the simulated supply and IMD', () => {
  const caps = {
    max_voltage_V: 500, min_voltage_V: 150, max_current_A: 125, min_current_A: 0, max_power_W: 50_000,
    current_regulation_tolerance_A: 1, peak_current_ripple_A: 2,
  };
  function dcRig() {
    const clock = new ManualClock();
    const bus = new EventBus<AppEvents>();
    const dc = new SimDcSupply({ capabilities: caps });
    const imd = new SimImd(500, { settle_ms: 1000 });
    const battery: SimBattery = { ocv_V: 380, internal_resistance_ohm: 0.1, connected: false, absorb: () => {} };
    dc.battery = battery;
    // Only the DC parts are used here; the charger lets power flow and has nothing to say about the IMD.
    const charger = {
      evse: 1,
      status: () => ({ blocking_errors: [] }),
      attachDcOutput: () => {},
      superviseDcOutput: () => {},
      hlcOutputAllowed: true,
    } as never;
    const bridge = new HlcBridge(
      { evse_id: 'DE*AMP*E1*1', energy_modes: ['DC_extended'], nominal_voltage_V: 230, phases: 3, meter_id: 'SIM-1' },
      { charger, meter: { id: 'm', read: () => ({ timestamp: 0, energy_import_Wh: 0, power_W: 0, current_A: [0, 0, 0], voltage_V: [0, 0, 0] }) }, clock, bus, dc, imd },
    );
    const tick = (ms: number) => {
      for (let t = 0; t < ms; t += 100) {
        clock.advance(100);
        dc.tick(clock.now());
        imd.tick(clock.now());
      }
    };
    return { bridge, dc, imd, battery, tick };
  }

  it('cable check: Ongoing while the voltage rises and the IMD settles, Finished when isolation is valid', () => {
    const { bridge, imd, tick } = dcRig();
    bridge.report({ ev_max_voltage_V: 420 });
    expect(bridge.cableCheck()).toBe('Ongoing');
    tick(1000);
    expect(bridge.cableCheck()).toBe('Ongoing');
    tick(2000);
    expect(imd.read().level).toBe('Valid');
    expect(bridge.cableCheck()).toBe('Finished');
  });

  it('cable check fails on an isolation fault', () => {
    const { bridge, imd, tick } = dcRig();
    imd.resistance_kOhm = 10;
    bridge.cableCheck();
    tick(3000);
    expect(bridge.cableCheck()).toBe('Failed');
  });

  it('pre-charge ramps to the battery voltage with at most 2 A; current demand then drives the target current', () => {
    const { bridge, battery, tick } = dcRig();
    bridge.preCharge(380, 10);
    tick(3000);
    const p = bridge.preCharge(380, 10);
    expect(p.voltage_V).toBeCloseTo(380, 0);
    battery.connected = true;
    bridge.currentDemand(420, 100);
    tick(5000);
    const d = bridge.currentDemand(420, 100);
    expect(d.current_A).toBeCloseTo(100, 0);
    expect(d.current_limit_achieved).toBe(false);
    expect(bridge.currentDemand(420, 200).current_limit_achieved).toBe(true);
  });
});
