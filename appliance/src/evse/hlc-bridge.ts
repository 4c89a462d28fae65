/**
 * The charger as a V2G session sees it (the HlcEvse contract): authorization from the charger's own
 * authorization flow (external identification), EVSE status from its state and errors, limits from the
 * EVSE configuration and the DC supply, and the DC actions — cable check with the IMD, pre-charge and
 * current demand on the DC supply — with the contactors switched only through the charger's safety rules.
 */
import type { Clock } from '../shared/clock.js';
import type { Emitter } from '../shared/events.js';
import type { AppEvents } from '../shared/ports/events.js';
import type { DcSupply, Imd } from '../shared/ports/dc.js';
import type { Meter } from '../shared/ports/meter.js';
import type { AcLimits, DcLimits, DcPresent, EnergyMode, EvseHlcStatus, HlcEvse, HlcReport } from '../shared/ports/hlc.js';
import type { Charger } from './charger/index.js';

export interface HlcBridgeOptions {
  evse_id: string;
  energy_modes: EnergyMode[];
  nominal_voltage_V: number;
  phases: 1 | 3;
  meter_id: string;
  /** Pre-charge may use at most this much current (DIN 70121 / ISO 15118-2: 2 A). */
  precharge_max_A?: number;
  /** Present voltage within this of the target counts as reached (pre-charge, cable check). */
  voltage_tolerance_V?: number;
}

export interface HlcBridgeDeps {
  charger: Charger;
  meter: Meter;
  clock: Pick<Clock, 'now'>;
  bus: Emitter<AppEvents>;
  dc?: DcSupply;
  imd?: Imd;
}

export class HlcBridge implements HlcEvse {
  readonly evse: number;
  readonly evse_id: string;
  readonly energy_modes: readonly EnergyMode[];
  private lastReport: HlcReport = {};
  private cableCheckVoltage = 0;
  /** PMax (W) of the schedule last given to the EV; a different limit now asks it to renegotiate. */
  private offeredPmax: number | null = null;

  constructor(
    private readonly opts: HlcBridgeOptions,
    private readonly deps: HlcBridgeDeps,
  ) {
    this.evse = deps.charger.evse;
    this.evse_id = opts.evse_id;
    this.energy_modes = opts.energy_modes;
    // DC: the charger switches the supply off before it opens the contactors, and watches the IMD.
    const { dc, imd } = deps;
    if (dc && imd) deps.charger.attachDcOutput({ switchOff: () => dc.set('Off', 0, 0), isolation: () => imd.read().level });
  }

  authorization(): 'Accepted' | 'Ongoing' | 'Rejected' {
    const s = this.deps.charger.status();
    if (s.transaction_id) return 'Accepted';
    if (s.state === 'WaitingForAuthentication') return 'Ongoing';
    return 'Rejected';
  }

  status(): EvseHlcStatus {
    const s = this.deps.charger.status();
    const stopping = s.state === 'StoppingCharging' || s.state === 'Finished' || s.state === 'Disabled' || (!!s.transaction_id && !s.charging_allowed);
    // ISO 15118-2 [V2G2-682]: a limit change after the schedule was given is told with ReNegotiation until the
    // EV has asked for the new parameters (ChargeParameterDiscovery calls pmaxSchedule() again).
    const renegotiate = !stopping && this.offeredPmax !== null && this.currentPmax() !== this.offeredPmax;
    return {
      notification: stopping ? 'StopCharging' : renegotiate ? 'ReNegotiation' : 'None',
      emergency: s.blocking_errors.length > 0,
      ready: this.deps.dc ? s.blocking_errors.length === 0 : true,
      isolation: this.deps.imd?.read().level ?? 'No_IMD',
    };
  }

  dcLimits(): DcLimits {
    return { ...this.requireDc().capabilities, max_power_W: this.dcPowerMax() };
  }

  acLimits(): AcLimits {
    return {
      nominal_voltage_V: this.opts.nominal_voltage_V,
      max_current_A: this.deps.charger.status().current_limit_A,
      phases: this.acPhases(),
    };
  }

  /** The supply's maximum power, lowered by an energy manager's limit on the charger. */
  private dcPowerMax(): number {
    const max = this.requireDc().capabilities.max_power_W;
    return Math.min(max, this.deps.charger.dcPowerLimitW ?? max);
  }

  /** The phases the charger offers now (an energy manager may switch them), never more than configured. */
  private acPhases(): 1 | 3 {
    return Math.min(this.opts.phases, this.deps.charger.phaseCount) as 1 | 3;
  }

  pmaxSchedule(): Array<{ start_s: number; pmax_W: number }> {
    const pmax = this.currentPmax();
    this.offeredPmax = pmax;
    return [{ start_s: 0, pmax_W: pmax }];
  }

  private currentPmax(): number {
    return this.deps.dc
      ? this.dcPowerMax()
      : this.opts.nominal_voltage_V * this.deps.charger.status().current_limit_A * this.acPhases();
  }

  meter(): { energy_Wh: number; meter_id: string; timestamp_s: number } {
    const r = this.deps.meter.read();
    return { energy_Wh: r.energy_import_Wh, meter_id: this.opts.meter_id, timestamp_s: Math.floor(r.timestamp / 1000) };
  }

