/**
 * A V2G protocol as data, consumed by the one session engine: which request each state accepts (and
 * which state follows), the state's timeout, a pure handler per request, and a minimal valid failure
 * response per request type. DIN 70121 and ISO 15118-2 are two such definitions.
 */
import type { HlcEvse } from '../../shared/ports/hlc.js';

/** Response codes the engine itself needs, named as the XSDs spell them. */
export type FailureCode = 'FAILED' | 'FAILED_SequenceError' | 'FAILED_UnknownSession' | 'FAILED_SignatureError';

/** Per-connection session data the handlers read and update (returned, never mutated in place). */
export interface SessionData {
  /** Hex of the SessionID (8 bytes); all zero until SessionSetup. */
  session_id: string;
  /** The EV's identifier from SessionSetupReq (EVCCID / EVCCID MAC). */
  evcc_id: string;
  /** Chosen energy transfer mode / payment option and anything a protocol needs between messages. */
  values: Record<string, unknown>;
  /** Name of the current state (a key of the definition's `states`). */
  state: string;
  /** How many times an Ongoing answer was given in this state (Ongoing limits). */
  ongoing: number;
}

export interface HandlerResult<Res> {
  /** The response body (the element under Body, keyed by its name, e.g. { SessionSetupRes: {...} }). */
  body: Res;
  /** Next state; omitted: stay. */
  next?: string;
  /** Updated session data (merged by the engine). */
  session?: Partial<SessionData>;
  /** End the TCP connection after sending (SessionStop, fatal errors). */
  close?: 'terminate' | 'pause' | 'error';
}

export type Handler = (req: Record<string, unknown>, session: SessionData, evse: HlcEvse) => HandlerResult<Record<string, unknown>>;

export interface StateDef {
  /** Request names (body element local names, e.g. 'ChargeParameterDiscoveryReq') accepted here, with the
   * requirement each row implements, e.g. { ChargeParameterDiscoveryReq: '[V2G-DC-453]' }. */
  accepts: Record<string, string>;
  /** Time the EV may take for its next request in this state (V2G_SECC_Sequence_Timeout unless stricter). */
  timeout_ms: number;
  /** How long the SECC may keep answering EVSEProcessing=Ongoing in this state before it gives up (FAILED,
   * connection closed); measured on the injected clock from the first Ongoing answer. Omitted: no limit. */
  ongoing_limit_ms?: number;
}

export interface ProtocolDefinition {
  /** 'din' | 'iso2' — the EXI schema name used to encode/decode V2G_Message. */
  schema: 'din' | 'iso2';
  /** The protocol namespace announced in supportedAppProtocolReq. */
  namespace: string;
  /** Version announced with the namespace (supportedAppProtocolReq); omitted: 2.0. */
  version?: { major: number; minor: number };
  initial_state: string;
  states: Record<string, StateDef>;
  handlers: Record<string, Handler>;
  /**
   * A minimal schema-valid response body for `request` carrying `code` (and EVSEStatus where required).
   * `session` is the session so far, e.g. to answer in the energy transfer mode the EV chose.
   */
  failedResponse(request: string, code: FailureCode, evse: HlcEvse, session?: SessionData): Record<string, unknown>;
}
