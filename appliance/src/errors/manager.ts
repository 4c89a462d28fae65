/**
 * Raises and clears the errors of the catalogue: keeps the active list in memory, writes the history to
 * the database and announces every change on the bus. Called from inside the control loop, so a failing
 * database is logged and reported, never thrown back at the caller.
 */
import type { ErrorHistoryStore } from '../db/index.js';
import type { Clock } from '../shared/clock.js';
import type { Emitter } from '../shared/events.js';
import type { Logger } from '../shared/logger.js';
import type { ErrorOrigin, ErrorRecord, ErrorReporter, RaiseRequest } from '../shared/ports/errors.js';
import type { ErrorEvents } from '../shared/ports/events.js';
import { randomUuid } from '../shared/uuid.js';
import { ERROR_CATALOGUE, catalogueEntry } from './catalogue.js';

export interface ErrorManagerOptions {
  /** null runs without history (e.g. `ampbox simulate` without a database). */
  store: ErrorHistoryStore | null;
  bus: Emitter<ErrorEvents>;
  clock: Pick<Clock, 'now'>;
  uuid?: () => string;
  log: Logger;
  vendorId?: string;
}

export const DEFAULT_VENDOR_ID = 'ampbox';
const DB_UNAVAILABLE = 'supervisor/DatabaseUnavailable';
const DB_ORIGIN: ErrorOrigin = { module_id: 'errors', implementation_id: 'history' };

export class ErrorManager implements ErrorReporter {
  private store: ErrorHistoryStore | null;
  private readonly bus: Emitter<ErrorEvents>;
  private readonly clock: Pick<Clock, 'now'>;
  private readonly uuid: () => string;
  private readonly log: Logger;
  private readonly vendorId: string;
  /** Insertion order is raise order, which `active()` keeps. */
  private readonly activeErrors = new Map<string, ErrorRecord>();
  private raisedAny = false;

  constructor(opts: ErrorManagerOptions) {
    this.store = opts.store;
    this.bus = opts.bus;
    this.clock = opts.clock;
    this.uuid = opts.uuid ?? randomUuid;
    this.log = opts.log;
    this.vendorId = opts.vendorId ?? DEFAULT_VENDOR_ID;
  }

  /** The database opens when the appliance starts, after the manager is built; errors raised before go unpersisted. */
  attachStore(store: ErrorHistoryStore | null): void {
    this.store = store;
  }

  /**
   * Errors a previous run left Active can no longer be cleared by their module: mark them ClearedByReboot.
   * Must run before the first raise(), or it would end this run's errors too. Store failures propagate:
   * this is start-up, where the supervisor decides.
   */
  bootCleanup(): number {
    if (this.raisedAny) throw new Error('ErrorManager.bootCleanup() must run before the first raise()');
    if (!this.store) return 0;
    const n = this.store.clearActiveAtBoot(this.clock.now());
    if (n > 0) this.log.info(`${n} error(s) left active by the previous run marked ClearedByReboot`);
    return n;
  }

  /** Throws TypeError for a type missing from the catalogue: that is a programming bug, not a fault. */
  raise(req: RaiseRequest): ErrorRecord {
    return this.raiseRecord(req, true);
  }

  clear(type: string, origin: ErrorOrigin, sub_type?: string): ErrorRecord[] {
    return this.clearWhere(
      (r) => r.type === type && sameSource(r.origin, origin) && (sub_type === undefined || r.sub_type === sub_type),
    );
  }

  /** Clears every active error of the module; with an evse_index, only that EVSE's. */
  clearAllFor(origin: ErrorOrigin): ErrorRecord[] {
    return this.clearWhere(
      (r) =>
        r.origin.module_id === origin.module_id &&
        (origin.evse_index === undefined || r.origin.evse_index === origin.evse_index),
    );
  }

  /** Active errors in the order raised; with evse_index, only that EVSE's. */
  active(filter?: { evse_index?: number }): ErrorRecord[] {
    const all = [...this.activeErrors.values()];
    const evse = filter?.evse_index;
    return evse === undefined ? all : all.filter((r) => r.origin.evse_index === evse);
  }

