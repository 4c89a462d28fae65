/**
 * A fake but honest HlcEvse for the DIN and session tests: every answer comes from a script the test sets
 * up, the DC supply is a tiny model (PreCharge ramps the voltage by a fixed step per request toward the
 * target; CurrentDemand follows the target within the limits and flags the limit it hits; opening the
 * contactors drops the current to 0 and WeldingDetection sees the voltage decay), and every call is
 * recorded so tests can assert what the session asked of the charger.
 *
 * Scripts are arrays consumed one entry per call; the last entry repeats (so ['Ongoing', 'Accepted'] means
 * "Ongoing once, then Accepted for good").
 */
import type { DcLimits, DcPresent, EnergyMode, EvseHlcStatus, HlcEvse, HlcReport } from '../../../appliance/src/shared/ports/hlc.js';

type Scripted<T> = T[];
function next<T>(script: Scripted<T>): T {
  if (script.length === 0) throw new Error('empty script');
  return script.length > 1 ? script.shift()! : script[0]!;
}

export class ScriptedEvse implements HlcEvse {
  readonly evse = 1;
  evse_id = 'DE*AMP*E1234*1';
  energy_modes: EnergyMode[] = ['DC_extended'];
  auth: Scripted<'Accepted' | 'Ongoing' | 'Rejected'> = ['Accepted'];
  cable: Scripted<'Ongoing' | 'Finished' | 'Failed'> = ['Finished'];
  contactorResult: 'Finished' | 'Failed' = 'Finished';
  st: EvseHlcStatus = { notification: 'None', emergency: false, ready: true, isolation: 'Valid' };
  limits: DcLimits = {
    max_voltage_V: 500,
    min_voltage_V: 50,
    max_current_A: 125,
    min_current_A: 0,
    max_power_W: 50_000,
    current_regulation_tolerance_A: 1,
    peak_current_ripple_A: 2,
  };
  schedule = [{ start_s: 0, pmax_W: 30_000 }];
  /** PreCharge ramp per request (V). */
  rampStep_V = 100;
  voltage_V = 0;
  current_A = 0;
  contactorsClosed = false;

  readonly calls: string[] = [];
  readonly reports: HlcReport[] = [];
  readonly ended: Array<{ how: string; detail: string }> = [];

  authorization(): 'Accepted' | 'Ongoing' | 'Rejected' {
    this.calls.push('authorization');
    return next(this.auth);
  }
  status(): EvseHlcStatus {
    return { ...this.st };
  }
  dcLimits(): DcLimits {
    return { ...this.limits };
  }
  acLimits() {
    return { nominal_voltage_V: 230, max_current_A: 16, phases: 3 as const };
  }
  pmaxSchedule() {
    return this.schedule.map((e) => ({ ...e }));
  }
  meter() {
    return { energy_Wh: 0, meter_id: 'sim', timestamp_s: 0 };
  }
  cableCheck(): 'Ongoing' | 'Finished' | 'Failed' {
    this.calls.push('cableCheck');
    return next(this.cable);
  }
  preCharge(target_voltage_V: number, current_A: number): DcPresent {
    this.calls.push(`preCharge ${target_voltage_V} ${current_A}`);
    const d = target_voltage_V - this.voltage_V;
    this.voltage_V += Math.sign(d) * Math.min(Math.abs(d), this.rampStep_V);
    this.current_A = Math.min(current_A, 2);
    return this.present(false, false, false);
  }
  powerDelivery(on: boolean): 'Ongoing' | 'Finished' | 'Failed' {
    this.calls.push(`powerDelivery ${on}`);
    if (this.contactorResult === 'Failed') return 'Failed';
    this.contactorsClosed = on;
    if (!on) this.current_A = 0;
    return 'Finished';
  }
  currentDemand(target_voltage_V: number, target_current_A: number): DcPresent {
    this.calls.push(`currentDemand ${target_voltage_V} ${target_current_A}`);
    const l = this.limits;
    this.voltage_V = Math.min(target_voltage_V, l.max_voltage_V);
    const byPower = this.voltage_V > 0 ? l.max_power_W / this.voltage_V : l.max_current_A;
    this.current_A = Math.min(target_current_A, l.max_current_A, byPower);
    return this.present(
      target_current_A > l.max_current_A && l.max_current_A <= byPower,
      target_voltage_V > l.max_voltage_V,
      target_current_A > byPower && byPower < l.max_current_A,
    );
  }
  weldingDetection(): DcPresent {
    this.calls.push('weldingDetection');
    this.voltage_V = Math.max(0, this.voltage_V - 150);
    return this.present(false, false, false);
  }
  report(update: HlcReport): void {
    this.reports.push(update);
  }
  sessionEnded(how: 'terminate' | 'pause' | 'error', detail: string): void {
    this.ended.push({ how, detail });
  }

  private present(current: boolean, voltage: boolean, power: boolean): DcPresent {
    return { voltage_V: this.voltage_V, current_A: this.current_A, current_limit_achieved: current, voltage_limit_achieved: voltage, power_limit_achieved: power };
  }
}
