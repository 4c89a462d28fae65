/**
 * One charging station as the test CSMS sees it: its current WebSocket, the CALLs in both directions, and
 * the rule ledgers that outlive reconnects (message ids, registration, transactions). Every frame passes
 * the same checks whichever side sent it; scripted replies come from the CSMS's responders.
 */
import { randomUUID } from 'node:crypto';
import WebSocket, { type RawData } from 'ws';
import type { CsmsStation, CsmsVersion, FrameRecord, Reply, Responder, Violation } from './api.js';
import { BootLedger, type BootStatus } from './boot-ledger.js';
import { defaultReply, type ReplyContext } from './default-replies.js';
import { ERROR_CODES, formatViolationCode, parseFrame, type Frame } from './frames.js';
import type { Finding, InboundCall } from './inbound.js';
import type { OcppSchemas } from './schemas.js';
import type { Handshake } from './server.js';
import { findBadTimestamps } from './timestamps.js';
import { V16Transactions } from './transactions-v16.js';
import { V201Transactions } from './transactions-v201.js';

/** What a station needs from the CSMS around it. */
export interface CsmsCore {
  readonly schemas: OcppSchemas;
  now(): number;
  record(frame: FrameRecord): void;
  violate(violation: Violation): void;
  received(call: InboundCall): void;
  /** Responders for an action, latest registration first. */
  responders(action: string): Responder[];
  bootAnswers(): Array<{ status: BootStatus; interval: number }>;
  nextTransactionId(): number;
  accepts(token: string): boolean;
  /** setTimeout that the CSMS cancels on close. */
  later(ms: number, fn: () => void): void;
  changed(): void;
}

/** A CALL the CSMS made (by `call` or `sendRaw`). */
interface OutboundCall {
  id: string;
  action: string | null;
  payload: unknown;
  connection: number;
  answered: boolean;
  /** `call()`'s promise; absent for raw frames. */
  settle?: { resolve: (payload: any) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
}

export class CsmsCallError extends Error {
  constructor(
    readonly code: string,
    readonly description: string,
    readonly details: unknown,
  ) {
    super(`${code}: ${description}`);
    this.name = 'CsmsCallError';
  }
}

const MAX_MESSAGE_ID = 36;

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

export class Station implements CsmsStation {
  version: CsmsVersion;
  auth: { basicUser: string | null; certCN: string | null } = { basicUser: null, certCN: null };
  private ws: WebSocket | null = null;
  private connection = 0;
  private readonly boot = new BootLedger();
  private bootAnswerCount = 0;
  private readonly v16 = new V16Transactions();
  private readonly v201 = new V201Transactions();
  /** Message ids the station used for its CALLs, over all its connections. */
  private readonly stationIds = new Set<string>();
  /** The station's CALLs on the current connection still awaiting the CSMS's answer. */
  private open: InboundCall[] = [];
  private readonly outbound = new Map<string, OutboundCall>();
  /** CSMS calls go out one at a time (one outstanding CALL per direction). */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly identity: string,
    private readonly core: CsmsCore,
    version: CsmsVersion,
  ) {
    this.version = version;
  }

