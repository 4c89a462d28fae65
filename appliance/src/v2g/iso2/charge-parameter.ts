/**
 * ChargeParameterDiscovery for AC (AC_EVSEChargeParameter from acLimits) and DC (DC_EVSEChargeParameter from
 * dcLimits), with an SAScheduleList whose PMaxSchedule comes from the charger's current power limits. The same
 * request after PowerDelivery Renegotiate [V2G2-813] answers with the fresh limits and leads back to
 * PowerDelivery (no new cable check or pre-charge: the contactors stayed closed).
 */
import type { EnergyMode, HlcEvse } from '../../shared/ports/hlc.js';
import type { Handler } from '../session/protocol.js';
import type { Iso2Types } from '../exi/index.js';
import { type Iso2Config, SA_SCHEDULE_TUPLE_ID, acStatus, content, dcStatus, isDc, num, offeredModes, physical, patched, values } from './common.js';
import { S } from './states.js';

/** PMaxScheduleEntry has maxOccurs 1024. */
const MAX_ENTRIES = 1024;

/** The power the charger can give in this mode when it has no schedule. */
export function maxPower_W(mode: EnergyMode, evse: HlcEvse): number {
  if (isDc(mode)) return evse.dcLimits().max_power_W;
  const ac = evse.acLimits();
  return ac.nominal_voltage_V * ac.max_current_A * (mode === 'AC_single_phase_core' ? 1 : ac.phases);
}

/**
 * SAScheduleList with one tuple: PMax entries from `pmaxSchedule()` (sorted, starting at 0), the last one
 * lasting until `schedule_duration_s`.
 */
export function saScheduleList(mode: EnergyMode, evse: HlcEvse, cfg: Iso2Config): Iso2Types.SAScheduleListType {
  const raw = evse.pmaxSchedule().filter((e) => e.start_s >= 0 && e.start_s < cfg.schedule_duration_s);
  const sorted = [...raw].sort((a, b) => a.start_s - b.start_s).slice(0, MAX_ENTRIES);
  if (sorted.length === 0 || (sorted[0]?.start_s ?? 0) > 0) sorted.unshift({ start_s: 0, pmax_W: sorted[0]?.pmax_W ?? maxPower_W(mode, evse) });
  const entries: Iso2Types.PMaxScheduleEntryType[] = sorted.slice(0, MAX_ENTRIES).map((e, i, all) => {
    const interval: Iso2Types.RelativeTimeIntervalType = { start: Math.floor(e.start_s) };
    if (i === all.length - 1) interval.duration = Math.max(0, Math.floor(cfg.schedule_duration_s - e.start_s));
    return { RelativeTimeInterval: interval, PMax: physical(Math.max(0, e.pmax_W), 'W') };
  });
  return { SAScheduleTuple: [{ SAScheduleTupleID: SA_SCHEDULE_TUPLE_ID, PMaxSchedule: { PMaxScheduleEntry: entries } }] };
}

export function acChargeParameter(evse: HlcEvse, cfg: Iso2Config): Iso2Types.AC_EVSEChargeParameterType {
  const ac = evse.acLimits();
  return {
    AC_EVSEStatus: acStatus(evse.status(), cfg),
    EVSENominalVoltage: physical(ac.nominal_voltage_V, 'V'),
    EVSEMaxCurrent: physical(ac.max_current_A, 'A'),
  };
}

