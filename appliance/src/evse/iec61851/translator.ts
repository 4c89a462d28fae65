/**
 * IEC 61851-1 layer: turns raw CP measurements into what they mean for a session (car plugged in, car
 * requests power, …) and turns the charger's intents (offer 16 A, request digital communication, pause,
 * signal a fault) into board commands with the right duty cycle.
 */
import type { Board, BoardEvent, BoardFault, BoardTelemetry, CpState, PowerOnReason } from '../../shared/ports/bsp.js';
import { DIGITAL_COMMUNICATION_DUTY, dutyFromAmps } from '../../shared/pwm.js';

export type CarEvent =
  | 'CarPluggedIn'
  | 'CarRequestedPower'
  | 'CarRequestedStopPower'
  | 'CarUnplugged'
  | 'PowerOn'
  | 'PowerOff';

export type IecEvent =
  | { type: 'car'; event: CarEvent }
  /** A hardware condition: faults reported by the board and CP states that mean a fault (E, D). */
  | { type: 'fault'; fault: BoardFault | 'VentilationNotAvailable'; active: boolean; detail: string }
  | { type: 'pp'; amps: number }
  | { type: 'telemetry'; data: BoardTelemetry };

/** What the charger wants the CP line to say. */
export type CpSignal =
  | { kind: 'current'; amps: number }
  | { kind: 'digital' }
  | { kind: 'X1' }
  | { kind: 'F' }
  | { kind: 'E' };

const PLUGGED_STATES: ReadonlySet<CpState> = new Set(['B', 'C', 'D']);
const REQUESTING_STATES: ReadonlySet<CpState> = new Set(['C', 'D']);

export class Iec61851 {
  private listeners = new Set<(e: IecEvent) => void>();
  private unsubscribe: (() => void) | null = null;
  private cpState: CpState | null = null;
  private plugged = false;
  private requesting = false;
  private relaysOn = false;
  private signal: CpSignal = { kind: 'X1' };
  private cpShortActive = false;
  private ventilationFault = false;

  constructor(readonly board: Board) {}

  start(): void {
    this.unsubscribe = this.board.onEvent((e) => this.onBoardEvent(e));
    this.board.send({ type: 'enable', value: true });
    this.board.send({ type: 'cp_state_X1' });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.listeners.clear();
  }

  onEvent(fn: (e: IecEvent) => void): () => void {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  get cp(): CpState | null {
    return this.cpState;
  }
  get carPlugged(): boolean {
    return this.plugged;
  }
  get carRequestsPower(): boolean {
    return this.requesting;
  }
  get powerOn(): boolean {
    return this.relaysOn;
  }
  get currentSignal(): CpSignal {
    return this.signal;
  }
  /** Current a vehicle may draw right now according to the CP signal. */
  get offeredAmps(): number {
    return this.signal.kind === 'current' ? this.signal.amps : 0;
  }

  /** Sets the CP signal; a current below 6 A cannot be signalled and becomes X1 (pause). */
  setSignal(signal: CpSignal): void {
    const s: CpSignal = signal.kind === 'current' && signal.amps < 6 ? { kind: 'X1' } : signal;
    if (JSON.stringify(s) === JSON.stringify(this.signal)) return;
    this.signal = s;
    switch (s.kind) {
      case 'current':
        this.board.send({ type: 'pwm_on', duty_pct: round1(dutyFromAmps(s.amps)) });
        break;
      case 'digital':
        this.board.send({ type: 'pwm_on', duty_pct: DIGITAL_COMMUNICATION_DUTY });
        break;
      case 'X1':
        this.board.send({ type: 'cp_state_X1' });
        break;
      case 'F':
        this.board.send({ type: 'cp_state_F' });
        break;
      case 'E':
        this.board.send({ type: 'cp_state_E' });
        break;
    }
  }

  allowPower(value: boolean, reason: PowerOnReason): void {
    this.board.send({ type: 'allow_power_on', value, reason });
  }

  private emit(e: IecEvent): void {
    for (const l of [...this.listeners]) l(e);
  }

  private onBoardEvent(e: BoardEvent): void {
    switch (e.type) {
      case 'cp':
        return this.onCp(e.state);
      case 'disconnected':
        return this.onCp('A');
      case 'power_on':
        this.relaysOn = true;
        return this.emit({ type: 'car', event: 'PowerOn' });
      case 'power_off':
        this.relaysOn = false;
        return this.emit({ type: 'car', event: 'PowerOff' });
      case 'pp_ampacity':
        // While the charger holds the CP at E or F it cannot see the car leave; a socket's PP resistor can.
        if (e.amps === 0 && this.plugged && (this.signal.kind === 'E' || this.signal.kind === 'F')) {
          this.plugged = false;
          this.requesting = false;
          this.emit({ type: 'car', event: 'CarUnplugged' });
        }
        return this.emit({ type: 'pp', amps: e.amps });
      case 'rcd':
        // The fault event carries the trip; this one only adds the residual current for telemetry.
        return;
      case 'lock_failure':
        return this.emit({ type: 'fault', fault: 'LockFailure', active: true, detail: 'lock did not reach its position' });
      case 'fault':
        return this.emit({ type: 'fault', fault: e.fault, active: e.active, detail: e.detail });
      case 'telemetry':
        return this.emit({ type: 'telemetry', data: e.data });
    }
  }

  private onCp(state: CpState): void {
    if (state === this.cpState) return;
    this.cpState = state;
    // E or F that the charger did not command itself is a fault on the line, not a state of the car.
    const commandedEF = this.signal.kind === 'E' || this.signal.kind === 'F';
    const short = state === 'E' && !commandedEF;
    if (short !== this.cpShortActive) {
      this.cpShortActive = short;
      this.emit({ type: 'fault', fault: 'CpShort', active: short, detail: 'control pilot at 0 V' });
    }
    const vent = state === 'D';
    if (vent !== this.ventilationFault) {
      this.ventilationFault = vent;
      this.emit({ type: 'fault', fault: 'VentilationNotAvailable', active: vent, detail: 'vehicle requests ventilation (state D)' });
    }
    if (state === 'E' || state === 'F') return; // plugged-ness unknown while the line is held; keep it
    const plugged = PLUGGED_STATES.has(state);
    const requesting = REQUESTING_STATES.has(state);
    if (!plugged) {
      // Pulled while charging (C → A) is an unplug, not a pause by the vehicle.
      this.requesting = false;
      if (this.plugged) {
        this.plugged = false;
        this.emit({ type: 'car', event: 'CarUnplugged' });
      }
      return;
    }
    if (!this.plugged) {
      this.plugged = true;
      this.emit({ type: 'car', event: 'CarPluggedIn' });
    }
    if (requesting !== this.requesting) {
      this.requesting = requesting;
      this.emit({ type: 'car', event: requesting ? 'CarRequestedPower' : 'CarRequestedStopPower' });
    }
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
