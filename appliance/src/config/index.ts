export type { AmpboxConfig, EvseConfig, EvProfileConfig, LocalToken, ApiConfig, ApiRole, ApiToken, OcppConfig, OcppMeasurand, OcppTxPoint } from './types.js';
export {
  loadConfig,
  checkConfigFile,
  validateConfig,
  parseConfigText,
  defaultConfig,
  formatPath,
  isLoopbackHost,
  ConfigError,
  DEFAULT_CONFIG_PATH,
  SCHEMA_PATH,
} from './load.js';
export { BUILTIN_EV_PROFILES, EXTERNAL_EV } from './ev-profiles.js';
