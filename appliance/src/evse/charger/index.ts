export { Charger, type ChargerOptions, type ChargerDeps, type DcOutputStage } from './charger.js';
export { STATES } from './states.js';
export type { ChargerInput } from './inputs.js';
