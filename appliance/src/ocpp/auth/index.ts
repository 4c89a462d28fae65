/** OCPP authorization stores: the local list, the cache and the validator built on them. */
export { SqliteLocalAuthList, LOCAL_LIST_VERSION_KEY, type LocalListOptions, type LocalListEntry } from './local-list.js';
export { SqliteAuthCache, AUTH_CACHE_MAX_ENTRIES, type AuthCacheOptions } from './cache.js';
export { OcppTokenValidator, type OcppTokenValidatorDeps } from './validator.js';
export { tokenKey, effectiveStatus, toAuthStatus } from './token-info.js';
