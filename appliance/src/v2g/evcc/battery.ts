/**
 * A small vehicle/battery model for the EVCC simulator: enough physics to make a session look like a car's
 * (voltage follows SoC, current tapers near full, SoC rises with the energy actually delivered), nothing more.
 *
 *  - Open-circuit voltage (OCV) is a piecewise-linear curve over SoC; the pack's terminal voltage while
 *    charging is OCV + I × R (one internal resistance, no RC dynamics, no temperature).
 *  - The DC charge current the battery accepts is `max_current_A` up to `taper_from_pct`, then falls
 *    linearly to `taper_end_A` at 100 %; power is capped by `max_power_W`.
 *  - AC charging goes through the on-board charger: `ac.phases` × min(`ac.max_current_A`, EVSE limit) at
 *    the grid's nominal voltage; charger losses are ignored.
 *  - SoC changes only through `charge(energy_Wh)`; the caller integrates V × I over its (injected) clock.
 */

export interface OnBoardCharger {
  phases: 1 | 3;
  /** Per-phase current the on-board charger draws at most (EVMaxCurrent). */
  max_current_A: number;
  /** IEC 61851 minimum (EVMinCurrent). */
  min_current_A: number;
  /** Highest phase voltage the on-board charger accepts (EVMaxVoltage). */
  max_voltage_V: number;
}

export interface BatterySpec {
  capacity_kWh: number;
  /** SoC at plug-in, 0…100. */
  soc_pct: number;
  /** The EV stops charging (PowerDelivery stop) once this SoC is reached. */
  target_soc_pct: number;
  /** Announced as BulkSOC (DC). */
  bulk_soc_pct: number;
  /** Pack limits announced as EVMaximum{Voltage,Current,Power}Limit (DC). */
  max_voltage_V: number;
  max_current_A: number;
  max_power_W: number;
  /** OCV curve: [SoC %, volts] points in ascending SoC; linear in between, clamped at the ends. */
  ocv: ReadonlyArray<readonly [number, number]>;
  internal_resistance_ohm: number;
  taper_from_pct: number;
  taper_end_A: number;
  ac: OnBoardCharger;
}

/** A 400 V-class mid-size car (58 kWh), shaped after the values seen in the DIN/ISO captures. */
export const DEFAULT_BATTERY: BatterySpec = {
  capacity_kWh: 58,
  soc_pct: 30,
  target_soc_pct: 80,
  bulk_soc_pct: 80,
  max_voltage_V: 450,
  max_current_A: 250,
  max_power_W: 120_000,
  ocv: [
    [0, 320],
    [10, 345],
    [50, 370],
    [90, 395],
    [100, 405],
  ],
  internal_resistance_ohm: 0.05,
  taper_from_pct: 80,
  taper_end_A: 20,
  ac: { phases: 3, max_current_A: 16, min_current_A: 6, max_voltage_V: 400 },
};

export class Battery {
  readonly spec: BatterySpec;
  private soc: number;
  private delivered_Wh = 0;

  constructor(spec: Partial<BatterySpec> = {}) {
    this.spec = { ...DEFAULT_BATTERY, ...spec, ac: { ...DEFAULT_BATTERY.ac, ...(spec.ac ?? {}) } };
    const s = this.spec;
    if (!(s.capacity_kWh > 0)) throw new RangeError('capacity_kWh must be > 0');
    if (s.ocv.length === 0) throw new RangeError('the OCV curve needs at least one point');
    this.soc = clamp(s.soc_pct, 0, 100);
  }

  /** SoC in % (fractional). */
  get soc_pct(): number {
    return this.soc;
  }
  /** SoC as the protocols send it (EVRESSSOC, an integer percent). */
  get soc_int(): number {
    return Math.floor(this.soc);
  }
  /** Energy the battery took since construction (Wh). */
  get energy_Wh(): number {
    return this.delivered_Wh;
  }
  get targetReached(): boolean {
    return this.soc >= this.spec.target_soc_pct;
  }
  /** Energy still needed to reach the target SoC (EVEnergyRequest / EAmount). */
  get energyRequest_Wh(): number {
    return Math.max(0, ((this.spec.target_soc_pct - this.soc) / 100) * this.spec.capacity_kWh * 1000);
  }

  /** Open-circuit voltage at the present SoC. */
  ocv_V(): number {
    const pts = this.spec.ocv;
    if (this.soc <= pts[0]![0]) return pts[0]![1];
    for (let i = 1; i < pts.length; i++) {
      const [s1, v1] = pts[i]!;
      const [s0, v0] = pts[i - 1]!;
      if (this.soc <= s1) return v0 + ((v1 - v0) * (this.soc - s0)) / (s1 - s0 || 1);
    }
    return pts[pts.length - 1]![1];
  }

  /** Terminal voltage at `current_A` (the EV's target voltage in CurrentDemand), capped at max_voltage_V. */
  terminal_V(current_A: number): number {
    return Math.min(this.spec.max_voltage_V, this.ocv_V() + current_A * this.spec.internal_resistance_ohm);
  }

  /** DC current the battery accepts now (taper above taper_from_pct). */
  acceptance_A(): number {
    const s = this.spec;
    if (this.soc <= s.taper_from_pct) return s.max_current_A;
    const f = clamp((100 - this.soc) / (100 - s.taper_from_pct || 1), 0, 1);
    return s.taper_end_A + (s.max_current_A - s.taper_end_A) * f;
  }

  /**
   * The DC target current: what the battery accepts, within the EVSE's current and power limits and the
   * EV's own power limit, at the voltage the pack will show.
   */
  dcTarget_A(evse: { max_current_A: number; max_power_W: number }): number {
    const v = Math.max(1, this.terminal_V(this.acceptance_A()));
    const byPower = Math.min(this.spec.max_power_W, evse.max_power_W) / v;
    return round1(Math.max(0, Math.min(this.acceptance_A(), evse.max_current_A, byPower)));
  }

  /** Per-phase AC current the on-board charger draws under the EVSE's limit (0 below EVMinCurrent). */
  acCurrent_A(evseMax_A: number): number {
    const i = Math.min(this.spec.ac.max_current_A, evseMax_A);
    return i < this.spec.ac.min_current_A ? 0 : i;
  }

  /** Adds energy to the pack (negative values are ignored); returns the new SoC. */
  charge(energy_Wh: number): number {
    if (!(energy_Wh > 0)) return this.soc;
    this.delivered_Wh += energy_Wh;
    this.soc = clamp(this.soc + (energy_Wh / (this.spec.capacity_kWh * 1000)) * 100, 0, 100);
    return this.soc;
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
