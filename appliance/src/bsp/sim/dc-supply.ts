/**
 * A simulated DC power supply connected to a simulated battery: in Voltage mode the output slews toward
 * the target (cable check, pre-charge) with the current limited; in Current mode it drives the target
 * current into the battery, the terminal voltage being the battery's open-circuit voltage plus the drop
 * over its internal resistance. Open contactors (no battery) leave only the supply's own output.
 */
import type { DcMeasurement, DcSupply, DcSupplyCapabilities, DcSupplyMode } from '../../shared/ports/dc.js';

export interface SimBattery {
  /** Open-circuit voltage now. */
  ocv_V: number;
  internal_resistance_ohm: number;
  /** True while the vehicle's contactors connect the battery to the cable. */
  connected: boolean;
  /** Called with the energy pushed into the battery. */
  absorb(energy_Wh: number): void;
}

export interface SimDcSupplyOptions {
  capabilities: DcSupplyCapabilities;
  /** Output voltage slew rate. */
  slew_V_per_s?: number;
  /** Current slew rate. */
  slew_A_per_s?: number;
  /**
   * How fast the current falls once the supply is switched off. A converter that stops switching drops its
   * output within milliseconds (IEC 61851-23 expects an emergency shutdown to bring it to a few amperes
   * within tens of ms); this is what lets the charger open its contactors without load.
   */
  off_slew_A_per_s?: number;
}

export class SimDcSupply implements DcSupply {
  readonly capabilities: DcSupplyCapabilities;
  private currentMode: DcSupplyMode = 'Off';
  private targetV = 0;
  private targetA = 0;
  private v = 0;
  private a = 0;
  private last: number | null = null;
  /** The battery on the cable, if the simulated vehicle has one connected. */
  battery: SimBattery | null = null;

  constructor(private readonly opts: SimDcSupplyOptions) {
    this.capabilities = opts.capabilities;
  }

  get mode(): DcSupplyMode {
    return this.currentMode;
  }

  set(mode: DcSupplyMode, voltage_V: number, current_A: number): void {
    const c = this.capabilities;
    this.currentMode = mode;
    this.targetV = mode === 'Off' ? 0 : clamp(voltage_V, 0, c.max_voltage_V);
    // The power limit caps the current at the target voltage.
    const powerCap = this.targetV > 0 ? c.max_power_W / this.targetV : c.max_current_A;
    this.targetA = mode === 'Off' ? 0 : clamp(current_A, 0, Math.min(c.max_current_A, powerCap));
  }

  read(): DcMeasurement {
    return { voltage_V: this.v, current_A: this.a };
  }

  tick(nowMs: number): void {
    const dt = this.last === null ? 0 : Math.max(0, nowMs - this.last) / 1000;
    this.last = nowMs;
    const dv = (this.opts.slew_V_per_s ?? 200) * dt;
    const da = (this.opts.slew_A_per_s ?? 50) * dt;
    const bat = this.battery?.connected ? this.battery : null;
    if (this.currentMode === 'Off') {
      this.a = approach(this.a, 0, (this.opts.off_slew_A_per_s ?? 5000) * dt);
      // Output capacitors discharge through the bleeder; with the battery connected, its voltage stays.
      this.v = bat ? bat.ocv_V : approach(this.v, 0, dv);
      return;
    }
    if (this.currentMode === 'Voltage' || !bat) {
      // Regulating voltage: into an open cable no current flows; a connected battery draws what the
      // voltage difference drives, up to the current limit.
      this.v = approach(this.v, this.targetV, dv);
      this.a = bat ? clamp((this.v - bat.ocv_V) / bat.internal_resistance_ohm, 0, this.targetA) : 0;
      if (bat && this.a >= this.targetA) this.v = bat.ocv_V + this.a * bat.internal_resistance_ohm;
    } else {
      // Regulating current into the battery, as long as the voltage limit allows.
      const maxA = Math.max(0, (this.targetV - bat.ocv_V) / bat.internal_resistance_ohm);
      this.a = approach(this.a, Math.min(this.targetA, maxA), da);
      this.v = bat.ocv_V + this.a * bat.internal_resistance_ohm;
    }
    if (bat && this.a > 0 && dt > 0) bat.absorb((this.v * this.a * dt) / 3600);
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function approach(x: number, target: number, step: number): number {
  return x < target ? Math.min(target, x + step) : Math.max(target, x - step);
}
