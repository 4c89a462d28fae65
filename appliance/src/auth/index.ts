export { AuthManager, type AuthManagerDeps } from './manager.js';
export { LocalListValidator, validateToken } from './validators.js';
export { PushTokenProvider } from './providers.js';
