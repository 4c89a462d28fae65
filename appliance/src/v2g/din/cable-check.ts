/**
 * CableCheck: the charger tests the isolation at the EV's voltage (simulated IMD + DC supply behind
 * `evse.cableCheck()`); Ongoing until done, EVSE_IsolationMonitoringActive meanwhile.
 */
import type { DinTypes } from '../exi/index.js';
import type { Handler } from '../session/protocol.js';
import { dcEvseStatus, respond, soc } from './values.js';

export const handleCableCheck: Handler = (req, _session, evse) => {
  const r = req as unknown as DinTypes.CableCheckReqType;
  const outcome = evse.cableCheck();
  evse.report({ stage: 'CableCheck', soc_pct: soc(r.DC_EVStatus) });
  if (outcome === 'Failed') {
    const res: DinTypes.CableCheckResType = { ResponseCode: 'FAILED', DC_EVSEStatus: dcEvseStatus(evse), EVSEProcessing: 'Finished' };
    return { body: { CableCheckRes: res }, close: 'error' };
  }
  const finished = outcome === 'Finished';
  const res: DinTypes.CableCheckResType = {
    ResponseCode: 'OK',
    DC_EVSEStatus: dcEvseStatus(evse, finished ? 'normal' : 'isolation_monitoring'),
    EVSEProcessing: finished ? 'Finished' : 'Ongoing',
  };
  return respond('CableCheckRes', res as unknown as Record<string, unknown>, evse, finished ? { next: 'PreCharge' } : {});
};
