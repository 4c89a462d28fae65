/** The JSON-RPC API capability: WebSocket transport, authentication, limits; methods come as a registry. */
export { ApiServer, EVEREST_SUBPROTOCOL, type ApiServerOptions } from './server.js';
export { CLOSE_CODE, RPC_ERROR } from './connection.js';
export {
  HELLO_METHOD,
  methodTable,
  type ApiMethod,
  type CallContext,
  type ListenerKind,
  type ParamProblem,
  type ParamsCheck,
} from './registry.js';
export {
  ROLE_PERMISSIONS,
  ROLES,
  SCRYPT_DEFAULTS,
  generateToken,
  hashToken,
  parseTokenHash,
  permissionsOf,
  verifyToken,
  TokenVerifier,
  type MethodPermission,
  type Permission,
  type Role,
} from './security.js';
export { RateLimiter, type RateLimitOptions } from './rate-limit.js';
