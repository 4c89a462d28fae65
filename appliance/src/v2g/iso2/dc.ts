/**
 * DC messages: CableCheck (Ongoing while the isolation test runs), PreCharge (the supply ramps toward the
 * EV's target), CurrentDemand (the charge loop, with limits, limit-achieved flags and meter info) and
 * WeldingDetection (present voltage after the contactors opened).
 */
import type { DcPresent, HlcEvse } from '../../shared/ports/hlc.js';
import type { Handler } from '../session/protocol.js';
import type { Iso2Types } from '../exi/index.js';
import { type Iso2Config, SA_SCHEDULE_TUPLE_ID, content, dcStatus, emergencyStop, meterInfo, num, physical } from './common.js';
import { S } from './states.js';

function reportEvStatus(evse: HlcEvse, stage: string, s: Iso2Types.DC_EVStatusType, present?: DcPresent): void {
  evse.report({
    stage,
    soc_pct: s.EVRESSSOC,
    ...(present ? { present_voltage_V: present.voltage_V, present_current_A: present.current_A } : {}),
  });
}

/**
 * CableCheckReq: Ongoing while `cableCheck()` runs (the engine ends the run past the CableCheck state's
 * ongoing_limit_ms), Finished then; Failed, an isolation fault or an emergency is FAILED.
 */
export function cableCheck(cfg: Iso2Config): Handler {
  return (req, _session, evse) => {
    const r = content<Iso2Types.CableCheckReqType>(req, 'CableCheckReq');
    const out = evse.cableCheck();
    const status = evse.status();
    reportEvStatus(evse, 'CableCheck', r.DC_EVStatus);
    const failed = out === 'Failed' || emergencyStop(status);
    if (out === 'Ongoing' && !failed) {
      const body: Iso2Types.CableCheckResType = { ResponseCode: 'OK', DC_EVSEStatus: dcStatus(status, cfg, true), EVSEProcessing: 'Ongoing' };
      return { body: { CableCheckRes: body }, next: S.CableCheck };
    }
    const body: Iso2Types.CableCheckResType = { ResponseCode: failed ? 'FAILED' : 'OK', DC_EVSEStatus: dcStatus(status, cfg), EVSEProcessing: 'Finished' };
    if (failed) return { body: { CableCheckRes: body }, close: 'error' };
    return { body: { CableCheckRes: body }, next: S.PreCharge };
  };
}

export function preCharge(cfg: Iso2Config): Handler {
  return (req, _session, evse) => {
    const r = content<Iso2Types.PreChargeReqType>(req, 'PreChargeReq');
    const target_V = num(r.EVTargetVoltage) ?? 0;
    const target_A = num(r.EVTargetCurrent) ?? 0;
    const present = evse.preCharge(target_V, target_A);
    const status = evse.status();
    evse.report({ ev_target_voltage_V: target_V, ev_target_current_A: target_A });
    reportEvStatus(evse, 'PreCharge', r.DC_EVStatus, present);
    const body: Iso2Types.PreChargeResType = {
      ResponseCode: emergencyStop(status) ? 'FAILED' : 'OK',
      DC_EVSEStatus: dcStatus(status, cfg),
      EVSEPresentVoltage: physical(present.voltage_V, 'V'),
    };
    if (emergencyStop(status)) return { body: { PreChargeRes: body }, close: 'error' };
    return { body: { PreChargeRes: body }, next: S.PreChargeOrPowerDelivery };
  };
}

/**
 * CurrentDemandReq: the supply follows the EV's target within the limits. The EVSE's notification
 * (StopCharging / ReNegotiation) rides in DC_EVSEStatus; an emergency is FAILED with EVSE_EmergencyShutdown.
 */
export function currentDemand(cfg: Iso2Config): Handler {
  return (req, _session, evse) => {
    const r = content<Iso2Types.CurrentDemandReqType>(req, 'CurrentDemandReq');
    const target_V = num(r.EVTargetVoltage) ?? 0;
    const target_A = num(r.EVTargetCurrent) ?? 0;
    const present = evse.currentDemand(target_V, target_A);
    const status = evse.status();
    const dc = evse.dcLimits();
    evse.report({
      ev_target_voltage_V: target_V,
      ev_target_current_A: target_A,
      ...(r.EVMaximumVoltageLimit ? { ev_max_voltage_V: num(r.EVMaximumVoltageLimit) } : {}),
      ...(r.EVMaximumCurrentLimit ? { ev_max_current_A: num(r.EVMaximumCurrentLimit) } : {}),
      ...(r.EVMaximumPowerLimit ? { ev_max_power_W: num(r.EVMaximumPowerLimit) } : {}),
      ...(r.RemainingTimeToFullSoC ? { remaining_time_to_full_soc_s: num(r.RemainingTimeToFullSoC) } : {}),
      ...(r.RemainingTimeToBulkSoC ? { remaining_time_to_bulk_soc_s: num(r.RemainingTimeToBulkSoC) } : {}),
    });
    reportEvStatus(evse, 'CurrentDemand', r.DC_EVStatus, present);
    const body: Iso2Types.CurrentDemandResType = {
      ResponseCode: emergencyStop(status) ? 'FAILED' : 'OK',
      DC_EVSEStatus: dcStatus(status, cfg),
      EVSEPresentVoltage: physical(present.voltage_V, 'V'),
      EVSEPresentCurrent: physical(present.current_A, 'A'),
      EVSECurrentLimitAchieved: present.current_limit_achieved,
      EVSEVoltageLimitAchieved: present.voltage_limit_achieved,
      EVSEPowerLimitAchieved: present.power_limit_achieved,
      EVSEMaximumVoltageLimit: physical(dc.max_voltage_V, 'V'),
      EVSEMaximumCurrentLimit: physical(dc.max_current_A, 'A'),
      EVSEMaximumPowerLimit: physical(dc.max_power_W, 'W'),
      EVSEID: evse.evse_id,
      SAScheduleTupleID: SA_SCHEDULE_TUPLE_ID,
      MeterInfo: meterInfo(evse),
      ReceiptRequired: false,
    };
    if (emergencyStop(status)) return { body: { CurrentDemandRes: body }, close: 'error' };
    return { body: { CurrentDemandRes: body }, next: S.CurrentDemand };
  };
}

export function weldingDetection(cfg: Iso2Config): Handler {
  return (req, _session, evse) => {
    const r = content<Iso2Types.WeldingDetectionReqType>(req, 'WeldingDetectionReq');
    const present = evse.weldingDetection();
    reportEvStatus(evse, 'WeldingDetection', r.DC_EVStatus, present);
    const body: Iso2Types.WeldingDetectionResType = {
      ResponseCode: 'OK',
      DC_EVSEStatus: dcStatus(evse.status(), cfg),
      EVSEPresentVoltage: physical(present.voltage_V, 'V'),
    };
    return { body: { WeldingDetectionRes: body }, next: S.WeldingDetection };
  };
}
