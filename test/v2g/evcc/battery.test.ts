/** The EVCC simulator's battery model: OCV curve, taper, limits, SoC from energy. */
import { describe, expect, it } from 'vitest';
import { Battery } from '../../../appliance/src/v2g/evcc/index.js';

describe('Battery', () => {
  it('interpolates the OCV curve and clamps at its ends', () => {
    const b = new Battery({ soc_pct: 30 });
    expect(b.ocv_V()).toBeCloseTo(357.5, 5);
    expect(new Battery({ soc_pct: 0 }).ocv_V()).toBe(320);
    expect(new Battery({ soc_pct: 100 }).ocv_V()).toBe(405);
  });

  it('raises SoC with delivered energy and reports the energy request', () => {
    const b = new Battery({ capacity_kWh: 50, soc_pct: 50, target_soc_pct: 80 });
    expect(b.energyRequest_Wh).toBeCloseTo(15_000, 5);
    b.charge(5_000);
    expect(b.soc_pct).toBeCloseTo(60, 9);
    expect(b.energy_Wh).toBe(5_000);
    b.charge(-100);
    expect(b.soc_pct).toBeCloseTo(60, 9);
    expect(b.targetReached).toBe(false);
    b.charge(10_000);
    expect(b.targetReached).toBe(true);
    expect(b.soc_int).toBe(80);
  });

  it('tapers the accepted current above taper_from_pct', () => {
    expect(new Battery({ soc_pct: 50 }).acceptance_A()).toBe(250);
    expect(new Battery({ soc_pct: 90 }).acceptance_A()).toBeCloseTo(135, 5);
    expect(new Battery({ soc_pct: 100 }).acceptance_A()).toBe(20);
  });

  it('targets the lowest of battery, EVSE current and power limits', () => {
    const b = new Battery({ soc_pct: 50 });
    expect(b.dcTarget_A({ max_current_A: 100, max_power_W: 150_000 })).toBe(100);
    // 50 kW at ≈ 382.5 V (OCV 370 + 250 A × 0.05 Ω)
    expect(b.dcTarget_A({ max_current_A: 500, max_power_W: 50_000 })).toBeCloseTo(130.7, 1);
    expect(b.terminal_V(100)).toBeCloseTo(375, 9);
    expect(new Battery({ soc_pct: 100, max_voltage_V: 400 }).terminal_V(200)).toBe(400);
  });

  it('draws AC current within the on-board charger and the EVSE limit, none below EVMinCurrent', () => {
    const b = new Battery();
    expect(b.acCurrent_A(32)).toBe(16);
    expect(b.acCurrent_A(10)).toBe(10);
    expect(b.acCurrent_A(5)).toBe(0);
  });

  it('rejects a battery without capacity or OCV points', () => {
    expect(() => new Battery({ capacity_kWh: 0 })).toThrow(RangeError);
    expect(() => new Battery({ ocv: [] })).toThrow(RangeError);
  });
});
