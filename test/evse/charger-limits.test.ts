/**
 * The limits an energy manager sets through the API, in the charger itself: the AC phase count (switched
 * only with the contactors open), charging allowed or not, and the DC power limit that the V2G session
 * offers (a change asks the vehicle to renegotiate, and the supply never drives more than the limit).
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { EventBus } from '../../appliance/src/shared/events.js';
import type { AppEvents } from '../../appliance/src/shared/ports/events.js';
import { defaultConfig } from '../../appliance/src/config/index.js';
import { build } from '../../appliance/src/supervisor/index.js';
import { HlcBridge } from '../../appliance/src/evse/index.js';
import { SimDcSupply, type SimBattery } from '../../appliance/src/bsp/sim/dc-supply.js';
import { SimImd } from '../../appliance/src/bsp/sim/imd.js';
import { harness, charging } from './harness.js';

const phasesDrawing = (h: ReturnType<typeof harness>): number => h.sim.line.current_A.filter((a) => a > 0).length;

describe('AC phase count', () => {
  it('switches at once while the contactors are open', () => {
    const h = harness();
    expect(h.charger.phaseCount).toBe(3);
    expect(h.charger.setPhaseCount(1)).toBe(true);
    expect(h.commands.at(-1)).toEqual({ type: 'switch_phases', phases: 1 });
    expect(h.charger.phaseCount).toBe(1);
    charging(h);
    h.run(1000);
    expect(h.charger.state).toBe('Charging');
    expect(phasesDrawing(h)).toBe(1);
  });

  it('under load the switch waits until the contactors have opened', () => {
    const h = harness();
    charging(h);
    h.run(1000);
    expect(phasesDrawing(h)).toBe(3);
    expect(h.charger.setPhaseCount(1)).toBe(true);
    expect(h.charger.phaseCount).toBe(1);
    expect(h.commands.some((c) => c.type === 'switch_phases')).toBe(false);
    h.run(1000);
    expect(phasesDrawing(h)).toBe(3);
    // The vehicle pauses: once the contactors are open the board switches, and charging resumes on one phase.
    h.sim.pauseEv();
    h.run(500);
    expect(h.charger.status().power_on).toBe(false);
    expect(h.commands.filter((c) => c.type === 'switch_phases')).toEqual([{ type: 'switch_phases', phases: 1 }]);
    h.sim.resumeEv();
    h.run(1000);
    expect(h.charger.state).toBe('Charging');
    expect(phasesDrawing(h)).toBe(1);
  });

  it('asking back for the phases in use before the switch happened cancels it', () => {
    const h = harness();
    charging(h);
    h.charger.setPhaseCount(1);
    h.charger.setPhaseCount(3);
    h.sim.pauseEv();
    h.run(500);
    expect(h.commands.some((c) => c.type === 'switch_phases')).toBe(false);
  });

  it('a single-phase EVSE cannot go to three phases', () => {
    const h = harness({ evses: [{ phases: 1 }] });
    expect(h.charger.setPhaseCount(3)).toBe(false);
    expect(h.charger.setPhaseCount(1)).toBe(true);
    expect(h.charger.phaseCount).toBe(1);
  });
});

describe('charging allowed', () => {
  it('false before the session delays it: the transaction starts paused, true lets it charge', () => {
    const h = harness();
    h.charger.setChargingAllowed(false);
    expect(h.charger.status().charging_allowed).toBe(false);
    charging(h);
    expect(h.charger.state).toBe('ChargingPausedEVSE');
    expect(h.charger.status().power_on).toBe(false);
    h.charger.setChargingAllowed(true);
    h.run(500);
    expect(h.charger.state).toBe('Charging');
    expect(h.charger.status().charging_allowed).toBe(true);
  });

  it('false while charging pauses, true resumes', () => {
    const h = harness();
    charging(h);
    h.charger.setChargingAllowed(false);
    h.run(500);
    expect(h.charger.state).toBe('ChargingPausedEVSE');
    h.charger.setChargingAllowed(true);
    h.run(500);
    expect(h.charger.state).toBe('Charging');
  });
});

describe('DC power limit', () => {
  it('reaches the V2G session: lower limits and schedule, and ReNegotiation until the vehicle asked again', async () => {
    const clock = new ManualClock();
    const config = defaultConfig({
      http: { enabled: false },
      database: { path: ':memory:' },
      evses: [{ id: 1, connector: 'cCCS2', board: { type: 'sim', ev: 'dc-iso2' }, slac: { enabled: false }, v2g: { enabled: false }, dc: { enabled: true, max_power_W: 50_000 } }],
    });
    const app = build(config, { clock, env: {} });
    await app.start();
    const e = app.evses[0]!;
    const bridge = new HlcBridge(
      { evse_id: 'DE*AMP*E1*1', energy_modes: ['DC_extended'], nominal_voltage_V: 230, phases: 3, meter_id: 'SIM-1' },
      { charger: e.charger, meter: e.meter, clock, bus: app.bus, dc: e.dc!.supply, imd: e.dc!.imd },
    );
    expect(bridge.dcLimits().max_power_W).toBe(50_000);
    expect(bridge.pmaxSchedule()).toEqual([{ start_s: 0, pmax_W: 50_000 }]);
    expect(bridge.status().notification).toBe('None');

    e.charger.setDcPowerLimit(20_000);
    expect(e.charger.dcPowerLimitW).toBe(20_000);
    expect(bridge.dcLimits().max_power_W).toBe(20_000);
    expect(bridge.status().notification).toBe('ReNegotiation');
    expect(bridge.pmaxSchedule()).toEqual([{ start_s: 0, pmax_W: 20_000 }]);
    expect(bridge.status().notification).toBe('None');

    // Above the supply's maximum the supply's maximum stays; lifting the limit restores it.
    e.charger.setDcPowerLimit(80_000);
    expect(bridge.dcLimits().max_power_W).toBe(50_000);
    e.charger.setDcPowerLimit(null);
    expect(bridge.pmaxSchedule()).toEqual([{ start_s: 0, pmax_W: 50_000 }]);
    await app.stop();
  });

  it('caps the current the supply drives at the limit over the target voltage', () => {
    const clock = new ManualClock();
    const bus = new EventBus<AppEvents>();
    const caps = { max_voltage_V: 500, min_voltage_V: 150, max_current_A: 125, min_current_A: 0, max_power_W: 50_000, current_regulation_tolerance_A: 1, peak_current_ripple_A: 2 };
    const dc = new SimDcSupply({ capabilities: caps });
    const battery: SimBattery = { ocv_V: 380, internal_resistance_ohm: 0.1, connected: true, absorb: () => {} };
    dc.battery = battery;
    let limit: number | null = 20_000;
    // Only what currentDemand reads of the charger: output allowed, and the limit.
    const charger = {
      evse: 1,
      status: () => ({ blocking_errors: [] }),
      attachDcOutput: () => {},
      superviseDcOutput: () => {},
      hlcOutputAllowed: true,
      get dcPowerLimitW() {
        return limit;
      },
    } as never;
    const bridge = new HlcBridge(
      { evse_id: 'DE*AMP*E1*1', energy_modes: ['DC_extended'], nominal_voltage_V: 230, phases: 3, meter_id: 'SIM-1' },
      { charger, meter: { id: 'm', read: () => ({ timestamp: 0, energy_import_Wh: 0, power_W: 0, current_A: [0, 0, 0], voltage_V: [0, 0, 0] }) }, clock, bus, dc, imd: new SimImd(500) },
    );
    const drive = (): ReturnType<HlcBridge['currentDemand']> => {
      let p = bridge.currentDemand(400, 100);
      for (let t = 0; t < 5000; t += 100) {
        clock.advance(100);
        dc.tick(clock.now());
        p = bridge.currentDemand(400, 100);
      }
      return p;
    };
    const limited = drive();
    expect(limited.current_A).toBeCloseTo(50, 0);
    expect(limited.power_limit_achieved).toBe(true);
    limit = null;
    const free = drive();
    expect(free.current_A).toBeCloseTo(100, 0);
    expect(free.power_limit_achieved).toBe(false);
  });
});
