/** The EVSE capability: IEC 61851 translation and the session state machine per EVSE. */
export { Charger, type ChargerOptions, type ChargerDeps } from './charger/index.js';
export { Iec61851 } from './iec61851/index.js';
export { HlcBridge, type HlcBridgeOptions, type HlcBridgeDeps } from './hlc-bridge.js';
