/** Events on the appliance's bus that more than one capability consumes. */
import type { ErrorRecord } from './errors.js';
import type { ChargerState, SessionEvent } from './charger.js';
import type { MeterReading } from './meter.js';
import type { ProvidedToken, ValidationResult } from './auth.js';
import type { SlacEvent } from './slac.js';
import type { HlcReport } from './hlc.js';

export interface ErrorEvents {
  error_raised: ErrorRecord;
  error_cleared: ErrorRecord;
  active_errors_changed: ErrorRecord[];
}

export interface AppEvents extends ErrorEvents {
  session_event: SessionEvent;
  charger_state: { evse: number; from: ChargerState; to: ChargerState; timestamp: number };
  meter_values: { evse: number; reading: MeterReading };
  authorization: { token: ProvidedToken; result: ValidationResult; evse: number | null };
  slac: { evse: number; event: SlacEvent; timestamp: number };
  /** What the V2G session knows: protocol, stage, SoC, voltages and currents (issue 5 §9). */
  hlc_status: { evse: number; report: HlcReport; timestamp: number };
}
