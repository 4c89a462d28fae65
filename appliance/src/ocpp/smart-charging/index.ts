/** OCPP smart charging: the profile store, the composite-schedule arithmetic and the applier of its limit. */
export { SqliteSmartCharging, type SmartChargingOptions } from './store.js';
export { LimitApplier, LIMIT_SOURCE, SAFETY_NET_MS } from './applier.js';
export { compositeSchedule, limitNow, profileSegments, convert, type InstalledProfile, type EvseContext, type Electrics, type Segment } from './schedule.js';
export { profileProblem } from './checks.js';
