/**
 * Everything the station sends to the CSMS, one CALL at a time. Three sources, in this priority:
 *  1. BootNotification (boot.ts), the only message allowed before the CSMS accepted the boot;
 *  2. transient requests (Heartbeat, StatusNotification, Authorize…): in memory, refused when offline;
 *  3. durable messages (transactions, their meter values, security events): rows of ocpp_queue written
 *     before the first attempt, sent in seq order, deleted only when answered or given up.
 * A durable message that got no answer (timeout, lost connection) keeps its row and goes again, with a
 * fresh message id, as soon as the link is up; one the CSMS answered with a CALLERROR is retried after
 * message_retry_interval_s × attempt and given up after message_attempts.
 */
import type { Statement } from 'better-sqlite3';
import type { Clock, TimerHandle } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Database } from '../db/index.js';
import {
  OcppNoAnswerError,
  OcppRemoteError,
  type BootState,
  type OcppLink,
  type OcppSender,
  type OcppSettings,
  type QueueHooks,
  type QueuedMessage,
  type QueueKind,
} from './ports.js';

export interface QueueSenderDeps {
  db: Database;
  link: OcppLink;
  boot: BootState;
  clock: Clock;
  log: Logger;
  settings: OcppSettings;
  /** Most durable rows kept; beyond it the oldest meter values go first, never transaction starts or ends. */
  queueMax: number;
  /** How long a transient request may wait for the boot to be accepted before it is refused; default 30 s. */
  sendWaitMs?: number;
}

interface Waiting {
  action: string;
  payload: object;
  resolve(result: any): void;
  reject(e: Error): void;
  /** Refuses it if it is still waiting then (a boot answer that never comes must not hold a caller forever). */
  deadline?: TimerHandle;
  /** Asked for by the CSMS with TriggerMessage: may go while the boot is Pending (1.6 §4.2, 2.0.1 B02.FR.02). */
  triggered?: boolean;
}

interface Row {
  seq: number;
  action: string;
  payload: string;
  tx_ref: string | null;
  kind: QueueKind;
  created_at: number;
  attempts: number;
  not_before: number;
}

/** Rows the queue may shed when full, in this order; 'start' and 'stop' are never shed. */
const SHED_ORDER: QueueKind[] = ['meter', 'other', 'event'];

/** CALLERROR codes that say the CSMS will never take this action, however often it is sent. */
const NEVER_ACCEPTED = new Set(['NotImplemented', 'NotSupported']);

export class QueueSender implements OcppSender {
  private hooks: QueueHooks = {};
  private readonly transient: Waiting[] = [];
  private bootJob: Waiting | null = null;
  private busy = false;
  private kicked = false;
  private stopped = false;
  private inflightSeq: number | null = null;
  private count: number;
  private full = false;
  private waitTimer: TimerHandle | null = null;
  private readonly idleListeners = new Set<() => void>();
  private readonly unsubscribe: Array<() => void> = [];
  private readonly stmt: {
    insert: Statement<[string, string, string | null, string, number]>;
    head: Statement<[]>;
    remove: Statement<[number]>;
    retry: Statement<[number, number, number]>;
    count: Statement<[]>;
    shed: Statement<[string, number, number]>;
  };

  constructor(private readonly deps: QueueSenderDeps) {
    const db = deps.db;
    this.stmt = {
      insert: db.prepare('INSERT INTO ocpp_queue (action, payload, tx_ref, kind, created_at) VALUES (?, ?, ?, ?, ?)'),
      head: db.prepare('SELECT * FROM ocpp_queue ORDER BY seq LIMIT 1'),
      remove: db.prepare('DELETE FROM ocpp_queue WHERE seq = ?'),
      retry: db.prepare('UPDATE ocpp_queue SET attempts = ?, not_before = ? WHERE seq = ?'),
      count: db.prepare('SELECT count(*) AS n FROM ocpp_queue'),
      shed: db.prepare('DELETE FROM ocpp_queue WHERE seq IN (SELECT seq FROM ocpp_queue WHERE kind = ? AND seq <> ? ORDER BY seq LIMIT ?)'),
    };
    this.count = this.countRows();
    this.unsubscribe.push(
      deps.link.onConnected(() => this.kick()),
      deps.link.onDisconnected(() => this.offline()),
      deps.boot.onAccepted(() => this.kick()),
    );
  }

  /** The mapper's hooks (the mapper is built after the sender: it needs it). */
  setHooks(hooks: QueueHooks): void {
    this.hooks = hooks;
  }

  /** >0 while a TriggerMessage's requested message is being sent (see `triggered`). */
  private triggeredDepth = 0;

  get online(): boolean {
    return this.deps.link.connected && this.deps.boot.status === 'Accepted';
  }

  pending(): number {
    return this.count;
  }

