/**
 * WeldingDetection: after the contactors opened the EV checks that the voltage falls; the charger reports
 * the present voltage at its output.
 */
import type { DinTypes } from '../exi/index.js';
import type { Handler } from '../session/protocol.js';
import { dcEvseStatus, physical, soc } from './values.js';

export const handleWeldingDetection: Handler = (req, _session, evse) => {
  const r = req as unknown as DinTypes.WeldingDetectionReqType;
  const present = evse.weldingDetection();
  evse.report({ stage: 'WeldingDetection', soc_pct: soc(r.DC_EVStatus), present_voltage_V: present.voltage_V, present_current_A: present.current_A });
  const res: DinTypes.WeldingDetectionResType = {
    ResponseCode: 'OK',
    DC_EVSEStatus: dcEvseStatus(evse),
    EVSEPresentVoltage: physical(present.voltage_V, 'V'),
  };
  // No emergency → FAILED rule here: the contactors are open already and the EV is winding the session down.
  return { body: { WeldingDetectionRes: res } };
};
