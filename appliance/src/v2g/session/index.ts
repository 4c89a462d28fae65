/** The protocol-agnostic V2G session layer: contract, engine, connection adapter. */
export type * from './protocol.js';
export type { V2gConnection } from './connection.js';
export { V2gSession, ZERO_SESSION_ID } from './engine.js';
export type { CloseKind, HandleResult, SessionDeps, SessionLog } from './engine.js';
export { runSessionOnConnection, COMMUNICATION_SETUP_TIMEOUT_MS } from './run.js';
export type { RunOptions, RunningSession } from './run.js';