  enqueue(action: string, payload: object, opts: { tx_ref?: string; kind?: QueueKind } = {}): number {
    if (this.count >= this.deps.queueMax) this.makeRoom();
    else this.full = false;
    const kind = opts.kind ?? 'other';
    const seq = Number(this.stmt.insert.run(action, JSON.stringify(payload), opts.tx_ref ?? null, kind, this.deps.clock.now()).lastInsertRowid);
    this.count++;
    // After the caller's code (and its SQLite transaction) is done.
    queueMicrotask(() => this.kick());
    return seq;
  }

  triggered(fn: () => void): void {
    this.triggeredDepth++;
    try {
      fn();
    } finally {
      this.triggeredDepth--;
    }
  }

  send<T = any>(action: string, payload: object, opts: { triggered?: boolean } = {}): Promise<T> {
    if (this.triggeredDepth > 0) opts = { ...opts, triggered: true };
    if (this.stopped) return Promise.reject(new OcppNoAnswerError(action, 'OCPP stopped'));
    if (!this.deps.link.connected) return Promise.reject(new OcppNoAnswerError(action, 'offline'));
    const status = this.deps.boot.status;
    // Before the first answer to BootNotification it waits; Pending or Rejected means nothing else may go,
    // except, while Pending, what the CSMS itself asked for.
    if (status === 'Rejected' || (status === 'Pending' && !opts.triggered)) return Promise.reject(new OcppNoAnswerError(action, `boot ${status}`));
    return new Promise<T>((resolve, reject) => {
      const waitMs = this.deps.sendWaitMs ?? 30_000;
      const w: Waiting = { action, payload, resolve, reject, ...(opts.triggered ? { triggered: true } : {}) };
      w.deadline = this.deps.clock.after(waitMs, () => {
        const i = this.transient.indexOf(w);
        if (i < 0) return;
        this.transient.splice(i, 1);
        reject(new OcppNoAnswerError(action, `not sent within ${waitMs / 1000} s: the boot is not accepted yet`));
      });
      this.transient.push(w);
      this.kick();
    });
  }

  /** BootNotification: goes first, and the only CALL allowed before the CSMS accepted the boot. */
  sendBoot<T = any>(payload: object): Promise<T> {
    if (this.stopped) return Promise.reject(new OcppNoAnswerError('BootNotification', 'OCPP stopped'));
    if (!this.deps.link.connected) return Promise.reject(new OcppNoAnswerError('BootNotification', 'offline'));
    if (this.bootJob) return Promise.reject(new Error('a BootNotification is already waiting to be sent'));
    return new Promise<T>((resolve, reject) => {
      this.bootJob = { action: 'BootNotification', payload, resolve, reject };
      this.kick();
    });
  }

