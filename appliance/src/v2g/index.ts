/** The V2G capability's entry point: EXI codec, SDP, V2GTP transport, the sessions, the per-EVSE service, the EVCC simulator. */
export { SdpServer, sdpDiscover } from './sdp/index.js';
export { V2gtpServer, connectV2gtp } from './transport/index.js';
export { runSessionOnConnection } from './session/index.js';
export { dinProtocol } from './din/index.js';
export { iso2Protocol } from './iso2/index.js';
export { Evcc, type EvccEvent } from './evcc/index.js';
export { V2gService, type HlcProtocolName, type V2gEndpoint, type V2gServiceHooks, type V2gServiceOptions, type V2gServiceStats } from './service.js';
export { bindLinkLocal, systemProbe, V2gInterfaceError, type InterfaceProbe, type LinkLocalBindOptions, type V2gInterfaceErrorCode } from './service-address.js';