export function dcChargeParameter(evse: HlcEvse, cfg: Iso2Config): Iso2Types.DC_EVSEChargeParameterType {
  const dc = evse.dcLimits();
  const p: Iso2Types.DC_EVSEChargeParameterType = {
    DC_EVSEStatus: dcStatus(evse.status(), cfg),
    EVSEMaximumCurrentLimit: physical(dc.max_current_A, 'A'),
    EVSEMaximumPowerLimit: physical(dc.max_power_W, 'W'),
    EVSEMaximumVoltageLimit: physical(dc.max_voltage_V, 'V'),
    EVSEMinimumCurrentLimit: physical(dc.min_current_A, 'A'),
    EVSEMinimumVoltageLimit: physical(dc.min_voltage_V, 'V'),
    EVSECurrentRegulationTolerance: physical(dc.current_regulation_tolerance_A, 'A'),
    EVSEPeakCurrentRipple: physical(dc.peak_current_ripple_A, 'A'),
  };
  if (dc.energy_to_be_delivered_Wh !== undefined) p.EVSEEnergyToBeDelivered = physical(dc.energy_to_be_delivered_Wh, 'Wh');
  return p;
}

function reportEv(r: Iso2Types.ChargeParameterDiscoveryReqType, evse: HlcEvse): void {
  const ac = r.AC_EVChargeParameter;
  const dc = r.DC_EVChargeParameter;
  if (ac) {
    evse.report({
      stage: 'ChargeParameterDiscovery',
      ev_max_voltage_V: num(ac.EVMaxVoltage),
      ev_max_current_A: num(ac.EVMaxCurrent),
      energy_request_Wh: num(ac.EAmount),
      ...(ac.DepartureTime !== undefined ? { departure_time_s: ac.DepartureTime } : {}),
    });
  } else if (dc) {
    evse.report({
      stage: 'ChargeParameterDiscovery',
      soc_pct: dc.DC_EVStatus.EVRESSSOC,
      ev_max_voltage_V: num(dc.EVMaximumVoltageLimit),
      ev_max_current_A: num(dc.EVMaximumCurrentLimit),
      ...(dc.EVMaximumPowerLimit ? { ev_max_power_W: num(dc.EVMaximumPowerLimit) } : {}),
      ...(dc.EVEnergyRequest ? { energy_request_Wh: num(dc.EVEnergyRequest) } : {}),
      ...(dc.DepartureTime !== undefined ? { departure_time_s: dc.DepartureTime } : {}),
    });
  }
}

/**
 * ChargeParameterDiscoveryReq: the requested mode must be offered (FAILED_WrongEnergyTransferMode) and come
 * with the matching EV parameters (FAILED_WrongChargeParameter); a renegotiation must keep the mode.
 */
export function chargeParameterDiscovery(cfg: Iso2Config): Handler {
  return (req, session, evse) => {
    const r = content<Iso2Types.ChargeParameterDiscoveryReqType>(req, 'ChargeParameterDiscoveryReq');
    const v = values(session);
    const mode = r.RequestedEnergyTransferMode;
    const dc = isDc(mode);
    const param = dc ? { DC_EVSEChargeParameter: dcChargeParameter(evse, cfg) } : { AC_EVSEChargeParameter: acChargeParameter(evse, cfg) };
    const fail = (code: Iso2Types.ChargeParameterDiscoveryResType['ResponseCode']) => {
      const body: Iso2Types.ChargeParameterDiscoveryResType = { ResponseCode: code, EVSEProcessing: 'Finished', ...param };
      return { body: { ChargeParameterDiscoveryRes: body }, close: 'error' as const };
    };
    if (!offeredModes(cfg, evse).includes(mode) || (v.renegotiating === true && v.mode !== undefined && v.mode !== mode)) {
      return fail('FAILED_WrongEnergyTransferMode');
    }
    if (dc ? r.DC_EVChargeParameter === undefined : r.AC_EVChargeParameter === undefined) return fail('FAILED_WrongChargeParameter');
    reportEv(r, evse);
    const body: Iso2Types.ChargeParameterDiscoveryResType = {
      ResponseCode: 'OK',
      EVSEProcessing: 'Finished',
      SAScheduleList: saScheduleList(mode, evse, cfg),
      ...param,
    };
    const next = !dc || v.renegotiating === true ? S.PowerDelivery : S.CableCheck;
    return { body: { ChargeParameterDiscoveryRes: body }, next, session: patched(session, { mode }) };
  };
}
