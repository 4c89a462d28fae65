/**
 * TEST DOUBLE of HlcEvse for the EVCC tests (not the DC supply simulator of issue 5 §7): a charger whose DC
 * output moves on the injected clock instead of jumping, so the EV's PreCharge tolerance and SoC
 * integration are exercised for real.
 *
 *  - Authorization and cable check are scripted: `auth` is a queue (last entry repeats); the cable check
 *    answers Ongoing for `cable_check_ms` after its first call, then Finished.
 *  - Voltage ramps toward the requested target at `ramp_V_per_s`, current at `ramp_A_per_s`, within the
 *    DC limits (current also within max_power_W / V); the meter integrates V × I over the clock.
 *  - AC: while the contactors are closed the meter counts nominal voltage × `ac_draw_A` × phases (the PWM
 *    side is not modelled; the test sets what its car draws).
 *  - After the contactors open the output decays at `decay_V_per_s` (WeldingDetection sees it fall).
 *  - `renegotiate()` raises EVSENotification ReNegotiation until the next SAScheduleList is built
 *    (pmaxSchedule() is read by ChargeParameterDiscovery), i.e. until the EV has fetched the new limits.
 */
import type { Clock } from '../../../appliance/src/shared/clock.js';
import type { AcLimits, DcLimits, DcPresent, EnergyMode, EvseHlcStatus, HlcEvse, HlcReport } from '../../../appliance/src/shared/ports/hlc.js';

export class SupplyEvse implements HlcEvse {
  readonly evse = 1;
  readonly evse_id = 'DE*AMP*E0001*1';
  auth: Array<'Accepted' | 'Ongoing' | 'Rejected'> = ['Accepted'];
  cable_check_ms = 1_500;
  st: EvseHlcStatus = { notification: 'None', emergency: false, ready: true, isolation: 'Valid' };
  dc: DcLimits = {
    max_voltage_V: 500,
    min_voltage_V: 150,
    max_current_A: 150,
    min_current_A: 0,
    max_power_W: 50_000,
    current_regulation_tolerance_A: 5,
    peak_current_ripple_A: 2,
  };
  ac: AcLimits = { nominal_voltage_V: 230, max_current_A: 32, phases: 3 };
  ac_draw_A = 16;
  schedule: Array<{ start_s: number; pmax_W: number }> = [];
  ramp_V_per_s = 400;
  ramp_A_per_s = 200;
  decay_V_per_s = 400;
  voltage_V = 0;
  current_A = 0;
  energy_Wh = 0;
  contactors = false;
  readonly calls: string[] = [];
  readonly reports: HlcReport[] = [];
  readonly ended: Array<{ how: string; detail: string }> = [];
  private cableSince: number | null = null;
  private last: number;
  private renegotiating = false;
  private decaying = false;

  constructor(
    private readonly clock: Clock,
    readonly energy_modes: EnergyMode[] = ['DC_extended'],
  ) {
    this.last = clock.now();
  }

  renegotiate(): void {
    this.renegotiating = true;
    this.st = { ...this.st, notification: 'ReNegotiation' };
  }
  authorization() {
    const v = this.auth.length > 1 ? this.auth.shift()! : this.auth[0]!;
    this.calls.push(`authorization ${v}`);
    return v;
  }
  status() {
    return { ...this.st };
  }
  dcLimits() {
    return { ...this.dc };
  }
  acLimits() {
    return { ...this.ac };
  }
  pmaxSchedule() {
    if (this.renegotiating) {
      this.renegotiating = false;
      this.st = { ...this.st, notification: 'None' };
    }
    return this.schedule.map((e) => ({ ...e }));
  }
  meter() {
    this.tick();
    return { energy_Wh: Math.round(this.energy_Wh), meter_id: 'SIM-METER', timestamp_s: Math.floor(this.clock.now() / 1000) };
  }
  cableCheck() {
    this.calls.push('cableCheck');
    this.tick();
    this.cableSince ??= this.clock.now();
    return this.clock.now() - this.cableSince >= this.cable_check_ms ? 'Finished' : 'Ongoing';
  }
  preCharge(target_voltage_V: number, current_A: number): DcPresent {
    this.calls.push('preCharge');
    this.decaying = false;
    this.follow(this.tick(), target_voltage_V, Math.min(current_A, 2));
    return this.present();
  }
  powerDelivery(on: boolean) {
    this.tick();
    this.calls.push(`powerDelivery ${on}`);
    this.contactors = on;
    this.decaying = !on;
    if (!on) this.current_A = 0;
    return 'Finished' as const;
  }
  currentDemand(target_voltage_V: number, target_current_A: number): DcPresent {
    this.calls.push('currentDemand');
    this.follow(this.tick(), target_voltage_V, target_current_A);
    return this.present();
  }
  weldingDetection(): DcPresent {
    this.calls.push('weldingDetection');
    this.tick();
    return this.present();
  }
  report(update: HlcReport): void {
    this.reports.push(update);
  }
  sessionEnded(how: 'terminate' | 'pause' | 'error', detail: string): void {
    this.ended.push({ how, detail });
    this.contactors = false;
    this.current_A = 0;
  }

  /** Moves the output toward the targets by what the ramps allow since the last call. */
  private follow(elapsed_s: number, target_V: number, target_A: number): void {
    const dt = Math.max(0.05, elapsed_s);
    const v = Math.min(target_V, this.dc.max_voltage_V);
    this.voltage_V += Math.sign(v - this.voltage_V) * Math.min(Math.abs(v - this.voltage_V), this.ramp_V_per_s * dt);
    const cap = Math.min(target_A, this.dc.max_current_A, this.voltage_V > 0 ? this.dc.max_power_W / this.voltage_V : 0);
    this.current_A += Math.sign(cap - this.current_A) * Math.min(Math.abs(cap - this.current_A), this.ramp_A_per_s * dt);
  }

  /** Integrates the meter and lets an open output decay; returns the seconds since the last call. */
  private tick(): number {
    const now = this.clock.now();
    const dt = (now - this.last) / 1000;
    this.last = now;
    if (!this.contactors) {
      if (this.decaying) this.voltage_V = Math.max(0, this.voltage_V - this.decay_V_per_s * dt);
      return dt;
    }
    const acMode = this.energy_modes.some((m) => m.startsWith('AC_'));
    const power = acMode ? this.ac.nominal_voltage_V * Math.min(this.ac_draw_A, this.ac.max_current_A) * this.ac.phases : this.voltage_V * this.current_A;
    this.energy_Wh += (power * dt) / 3600;
    return dt;
  }

  private present(): DcPresent {
    const r = (x: number) => Math.round(x * 10) / 10;
    return { voltage_V: r(this.voltage_V), current_A: r(this.current_A), current_limit_achieved: false, voltage_limit_achieved: false, power_limit_achieved: false };
  }
}
