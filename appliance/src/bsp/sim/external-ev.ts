/**
 * `board.ev: external`: the simulated board carries no simulated vehicle; a real EV on the V2G interface
 * drives the session, and this follower moves the vehicle's side of the control pilot the way that EV's
 * own CP circuit would. It uses the same hands a simulated vehicle uses (plug, S2 via the HLC demand, the
 * pack on the DC output), so the charger meets it only through the Board contract and cannot tell it
 * from a vehicle on a real board:
 *
 *   B  when the EV shows up: its first CM_SLAC_PARM.REQ on the PLC interface (EVs repeat it, so the
 *      charger's SLAC, started by B and 5 %, answers a repetition) or, without SLAC, its V2GTP connection;
 *   C  at PowerDeliveryReq Start: S2 closes just before the request is handled, so the contactors close
 *      within the request;
 *   B  at PowerDeliveryReq Stop (S2 opens first, so the contactors open without load), and whenever a
 *      session ends while C was presented;
 *   A  once the EV has gone: its V2GTP connection closed after a session that did not pause (SessionStop
 *      Terminate, a FAILED answer, a timeout, a lost connection) and neither a new connection nor a new
 *      CM_SLAC_PARM.REQ came within `goneAfterMs`. After SessionStop Pause the EV stays plugged (B).
 *
 * DC: the supply needs a load. A virtual pack at the EV's PreCharge target voltage sits on the output while
 * the contactors are closed and C is presented, so the current the EV demands flows and the meter counts
 * it. AC: the line draws what the EV may draw: the EVSE's offered maximum, capped by the EV's own maximum.
 */
import type { Clock, TimerHandle } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { BoardEvent, CpState } from '../../shared/ports/bsp.js';
import type {
  AcLimits,
  DcLimits,
  DcPresent,
  EnergyMode,
  EvseHlcStatus,
  HlcEvse,
  HlcReport,
} from '../../shared/ports/hlc.js';
import type { EvProfileConfig } from '../../config/index.js';
import type { SimBattery } from './dc-supply.js';

/** How long after its connection closed the EV may come back before it counts as unplugged. */
export const EXTERNAL_EV_GONE_MS = 3000;
/** Internal resistance of the virtual DC pack: low, so the supply's current limit, not the pack, sets the current. */
export const VIRTUAL_PACK_RESISTANCE_OHM = 0.05;

/** The vehicle-side hands of the simulated board (SimBoard has them). */
export interface ExternalEvBoard {
  plug(profileName?: string): void;
  unplug(): void;
  /** S2: a current the vehicle may draw (C), or null (B). */
  setHlcDemand(amps: number | null): void;
  setDcBattery(battery: Omit<SimBattery, 'connected'> | null): void;
  onEvent(listener: (e: BoardEvent) => void): () => void;
}

export interface ExternalEvOptions {
  /** A DC EVSE: the follower puts a virtual pack on the DC output. */
  dc: boolean;
  goneAfterMs?: number;
}

export interface ExternalEvDeps {
  board: ExternalEvBoard;
  clock: Pick<Clock, 'after'>;
  log?: Logger;
}

/** What the follower presented, in order (tests and diagnostics). */
export interface CpChange {
  cp: 'A' | 'B' | 'C';
  why: string;
}

/**
 * The profile the board's vehicle slot gets for an external EV: it never fills up and never limits the
 * current below what the EVSE offers; the real EV's limits arrive through the session.
 */
export function externalEvProfile(max_current_A: number, phases: 1 | 3): EvProfileConfig {
  return { max_current_A, phases, battery_kWh: 1_000_000, soc_pct: 0, target_soc_pct: 100, hlc: 'none' };
}

export class ExternalEv {
  private presented: 'A' | 'B' | 'C' = 'A';
  private goneTimer: TimerHandle | null = null;
  private evMaxCurrentA: number | undefined;
  private packOn = false;
  private lastMeasured: CpState | null = null;
  private readonly unsubscribe: () => void;
  readonly changes: CpChange[] = [];

  constructor(
    private readonly opts: ExternalEvOptions,
    private readonly deps: ExternalEvDeps,
  ) {
    // The CP as the board measures it (what the charger sees), for the log: E/F steps of the charger too.
    this.unsubscribe = deps.board.onEvent((e) => {
      if (e.type !== 'cp' || e.state === this.lastMeasured) return;
      this.lastMeasured = e.state;
      deps.log?.info(`control pilot ${e.state}`);
    });
  }

  /** What the EV's side presents now. */
  get cp(): 'A' | 'B' | 'C' {
    return this.presented;
  }

  /** The EV showed up (CM_SLAC_PARM.REQ, or its V2GTP connection without SLAC): B if it was away. */
  plugIn(why: string): void {
    this.stillThere();
    if (this.presented !== 'A') return;
    this.present('B', why);
    this.deps.board.plug();
  }

  /** A sign of life from a plugged EV (a new V2GTP connection): it is not leaving. */
  stillThere(): void {
    this.goneTimer?.cancel();
    this.goneTimer = null;
  }

  /**
   * Its V2GTP connection closed; `how` the session on it ended (null: none started). After a pause the EV
   * stays; otherwise it counts as gone unless it comes back within goneAfterMs.
   */
  left(how: 'terminate' | 'pause' | 'error' | null): void {
    if (this.presented === 'A' || how === 'pause') return;
    this.goneTimer?.cancel();
    this.goneTimer = this.deps.clock.after(this.opts.goneAfterMs ?? EXTERNAL_EV_GONE_MS, () => {
      this.goneTimer = null;
      this.unplug(`gone: no connection or CM_SLAC_PARM.REQ within ${this.opts.goneAfterMs ?? EXTERNAL_EV_GONE_MS} ms after the session (${how ?? 'none'})`);
    });
  }

