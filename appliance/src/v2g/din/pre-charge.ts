/**
 * PreCharge: the supply ramps toward the EV's target voltage with at most the EV's (small) current; the EV
 * repeats the request until EVSEPresentVoltage is close enough, then sends PowerDeliveryReq.
 */
import type { DinTypes } from '../exi/index.js';
import type { Handler } from '../session/protocol.js';
import { dcEvseStatus, num, physical, respond, soc } from './values.js';

export const handlePreCharge: Handler = (req, _session, evse) => {
  const r = req as unknown as DinTypes.PreChargeReqType;
  const targetV = num(r.EVTargetVoltage);
  const targetI = num(r.EVTargetCurrent);
  const present = evse.preCharge(targetV, targetI);
  evse.report({
    stage: 'PreCharge',
    soc_pct: soc(r.DC_EVStatus),
    ev_target_voltage_V: targetV,
    ev_target_current_A: targetI,
    present_voltage_V: present.voltage_V,
    present_current_A: present.current_A,
  });
  const res: DinTypes.PreChargeResType = {
    ResponseCode: 'OK',
    DC_EVSEStatus: dcEvseStatus(evse),
    EVSEPresentVoltage: physical(present.voltage_V, 'V'),
  };
  return respond('PreChargeRes', res as unknown as Record<string, unknown>, evse);
};
