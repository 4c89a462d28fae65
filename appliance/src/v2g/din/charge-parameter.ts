/**
 * ChargeParameterDiscovery (DC): the EV's limits in, the charger's DC limits and a PMax schedule out.
 * Answered Ongoing while the DC supply is not ready (EVSE_NotReady), as real chargers do.
 */
import type { DinTypes } from '../exi/index.js';
import type { HlcEvse } from '../../shared/ports/hlc.js';
import type { Handler } from '../session/protocol.js';
import { dcEvseStatus, num, physical, respond, soc } from './values.js';

/** DIN's PMaxType is a short; chargers above 32.767 kW announce the clamped maximum (as the ABB capture does). */
const PMAX_LIMIT = 32767;
/** The last schedule entry covers a day (the EV's planning horizon). */
const SCHEDULE_HORIZON_S = 86_400;

export function saScheduleList(evse: HlcEvse): DinTypes.SAScheduleListType {
  const schedule = evse.pmaxSchedule().filter((e) => e.start_s >= 0).sort((a, b) => a.start_s - b.start_s);
  const entries: DinTypes.PMaxScheduleEntryType[] = (schedule.length ? schedule : [{ start_s: 0, pmax_W: evse.dcLimits().max_power_W }]).map(
    (e, i, all) => ({
      RelativeTimeInterval: i === all.length - 1 ? { start: e.start_s, duration: SCHEDULE_HORIZON_S - e.start_s > 0 ? SCHEDULE_HORIZON_S - e.start_s : 1 } : { start: e.start_s },
      PMax: Math.max(0, Math.min(PMAX_LIMIT, Math.round(e.pmax_W))),
    }),
  );
  return { SAScheduleTuple: [{ SAScheduleTupleID: 1, PMaxSchedule: { PMaxScheduleID: 1, PMaxScheduleEntry: entries } }] };
}

export function dcEvseChargeParameter(evse: HlcEvse): DinTypes.DC_EVSEChargeParameterType {
  const l = evse.dcLimits();
  const p: DinTypes.DC_EVSEChargeParameterType = {
    DC_EVSEStatus: dcEvseStatus(evse),
    EVSEMaximumCurrentLimit: physical(l.max_current_A, 'A'),
    EVSEMaximumPowerLimit: physical(l.max_power_W, 'W'),
    EVSEMaximumVoltageLimit: physical(l.max_voltage_V, 'V'),
    EVSEMinimumCurrentLimit: physical(l.min_current_A, 'A'),
    EVSEMinimumVoltageLimit: physical(l.min_voltage_V, 'V'),
    EVSECurrentRegulationTolerance: physical(l.current_regulation_tolerance_A, 'A'),
    EVSEPeakCurrentRipple: physical(l.peak_current_ripple_A, 'A'),
  };
  if (l.energy_to_be_delivered_Wh !== undefined) p.EVSEEnergyToBeDelivered = physical(l.energy_to_be_delivered_Wh, 'Wh');
  return p;
}

/**
 * ChargeParameterDiscoveryReq → FAILED_WrongEnergyTransferType for a mode the charger does not offer,
 * FAILED_WrongChargeParameter without DC_EVChargeParameter; else the limits (Finished when the supply is
 * ready, Ongoing before).
 */
export const handleChargeParameterDiscovery: Handler = (req, _session, evse) => {
  const r = req as unknown as DinTypes.ChargeParameterDiscoveryReqType;
  const base = { EVSEProcessing: 'Finished' as const, SAScheduleList: saScheduleList(evse), DC_EVSEChargeParameter: dcEvseChargeParameter(evse) };
  const failed = (code: DinTypes.ChargeParameterDiscoveryResType['ResponseCode']) =>
    ({ body: { ChargeParameterDiscoveryRes: { ResponseCode: code, ...base } }, close: 'error' }) as const;
  if (!evse.energy_modes.includes(r.EVRequestedEnergyTransferType)) return failed('FAILED_WrongEnergyTransferType');
  const ev = r.DC_EVChargeParameter;
  if (!ev) return failed('FAILED_WrongChargeParameter');
  evse.report({
    stage: 'ChargeParameterDiscovery',
    soc_pct: soc(ev.DC_EVStatus),
    ev_max_voltage_V: num(ev.EVMaximumVoltageLimit),
    ev_max_current_A: num(ev.EVMaximumCurrentLimit),
    ...(ev.EVMaximumPowerLimit ? { ev_max_power_W: num(ev.EVMaximumPowerLimit) } : {}),
    ...(ev.EVEnergyRequest ? { energy_request_Wh: num(ev.EVEnergyRequest) } : {}),
  });
  const ready = evse.status().ready;
  const res: DinTypes.ChargeParameterDiscoveryResType = {
    ResponseCode: 'OK',
    EVSEProcessing: ready ? 'Finished' : 'Ongoing',
    SAScheduleList: base.SAScheduleList,
    DC_EVSEChargeParameter: base.DC_EVSEChargeParameter,
  };
  return respond('ChargeParameterDiscoveryRes', res as unknown as Record<string, unknown>, evse, ready ? { next: 'CableCheck' } : {});
};
