export { build, type App, type BuildOptions, type Evse } from './build.js';
export { EXIT, type ExitCode } from '../shared/exit-codes.js';
export { Lifecycle, startOrder, StartError, type Capability, type CapabilityState } from './lifecycle.js';
export { createNotifier, WatchdogPinger, type ServiceNotifier } from './notify.js';
export { loadOptionalCapabilities } from './optional.js';