  get connected(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  get bootStatus(): BootStatus | null {
    return this.boot.status;
  }

  /** A new connection from this station replaces any previous one. */
  attach(ws: WebSocket, handshake: Handshake, connection: number): void {
    this.ws?.terminate();
    this.ws = ws;
    this.connection = connection;
    this.version = handshake.version;
    this.auth = { basicUser: handshake.basicUser, certCN: handshake.certCN };
    this.open = [];
    if (handshake.basicUser !== null && handshake.basicUser !== this.identity) {
      this.violate('auth', `Basic-auth user ${JSON.stringify(handshake.basicUser)} is not the station identity`);
    }
    if (handshake.certCN !== null && handshake.certCN !== this.identity) {
      this.violate('auth', `client certificate CN ${JSON.stringify(handshake.certCN)} is not the station identity`);
    }
    ws.on('message', (data, isBinary) => this.onMessage(connection, rawText(data), isBinary));
    ws.on('error', () => undefined);
    ws.on('close', () => this.onClose(connection, ws));
  }

  call(action: string, payload: object, opts?: { timeoutMs?: number }): Promise<any> {
    const run = (): Promise<any> => this.callNow(action, payload, opts?.timeoutMs ?? 10_000);
    const result = this.chain.then(run, run);
    this.chain = result.catch(() => undefined);
    return result;
  }

  sendRaw(text: string): void {
    let message: unknown[] = [];
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) message = parsed;
    } catch {
      // Malformed on purpose; recorded as sent.
    }
    const [type, id, action] = message;
    let recordedAction: string | null = null;
    if (type === 2 && typeof id === 'string') {
      // Remember it so the station's answer is matched, not reported as an answer to an unknown call.
      recordedAction = typeof action === 'string' ? action : null;
      this.outbound.set(id, { id, action: recordedAction, payload: message[3], connection: this.connection, answered: false });
    } else if ((type === 3 || type === 4) && typeof id === 'string') {
      const answered = this.open.find((c) => c.messageId === id);
      if (answered) {
        answered.answered = true;
        recordedAction = answered.action;
      }
    }
    this.transmit(text, message, recordedAction);
  }

  disconnect(code = 1001): void {
    this.ws?.close(code);
  }

  terminate(): void {
    this.ws?.terminate();
  }

  // ---- station → CSMS

  private onMessage(connection: number, raw: string, isBinary: boolean): void {
    if (connection !== this.connection) return;
    const parsed = parseFrame(raw);
    let action: string | null = null;
    if (parsed.ok) action = parsed.frame.type === 2 ? parsed.frame.action : (this.outbound.get(parsed.frame.id)?.action ?? null);
    else if (parsed.type === 2 && typeof parsed.message[2] === 'string') action = parsed.message[2];
    this.core.record({ identity: this.identity, direction: 'station→csms', at: this.core.now(), raw, message: parsed.message, action });
    if (isBinary) this.violate('frame', 'binary WebSocket frame (OCPP-J uses text frames)', raw);
    if (!parsed.ok) {
      this.violate('frame', parsed.problem, raw);
      // A CALL whose id could still be read gets the RPC framework's error, as a real CSMS would answer.
      if (parsed.type === 2 && parsed.id !== null) {
        const code = this.version === 'ocpp1.6' ? 'FormationViolation' : 'RpcFrameworkError';
        this.transmit(JSON.stringify([4, parsed.id, code, parsed.problem, {}]), [4, parsed.id, code, parsed.problem, {}], action);
      }
      return;
    }
    if (parsed.frame.type === 2) this.onCall(connection, parsed.frame, raw);
    else this.onAnswer(connection, parsed.frame, raw);
  }

  private onCall(connection: number, frame: Extract<Frame, { type: 2 }>, raw: string): void {
    const at = this.core.now();
    const findings: Finding[] = [];
    if (frame.id.length > MAX_MESSAGE_ID) findings.push({ rule: 'message-id', detail: `message id of ${frame.id.length} characters (max ${MAX_MESSAGE_ID})` });
    if (this.stationIds.has(frame.id)) findings.push({ rule: 'message-id', detail: `message id ${JSON.stringify(frame.id)} reused` });
    this.stationIds.add(frame.id);
    this.open = this.open.filter((c) => !c.answered && !c.abandoned);
    for (const earlier of this.open) {
      findings.push({ rule: 'one-call-in-flight', detail: `${frame.action} sent while ${earlier.action} (${earlier.messageId}) was unanswered` });
    }
    const call: InboundCall = { identity: this.identity, messageId: frame.id, action: frame.action, payload: frame.payload, at, connection, answered: false, abandoned: false };
    this.open.push(call);

    const schema = this.core.schemas.check(this.version, frame.action, 'request', frame.payload);
    if (!schema.known) findings.push({ rule: 'schema', detail: `${frame.action} is not an ${this.version} action` });
    if (schema.errors.length > 0) findings.push({ rule: 'schema', detail: `${frame.action}: ${schema.errors.join('; ')}` });
    for (const t of findBadTimestamps(frame.payload)) findings.push({ rule: 'timestamp', detail: `${frame.action} ${t.path}: ${JSON.stringify(t.value)} is not RFC 3339 with a time zone` });
    findings.push(...this.boot.check(frame.action, at));
    if (frame.action === 'BootNotification') this.boot.bootReceived();
    const valid = schema.known && schema.errors.length === 0;
    if (valid) findings.push(...(this.version === 'ocpp1.6' ? this.v16.check(call) : this.v201.check(call)));
    for (const f of findings) this.violate(f.rule, f.detail, raw);
    this.core.received(call);

    if (!schema.known) return this.answer(call, undefined);
    if (!valid) {
      return this.answer(call, { callError: { code: formatViolationCode(this.version), description: schema.errors.join('; ').slice(0, 500), details: {} } });
    }
    const failed = (e: unknown): void => {
      this.violate('responder', `the responder for ${call.action} threw: ${(e as Error).message}`, raw);
      this.answer(call, { callError: { code: 'InternalError', description: 'test CSMS responder failed', details: {} } });
    };
    try {
      const reply = this.scriptedReply(call, this.core.responders(call.action));
      if (reply instanceof Promise) reply.then((r) => this.answer(call, r), failed);
      else this.answer(call, reply);
    } catch (e) {
      failed(e);
    }
  }

  /**
   * The first scripted reply, synchronously when the responders are synchronous: a `noReply` must mark its
   * CALL abandoned before the station's next frame is judged.
   */
  private scriptedReply(call: InboundCall, responders: Responder[]): Reply | undefined | Promise<Reply | undefined> {
    for (let i = 0; i < responders.length; i++) {
      const reply = responders[i]!(call, this);
      if (reply instanceof Promise) return reply.then((r) => r ?? this.scriptedReply(call, responders.slice(i + 1)));
      if (reply !== undefined) return reply;
    }
    return undefined;
  }

  private answer(call: InboundCall, reply: Reply | undefined): void {
    const r = reply ?? defaultReply(this.replyContext(), call.action, call.payload);
    if ('noReply' in r) {
      call.abandoned = true;
    } else if ('disconnect' in r) {
      call.abandoned = true;
      if (call.connection === this.connection) this.ws?.close(1001);
    } else if ('delayMs' in r) {
      this.core.later(r.delayMs, () => this.answer(call, r.then));
    } else if (call.connection === this.connection && this.connected) {
      if ('result' in r) this.sendResult(call, r.result as Record<string, unknown>);
      else this.sendError(call, r.callError.code, r.callError.description ?? '', r.callError.details ?? {});
    }
  }

  private sendResult(call: InboundCall, payload: Record<string, unknown>): void {
    const message = [3, call.messageId, payload];
    const raw = JSON.stringify(message);
    const schema = this.core.schemas.check(this.version, call.action, 'response', payload);
    if (schema.errors.length > 0) this.violate('schema', `CSMS answer to ${call.action}: ${schema.errors.join('; ')}`, raw);
    for (const t of findBadTimestamps(payload)) this.violate('timestamp', `CSMS answer to ${call.action} ${t.path}: ${JSON.stringify(t.value)}`, raw);
    call.answered = true;
    this.transmit(raw, message, call.action);
    if (call.action === 'BootNotification' && typeof payload.status === 'string') {
      this.boot.bootAnswered(payload.status as BootStatus, Number(payload.interval ?? 0), this.core.now());
    }
    if (call.action === 'StartTransaction' && this.version === 'ocpp1.6' && typeof payload.transactionId === 'number') {
      this.v16.issue(payload.transactionId, Number(call.payload.meterStart));
    }
    this.core.changed();
  }

  private sendError(call: InboundCall, code: string, description: string, details: object): void {
    const message = [4, call.messageId, code, description, details];
    const raw = JSON.stringify(message);
    if (!ERROR_CODES[this.version].has(code)) this.violate('error-code', `CSMS answer to ${call.action}: ${code} is not an ${this.version} error code`, raw);
    call.answered = true;
    call.refused = true;
    this.transmit(raw, message, call.action);
    this.core.changed();
  }

  private onAnswer(connection: number, frame: Extract<Frame, { type: 3 | 4 }>, raw: string): void {
    const out = this.outbound.get(frame.id);
    if (!out) return this.violate('answer-unknown-call', `answer to message id ${JSON.stringify(frame.id)}, which the CSMS never sent`, raw);
    if (out.answered) return this.violate('unsolicited-result', `second answer to ${out.action ?? 'a raw frame'} (${frame.id})`, raw);
    if (out.connection !== connection) return this.violate('unsolicited-result', `answer to ${out.action} (${frame.id}) on a later connection than its CALL`, raw);
    out.answered = true;
    const requested = out.action === 'TriggerMessage' || out.action === 'ExtendedTriggerMessage' ? String((out.payload as { requestedMessage?: unknown })?.requestedMessage) : null;
    if (frame.type === 3) {
      if (out.action !== null) {
        const schema = this.core.schemas.check(this.version, out.action, 'response', frame.payload);
        if (schema.errors.length > 0) this.violate('schema', `${out.action} answer: ${schema.errors.join('; ')}`, raw);
      }
      for (const t of findBadTimestamps(frame.payload)) this.violate('timestamp', `${out.action} answer ${t.path}: ${JSON.stringify(t.value)} is not RFC 3339 with a time zone`, raw);
      if (requested !== null && frame.payload.status !== 'Accepted') this.boot.triggerRefused(requested);
      this.settle(out, (s) => s.resolve(frame.payload));
    } else {
      if (!ERROR_CODES[this.version].has(frame.code)) this.violate('error-code', `${frame.code} is not an ${this.version} error code`, raw);
      if (requested !== null) this.boot.triggerRefused(requested);
      this.settle(out, (s) => s.reject(new CsmsCallError(frame.code, frame.description, frame.details)));
    }
    this.core.changed();
  }

  // ---- CSMS → station

  private callNow(action: string, payload: object, timeoutMs: number): Promise<any> {
    if (!this.connected) return Promise.reject(new CsmsCallError('NotConnected', `${this.identity} is not connected`, {}));
    const id = randomUUID();
    const message = [2, id, action, payload];
    const raw = JSON.stringify(message);
    const schema = this.core.schemas.check(this.version, action, 'request', payload);
    if (!schema.known) this.violate('schema', `CSMS call ${action} is not an ${this.version} action`, raw);
    if (schema.errors.length > 0) this.violate('schema', `CSMS call ${action}: ${schema.errors.join('; ')}`, raw);
    for (const t of findBadTimestamps(payload)) this.violate('timestamp', `CSMS call ${action} ${t.path}: ${JSON.stringify(t.value)}`, raw);
    if (action === 'TriggerMessage' || action === 'ExtendedTriggerMessage') this.boot.triggerSent(String((payload as { requestedMessage?: unknown }).requestedMessage));
    return new Promise((resolve, reject) => {
      const out: OutboundCall = { id, action, payload, connection: this.connection, answered: false };
      const timer = setTimeout(() => this.settle(out, (s) => s.reject(new CsmsCallError('Timeout', `no answer to ${action} within ${timeoutMs} ms`, {}))), timeoutMs);
      out.settle = { resolve, reject, timer };
      this.outbound.set(id, out);
      this.transmit(raw, message, action);
    });
  }

  /** Settles a call() promise once (answer, timeout or disconnect, whichever comes first). */
  private settle(out: OutboundCall, how: (s: NonNullable<OutboundCall['settle']>) => void): void {
    const s = out.settle;
    if (!s) return;
    out.settle = undefined;
    clearTimeout(s.timer);
    how(s);
  }

  private onClose(connection: number, ws: WebSocket): void {
    for (const out of this.outbound.values()) {
      if (out.connection === connection) this.settle(out, (s) => s.reject(new CsmsCallError('Disconnected', `the connection closed before ${out.action} was answered`, {})));
    }
    if (this.ws === ws) this.ws = null;
    this.core.changed();
  }

  // ---- shared

  private transmit(raw: string, message: unknown[], action: string | null): void {
    this.core.record({ identity: this.identity, direction: 'csms→station', at: this.core.now(), raw, message, action });
    this.ws?.send(raw);
  }

  private violate(rule: string, detail: string, frame?: string): void {
    this.core.violate({ identity: this.identity, rule, detail, ...(frame !== undefined ? { frame: frame.slice(0, 2000) } : {}) });
  }

  private replyContext(): ReplyContext {
    return {
      version: this.version,
      now: () => new Date(this.core.now()).toISOString(),
      nextBoot: () => {
        const answers = this.core.bootAnswers();
        return answers[Math.min(this.bootAnswerCount++, answers.length - 1)]!;
      },
      nextTransactionId: () => this.core.nextTransactionId(),
      accepts: (token) => this.core.accepts(token),
    };
  }
}
