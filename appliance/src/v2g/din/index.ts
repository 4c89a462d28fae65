/**
 * DIN SPEC 70121:2014 DC charging, SECC side, as a ProtocolDefinition for the session engine.
 */
import type { Handler, ProtocolDefinition } from '../session/protocol.js';
import { handleContractAuthentication } from './authorization.js';
import { handleCableCheck } from './cable-check.js';
import { handleChargeParameterDiscovery } from './charge-parameter.js';
import { handleCurrentDemand } from './current-demand.js';
import { dinFailedResponse } from './failed.js';
import { handlePowerDelivery } from './power-delivery.js';
import { handlePreCharge } from './pre-charge.js';
import { handleServiceDiscovery, handleServicePaymentSelection } from './services.js';
import { handleSessionSetup, handleSessionStop } from './session.js';
import { DIN_STATES } from './states.js';
import { handleWeldingDetection } from './welding-detection.js';

export const DIN_NAMESPACE = 'urn:din:70121:2012:MsgDef';

export const DIN_HANDLERS: Readonly<Record<string, Handler>> = {
  SessionSetupReq: handleSessionSetup,
  ServiceDiscoveryReq: handleServiceDiscovery,
  ServicePaymentSelectionReq: handleServicePaymentSelection,
  ContractAuthenticationReq: handleContractAuthentication,
  ChargeParameterDiscoveryReq: handleChargeParameterDiscovery,
  CableCheckReq: handleCableCheck,
  PreChargeReq: handlePreCharge,
  PowerDeliveryReq: handlePowerDelivery,
  CurrentDemandReq: handleCurrentDemand,
  WeldingDetectionReq: handleWeldingDetection,
  SessionStopReq: handleSessionStop,
};

export const dinProtocol: ProtocolDefinition = {
  schema: 'din',
  namespace: DIN_NAMESPACE,
  version: { major: 2, minor: 0 },
  initial_state: 'SessionSetup',
  states: DIN_STATES,
  handlers: DIN_HANDLERS,
  failedResponse: dinFailedResponse,
};

export {
  DIN_STATES,
  SEQUENCE_TIMEOUT_MS,
  COMMUNICATION_SETUP_TIMEOUT_MS,
  ONGOING_TIMEOUT_MS,
  AUTHORIZATION_ONGOING_LIMIT_MS,
  CABLE_CHECK_TIMEOUT_MS,
} from './states.js';
export { DIN_REQUESTS, dinFailedResponse } from './failed.js';
export { physical, num, dcEvseStatus, evseIdHex } from './values.js';
export {
  handleSessionSetup,
  handleSessionStop,
  handleServiceDiscovery,
  handleServicePaymentSelection,
  handleContractAuthentication,
  handleChargeParameterDiscovery,
  handleCableCheck,
  handlePreCharge,
  handlePowerDelivery,
  handleCurrentDemand,
  handleWeldingDetection,
};
