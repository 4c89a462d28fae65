export type { AmpboxConfig, EvseConfig, EvProfileConfig, LocalToken } from './types.js';
export {
  loadConfig,
  checkConfigFile,
  validateConfig,
  parseConfigText,
  defaultConfig,
  formatPath,
  ConfigError,
  DEFAULT_CONFIG_PATH,
  SCHEMA_PATH,
} from './load.js';
export { BUILTIN_EV_PROFILES } from './ev-profiles.js';
