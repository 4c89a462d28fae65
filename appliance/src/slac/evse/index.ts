/** EVSE-side SLAC (ISO 15118-3): the state machine, its phase table, timers and reply matcher. */
export { EvseSlac } from './machine.js';
export type { EvseSlacOptions, EvseSlacDeps, EvseSlacEvent, EvseSlacCounters } from './machine.js';
export { PHASES, finishSounding } from './states.js';
export type { Phase, SlacState, FailReason, IgnoreWhy, Session, Outcome, PhaseDef, Env } from './states.js';
export { SLAC_TIMERS, SLAC_COUNTS, AAG_GROUPS, timerValues } from './timers.js';
export type { TimerName, TimerSpec, TimerValues } from './timers.js';
export { ReplyMatcher } from '../../shared/reply.js';
export type { ReplySpec, PendingReply } from '../../shared/reply.js';
export * from './messages.js';
