/** Everything that can happen to a charger, as data; the state table says which state handles what. */
import type { ProvidedToken, ValidationResult } from '../../shared/ports/auth.js';
import type { StopReason } from '../../shared/ports/charger.js';

export type ChargerInput =
  | { type: 'CarPluggedIn' }
  | { type: 'CarUnplugged' }
  | { type: 'CarRequestedPower' }
  | { type: 'CarRequestedStopPower' }
  | { type: 'PowerOn' }
  /** The safety controller confirmed the contactors open after a request. */
  | { type: 'PowerOffDone' }
  | { type: 'Authorized'; token: ProvidedToken; result: ValidationResult }
  | { type: 'AuthTimeout' }
  | { type: 'StopTransaction'; reason: StopReason }
  | { type: 'PauseCharging' }
  | { type: 'ResumeCharging' }
  | { type: 'LimitChanged' }
  /** A charging-blocking error became active on this EVSE. */
  | { type: 'Fault'; reason: StopReason }
  | { type: 'Enable' }
  | { type: 'Disable' };

export type ChargerInputType = ChargerInput['type'];
export type InputOf<T extends ChargerInputType> = Extract<ChargerInput, { type: T }>;
