/** The JSON-RPC API capability: WebSocket transport, authentication, limits, and the methods and notifications (ApiService). */
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
export { ApiService } from './service.js';
export { HmiSessionToken, HMI_SESSION_TOKEN_NAME } from './hmi-session.js';
export type { ApiCharger, ApiDeps, ApiEvse } from './deps.js';
export { STATUS_COALESCE_MS } from './notifications.js';
export { LIMIT_APPLY_TIMEOUT_MS } from './methods/index.js';
