/** Vehicles the simulator knows without configuration; config `simulation.ev_profiles` adds or overrides. */
import type { EvProfileConfig } from './types.js';

/** `board.ev` value for a real vehicle on the V2G interface instead of a simulated one (not a profile). */
export const EXTERNAL_EV = 'external';

export const BUILTIN_EV_PROFILES: Readonly<Record<string, EvProfileConfig>> = {
  // A typical 11 kW on-board charger, battery nearly full so a demo session ends within the hour.
  'ac-3p-16': { max_current_A: 16, phases: 3, battery_kWh: 30, soc_pct: 85, target_soc_pct: 100, hlc: 'none' },
  // The same car speaking ISO 15118-2: it answers 5 % PWM with SLAC.
  'ac-3p-16-hlc': { max_current_A: 16, phases: 3, battery_kWh: 30, soc_pct: 85, target_soc_pct: 100, hlc: 'iso2' },
  // DC cars (max_current_A is the DC current): 58 kWh from 70 % to 80 %, a short session.
  'dc-iso2': { max_current_A: 125, phases: 3, battery_kWh: 58, soc_pct: 70, target_soc_pct: 80, hlc: 'iso2' },
  'dc-din': { max_current_A: 125, phases: 3, battery_kWh: 58, soc_pct: 70, target_soc_pct: 80, hlc: 'din' },
  // Single-phase plug-in hybrid.
  'ac-1p-32': { max_current_A: 32, phases: 1, battery_kWh: 12, soc_pct: 60, target_soc_pct: 100, hlc: 'none' },
  // Large battery, low state of charge: charges for hours (benchmarks, long demos).
  'ac-3p-32-long': { max_current_A: 32, phases: 3, battery_kWh: 100, soc_pct: 10, target_soc_pct: 100, hlc: 'none' },
};