  /** The charger's view of a V2G session, with the EV's CP moves (and its DC pack) attached. */
  follow(hlc: HlcEvse): HlcEvse {
    return new FollowedHlc(hlc, this);
  }

  /** Stops timers and listening (the appliance is stopping). */
  close(): void {
    this.stillThere();
    this.unsubscribe();
  }

  // ---- called by FollowedHlc ----

  /** @internal PreCharge: the pack the DC output will see, at the EV's target voltage. */
  preCharge(target_V: number): void {
    if (!this.opts.dc || this.packOn) return;
    this.packOn = true;
    this.deps.board.setDcBattery({ ocv_V: target_V, internal_resistance_ohm: VIRTUAL_PACK_RESISTANCE_OHM, absorb: () => {} });
    this.deps.log?.info(`virtual DC pack at ${target_V} V (the EV's PreCharge target)`);
  }

  /** @internal PowerDeliveryReq Start / Stop. */
  powerDelivery(on: boolean, hlc: HlcEvse): void {
    if (on) this.closeS2(hlc, 'PowerDeliveryReq Start');
    else this.openS2('PowerDeliveryReq Stop');
  }

  /** @internal What the EV told the charger; in the AC loop the draw follows the EVSE's current limit. */
  report(update: HlcReport, hlc: HlcEvse): void {
    if (update.ev_max_current_A !== undefined) this.evMaxCurrentA = update.ev_max_current_A;
    if (update.stage === 'ChargingStatus' && this.presented === 'C' && !this.opts.dc) this.deps.board.setHlcDemand(this.drawA(hlc));
  }

  /** @internal The session ended: S2 opens, the pack leaves the output. */
  sessionEnded(how: string): void {
    this.openS2(`session ended (${how})`);
    this.removePack();
    this.evMaxCurrentA = undefined;
  }

  // ---- internals ----

  private closeS2(hlc: HlcEvse, why: string): void {
    if (this.presented === 'A') return;
    this.stillThere();
    if (this.presented !== 'C') this.present('C', why);
    this.deps.board.setHlcDemand(this.drawA(hlc));
  }

  private openS2(why: string): void {
    if (this.presented !== 'C') return;
    this.present('B', why);
    this.deps.board.setHlcDemand(null);
  }

  /** AC: what the EV may draw; DC: any value ≥ 6 A only closes S2 (the current is set in messages). */
  private drawA(hlc: HlcEvse): number {
    const limits = this.opts.dc ? hlc.dcLimits() : hlc.acLimits();
    return Math.min(limits.max_current_A, this.evMaxCurrentA ?? Infinity);
  }

  private unplug(why: string): void {
    this.removePack();
    this.openS2(why);
    this.present('A', why);
    this.deps.board.unplug();
  }

  private removePack(): void {
    if (!this.packOn) return;
    this.packOn = false;
    this.deps.board.setDcBattery(null);
  }

  private present(cp: 'A' | 'B' | 'C', why: string): void {
    this.presented = cp;
    this.changes.push({ cp, why });
    this.deps.log?.info(`external EV presents ${cp}: ${why}`);
  }
}

/** An HlcEvse that tells the follower what the EV asked for before the charger handles it. */
class FollowedHlc implements HlcEvse {
  constructor(
    private readonly inner: HlcEvse,
    private readonly ev: ExternalEv,
  ) {}

  get evse(): number {
    return this.inner.evse;
  }
  get evse_id(): string {
    return this.inner.evse_id;
  }
  get energy_modes(): readonly EnergyMode[] {
    return this.inner.energy_modes;
  }
  authorization(): 'Accepted' | 'Ongoing' | 'Rejected' {
    return this.inner.authorization();
  }
  status(): EvseHlcStatus {
    return this.inner.status();
  }
  dcLimits(): DcLimits {
    return this.inner.dcLimits();
  }
  acLimits(): AcLimits {
    return this.inner.acLimits();
  }
  pmaxSchedule(): Array<{ start_s: number; pmax_W: number }> {
    return this.inner.pmaxSchedule();
  }
  meter(): { energy_Wh: number; meter_id: string; timestamp_s: number } {
    return this.inner.meter();
  }
  cableCheck(): 'Ongoing' | 'Finished' | 'Failed' {
    return this.inner.cableCheck();
  }
  preCharge(target_voltage_V: number, current_A: number): DcPresent {
    this.ev.preCharge(target_voltage_V);
    return this.inner.preCharge(target_voltage_V, current_A);
  }
  powerDelivery(on: boolean): 'Ongoing' | 'Finished' | 'Failed' {
    this.ev.powerDelivery(on, this.inner);
    return this.inner.powerDelivery(on);
  }
  currentDemand(target_voltage_V: number, target_current_A: number): DcPresent {
    return this.inner.currentDemand(target_voltage_V, target_current_A);
  }
  weldingDetection(): DcPresent {
    return this.inner.weldingDetection();
  }
  report(update: HlcReport): void {
    this.ev.report(update, this.inner);
    this.inner.report(update);
  }
  sessionEnded(how: 'terminate' | 'pause' | 'error', detail: string): void {
    this.ev.sessionEnded(how);
    this.inner.sessionEnded(how, detail);
  }
}
