/** The test CSMS every OCPP test talks to; see api.ts for the contract. */
export type * from './api.js';
export { startCsms } from './csms.js';
export { CsmsCallError } from './station.js';
