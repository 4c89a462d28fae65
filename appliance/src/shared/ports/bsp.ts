/**
 * The board-support contract, as data. A board (real hardware driver or the simulator) accepts
 * BoardCommands and emits BoardEvents; nothing else crosses this seam.
 */

/** Control-pilot states as the board measures them (IEC 61851-1 Annex A). */
export type CpState = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** Why the charger allows (or withdraws) power; kept for the log and for safety audits. */
export type PowerOnReason = 'FullPowerCharging' | 'DCCableCheck' | 'DCPreCharge' | 'PowerOff';

export type BoardCommand =
  | { type: 'enable'; value: boolean }
  /** Oscillate the CP at 1 kHz with this duty cycle in percent (0–100). */
  | { type: 'pwm_on'; duty_pct: number }
  /** Stop the PWM and hold +12 V (state X1 on the EVSE side, "no PWM"). */
  | { type: 'pwm_off' }
  /** X1: constant +12 V, used to pause or to refuse charging. */
  | { type: 'cp_state_X1' }
  /** E: CP shorted to PE, 0 V: EVSE not available (used for a replug). */
  | { type: 'cp_state_E' }
  /** F: CP at −12 V: EVSE fault. */
  | { type: 'cp_state_F' }
  | { type: 'allow_power_on'; value: boolean; reason: PowerOnReason }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'switch_phases'; phases: 1 | 3 }
  /** Hardware overcurrent trip level; the board opens contactors on its own above it. */
  | { type: 'set_overcurrent_limit'; amps: number };

export type BoardCommandType = BoardCommand['type'];

/** The list of command types, as data (documentation, API schema, validation). */
export const BOARD_COMMANDS: readonly BoardCommandType[] = [
  'enable',
  'pwm_on',
  'pwm_off',
  'cp_state_X1',
  'cp_state_E',
  'cp_state_F',
  'allow_power_on',
  'lock',
  'unlock',
  'switch_phases',
  'set_overcurrent_limit',
];

export interface BoardTelemetry {
  cp_pwm_duty_pct: number;
  cp_voltage_hi_V: number;
  cp_voltage_lo_V: number;
  relays_closed: boolean;
  locked: boolean;
  temperature_C: number;
  /** Current flowing per phase as the board's own sensing sees it (used by the safety rules). */
  current_A: [number, number, number];
}

export type BoardFault = 'DiodeFault' | 'CpShort' | 'RcdTrip' | 'LockFailure' | 'ContactorWelded' | 'Overcurrent';

export type BoardEvent =
  | { type: 'cp'; state: CpState }
  | { type: 'power_on' }
  | { type: 'power_off' }
  /** The CP line lost contact (cable pulled while the board cannot tell A from a broken wire). */
  | { type: 'disconnected' }
  /** Proximity-pilot ampacity of the plugged cable (0 = no cable / invalid resistor). */
  | { type: 'pp_ampacity'; amps: 0 | 13 | 20 | 32 | 63 | 70 }
  | { type: 'rcd'; tripped: boolean; residual_mA: number }
  | { type: 'lock_failure' }
  /** A hardware-detected fault; `active: false` clears it. */
  | { type: 'fault'; fault: BoardFault; active: boolean; detail: string }
  | { type: 'telemetry'; data: BoardTelemetry };

export type BoardEventType = BoardEvent['type'];

export const BOARD_EVENTS: readonly BoardEventType[] = [
  'cp',
  'power_on',
  'power_off',
  'disconnected',
  'pp_ampacity',
  'rcd',
  'lock_failure',
  'fault',
  'telemetry',
];

export interface BoardCapabilities {
  max_current_A: number;
  min_current_A: number;
  phases: 1 | 3;
  supports_phase_switching: boolean;
  has_lock: boolean;
  has_rcd: boolean;
  /** A socket with a PP resistor (type 2 socket) rather than a tethered cable. */
  socket_with_pp: boolean;
}

export interface Board {
  readonly id: string;
  readonly capabilities: BoardCapabilities;
  send(command: BoardCommand): void;
  onEvent(listener: (event: BoardEvent) => void): () => void;
  /** Called by the control loop at a fixed period so the board can poll or simulate its hardware. */
  tick(nowMs: number): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}
