/**
 * CurrentDemand: the charging loop. The EV sends its targets (and its limits), the supply follows within the
 * charger's limits, the answer carries present values, limit-achieved flags, the charger's limits and the
 * EVSEStatus (EVSE_Shutdown / EmergencyShutdown when the charger stops, isolation status).
 */
import type { DinTypes } from '../exi/index.js';
import type { Handler } from '../session/protocol.js';
import { dcEvseStatus, num, physical, respond, soc } from './values.js';

export const handleCurrentDemand: Handler = (req, _session, evse) => {
  const r = req as unknown as DinTypes.CurrentDemandReqType;
  const targetV = num(r.EVTargetVoltage);
  const targetI = num(r.EVTargetCurrent);
  const present = evse.currentDemand(targetV, targetI);
  const limits = evse.dcLimits();
  evse.report({
    stage: 'CurrentDemand',
    soc_pct: soc(r.DC_EVStatus),
    ev_target_voltage_V: targetV,
    ev_target_current_A: targetI,
    ...(r.EVMaximumVoltageLimit ? { ev_max_voltage_V: num(r.EVMaximumVoltageLimit) } : {}),
    ...(r.EVMaximumCurrentLimit ? { ev_max_current_A: num(r.EVMaximumCurrentLimit) } : {}),
    ...(r.EVMaximumPowerLimit ? { ev_max_power_W: num(r.EVMaximumPowerLimit) } : {}),
    present_voltage_V: present.voltage_V,
    present_current_A: present.current_A,
    ...(r.RemainingTimeToFullSoC ? { remaining_time_to_full_soc_s: num(r.RemainingTimeToFullSoC) } : {}),
    ...(r.RemainingTimeToBulkSoC ? { remaining_time_to_bulk_soc_s: num(r.RemainingTimeToBulkSoC) } : {}),
  });
  const res: DinTypes.CurrentDemandResType = {
    ResponseCode: 'OK',
    DC_EVSEStatus: dcEvseStatus(evse),
    EVSEPresentVoltage: physical(present.voltage_V, 'V'),
    EVSEPresentCurrent: physical(present.current_A, 'A'),
    EVSECurrentLimitAchieved: present.current_limit_achieved,
    EVSEVoltageLimitAchieved: present.voltage_limit_achieved,
    EVSEPowerLimitAchieved: present.power_limit_achieved,
    EVSEMaximumVoltageLimit: physical(limits.max_voltage_V, 'V'),
    EVSEMaximumCurrentLimit: physical(limits.max_current_A, 'A'),
    EVSEMaximumPowerLimit: physical(limits.max_power_W, 'W'),
  };
  return respond('CurrentDemandRes', res as unknown as Record<string, unknown>, evse);
};
