/** ISO 15118-2 for the SECC: the protocol definition the session engine runs, and its tables. */
export { iso2Protocol } from './definition.js';
export { ISO2_NAMESPACE, num, physical } from './common.js';
export type { ContractPayment, Iso2Options, Iso2Service, Iso2Values, PaymentOption } from './common.js';
export {
  CABLE_CHECK_TIMEOUT_MS,
  COMMUNICATION_SETUP_TIMEOUT_MS,
  ISO2_STATES,
  ONGOING_TIMEOUT_MS,
  REQ,
  S as ISO2_STATE,
  SEQUENCE_TIMEOUT_MS,
  type Iso2State,
} from './states.js';
export { ISO2_REQUESTS, responseName, type Iso2Request } from './failed.js';
