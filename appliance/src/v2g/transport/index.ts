/** V2GTP over TCP: the stream framer, the connection both sides use, the SECC's server, the EV's connect. */
export { checkV2gtpHeader, DEFAULT_MAX_PAYLOAD, V2gtpFramer, type FramerOutput, type V2gtpHeaderError, type V2gtpHeaderErrorCode, type V2gtpMessage } from './framer.js';
export {
  SocketV2gtpConnection,
  type V2gtpCloseReason,
  type V2gtpConnection,
  type V2gtpConnectionOptions,
  type V2gtpConnectionStats,
  type V2gtpErrorEvent,
} from './connection.js';
export { DYNAMIC_PORT_MAX, DYNAMIC_PORT_MIN, randomDynamicPort, V2gtpServer, type V2gtpServerEvent, type V2gtpServerOptions, type V2gtpServerStats } from './server.js';
export { connectV2gtp, type ConnectV2gtpOptions } from './client.js';
export { PayloadType, type PayloadTypeValue } from '../exi/v2gtp.js';
