export { Charger, type ChargerOptions, type ChargerDeps } from './charger.js';
export { STATES } from './states.js';
export type { ChargerInput } from './inputs.js';
