/**
 * ContractAuthentication with external identification: Ongoing until the charger has authorized the
 * session (RFID, API, free vend). The engine bounds the Ongoing time (state's ongoing_limit_ms).
 */
import type { DinTypes } from '../exi/index.js';
import type { Handler } from '../session/protocol.js';

export const handleContractAuthentication: Handler = (_req, _session, evse) => {
  const auth = evse.authorization();
  evse.report({ stage: 'ContractAuthentication' });
  if (auth === 'Rejected') {
    const res: DinTypes.ContractAuthenticationResType = { ResponseCode: 'FAILED', EVSEProcessing: 'Finished' };
    return { body: { ContractAuthenticationRes: res }, close: 'error' };
  }
  const finished = auth === 'Accepted';
  const res: DinTypes.ContractAuthenticationResType = { ResponseCode: 'OK', EVSEProcessing: finished ? 'Finished' : 'Ongoing' };
  return finished ? { body: { ContractAuthenticationRes: res }, next: 'ChargeParameterDiscovery' } : { body: { ContractAuthenticationRes: res } };
};