  private raiseRecord(req: RaiseRequest, persist: boolean): ErrorRecord {
    // hasOwn: catalogueEntry('toString') would otherwise find Object.prototype's member.
    const entry = Object.hasOwn(ERROR_CATALOGUE, req.type) ? catalogueEntry(req.type) : undefined;
    if (!entry) throw new TypeError(`error type ${JSON.stringify(req.type)} is not in the error catalogue`);
    const sub_type = req.sub_type ?? '';
    this.raisedAny = true;

    for (const r of this.activeErrors.values()) {
      // A condition that persists is reported once, not once per control-loop tick.
      if (r.type === req.type && r.sub_type === sub_type && sameSource(r.origin, req.origin)) return r;
    }

    const record: ErrorRecord = freeze({
      uuid: this.uuid(),
      type: req.type,
      sub_type,
      description: entry.description,
      message: req.message,
      severity: entry.severity,
      origin: { ...req.origin },
      state: 'Active',
      raised_at: this.clock.now(),
      cleared_at: null,
      vendor_id: this.vendorId,
    });
    this.activeErrors.set(record.uuid, record);
    this.log.warn(`raised ${record.type}${sub_type ? `/${sub_type}` : ''} (${record.severity}) from ${describe(record.origin)}: ${record.message}`);
    const stored = persist ? this.write(() => this.store?.insert(record), `store ${record.type}`) : true;
    this.bus.emit('error_raised', record);
    this.bus.emit('active_errors_changed', this.active());
    if (!stored) this.reportStoreDown();
    else if (persist) this.storeRecovered();
    return record;
  }

  private clearWhere(match: (r: ErrorRecord) => boolean): ErrorRecord[] {
    const now = this.clock.now();
    const cleared: ErrorRecord[] = [];
    let stored = true;
    for (const r of [...this.activeErrors.values()]) {
      if (!match(r)) continue;
      const done = freeze({ ...r, origin: { ...r.origin }, state: 'ClearedByModule', cleared_at: now });
      this.activeErrors.delete(r.uuid);
      cleared.push(done);
      this.log.info(`cleared ${r.type}${r.sub_type ? `/${r.sub_type}` : ''} from ${describe(r.origin)}`);
      stored = this.write(() => this.store?.markCleared(r.uuid, 'ClearedByModule', now), `clear ${r.type}`) && stored;
    }
    if (cleared.length === 0) return cleared;
    for (const r of cleared) this.bus.emit('error_cleared', r);
    this.bus.emit('active_errors_changed', this.active());
    if (!stored) this.reportStoreDown();
    else this.storeRecovered();
    return cleared;
  }

  /** Runs one store write; false (after logging) when it failed. */
  private write(op: () => unknown, what: string): boolean {
    if (!this.store) return true;
    try {
      op();
      return true;
    } catch (err) {
      this.log.error(`error history: could not ${what}: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  }

  /** Makes a broken history visible; held in memory only, since the store is the thing that fails. */
  private reportStoreDown(): void {
    this.raiseRecord({ type: DB_UNAVAILABLE, message: 'writing the error history failed', origin: DB_ORIGIN }, false);
  }

  /** A write went through again: the history is being kept, so the outage error ends. */
  private storeRecovered(): void {
    if (!this.store) return;
    for (const r of this.activeErrors.values()) {
      if (r.type === DB_UNAVAILABLE && sameSource(r.origin, DB_ORIGIN)) {
        this.clear(DB_UNAVAILABLE, DB_ORIGIN);
        return;
      }
    }
  }
}

/** Same module and same EVSE (both absent counts as the same). */
function sameSource(a: ErrorOrigin, b: ErrorOrigin): boolean {
  return a.module_id === b.module_id && a.evse_index === b.evse_index;
}

function describe(o: ErrorOrigin): string {
  return o.evse_index === undefined ? o.module_id : `${o.module_id} evse ${o.evse_index}`;
}

// Records go to every listener and caller; freezing keeps one of them from changing what others see.
function freeze(r: ErrorRecord): ErrorRecord {
  Object.freeze(r.origin);
  return Object.freeze(r);
}
