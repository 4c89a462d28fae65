/**
 * The one V2G session engine (SECC side), transport-agnostic and protocol-agnostic: EXI bytes in, EXI bytes
 * out, the protocol supplied as data (ProtocolDefinition). Per request:
 *
 *   decode → SessionID check (FAILED_UnknownSession) → state table check (FAILED_SequenceError)
 *          → pure handler → Ongoing limit → encode → arm the next state's timeout
 *
 * `handle()` never throws. Undecodable input ends the session (there is no request type to answer with a
 * FAILED response, so the connection is closed, as after any FAILED code, DIN [V2G-DC-116]). Timeouts run
 * on the injected clock; when one fires the session ends with `evse.sessionEnded('error', …)` and the
 * `onEnd` listeners (the connection adapter closes the socket).
 */
import { decode, encode } from '../exi/index.js';
import type { Clock, TimerHandle } from '../../shared/clock.js';
import type { HlcEvse } from '../../shared/ports/hlc.js';
import type { FailureCode, HandlerResult, ProtocolDefinition, SessionData } from './protocol.js';

export type CloseKind = 'terminate' | 'pause' | 'error';

export interface HandleResult {
  /** EXI bytes to send (no V2GTP header); null when there is nothing to send. */
  response: Uint8Array | null;
  /** Close the connection after sending. */
  close?: CloseKind;
}

/** What the engine logs through; `Logger` from shared/logger.ts fits. */
export interface SessionLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface SessionDeps {
  clock: Clock;
  log: SessionLog;
  /** A fresh SessionID (16 hex digits, not all zero). */
  sessionId: () => string;
  /** SessionID of a paused session this EV may resume (ISO-2 Pause); the SessionSetup handler then sees
   * `values.old_session === true`. */
  resumableSessionId?: string;
}

export const ZERO_SESSION_ID = '0000000000000000';

/** The body element of a V2G_Message: its name and content. */
function splitMessage(doc: unknown): { sessionId: string; name: string; body: Record<string, unknown> } | string {
  const msg = (doc as { V2G_Message?: { Header?: { SessionID?: unknown }; Body?: Record<string, unknown> } }).V2G_Message;
  if (!msg || typeof msg !== 'object') return 'not a V2G_Message';
  const sid = msg.Header?.SessionID;
  if (typeof sid !== 'string') return 'no SessionID in the header';
  const names = Object.keys(msg.Body ?? {});
  if (names.length !== 1) return `Body holds ${names.length} elements`;
  const name = names[0]!;
  const body = msg.Body![name];
  return { sessionId: sid.toLowerCase(), name, body: (body ?? {}) as Record<string, unknown> };
}

export class V2gSession {
  private data: SessionData;
  private timer: TimerHandle | null = null;
  private ongoingSince: number | null = null;
  private ongoingFor: string | null = null;
  private ended: { how: CloseKind; detail: string } | null = null;
  private readonly endListeners: Array<(how: CloseKind, detail: string) => void> = [];

  constructor(
    private readonly def: ProtocolDefinition,
    private readonly evse: HlcEvse,
    private readonly deps: SessionDeps,
  ) {
    if (!def.states[def.initial_state]) throw new Error(`protocol ${def.namespace}: initial state ${def.initial_state} is not defined`);
    this.data = { session_id: ZERO_SESSION_ID, evcc_id: '', values: {}, state: def.initial_state, ongoing: 0 };
    this.arm();
  }

  /** A copy of the session data (state, SessionID, values). */
  get session(): Readonly<SessionData> {
    return { ...this.data, values: { ...this.data.values } };
  }
  get state(): string {
    return this.data.state;
  }
  get isEnded(): boolean {
    return this.ended !== null;
  }
  get endReason(): { how: CloseKind; detail: string } | null {
    return this.ended;
  }

  onEnd(listener: (how: CloseKind, detail: string) => void): void {
    this.endListeners.push(listener);
  }

