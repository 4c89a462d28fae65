/**
 * One EVSE's session state machine. Inputs (from the IEC 61851 layer, authorization, API, timers) are
 * queued and handled one at a time to completion, so a board that answers a command synchronously can
 * never re-enter a half-finished transition. The table in states.ts decides; this class does.
 */
import type { Clock, TimerHandle } from '../../shared/clock.js';
import type { EventBus } from '../../shared/events.js';
import type { Logger } from '../../shared/logger.js';
import type { Board, BoardFault } from '../../shared/ports/bsp.js';
import type {
  ChargerHandle,
  ChargerState,
  ChargerStatus,
  SessionEvent,
  SessionEventType,
  StopReason,
} from '../../shared/ports/charger.js';
import type { AppEvents } from '../../shared/ports/events.js';
import type { ErrorOrigin, ErrorReporter } from '../../shared/ports/errors.js';
import type { Meter } from '../../shared/ports/meter.js';
import type { ProvidedToken, ValidationResult } from '../../shared/ports/auth.js';
import type { UuidSource } from '../../shared/uuid.js';
import type { SlacEvent, SlacHandle, SlacState } from '../../shared/ports/slac.js';
import type { IsolationLevel } from '../../shared/ports/hlc.js';
import { catalogueEntry } from '../../errors/index.js';
import { Iec61851, type IecEvent } from '../iec61851/index.js';
import type { ChargerInput, InputOf } from './inputs.js';
import { STATES, type ChargerContext } from './states.js';
import { PowerController, type OutputStage, type PowerConfig } from './power.js';
import { PilotSignal } from './pilot-signal.js';

export interface ChargerOptions {
  evse: number;
  maxCurrentA: number;
  freeCharging: boolean;
  authTimeoutMs: number;
  power: PowerConfig;
  /** Request digital communication (5 % PWM) at plug-in and run SLAC; needs `deps.slac`. */
  hlc?: boolean;
  /** DC: charging only under high-level communication; never a nominal duty cycle, SLAC is retried. */
  hlcOnly?: boolean;
}

/**
 * Leaving 5 % PWM for a nominal duty cycle (ISO 15118-3 [V2G3-M06-05/06]): through E/F for T_step_EF when
 * no matching was ever started, through X1 when it was, so the vehicle notices the change.
 */
export { HLC_SETUP_WAIT_MS, SLAC_START_GRACE_MS, T_STEP_EF_MS, T_STEP_X1_MS } from './pilot-signal.js';

export interface ChargerDeps {
  board: Board;
  meter: Meter;
  clock: Clock;
  bus: EventBus<AppEvents>;
  errors: ErrorReporter;
  log: Logger;
  uuid: UuidSource;
  slac?: SlacHandle;
}

const FAULT_STOP_REASON: Partial<Record<string, StopReason>> = {
  RcdTrip: 'GroundFault',
  Overcurrent: 'OvercurrentFault',
};

/** A DC output as the charger supervises it: the supply it switches off, the IMD it watches. */
export interface DcOutputStage extends OutputStage {
  isolation(): IsolationLevel;
}

/** Errors that belong to the vehicle connected now: they end when it unplugs. */
const CLEARED_AT_UNPLUG = ['v2g/SessionFailed', 'dc/IsolationFault'];

interface Transaction {
  id: string;
  id_token: string;
  auth_method: string;
  started_at: number;
  meter_start_Wh: number;
  stop_reason: StopReason | null;
}

