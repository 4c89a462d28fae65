/**
 * AC charge loop: ChargingStatus (EVSE max current, meter info, ReceiptRequired false, AC_EVSEStatus with the
 * EVSE's notification) and MeteringReceipt (also reachable from the DC loop; its signature check belongs to
 * the Contract seam).
 */
import type { Handler } from '../session/protocol.js';
import type { Iso2Types } from '../exi/index.js';
import { type Iso2Config, SA_SCHEDULE_TUPLE_ID, acStatus, content, isDc, meterInfo, physical, statusFor, values } from './common.js';
import { S } from './states.js';

export function chargingStatus(cfg: Iso2Config): Handler {
  return (_req, _session, evse) => {
    const status = evse.status();
    const meter = meterInfo(evse);
    evse.report({ stage: 'ChargingStatus' });
    const body: Iso2Types.ChargingStatusResType = {
      ResponseCode: status.emergency ? 'FAILED' : 'OK',
      EVSEID: evse.evse_id,
      SAScheduleTupleID: SA_SCHEDULE_TUPLE_ID,
      EVSEMaxCurrent: physical(evse.acLimits().max_current_A, 'A'),
      MeterInfo: meter,
      ReceiptRequired: false,
      AC_EVSEStatus: acStatus(status, cfg),
    };
    if (status.emergency) return { body: { ChargingStatusRes: body }, close: 'error' };
    return { body: { ChargingStatusRes: body }, next: S.ChargingStatus };
  };
}

/** MeteringReceiptReq: its SessionID must be this session's (FAILED_UnknownSession); back to the charge loop. */
export function meteringReceipt(cfg: Iso2Config): Handler {
  return (req, session, evse) => {
    const r = content<Iso2Types.MeteringReceiptReqType>(req, 'MeteringReceiptReq');
    const mode = values(session).mode;
    const ok = typeof r.SessionID === 'string' && r.SessionID.toLowerCase() === session.session_id.toLowerCase();
    const body: Iso2Types.MeteringReceiptResType = { ResponseCode: ok ? 'OK' : 'FAILED_UnknownSession', ...statusFor(mode, evse, cfg) };
    if (!ok) return { body: { MeteringReceiptRes: body }, close: 'error' };
    return { body: { MeteringReceiptRes: body }, next: isDc(mode) ? S.CurrentDemand : S.ChargingStatus };
  };
}
