/**
 * DIN 70121 value helpers shared by the handlers: physical values, the DC_EVSEStatus the charger's state
 * maps to, the EVSEID, and the typed view of request bodies (the engine passes plain objects).
 */
import type { DinTypes } from '../exi/index.js';
import type { HlcEvse } from '../../shared/ports/hlc.js';
import type { HandlerResult } from '../session/protocol.js';

export type PhysicalValue = DinTypes.PhysicalValueType;
export type Unit = NonNullable<PhysicalValue['Unit']>;
export type DcEvseStatus = DinTypes.DC_EVSEStatusType;
export type ResponseCode = DinTypes.SessionSetupResType['ResponseCode'];
/** What a DIN handler returns: one body element keyed by its name. */
export type DinResult = HandlerResult<Record<string, unknown>>;

/**
 * A number as a DIN PhysicalValue: Value is a short (int16), Multiplier a power of ten in −3…3. Picks the
 * finest multiplier whose value still fits, so 355.2 V → 3552 × 10^-1 V and 150 kW → 15000 × 10^1 W.
 */
export function physical(value: number, unit: Unit): PhysicalValue {
  const v = Number.isFinite(value) ? value : 0;
  if (v === 0) return { Multiplier: 0, Unit: unit, Value: 0 };
  for (let m = -3; m <= 3; m++) {
    const scaled = Math.round(v / 10 ** m);
    if (Math.abs(scaled) <= 32767) return { Multiplier: m === 0 ? 0 : m, Unit: unit, Value: scaled };
  }
  return { Multiplier: 3, Unit: unit, Value: v < 0 ? -32768 : 32767 };
}

/** A DIN PhysicalValue as a plain number (0 when absent or malformed). */
export function num(p: PhysicalValue | undefined): number {
  if (!p || typeof p.Value !== 'number' || typeof p.Multiplier !== 'number') return 0;
  const n = p.Value * 10 ** p.Multiplier;
  return Math.round(n * 1e6) / 1e6;
}

export type StatusPhase = 'normal' | 'isolation_monitoring';

/**
 * DC_EVSEStatus from the charger's status. Precedence: emergency (and an isolation Fault, which the charger
 * must treat as one) → EVSE_EmergencyShutdown; a charger-side stop → EVSE_Shutdown with StopCharging; a
 * running isolation test → EVSE_IsolationMonitoringActive; supply not ready → EVSE_NotReady; else EVSE_Ready.
 * DIN has no ReNegotiation in practice (no renegotiation loop), so it is reported as None.
 */
export function dcEvseStatus(evse: HlcEvse, phase: StatusPhase = 'normal'): DcEvseStatus {
  const st = evse.status();
  const emergency = st.emergency || st.isolation === 'Fault';
  const code: DcEvseStatus['EVSEStatusCode'] = emergency
    ? 'EVSE_EmergencyShutdown'
    : st.notification === 'StopCharging'
      ? 'EVSE_Shutdown'
      : phase === 'isolation_monitoring'
        ? 'EVSE_IsolationMonitoringActive'
        : st.ready
          ? 'EVSE_Ready'
          : 'EVSE_NotReady';
  const out: DcEvseStatus = {
    EVSEStatusCode: code,
    NotificationMaxDelay: 0,
    EVSENotification: emergency || st.notification === 'StopCharging' ? 'StopCharging' : 'None',
  };
  // EVSEIsolationStatus is optional; a charger without an IMD leaves it out.
  if (st.isolation !== 'No_IMD') return { EVSEIsolationStatus: st.isolation, ...out };
  return out;
}

/** True when the charger has to stop at once: the answer carries ResponseCode FAILED and the session ends. */
export function isEmergency(evse: HlcEvse): boolean {
  const st = evse.status();
  return st.emergency || st.isolation === 'Fault';
}

/** DIN EVSEID is hexBinary (max 32 bytes): the ASCII of the configured EVSEID, or "00" when there is none. */
export function evseIdHex(evse: HlcEvse): string {
  const hex = Buffer.from(evse.evse_id ?? '', 'ascii').subarray(0, 32).toString('hex');
  return hex.length ? hex : '00';
}

/** A body the handlers send, wrapped with the emergency rule: FAILED + close instead of OK. */
export function respond(name: string, res: Record<string, unknown>, evse: HlcEvse, rest: Omit<DinResult, 'body'> = {}): DinResult {
  if (isEmergency(evse) && res.ResponseCode === 'OK') {
    return { body: { [name]: { ...res, ResponseCode: 'FAILED' } }, close: 'error' };
  }
  return { body: { [name]: res }, ...rest };
}

/** The DC_EVStatus part common to the DC requests, reported to the charger. */
export function soc(status: DinTypes.DC_EVStatusType | undefined): number | undefined {
  return typeof status?.EVRESSSOC === 'number' ? status.EVRESSSOC : undefined;
}
