/** The simulated DC supply and IMD: ramps, limits, a battery on the cable, isolation grading. */
import { describe, it, expect } from 'vitest';
import { SimDcSupply, type SimBattery } from '../../appliance/src/bsp/sim/dc-supply.js';
import { SimImd } from '../../appliance/src/bsp/sim/imd.js';
import { isolationLevel } from '../../appliance/src/shared/ports/dc.js';

const caps = {
  max_voltage_V: 500,
  min_voltage_V: 150,
  max_current_A: 125,
  min_current_A: 0,
  max_power_W: 50_000,
  current_regulation_tolerance_A: 1,
  peak_current_ripple_A: 2,
};

function battery(ocv = 380): SimBattery & { energy: number } {
  return {
    ocv_V: ocv,
    internal_resistance_ohm: 0.1,
    connected: false,
    energy: 0,
    absorb(wh: number) {
      this.energy += wh;
    },
  };
}

function run(s: SimDcSupply, fromMs: number, ms: number, step = 100): number {
  let t = fromMs;
  for (; t < fromMs + ms; t += step) s.tick(t);
  s.tick(t);
  return t;
}

describe('simulated DC supply', () => {
  it('ramps the open-cable voltage at its slew rate toward the cable-check target, no current flows', () => {
    const s = new SimDcSupply({ capabilities: caps, slew_V_per_s: 200 });
    s.set('Voltage', 500, 2);
    let t = run(s, 0, 1000);
    expect(s.read().voltage_V).toBeCloseTo(200, 0);
    t = run(s, t, 2000);
    expect(s.read()).toEqual({ voltage_V: 500, current_A: 0 });
    s.set('Off', 0, 0);
    run(s, t, 3000);
    expect(s.read().voltage_V).toBe(0);
  });

  it('pre-charge matches the battery voltage with a small current, then the EV closes its contactors', () => {
    const s = new SimDcSupply({ capabilities: caps });
    const b = battery(380);
    s.battery = b;
    s.set('Voltage', 380, 2);
    const t = run(s, 0, 3000);
    expect(s.read().voltage_V).toBeCloseTo(380, 0);
    b.connected = true;
    run(s, t, 500);
    expect(Math.abs(s.read().current_A)).toBeLessThanOrEqual(2);
  });

  it('in current mode drives the target current into the battery within the power limit', () => {
    const s = new SimDcSupply({ capabilities: caps, slew_A_per_s: 100 });
    const b = battery(380);
    b.connected = true;
    s.battery = b;
    s.set('Current', 450, 200); // asks for more than the 125 A and the 50 kW the supply has
    run(s, 0, 5000);
    const m = s.read();
    expect(m.current_A).toBeCloseTo(50_000 / 450, 0); // the power cap at the target voltage
    expect(m.voltage_V).toBeCloseTo(380 + m.current_A * 0.1, 1);
    expect(b.energy).toBeGreaterThan(0);
  });

  it('never exceeds the EV’s voltage limit: the current falls as the battery nears it', () => {
    const s = new SimDcSupply({ capabilities: caps });
    const b = battery(399);
    b.connected = true;
    s.battery = b;
    s.set('Current', 400, 100);
    run(s, 0, 3000);
    expect(s.read().voltage_V).toBeLessThanOrEqual(400.0001);
    expect(s.read().current_A).toBeLessThanOrEqual(10.0001);
  });
});

describe('simulated IMD', () => {
  it('is Invalid while settling, then Valid for a sound cable, Warning and Fault when it degrades', () => {
    const imd = new SimImd(500, { resistance_kOhm: 5000, settle_ms: 1000 });
    expect(imd.read().level).toBe('No_IMD');
    imd.tick(0);
    imd.start();
    imd.tick(500);
    expect(imd.read().level).toBe('Invalid');
    imd.tick(1000);
    expect(imd.read().level).toBe('Valid');
    imd.resistance_kOhm = 100; // 200 Ω/V
    expect(imd.read().level).toBe('Warning');
    imd.resistance_kOhm = 20; // 40 Ω/V
    expect(imd.read().level).toBe('Fault');
    imd.stop();
    expect(imd.read().level).toBe('No_IMD');
  });

  it('grades by ohms per volt (IEC 61851-23): > 500 valid, 100–500 warning, < 100 fault', () => {
    expect(isolationLevel(251, 500)).toBe('Valid');
    expect(isolationLevel(250, 500)).toBe('Warning');
    expect(isolationLevel(50, 500)).toBe('Warning');
    expect(isolationLevel(49, 500)).toBe('Fault');
  });
});
