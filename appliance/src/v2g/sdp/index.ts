/** SECC Discovery Protocol: the codec, the SECC's server and the EV's discovery. */
export * from './codec.js';
export { formatIpv6, isLinkLocal, parseIpv6, splitZone } from './ipv6.js';
export { linkLocalAddress, SdpServer, type SdpIgnoreReason, type SdpServerEvent, type SdpServerOptions, type SdpServerStats } from './server.js';
export { SDP_MAX_REQUESTS, SDP_RESPONSE_TIMEOUT_MS, sdpDiscover, type SdpDiscoverOptions, type SdpDiscoverResult } from './client.js';
