/** The EVCC simulator (vehicle side of DIN 70121 DC, ISO 15118-2 DC and AC): battery model, Evcc, faults. */
export { Battery, DEFAULT_BATTERY } from './battery.js';
export type { BatterySpec, OnBoardCharger } from './battery.js';
export { Evcc } from './evcc.js';
export { DEFAULT_TIMING, FAULT_KINDS, NAMESPACES } from './config.js';
export type {
  AppOffer,
  EvccEvent,
  EvccOptions,
  EvccOutcome,
  EvccProtocol,
  EvccResult,
  EvccStage,
  EvccStatus,
  EvccTiming,
  FaultKind,
  FaultSpec,
} from './config.js';
export { buildRequest, pv, num } from './requests.js';
