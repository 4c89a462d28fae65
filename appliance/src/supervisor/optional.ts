/**
 * Capabilities whose code is loaded only when the configuration turns them on. `build()` is synchronous
 * (tests and `ampbox simulate` drive the built app), so the module is loaded before it:
 * `await loadOptionalCapabilities(config)`, then `build(config)`. A charger without a CSMS never pays for
 * the OCPP client's modules at start-up.
 */
import type { AmpboxConfig } from '../config/index.js';

type OcppModule = typeof import('../ocpp/index.js');
let ocpp: OcppModule | null = null;

export async function loadOptionalCapabilities(config: { ocpp: Pick<AmpboxConfig['ocpp'], 'enabled'> }): Promise<void> {
  if (config.ocpp.enabled && !ocpp) ocpp = await import('../ocpp/index.js');
}

/** The OCPP module, loaded by loadOptionalCapabilities. */
export function ocppModule(): OcppModule {
  if (!ocpp) throw new Error('ocpp.enabled is set, but the OCPP module was not loaded: await loadOptionalCapabilities(config) before build(config)');
  return ocpp;
}