export class Charger implements ChargerHandle, ChargerContext {
  readonly evse: number;
  readonly iec: Iec61851;
  private readonly power: PowerController;
  private readonly origin: ErrorOrigin;
  private current: ChargerState = 'Idle';
  private queue: ChargerInput[] = [];
  private draining = false;
  private sessionId: string | null = null;
  private tx: Transaction | null = null;
  private lastTx: (Transaction & { energy_Wh: number; stopped_at: number }) | null = null;
  private authTimer: TimerHandle | null = null;
  private limit: number;
  /** The API's (or config's) limit; `limit` is the lowest of it and the other sources' limits. */
  private ownLimit: number;
  /** Limits set by other capabilities (OCPP smart charging), by source; the lowest applies. */
  private readonly externalLimits = new Map<string, number>();
  private paused = false;
  private disable = false;
  private unsubscribe: (() => void) | null = null;
  private unsubscribeSlac: (() => void) | null = null;
  private readonly pilot: PilotSignal;
  private hlc = { active: false, power: false };
  private dcOutput: DcOutputStage | null = null;
  /** Phases the board switches to; a change asked for while the contactors are closed waits in `pendingPhases`. */
  private phases: 1 | 3;
  private pendingPhases: 1 | 3 | null = null;
  /** An energy manager's DC power limit (W); null: the supply's own maximum. */
  private dcPowerLimit: number | null = null;

  constructor(
    private readonly opts: ChargerOptions,
    private readonly deps: ChargerDeps,
  ) {
    this.evse = opts.evse;
    this.limit = opts.maxCurrentA;
    this.ownLimit = opts.maxCurrentA;
    this.phases = deps.board.capabilities.phases;
    this.iec = new Iec61851(deps.board);
    this.origin = { module_id: 'evse', implementation_id: 'charger', evse_index: opts.evse, connector_index: 1 };
    this.pilot = new PilotSignal({
      iec: this.iec,
      slac: deps.slac,
      clock: deps.clock,
      log: deps.log,
      hlcOnly: opts.hlcOnly === true,
      hlcActive: () => this.hlc.active,
      blocked: () => this.blocked,
      sessionOpen: () => this.sessionId !== null,
      limitA: () => this.limit,
    });
    this.power = new PowerController(deps.board, this.iec, deps.meter, deps.clock, deps.errors, this.origin,
      opts.power, deps.log, () => this.blockingErrors(),
      () => this.hlc.active && this.hlc.power && this.iec.currentSignal.kind === 'digital');
  }

  // ---- lifecycle ----

  start(): void {
    this.unsubscribe = this.iec.onEvent((e) => this.onIec(e));
    if (this.deps.slac) this.unsubscribeSlac = this.deps.slac.onEvent((e) => this.onSlac(e));
    this.iec.start();
    this.deps.board.send({ type: 'set_overcurrent_limit', amps: this.opts.maxCurrentA });
    this.deps.log.info(`EVSE ${this.evse} starting in Idle`);
    this.enterState('Idle', true);
  }

  stop(): void {
    this.authTimer?.cancel();
    this.pilot.stop();
    this.unsubscribeSlac?.();
    this.deps.slac?.leaveBcd();
    this.power.dispose();
    this.unsubscribe?.();
    this.iec.allowPower(false, 'PowerOff');
    this.iec.setSignal({ kind: 'F' });
    this.iec.stop();
  }

