/**
 * The charger contract: the session state machine's states, the session events it publishes and the
 * handle other capabilities (auth, API, OCPP, HLC) use to steer one EVSE.
 */
import type { ProvidedToken, ValidationResult } from './auth.js';
import type { CpState } from './bsp.js';

export const CHARGER_STATES = [
  'Disabled',
  'Idle',
  'WaitingForAuthentication',
  'PrepareCharging',
  'Charging',
  'ChargingPausedEV',
  'ChargingPausedEVSE',
  'StoppingCharging',
  'Finished',
] as const;
export type ChargerState = (typeof CHARGER_STATES)[number];

export const SESSION_EVENTS = [
  'Enabled',
  'Disabled',
  'SessionStarted',
  'AuthRequired',
  'PluginTimeout',
  'Authorized',
  'TransactionStarted',
  'PrepareCharging',
  'ChargingStarted',
  'ChargingResumed',
  'ChargingPausedEV',
  'ChargingPausedEVSE',
  'StoppingCharging',
  'ChargingFinished',
  'TransactionFinished',
  'SessionFinished',
] as const;
export type SessionEventType = (typeof SESSION_EVENTS)[number];

/** Why a transaction ended; names follow OCPP 2.0.1 ReasonEnumType so OCPP can pass them through. */
export type StopReason =
  | 'EVDisconnected'
  | 'Local'
  | 'Remote'
  | 'StoppedByEV'
  | 'EmergencyStop'
  | 'GroundFault'
  | 'OvercurrentFault'
  | 'PowerLoss'
  | 'Reboot'
  | 'DeAuthorized'
  | 'Timeout'
  | 'Other';

export interface SessionEvent {
  evse: number;
  type: SessionEventType;
  timestamp: number;
  session_id: string | null;
  transaction_id?: string;
  id_token?: string;
  auth_method?: string;
  meter_Wh?: number;
  energy_Wh?: number;
  stop_reason?: StopReason;
  /** True when the stop was decided at this charger (local stop, fault) rather than by the EV or remotely. */
  stopped_locally?: boolean;
}

export interface ChargerStatus {
  evse: number;
  state: ChargerState;
  cp: CpState | null;
  plugged: boolean;
  session_id: string | null;
  transaction_id: string | null;
  id_token: string | null;
  charging_allowed: boolean;
  power_on: boolean;
  locked: boolean;
  current_limit_A: number;
  /** Energy of the running (or last) transaction. */
  energy_Wh: number;
  charging_duration_s: number;
  transaction_started_at: number | null;
  stop_reason: StopReason | null;
  blocking_errors: string[];
  /** ISO 15118-3 data-link state when this EVSE uses high-level communication, else null. */
  slac_state: 'UNMATCHED' | 'MATCHING' | 'MATCHED' | null;
}

export interface ChargerHandle {
  readonly evse: number;
  status(): ChargerStatus;
  authorize(token: ProvidedToken, result: ValidationResult): boolean;
  stopTransaction(reason: StopReason): boolean;
  pauseCharging(): boolean;
  resumeCharging(): boolean;
  setCurrentLimit(amps: number): void;
  /**
   * A limit from another source than the API (e.g. `ocpp` smart charging), in A per phase; null lifts it.
   * The charger offers the lowest of all limits.
   */
  setExternalLimit(source: string, amps: number | null): void;
  setEnabled(enabled: boolean): void;
  /**
   * Releases the connector lock (OCPP UnlockConnector). A running transaction is stopped first; while the
   * contactors are still opening the unlock fails and may be asked again.
   */
  unlockConnector(): 'Unlocked' | 'UnlockFailed' | 'NotSupported';
}