  /** Resolves when nothing durable is left to send, the link is down, or after `timeoutMs` (real time). */
  async drain(timeoutMs: number): Promise<void> {
    const done = (): boolean => !this.online || (this.count === 0 && !this.busy && this.transient.length === 0);
    if (done()) return;
    await new Promise<void>((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.idleListeners.delete(check);
        resolve();
      };
      const check = (): void => {
        if (done()) finish();
      };
      const timer = setTimeout(finish, timeoutMs);
      this.idleListeners.add(check);
    });
  }

  stop(): void {
    this.stopped = true;
    this.waitTimer?.cancel();
    this.waitTimer = null;
    for (const u of this.unsubscribe.splice(0)) u();
    this.rejectWaiting('OCPP stopped');
  }

  private offline(): void {
    this.rejectWaiting('offline');
    this.notifyIdle();
  }

  private rejectWaiting(reason: string): void {
    const waiting = this.transient.splice(0);
    if (this.bootJob) waiting.unshift(this.bootJob);
    this.bootJob = null;
    for (const w of waiting) {
      w.deadline?.cancel();
      w.reject(new OcppNoAnswerError(w.action, reason));
    }
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.busy) {
      // The running pump may already have looked for work: it looks again before it ends.
      this.kicked = true;
      return;
    }
    this.busy = true;
    void this.pump().finally(() => {
      this.busy = false;
      if (this.kicked) {
        this.kicked = false;
        this.kick();
      }
      this.notifyIdle();
    });
  }

  private notifyIdle(): void {
    for (const l of [...this.idleListeners]) l();
  }

  private async pump(): Promise<void> {
    for (;;) {
      if (this.stopped || !this.deps.link.connected) return;
      if (this.bootJob) {
        const job = this.bootJob;
        this.bootJob = null;
        await this.sendWaiting(job);
        continue;
      }
      if (!this.online) {
        // While Pending only triggered messages go; the rest waits for Accepted.
        const i = this.deps.boot.status === 'Pending' ? this.transient.findIndex((w) => w.triggered) : -1;
        if (i < 0) return;
        const [w] = this.transient.splice(i, 1);
        w!.deadline?.cancel();
        await this.sendWaiting(w!);
        continue;
      }
      const next = this.transient.shift();
      if (next) {
        next.deadline?.cancel();
        await this.sendWaiting(next);
        continue;
      }
      const row = this.stmt.head.get() as Row | undefined;
      if (!row) return;
      const now = this.deps.clock.now();
      if (row.not_before > now) {
        // Strict order: the rows behind it wait too.
        this.waitTimer?.cancel();
        this.waitTimer = this.deps.clock.after(row.not_before - now, () => {
          this.waitTimer = null;
          this.kick();
        });
        return;
      }
      await this.sendRow(row);
      this.notifyIdle();
    }
  }

  private async sendWaiting(w: Waiting): Promise<void> {
    try {
      w.resolve(await this.deps.link.call(w.action, w.payload));
    } catch (e) {
      w.reject(e as Error);
    }
  }

  private async sendRow(row: Row): Promise<void> {
    const msg: QueuedMessage = {
      seq: row.seq,
      action: row.action,
      payload: JSON.parse(row.payload),
      tx_ref: row.tx_ref,
      kind: row.kind,
      created_at: row.created_at,
      attempts: row.attempts,
    };
    const { log } = this.deps;
    let payload: object | null;
    try {
      payload = this.hooks.beforeSend ? this.hooks.beforeSend(msg) : msg.payload;
    } catch (e) {
      log.error(`${msg.action} #${msg.seq}: preparing it failed, dropped: ${(e as Error).stack ?? e}`);
      this.giveUp(msg, e as Error);
      return;
    }
    if (payload === null) {
      log.info(`${msg.action} #${msg.seq} dropped before sending`);
      this.remove(msg.seq);
      return;
    }
    this.inflightSeq = msg.seq;
    try {
      const result = await this.deps.link.call(msg.action, payload);
      this.deps.db.transaction(() => {
        this.remove(msg.seq);
        try {
          this.hooks.answered?.(msg, result);
        } catch (e) {
          log.error(`${msg.action} #${msg.seq}: handling the answer failed: ${(e as Error).stack ?? e}`);
        }
      })();
    } catch (e) {
      if (e instanceof OcppNoAnswerError) {
        // Kept: it goes again (new message id) right away if still connected, else after the reconnect.
        log.info(`${msg.action} #${msg.seq}: ${e.message}; kept for resending`);
      } else if (e instanceof OcppRemoteError) {
        const attempts = msg.attempts + 1;
        const max = this.deps.settings.getNumber('transactions.message_attempts');
        if (NEVER_ACCEPTED.has(e.code)) {
          // The CSMS does not do this action at all: retrying would only hold up the rows behind it.
          log.warn(`${msg.action} #${msg.seq}: ${e.message}; given up`);
          this.giveUp({ ...msg, attempts }, e);
        } else if (attempts >= max) {
          log.warn(`${msg.action} #${msg.seq}: ${e.message}; given up after ${attempts} attempt(s)`);
          this.giveUp({ ...msg, attempts }, e);
        } else {
          const waitMs = this.deps.settings.getNumber('transactions.message_retry_interval_s') * 1000 * attempts;
          log.warn(`${msg.action} #${msg.seq}: ${e.message}; attempt ${attempts} of ${max}, next in ${waitMs / 1000} s`);
          this.stmt.retry.run(attempts, this.deps.clock.now() + waitMs, msg.seq);
        }
      } else {
        // Our own payload failed the schema (a bug): sending it again cannot succeed.
        log.error(`${msg.action} #${msg.seq}: ${(e as Error).message}; dropped`);
        this.giveUp(msg, e as Error);
      }
    } finally {
      this.inflightSeq = null;
    }
  }

  private giveUp(msg: QueuedMessage, error: Error): void {
    this.deps.db.transaction(() => {
      this.remove(msg.seq);
      try {
        this.hooks.givenUp?.(msg, error);
      } catch (e) {
        this.deps.log.error(`${msg.action} #${msg.seq}: givenUp hook failed: ${(e as Error).stack ?? e}`);
      }
    })();
  }

  private remove(seq: number): void {
    if (this.stmt.remove.run(seq).changes > 0) this.count = Math.max(0, this.count - 1);
  }

  private countRows(): number {
    return (this.stmt.count.get() as { n: number }).n;
  }

  /** Full: the oldest sheddable rows go (meter values first); transaction starts and ends are always kept. */
  private makeRoom(): void {
    // The in-memory count may drift if a caller's transaction rolled back after enqueue(): recount.
    this.count = this.countRows();
    let excess = this.count - this.deps.queueMax + 1;
    if (excess <= 0) {
      this.full = false;
      return;
    }
    const dropped: string[] = [];
    for (const kind of SHED_ORDER) {
      if (excess <= 0) break;
      const n = this.stmt.shed.run(kind, this.inflightSeq ?? -1, excess).changes;
      if (n > 0) dropped.push(`${n} ${kind}`);
      excess -= n;
      this.count -= n;
    }
    if (!this.full) {
      this.full = true;
      this.deps.log.warn(
        `offline queue full (${this.deps.queueMax} messages): ${dropped.length ? `dropped the oldest ${dropped.join(', ')}` : 'only transaction starts and ends left, keeping them'}; dropping the oldest meter values from now on`,
      );
    }
    if (excess > 0 && dropped.length === 0 && this.count % 1000 === 0) this.deps.log.warn(`offline queue holds ${this.count} transaction starts and ends, over queue_max`);
  }
}
