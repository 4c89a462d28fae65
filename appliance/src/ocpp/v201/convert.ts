/**
 * Pure translations between ampbox's version-neutral shapes and OCPP 2.0.1's: tokens, times, meter
 * values, charger states and stop reasons. No state, no I/O: the tests call these directly.
 */
import type { ChargerState, StopReason } from '../../shared/ports/charger.js';
import type { TokenType } from '../../shared/ports/auth.js';
import type { MeterSample, TokenInfo } from '../ports.js';
import type {
  ChargingState,
  IdToken,
  IdTokenEnum,
  IdTokenInfo,
  MeterValue,
  ReadingContext,
  SampledValue,
  TriggerReason,
} from './messages.js';
import { isoTime, parseTime } from '../time.js';

export { isoTime, parseTime } from '../time.js';

/** IdTokenType.idToken is at most 36 characters. */
export const ID_TOKEN_MAX = 36;

// Product CSMSs take ISO14443 UIDs as 4 or 7 bytes in hex (8 or 14 characters) and refuse other lengths
// under that type; anything else a reader gives us is "Local".
const ISO14443_UID = /^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{14})$/;

/** The 2.0.1 token type for a token an ampbox provider produced (session events carry the type as auth_method). */
export function idTokenType(idToken: string, type: TokenType | string | undefined): IdTokenEnum {
  switch (type) {
    case 'RFID':
      return ISO14443_UID.test(idToken) ? 'ISO14443' : 'Local';
    case 'Central':
      return 'Central';
    case 'PlugAndCharge':
      return 'eMAID';
    case 'Free':
      return 'NoAuthorization';
    default:
      return 'Local';
  }
}

export function idTokenOf(idToken: string, type: TokenType | string | undefined): IdToken {
  const t = idTokenType(idToken, type);
  // IdTokenEnumType NoAuthorization: "the idToken field SHALL be left empty" (free charging has no token).
  // A longer token (another validator may accept one) is cut to the schema's 36: a TransactionEvent that
  // fails the schema would be dropped and leave a gap in its transaction's seqNo.
  return { idToken: t === 'NoAuthorization' ? '' : idToken.slice(0, ID_TOKEN_MAX), type: t };
}

/** IdTokenInfo (Authorize, TransactionEvent, SendLocalList answers) as the stores keep it. */
export function tokenInfoOf(info: IdTokenInfo): TokenInfo {
  const out: TokenInfo = { status: info.status };
  const expires = parseTime(info.cacheExpiryDateTime);
  if (expires !== undefined) out.expires_at = expires;
  if (info.groupIdToken) out.group_id = info.groupIdToken.idToken;
  return out;
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * The PhaseEnumType of a sampled value: a voltage on a phase is measured against neutral (L1-N); a current
 * flows in the phase itself (L1).
 */
function phaseOf(v: MeterSample['values'][number]): SampledValue['phase'] | undefined {
  if (!v.phase) return undefined;
  return v.measurand === 'Voltage' ? `${v.phase}-N` : v.phase;
}

/** A neutral sample as one MeterValue; `at` is the OCPP time (the clock corrected by the CSMS's). */
export function meterValueOf(sample: MeterSample, at: number, context: ReadingContext = sample.context): MeterValue {
  return {
    timestamp: isoTime(at),
    sampledValue: sample.values.map((v) => {
      const phase = phaseOf(v);
      return {
        value: round(v.value),
        context,
        measurand: v.measurand,
        ...(phase ? { phase } : {}),
        // The state of charge is the vehicle's battery, not a reading at the outlet (the default location).
        ...(v.measurand === 'SoC' ? { location: 'EV' as const } : {}),
        unitOfMeasure: { unit: v.unit },
      };
    }),
  };
}

/** A MeterValue needs at least one sampled value (schema minItems 1). */
export function hasValues(mv: MeterValue): boolean {
  return mv.sampledValue.length > 0;
}

/** The 2.0.1 chargingState of an EVSE in a given charger state; `plugged` decides between EVConnected and Idle. */
export function chargingStateOf(state: ChargerState, plugged: boolean): ChargingState {
  switch (state) {
    case 'Charging':
      return 'Charging';
    case 'ChargingPausedEV':
      return 'SuspendedEV';
    case 'ChargingPausedEVSE':
      return 'SuspendedEVSE';
    default:
      return plugged ? 'EVConnected' : 'Idle';
  }
}

/**
 * Why a transaction ended, as triggerReason: who or what ended it (E06, E07, F03). A Reboot here is the
 * appliance stopping; a Reset from the CSMS ends its transactions itself (ResetCommand, see reset.ts).
 */
export function endTriggerOf(reason: StopReason): TriggerReason {
  switch (reason) {
    case 'EVDisconnected':
      return 'EVCommunicationLost';
    case 'Local':
      return 'StopAuthorized';
    case 'Remote':
      return 'RemoteStop';
    case 'DeAuthorized':
      return 'Deauthorized';
    case 'StoppedByEV':
      return 'ChargingStateChanged';
    default:
      return 'AbnormalCondition';
  }
}
