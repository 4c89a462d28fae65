/**
 * PowerDelivery: ReadyToChargeState=true closes the contactors (through the charger's safety rules) and
 * starts the CurrentDemand loop; false opens them and leads to WeldingDetection / SessionStop.
 */
import type { DinTypes } from '../exi/index.js';
import type { Handler } from '../session/protocol.js';
import { dcEvseStatus, respond, soc } from './values.js';

export const handlePowerDelivery: Handler = (req, session, evse) => {
  const r = req as unknown as DinTypes.PowerDeliveryReqType;
  const start = r.ReadyToChargeState === true;
  const outcome = evse.powerDelivery(start);
  evse.report({ stage: start ? 'PowerDelivery Start' : 'PowerDelivery Stop', soc_pct: soc(r.DC_EVPowerDeliveryParameter?.DC_EVStatus) });
  if (outcome === 'Failed') {
    const res: DinTypes.PowerDeliveryResType = {
      ResponseCode: start ? 'FAILED_PowerDeliveryNotApplied' : 'FAILED',
      DC_EVSEStatus: dcEvseStatus(evse),
    };
    return { body: { PowerDeliveryRes: res }, close: 'error' };
  }
  const res: DinTypes.PowerDeliveryResType = { ResponseCode: 'OK', DC_EVSEStatus: dcEvseStatus(evse) };
  const next = start ? 'CurrentDemand' : 'WeldingDetection';
  return respond('PowerDeliveryRes', res as unknown as Record<string, unknown>, evse, {
    next,
    session: { values: { ...session.values, energy_flowing: start } },
  });
};
