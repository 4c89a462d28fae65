/** The database capability's public entry: opening and migrating, and one store per table. */
export {
  openDatabase,
  defaultMigrationsDir,
  listMigrations,
  schemaVersion,
  SchemaTooNewError,
  type Database,
  type OpenDatabaseOptions,
  type Migration,
} from './database.js';
export {
  ErrorHistoryStore,
  paging,
  MAX_PAGE,
  DEFAULT_PAGE,
  type ErrorHistoryFilter,
  type ClearedState,
  type Page,
} from './error-history.js';
export { SessionStore, type ChargingSessionRecord, type SessionStart, type SessionFinish, type SessionFilter } from './sessions.js';
export { KeyValueStore } from './kv.js';
