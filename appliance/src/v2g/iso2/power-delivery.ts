/**
 * PowerDelivery for AC and DC: Start closes the contactors (through the charger's safety rules) and enters
 * the charge loop, Stop opens them, Renegotiate (only once charging has started [V2G2-812]) leads to a new
 * ChargeParameterDiscovery [V2G2-813] with the contactors left as they are.
 */
import type { Handler } from '../session/protocol.js';
import type { Iso2Types } from '../exi/index.js';
import { type Iso2Config, SA_SCHEDULE_TUPLE_ID, type ResponseCode, content, isDc, num, patched, statusFor, values } from './common.js';
import { saScheduleList } from './charge-parameter.js';
import { S } from './states.js';

/** A ChargingProfile above the offered PMax (1 % slack for rounding) is FAILED_ChargingProfileInvalid. */
function profileFits(profile: Iso2Types.ChargingProfileType | undefined, limit_W: number): boolean {
  if (!profile) return true;
  return profile.ProfileEntry.every((e) => (num(e.ChargingProfileEntryMaxPower) ?? 0) <= limit_W * 1.01);
}

export function powerDelivery(cfg: Iso2Config): Handler {
  return (req, session, evse) => {
    const r = content<Iso2Types.PowerDeliveryReqType>(req, 'PowerDeliveryReq');
    const v = values(session);
    const mode = v.mode;
    const dc = isDc(mode);
    const respond = (code: ResponseCode) => {
      const body: Iso2Types.PowerDeliveryResType = { ResponseCode: code, ...statusFor(mode, evse, cfg) };
      return { PowerDeliveryRes: body };
    };
    if (r.ChargeProgress === 'Renegotiate') {
      if (v.charging_started !== true) return { body: respond('FAILED'), close: 'error' };
      evse.report({ stage: 'PowerDelivery Renegotiate' });
      return { body: respond('OK'), next: S.ChargeParameterDiscovery, session: patched(session, { renegotiating: true }) };
    }
    if (r.ChargeProgress === 'Stop') {
      const out = evse.powerDelivery(false);
      evse.report({ stage: 'PowerDelivery Stop' });
      if (out === 'Failed') return { body: respond('FAILED_ContactorError'), close: 'error' };
      return {
        body: respond('OK'),
        next: dc ? S.WeldingDetection : S.SessionStop,
        session: patched(session, { charging_started: false, renegotiating: false }),
      };
    }
    // Start
    if (mode === undefined) return { body: respond('FAILED_SequenceError'), close: 'error' };
    if (r.SAScheduleTupleID !== SA_SCHEDULE_TUPLE_ID) return { body: respond('FAILED_TariffSelectionInvalid'), close: 'error' };
    const schedule = saScheduleList(mode, evse, cfg).SAScheduleTuple[0]?.PMaxSchedule.PMaxScheduleEntry ?? [];
    const pmax = Math.max(...schedule.map((e) => num(e.PMax) ?? 0));
    if (!profileFits(r.ChargingProfile, pmax)) return { body: respond('FAILED_ChargingProfileInvalid'), close: 'error' };
    if (evse.status().emergency) return { body: respond('FAILED'), close: 'error' };
    const out = evse.powerDelivery(true);
    if (out === 'Failed') return { body: respond('FAILED_PowerDeliveryNotApplied'), close: 'error' };
    evse.report({ stage: 'PowerDelivery Start' });
    return {
      body: respond('OK'),
      next: dc ? S.CurrentDemand : S.ChargingStatus,
      session: patched(session, { charging_started: true, renegotiating: false }),
    };
  };
}