  cableCheck(): 'Ongoing' | 'Finished' | 'Failed' {
    const { dc, imd } = this.deps;
    if (!dc || !imd) return 'Failed';
    // Test at the EV's maximum voltage (what it told us in ChargeParameterDiscovery), within the supply's range.
    const target = Math.min(dc.capabilities.max_voltage_V, this.lastReport.ev_max_voltage_V ?? dc.capabilities.max_voltage_V);
    if (this.cableCheckVoltage !== target) {
      this.cableCheckVoltage = target;
      dc.set('Voltage', target, this.opts.precharge_max_A ?? 2);
      imd.start();
    }
    const level = imd.read().level;
    if (level === 'Fault') {
      dc.set('Off', 0, 0);
      // The charger records it (and declares the emergency) before the answer reads the status.
      this.deps.charger.superviseDcOutput();
      return 'Failed';
    }
    const reached = Math.abs(dc.read().voltage_V - target) <= (this.opts.voltage_tolerance_V ?? 10);
    if (!reached || (level !== 'Valid' && level !== 'Warning')) return 'Ongoing';
    // Done: discharge before pre-charge starts from the battery's side.
    dc.set('Off', 0, 0);
    this.cableCheckVoltage = 0;
    return 'Finished';
  }

  preCharge(target_voltage_V: number, current_A: number): DcPresent {
    const dc = this.requireDc();
    dc.set('Voltage', target_voltage_V, Math.min(current_A, this.opts.precharge_max_A ?? 2));
    return this.present(target_voltage_V, current_A);
  }

  powerDelivery(on: boolean): 'Ongoing' | 'Finished' | 'Failed' {
    const r = this.deps.charger.hlcPowerDelivery(on);
    if (!on && this.deps.dc) this.deps.dc.set('Off', 0, 0);
    return r;
  }

  currentDemand(target_voltage_V: number, target_current_A: number): DcPresent {
    const dc = this.requireDc();
    this.deps.charger.superviseDcOutput();
    // The supply follows the EV only while the charger lets power flow: once it is switching off (a fault, a
    // charger-side stop), the EV's next request must not turn the supply back on.
    // The power limit in force caps the current at the EV's target voltage.
    const current_A = Math.min(target_current_A, this.dcPowerMax() / Math.max(1, target_voltage_V));
    if (this.deps.charger.hlcOutputAllowed) dc.set('Current', target_voltage_V, current_A);
    else dc.set('Off', 0, 0);
    return this.present(target_voltage_V, target_current_A);
  }

  weldingDetection(): DcPresent {
    return this.present(0, 0);
  }

  report(update: HlcReport): void {
    // A new session starts from a clean slate: nothing of the previous car, no schedule given yet.
    if (update.stage === 'SessionSetup') {
      this.lastReport = {};
      this.offeredPmax = null;
    }
    this.lastReport = { ...this.lastReport, ...update, ...this.evseSide(update) };
    this.deps.bus.emit('hlc_status', { evse: this.evse, report: { ...this.lastReport }, timestamp: this.deps.clock.now() });
  }

  /** What the charger offers and delivers, next to what the EV said (present values from the handler win). */
  private evseSide(update: HlcReport): HlcReport {
    const dc = this.deps.dc;
    if (dc) {
      const c = dc.capabilities;
      const m = dc.read();
      return {
        evse_max_voltage_V: c.max_voltage_V,
        evse_max_current_A: c.max_current_A,
        evse_max_power_W: this.dcPowerMax(),
        present_voltage_V: update.present_voltage_V ?? m.voltage_V,
        present_current_A: update.present_current_A ?? m.current_A,
      };
    }
    const limit = this.deps.charger.status().current_limit_A;
    const r = this.deps.meter.read();
    return {
      evse_max_current_A: limit,
      evse_max_power_W: this.opts.nominal_voltage_V * limit * this.acPhases(),
      present_voltage_V: r.voltage_V[0] ?? 0,
      present_current_A: Math.max(...r.current_A),
    };
  }

  sessionEnded(how: 'terminate' | 'pause' | 'error', detail: string): void {
    this.deps.dc?.set('Off', 0, 0);
    // Recorded while the IMD still runs (an isolation fault is the cause, not the session) and the power is on.
    if (how === 'error') this.deps.charger.hlcSessionFailed(detail);
    this.deps.imd?.stop();
    this.deps.charger.endHlcSession();
    // A terminated or failed session ends the transaction; a paused one keeps it for the resume.
    if (how !== 'pause') this.deps.charger.stopTransaction(how === 'error' ? 'Other' : 'StoppedByEV');
    this.report({ stage: `ended (${how}): ${detail}` });
  }

  private requireDc(): DcSupply {
    if (!this.deps.dc) throw new Error(`EVSE ${this.evse} has no DC supply`);
    return this.deps.dc;
  }

  private present(targetV: number, targetA: number): DcPresent {
    const m = this.deps.dc?.read() ?? { voltage_V: 0, current_A: 0 };
    const c = this.deps.dc?.capabilities;
    // A limit is "achieved" when the EV asks for more than the EVSE can give, so the EVSE caps it.
    return {
      voltage_V: m.voltage_V,
      current_A: m.current_A,
      current_limit_achieved: !!c && targetA >= c.max_current_A,
      voltage_limit_achieved: !!c && targetV >= c.max_voltage_V,
      power_limit_achieved: !!c && targetV * targetA >= this.dcPowerMax(),
    };
  }
}