  handle(exiPayload: Uint8Array): HandleResult {
    if (this.ended) return { response: null, close: this.ended.how };
    this.disarm();
    let doc: unknown;
    try {
      doc = decode(this.def.schema, exiPayload);
    } catch (e) {
      return this.fail(`EXI decode error: ${e instanceof Error ? e.message : String(e)}`);
    }
    const msg = splitMessage(doc);
    if (typeof msg === 'string') return this.fail(`unusable message: ${msg}`);
    const { name, body } = msg;
    const established = this.data.session_id !== ZERO_SESSION_ID;
    const state = this.def.states[this.data.state]!;
    const accepted = Object.hasOwn(state.accepts, name) && Object.hasOwn(this.def.handlers, name);

    // [V2G-DC-391]: inside an established session a request must carry its SessionID. Before SessionSetup
    // nothing is unknown (an unexpected first message is a sequence error, [V2G-DC-666]).
    const setupRequest = Object.hasOwn(this.def.states[this.def.initial_state]!.accepts, name);
    if (established && !setupRequest && msg.sessionId !== this.data.session_id) {
      return this.reject(name, 'FAILED_UnknownSession', `SessionID ${msg.sessionId} is not ${this.data.session_id}`);
    }
    if (!accepted) return this.reject(name, 'FAILED_SequenceError', `${name} not expected in state ${this.data.state}`);

    let session = this.data;
    if (!established) {
      const resumed = this.deps.resumableSessionId !== undefined && msg.sessionId === this.deps.resumableSessionId.toLowerCase();
      let id = resumed ? msg.sessionId : this.deps.sessionId().toLowerCase();
      // All zero means "no session" on the wire; a generator that returns it once gets one more try.
      if (id === ZERO_SESSION_ID) id = this.deps.sessionId().toLowerCase();
      if (id === ZERO_SESSION_ID) return this.reject(name, 'FAILED', 'the SessionID generator returned all zeros');
      session = { ...session, session_id: id, values: { ...session.values, old_session: resumed } };
    }

    let result: HandlerResult<Record<string, unknown>>;
    try {
      result = this.def.handlers[name]!(body, session, this.evse);
    } catch (e) {
      // A handler bug: answer FAILED as the standard asks for internal errors, and say so loudly.
      this.deps.log.error(`handler for ${name} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return this.reject(name, 'FAILED', `internal error in the ${name} handler`);
    }
    return this.commit(name, session, result);
  }

  /** The connection went away (EV closed it, transport error); ends the session if it is still running. */
  connectionClosed(reason: string): void {
    if (!this.ended) this.end('error', `connection closed: ${reason}`);
  }

  /** The current state's timeout fired (called by the armed timer; public so the adapter can force it). */
  onTimeout(): void {
    if (this.ended) return;
    const ms = this.def.states[this.data.state]?.timeout_ms;
    this.end('error', `timeout: no request within ${ms} ms in state ${this.data.state}`);
  }

  private commit(name: string, before: SessionData, result: HandlerResult<Record<string, unknown>>): HandleResult {
    const next = result.next ?? before.state;
    if (!this.def.states[next]) {
      this.deps.log.error(`handler for ${name} chose unknown state ${next}`);
      return this.reject(name, 'FAILED', `internal error: unknown state ${next}`);
    }
    const merged: SessionData = {
      ...before,
      ...result.session,
      values: { ...before.values, ...(result.session?.values ?? {}) },
      state: next,
    };
    // Ongoing bookkeeping: consecutive Ongoing answers to the same request, counted from the first one even
    // when that first answer moved the state (ISO-2: PaymentSelected → Authorization). The limit is the one
    // of the state the EV repeats its request in.
    const inner = Object.values(result.body)[0] as { EVSEProcessing?: unknown } | undefined;
    const ongoing = inner?.EVSEProcessing === 'Ongoing';
    const continuing = ongoing && this.ongoingFor === name;
    merged.ongoing = ongoing ? (continuing ? before.ongoing + 1 : 1) : 0;
    if (ongoing && !continuing) {
      this.ongoingSince = this.deps.clock.now();
      this.ongoingFor = name;
    }
    if (!ongoing) {
      this.ongoingSince = null;
      this.ongoingFor = null;
    }
    const limit = this.def.states[next]!.ongoing_limit_ms;
    if (ongoing && limit !== undefined && this.ongoingSince !== null && this.deps.clock.now() - this.ongoingSince > limit) {
      this.data = { ...merged, state: before.state, ongoing: before.ongoing };
      return this.reject(name, 'FAILED', `still Ongoing after ${limit} ms in state ${next}`);
    }
    const bytes = this.encodeBody(merged.session_id, result.body);
    if (!bytes) return this.fail(`could not encode the answer to ${name}`);
    if (next !== before.state) this.deps.log.debug(`${before.state} -> ${next} (${name})`);
    this.data = merged;
    if (result.close) {
      this.end(result.close, `${name} answered; session ${result.close}`);
      return { response: bytes, close: result.close };
    }
    this.arm();
    return { response: bytes };
  }

  /** Answers `request` with the protocol's minimal failure response and ends the session. */
  private reject(request: string, code: FailureCode, detail: string): HandleResult {
    this.deps.log.warn(`${code}: ${detail}`);
    let body: Record<string, unknown> | null = null;
    try {
      body = this.def.failedResponse(request, code, this.evse, this.data);
    } catch (e) {
      this.deps.log.error(`no failed response for ${request}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const bytes = body ? this.encodeBody(this.data.session_id, body) : null;
    this.end('error', `${code}: ${detail}`);
    return { response: bytes, close: 'error' };
  }

  private fail(detail: string): HandleResult {
    this.deps.log.warn(detail);
    this.end('error', detail);
    return { response: null, close: 'error' };
  }

  private encodeBody(sessionId: string, body: Record<string, unknown>): Uint8Array | null {
    try {
      return encode(this.def.schema, { V2G_Message: { Header: { SessionID: sessionId }, Body: body } });
    } catch (e) {
      this.deps.log.error(`encode failed for ${Object.keys(body).join(',')}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  private end(how: CloseKind, detail: string): void {
    if (this.ended) return;
    this.disarm();
    this.ended = { how, detail };
    this.deps.log.info(`session ${this.data.session_id} ended (${how}): ${detail}`);
    this.evse.sessionEnded(how, detail);
    for (const l of this.endListeners) l(how, detail);
  }

  private arm(): void {
    this.disarm();
    const ms = this.def.states[this.data.state]!.timeout_ms;
    this.timer = this.deps.clock.after(ms, () => {
      this.timer = null;
      this.onTimeout();
    });
  }

  private disarm(): void {
    this.timer?.cancel();
    this.timer = null;
  }
}