  /**
   * The appliance is stopping: a running transaction ends now with `reason` (the vehicle is told first,
   * then the contactors open without waiting), so the history holds its final energy.
   */
  shutdown(reason: StopReason = 'Reboot'): void {
    // Stop listening first: the vehicle's reaction to the pause must not start new transitions.
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.tx) {
      this.setStopReason(reason);
      this.signalPause();
      this.power.requestPowerOff(true, () => {});
      this.finishTransaction();
    }
    this.stop();
  }

  /** Control-loop tick: watches the DC output and lets the safety controller watch the current while contactors are opening. */
  tick(): void {
    this.superviseDcOutput();
    this.power.poll();
  }

  /** A DC EVSE's supply and IMD (attached by the V2G bridge): switched off before the contactors open, watched for isolation faults. */
  attachDcOutput(stage: DcOutputStage | null): void {
    this.dcOutput = stage;
    this.power.setOutputStage(stage);
  }

  /**
   * An isolation fault on the DC output (IEC 61851-23: the IMD reads below 100 Ω/V) is an emergency like a
   * board fault. Checked every tick, and by the V2G bridge before it answers, so the answer already says so.
   */
  superviseDcOutput(): void {
    const level = this.dcOutput?.isolation();
    if (level === 'Fault') this.raiseFault('dc/IsolationFault', 'insulation monitor reports Fault on the DC output', 'GroundFault');
  }

  get state(): ChargerState {
    return this.current;
  }

  // ---- ChargerHandle ----

  status(): ChargerStatus {
    const now = this.deps.clock.now();
    const tx = this.tx ?? this.lastTx;
    const energy = this.tx ? this.txEnergy() : (this.lastTx?.energy_Wh ?? 0);
    const end = this.tx ? now : (this.lastTx?.stopped_at ?? now);
    return {
      evse: this.evse,
      state: this.current,
      cp: this.iec.cp,
      plugged: this.iec.carPlugged,
      session_id: this.sessionId,
      transaction_id: this.tx?.id ?? null,
      id_token: tx?.id_token ?? null,
      charging_allowed: !this.paused && !this.disable && this.blockingErrors().length === 0,
      power_on: this.iec.powerOn,
      locked: this.power.isLocked,
      current_limit_A: this.limit,
      energy_Wh: energy,
      charging_duration_s: tx ? Math.max(0, Math.round((end - tx.started_at) / 1000)) : 0,
      transaction_started_at: tx?.started_at ?? null,
      stop_reason: this.tx ? null : (this.lastTx?.stop_reason ?? null),
      blocking_errors: this.blockingErrors(),
      slac_state: this.opts.hlc && this.deps.slac ? this.deps.slac.state : null,
    };
  }

  authorize(token: ProvidedToken, result: ValidationResult): boolean {
    if (this.current !== 'WaitingForAuthentication' || result.status !== 'Accepted') return false;
    this.dispatch({ type: 'Authorized', token, result });
    return true;
  }

  stopTransaction(reason: StopReason): boolean {
    if (!this.tx) return false;
    this.dispatch({ type: 'StopTransaction', reason });
    return true;
  }

  pauseCharging(): boolean {
    if (!this.tx) return false;
    this.dispatch({ type: 'PauseCharging' });
    return true;
  }

  resumeCharging(): boolean {
    if (!this.tx || !this.paused) return false;
    this.dispatch({ type: 'ResumeCharging' });
    return true;
  }

  setCurrentLimit(amps: number): void {
    this.ownLimit = Math.min(Math.max(0, amps), this.opts.maxCurrentA);
    this.applyLimits();
  }

  setExternalLimit(source: string, amps: number | null): void {
    if (amps === null) this.externalLimits.delete(source);
    else this.externalLimits.set(source, Math.max(0, amps));
    this.applyLimits();
  }

  private applyLimits(): void {
    const a = Math.min(this.ownLimit, ...this.externalLimits.values());
    if (a === this.limit) return;
    this.limit = a;
    this.dispatch({ type: 'LimitChanged' });
  }

  unlockConnector(): 'Unlocked' | 'UnlockFailed' | 'NotSupported' {
    if (!this.opts.power.has_lock) return 'NotSupported';
    // A running transaction is ended first (OCPP 1.6 UnlockConnector); the lock opens once the contactors have.
    if (this.tx) this.stopTransaction('Local');
    return this.power.unlock() ? 'Unlocked' : 'UnlockFailed';
  }

  setEnabled(enabled: boolean): void {
    this.dispatch({ type: enabled ? 'Enable' : 'Disable' });
  }

  /**
   * An energy manager's switch: false pauses the running transaction (or the next one, from its start)
   * whatever the authorization; true lifts that pause.
   */
  setChargingAllowed(allowed: boolean): void {
    if (allowed) {
      if (!this.resumeCharging()) this.paused = false;
      return;
    }
    this.paused = true;
    if (this.tx) this.dispatch({ type: 'PauseCharging' });
  }

  /** Phases offered to the vehicle: the one asked for last, even while its switch waits for the contactors. */
  get phaseCount(): 1 | 3 {
    return this.pendingPhases ?? this.phases;
  }

  /**
   * Switches the AC supply to 1 or 3 phases. Never under load: with the contactors closed the switch waits
   * until they next open (the vehicle or the charger pauses, the session ends). False when the board cannot.
   */
  setPhaseCount(phases: 1 | 3): boolean {
    const caps = this.deps.board.capabilities;
    if (phases > caps.phases || (phases !== caps.phases && !caps.supports_phase_switching)) return false;
    if (this.iec.powerOn) {
      this.pendingPhases = phases === this.phases ? null : phases;
      return true;
    }
    this.pendingPhases = null;
    this.switchPhases(phases);
    return true;
  }

  private switchPhases(phases: 1 | 3): void {
    if (phases === this.phases) return;
    this.phases = phases;
    this.deps.board.send({ type: 'switch_phases', phases });
    this.deps.log.info(`switched to ${phases} phase(s)`);
  }

  /** The DC power limit in force (W), null when only the supply's maximum applies. */
  get dcPowerLimitW(): number | null {
    return this.dcPowerLimit;
  }

  /** Sets (null: lifts) a DC power limit; the V2G session offers it and asks the vehicle to renegotiate. */
  setDcPowerLimit(watts: number | null): void {
    this.dcPowerLimit = watts === null ? null : Math.max(0, watts);
  }

  /** Whether the state machine is waiting for a token (the authorization manager asks). */
  get waitingForAuthorization(): boolean {
    return this.current === 'WaitingForAuthentication';
  }

  // ---- machine ----

  dispatch(input: ChargerInput): void {
    this.queue.push(input);
    if (this.draining) return;
    this.draining = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) this.handle(next);
    } finally {
      this.draining = false;
    }
  }

  private handle(input: ChargerInput): void {
    const handler = STATES[this.current].on[input.type] as
      | ((ctx: ChargerContext, i: ChargerInput) => ChargerState | void)
      | undefined;
    if (!handler) {
      this.deps.log.debug(`${this.current}: ignoring ${input.type}`);
      return;
    }
    const next = handler(this, input);
    if (next && next !== this.current) this.enterState(next);
  }

  private enterState(state: ChargerState, initial = false): void {
    // Entry actions may hand over to another state at once (e.g. PrepareCharging → ChargingPausedEVSE).
    for (let s: ChargerState | void = state, hops = 0; s && hops < 8; hops++) {
      const from = this.current;
      this.current = s;
      if (from !== s && !initial) {
        this.deps.log.info(`${from} -> ${s}`);
        this.deps.bus.emit('charger_state', { evse: this.evse, from, to: s, timestamp: this.deps.clock.now() });
      }
      const enter: ((ctx: ChargerContext) => ChargerState | void) | undefined = STATES[s].enter;
      const next: ChargerState | void = enter ? enter(this) : undefined;
      s = next && next !== s ? next : undefined;
    }
  }

  private onIec(e: IecEvent): void {
    switch (e.type) {
      case 'car':
        if (e.event === 'PowerOff') {
          // A phase switch asked for under load happens now that nothing flows.
          if (this.pendingPhases !== null) {
            this.switchPhases(this.pendingPhases);
            this.pendingPhases = null;
          }
          return this.power.onPowerOff();
        }
        if (e.event === 'CarUnplugged') for (const type of CLEARED_AT_UNPLUG) this.deps.errors.clear(type, this.origin);
        return this.dispatch({ type: e.event } as ChargerInput);
      case 'fault':
        return this.onFault(e.fault, e.active, e.detail);
      case 'pp':
      case 'telemetry':
        return;
    }
  }

  private onFault(fault: BoardFault | 'VentilationNotAvailable', active: boolean, detail: string): void {
    const type = `bsp/${fault}`;
    if (!active) {
      this.deps.errors.clear(type, this.origin);
      return;
    }
    this.raiseFault(type, detail, FAULT_STOP_REASON[fault] ?? 'EmergencyStop');
  }

  private raiseFault(type: string, detail: string, reason: StopReason): void {
    const known = this.deps.errors.active({ evse_index: this.evse }).some((e) => e.type === type);
    if (known) return;
    this.deps.errors.raise({ type, message: detail, origin: this.origin });
    // Only a new fault triggers the emergency reaction; a repeat report (e.g. a failed unlock) must not
    // re-assert F over the line after the session has already been made safe.
    if (catalogueEntry(type)?.blocks_charging) {
      // Emergency: contactors open now (behind a DC supply: once it is off), whatever state the machine is
      // in; the table then ends the session.
      this.signalFault();
      this.deps.slac?.leaveBcd();
      if (this.iec.powerOn) this.power.requestPowerOff(true, () => {});
      this.dispatch({ type: 'Fault', reason });
    }
  }

  private blockingErrors(): string[] {
    return this.deps.errors
      .active({ evse_index: this.evse })
      .filter((e) => catalogueEntry(e.type)?.blocks_charging)
      .map((e) => e.type);
  }

  private txEnergy(): number {
    if (!this.tx) return 0;
    return Math.max(0, this.deps.meter.read().energy_import_Wh - this.tx.meter_start_Wh);
  }

  // ---- ChargerContext (used by the state table) ----

  get plugged(): boolean {
    return this.iec.carPlugged;
  }
  get requesting(): boolean {
    return this.iec.carRequestsPower;
  }
  get freeCharging(): boolean {
    return this.opts.freeCharging;
  }
  get blocked(): boolean {
    return this.blockingErrors().length > 0;
  }
  get pausedByEvse(): boolean {
    return this.paused;
  }
  get limitA(): number {
    return this.limit;
  }
  get disableRequested(): boolean {
    return this.disable;
  }

  emit(type: SessionEventType, extra: Partial<SessionEvent> = {}): void {
    const event: SessionEvent = {
      evse: this.evse,
      type,
      timestamp: this.deps.clock.now(),
      session_id: this.sessionId,
      ...(this.tx ? { transaction_id: this.tx.id } : {}),
      ...extra,
    };
    this.deps.bus.emit('session_event', event);
  }

  startSession(): void {
    this.sessionId = this.deps.uuid();
    this.lastTx = null;
    this.emit('SessionStarted');
    if (this.opts.hlc && this.deps.slac && !this.blocked) {
      this.pilot.startDigital();
    }
  }

  endSession(): void {
    this.emit('SessionFinished');
    this.sessionId = null;
    this.hlc = { active: false, power: false };
    this.pilot.endSession();
    this.deps.slac?.leaveBcd();
  }

  authorizeFree(): void {
    this.acceptToken({
      type: 'Authorized',
      token: { id_token: 'FreeCharging', type: 'Free', source: 'config', evse: this.evse },
      result: { status: 'Accepted', by: 'free-charging' },
    });
  }

  private pendingToken: { id_token: string; auth_method: string } | null = null;

  acceptToken(input: InputOf<'Authorized'>): void {
    this.pendingToken = { id_token: input.token.id_token, auth_method: input.token.type };
    this.emit('Authorized', { id_token: input.token.id_token, auth_method: input.token.type });
  }

  beginTransaction(): void {
    if (this.tx) return;
    const token = this.pendingToken ?? { id_token: 'unknown', auth_method: 'Local' };
    this.pendingToken = null;
    const meter = this.deps.meter.read().energy_import_Wh;
    this.tx = {
      id: this.deps.uuid(),
      id_token: token.id_token,
      auth_method: token.auth_method,
      started_at: this.deps.clock.now(),
      meter_start_Wh: meter,
      stop_reason: null,
    };
    this.emit('TransactionStarted', { id_token: token.id_token, auth_method: token.auth_method, meter_Wh: meter });
  }

  setStopReason(reason: StopReason): void {
    if (this.tx && !this.tx.stop_reason) this.tx.stop_reason = reason;
  }

  finishTransaction(): void {
    if (!this.tx) return;
    const energy = this.txEnergy();
    const reason = this.tx.stop_reason ?? 'Other';
    const meter = this.deps.meter.read().energy_import_Wh;
    const locally = !['EVDisconnected', 'StoppedByEV', 'Remote'].includes(reason);
    this.emit('ChargingFinished');
    this.emit('TransactionFinished', { energy_Wh: energy, meter_Wh: meter, stop_reason: reason, stopped_locally: locally });
    this.lastTx = { ...this.tx, stop_reason: reason, energy_Wh: energy, stopped_at: this.deps.clock.now() };
    this.tx = null;
    this.paused = false;
  }

  offerCurrent(): void {
    this.pilot.offerCurrent();
  }

  signalPause(): void {
    this.pilot.pause();
  }

  signalFault(): void {
    this.pilot.fault();
  }

  private onSlac(e: SlacEvent): void {
    this.deps.bus.emit('slac', { evse: this.evse, event: e, timestamp: this.deps.clock.now() });
    if (e.type === 'matched') this.deps.log.info(`SLAC matched PEV ${e.pev_mac}`);
    this.pilot.onSlac(e);
  }

  /**
   * The V2G session ended in error (a FAILED answer, a timeout, undecodable input, a lost connection).
   * With the vehicle still connected that is recorded as v2g/SessionFailed, unless a fault already recorded
   * explains it or the charger refused authorization (its decision; PluginTimeout says so). An AC vehicle
   * still drawing under 5 % is told by the PWM: X1, no current offered.
   */
  hlcSessionFailed(detail: string): void {
    // An isolation fault seen at the same moment is the cause; it must be on record before we judge.
    this.superviseDcOutput();
    if (this.hlc.power && !this.opts.hlcOnly && this.iec.currentSignal.kind === 'digital') this.iec.setSignal({ kind: 'X1' });
    if (!this.plugged || this.blocked) return;
    if (this.current === 'Finished' && !this.tx && !this.lastTx) return;
    this.deps.errors.raise({ type: 'v2g/SessionFailed', message: detail, origin: this.origin });
  }

  /** DC: the supply may drive current only while the contactors are closed and nothing is switching them off. */
  get hlcOutputAllowed(): boolean {
    return this.hlc.active && this.hlc.power && this.iec.powerOn && !this.power.isOpening && !this.blocked;
  }

  /** A V2G session has been negotiated on this EVSE (ISO 15118-2 / DIN 70121 after the handshake). */
  beginHlcSession(): void {
    this.pilot.hlcSessionBegan();
    this.hlc = { active: true, power: false };
  }

  /** The V2G session ended: power it had switched on goes off through the safety rules. */
  endHlcSession(): void {
    const hadPower = this.hlc.power;
    this.hlc = { active: false, power: false };
    if (hadPower && this.iec.powerOn) this.powerOff(false);
  }

  /**
   * PowerDeliveryReq from the V2G session: Start switches the contactors on once the vehicle presents C
   * (through the same safety rules as basic charging), Stop switches them off. 'Ongoing' until done.
   */
  hlcPowerDelivery(on: boolean): 'Ongoing' | 'Finished' | 'Failed' {
    if (!this.hlc.active) return 'Failed';
    if (on) {
      if (this.blocked || !this.tx) return 'Failed';
      this.hlc.power = true;
      if (!this.iec.powerOn && this.iec.carRequestsPower) this.powerOn();
      return this.iec.powerOn ? 'Finished' : 'Ongoing';
    }
    this.hlc.power = false;
    if (this.iec.powerOn) this.powerOff(false);
    return this.iec.powerOn ? 'Ongoing' : 'Finished';
  }

  get hlcSessionActive(): boolean {
    return this.hlc.active;
  }

  /** For status: the SLAC state, or null when this EVSE does not use high-level communication. */
  get slacState(): SlacState | null {
    return this.opts.hlc && this.deps.slac ? this.deps.slac.state : null;
  }

  powerOn(): void {
    const refused = this.power.requestPowerOn();
    if (refused) this.deps.log.info(`power on deferred: ${refused}`);
    else if (this.iec.powerOn) this.dispatch({ type: 'PowerOn' });
  }

  powerOff(urgent: boolean): void {
    this.power.requestPowerOff(urgent, () => this.dispatch({ type: 'PowerOffDone' }));
  }

  unlock(): void {
    this.power.unlock();
  }

  startAuthTimer(): void {
    this.authTimer?.cancel();
    this.authTimer = this.deps.clock.after(this.opts.authTimeoutMs, () => {
      this.authTimer = null;
      this.dispatch({ type: 'AuthTimeout' });
    });
  }

  cancelAuthTimer(): void {
    this.authTimer?.cancel();
    this.authTimer = null;
  }

  setPausedByEvse(paused: boolean): void {
    this.paused = paused;
  }

  setDisableRequested(v: boolean): void {
    this.disable = v;
  }
}
