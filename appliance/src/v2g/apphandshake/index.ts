/** AppProtocol handshake: the pure negotiation and its byte-level wrapper. */
export { negotiateAppProtocol, DIN_70121, ISO_15118_2 } from './negotiate.js';
export type { SupportedProtocol, NegotiationResult, AppProtocolResponseCode } from './negotiate.js';
export { handleAppHandshake } from './handshake.js';
export type { HandshakeOutcome } from './handshake.js';
