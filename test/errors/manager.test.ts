// Issue 2 item 9: raise/clear reach the database and the event bus; duplicates, unknown types and a
// failing database are handled without breaking the control loop that reports them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorHistoryStore, openDatabase, type Database } from '../../appliance/src/db/index.js';
import { ErrorManager, ERROR_CATALOGUE } from '../../appliance/src/errors/index.js';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { EventBus } from '../../appliance/src/shared/events.js';
import { Logger, memorySink, type LogRecord } from '../../appliance/src/shared/logger.js';
import type { ErrorOrigin, ErrorRecord } from '../../appliance/src/shared/ports/errors.js';
import type { ErrorEvents } from '../../appliance/src/shared/ports/events.js';
import { sequentialUuids } from '../../appliance/src/shared/uuid.js';

let dir: string;
let file: string;
let db: Database;
let store: ErrorHistoryStore;
let clock: ManualClock;
let bus: EventBus<ErrorEvents>;
let logs: LogRecord[];
let events: Array<[keyof ErrorEvents, unknown]>;

const EVSE1: ErrorOrigin = { module_id: 'evse1', implementation_id: 'board', evse_index: 1 };
const EVSE2: ErrorOrigin = { module_id: 'evse2', implementation_id: 'board', evse_index: 2 };

function manager(over: Partial<ConstructorParameters<typeof ErrorManager>[0]> = {}): ErrorManager {
  return new ErrorManager({ store, bus, clock, uuid: sequentialUuids(), log: new Logger('errors', clock, memorySink(logs)), ...over });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ampbox-errors-'));
  file = path.join(dir, 'ampbox.db');
  db = openDatabase(file);
  store = new ErrorHistoryStore(db);
  clock = new ManualClock();
  bus = new EventBus<ErrorEvents>();
  logs = [];
  events = [];
  for (const name of ['error_raised', 'error_cleared', 'active_errors_changed'] as const) {
    bus.on(name, 'test', (payload) => events.push([name, payload]));
  }
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ErrorManager', () => {
  it('raises from the catalogue, persists and announces', () => {
    const m = manager({ vendorId: 'acme' });
    const r = m.raise({ type: 'bsp/RcdTrip', message: 'leakage 31 mA', origin: EVSE1 });
    expect(r).toMatchObject({
      type: 'bsp/RcdTrip',
      sub_type: '',
      severity: ERROR_CATALOGUE['bsp/RcdTrip'].severity,
      description: ERROR_CATALOGUE['bsp/RcdTrip'].description,
      state: 'Active',
      raised_at: clock.now(),
      cleared_at: null,
      vendor_id: 'acme',
      origin: EVSE1,
    });
    expect(store.query({ uuid: r.uuid }).items).toEqual([r]);
    expect(events).toEqual([
      ['error_raised', r],
      ['active_errors_changed', [r]],
    ]);
    expect(m.active()).toEqual([r]);
  });

  it('reports a condition once while it stays active', () => {
    const m = manager();
    const a = m.raise({ type: 'bsp/DiodeFault', message: 'first', origin: EVSE1 });
    events.length = 0;
    expect(m.raise({ type: 'bsp/DiodeFault', message: 'again', origin: EVSE1 })).toBe(a);
    expect(events).toEqual([]);
    expect(store.query().total).toBe(1);
    // Another EVSE, or another sub_type, is another condition.
    m.raise({ type: 'bsp/DiodeFault', message: 'other evse', origin: EVSE2 });
    m.raise({ type: 'bsp/DiodeFault', sub_type: 'shorted', message: 'sub', origin: EVSE1 });
    expect(m.active()).toHaveLength(3);
    expect(m.active({ evse_index: 1 })).toHaveLength(2);
  });

  it('clears matching errors, persists and announces each plus one list change', () => {
    const m = manager();
    const a = m.raise({ type: 'bsp/DiodeFault', message: 'a', origin: EVSE1 });
    const b = m.raise({ type: 'bsp/DiodeFault', sub_type: 'shorted', message: 'b', origin: EVSE1 });
    const c = m.raise({ type: 'bsp/DiodeFault', message: 'c', origin: EVSE2 });
    clock.advance(5000);
    events.length = 0;

    const cleared = m.clear('bsp/DiodeFault', EVSE1);
    expect(cleared.map((r) => r.uuid)).toEqual([a.uuid, b.uuid]);
    expect(cleared.every((r) => r.state === 'ClearedByModule' && r.cleared_at === clock.now())).toBe(true);
    expect(events.map(([name]) => name)).toEqual(['error_cleared', 'error_cleared', 'active_errors_changed']);
    expect(events[2]?.[1]).toEqual([c]);
    expect(store.query({ state: 'ClearedByModule' }).total).toBe(2);
    expect(m.active()).toEqual([c]);

    events.length = 0;
    expect(m.clear('bsp/DiodeFault', EVSE1)).toEqual([]);
    expect(events).toEqual([]); // nothing changed, nothing announced
  });

  it('clears only the given sub_type when one is named', () => {
    const m = manager();
    m.raise({ type: 'bsp/LockFailure', sub_type: 'lock', message: 'a', origin: EVSE1 });
    const keep = m.raise({ type: 'bsp/LockFailure', sub_type: 'unlock', message: 'b', origin: EVSE1 });
    expect(m.clear('bsp/LockFailure', EVSE1, 'lock')).toHaveLength(1);
    expect(m.active()).toEqual([keep]);
  });

  it('clears everything from one origin', () => {
    const m = manager();
    m.raise({ type: 'bsp/RcdTrip', message: 'a', origin: EVSE1 });
    m.raise({ type: 'bsp/CpShort', message: 'b', origin: EVSE1 });
    const other = m.raise({ type: 'bsp/CpShort', message: 'c', origin: EVSE2 });
    expect(m.clearAllFor(EVSE1)).toHaveLength(2);
    expect(m.active()).toEqual([other]);
  });

  it('hands out records nobody can alter', () => {
    const r = manager().raise({ type: 'bsp/RcdTrip', message: 'a', origin: EVSE1 });
    expect(Object.isFrozen(r) && Object.isFrozen(r.origin)).toBe(true);
  });

  it('throws a TypeError naming an uncatalogued type, and records nothing', () => {
    const m = manager();
    expect(() => m.raise({ type: 'bsp/NoSuchThing', message: 'x', origin: EVSE1 })).toThrow(TypeError);
    expect(() => m.raise({ type: 'bsp/NoSuchThing', message: 'x', origin: EVSE1 })).toThrow(/bsp\/NoSuchThing/);
    expect(() => m.raise({ type: 'toString', message: 'x', origin: EVSE1 })).toThrow(TypeError);
    expect(events).toEqual([]);
    expect(store.query().total).toBe(0);
  });

  it('keeps working when the database fails, logs it and reports DatabaseUnavailable until a write succeeds', () => {
    const m = manager();
    db.close(); // every write now throws
    const r = m.raise({ type: 'bsp/RcdTrip', message: 'a', origin: EVSE1 });
    expect(m.active().map((e) => e.type)).toEqual(['bsp/RcdTrip', 'supervisor/DatabaseUnavailable']);
    expect(logs.some((l) => l.level === 'error' && /could not store bsp\/RcdTrip/.test(l.message))).toBe(true);
    expect(events.filter(([n]) => n === 'error_raised').map(([, p]) => (p as ErrorRecord).type)).toEqual([
      'bsp/RcdTrip',
      'supervisor/DatabaseUnavailable',
    ]);

    expect(() => m.clear('bsp/RcdTrip', EVSE1)).not.toThrow();
    expect(m.active().map((e) => e.type)).toEqual(['supervisor/DatabaseUnavailable']);
    expect(r.state).toBe('Active'); // the record handed out earlier is a snapshot

    db = openDatabase(file);
    const m2 = manager({ store: new ErrorHistoryStore(db) });
    m2.raise({ type: 'bsp/CpShort', message: 'b', origin: EVSE1 });
    expect(m2.active().map((e) => e.type)).toEqual(['bsp/CpShort']);
  });

  it('ends DatabaseUnavailable once the store accepts writes again', () => {
    // Another process (a backup, a second ampbox) holds the write lock; without waiting, writes fail.
    db.pragma('busy_timeout = 0');
    const other = openDatabase(file);
    other.prepare('BEGIN IMMEDIATE').run();
    const m = manager();

    m.raise({ type: 'bsp/RcdTrip', message: 'a', origin: EVSE1 });
    expect(logs.some((l) => l.level === 'error' && /locked|busy/i.test(l.message))).toBe(true);
    expect(m.active().map((e) => e.type)).toContain('supervisor/DatabaseUnavailable');

    other.prepare('COMMIT').run();
    other.close();
    m.raise({ type: 'bsp/CpShort', message: 'b', origin: EVSE1 });
    expect(m.active().map((e) => e.type)).toEqual(['bsp/RcdTrip', 'bsp/CpShort']);
    expect(store.query().items.map((e) => e.type)).toEqual(['bsp/CpShort']); // written once the lock was gone
  });

  it('runs without a store', () => {
    const m = manager({ store: null });
    expect(m.bootCleanup()).toBe(0);
    m.raise({ type: 'bsp/RcdTrip', message: 'a', origin: EVSE1 });
    expect(m.clear('bsp/RcdTrip', EVSE1)).toHaveLength(1);
  });

  it('marks the previous run\'s active errors ClearedByReboot across a real reopen', () => {
    const first = manager();
    const left = first.raise({ type: 'bsp/ContactorWelded', message: 'welded', origin: EVSE1 });
    db.close(); // the process stops without clearing

    db = openDatabase(file);
    store = new ErrorHistoryStore(db);
    clock.advance(60_000);
    const second = manager();
    expect(second.bootCleanup()).toBe(1);
    expect(store.query({ uuid: left.uuid }).items[0]).toMatchObject({ state: 'ClearedByReboot', cleared_at: clock.now() });
    expect(second.active()).toEqual([]);
    second.raise({ type: 'bsp/RcdTrip', message: 'new run', origin: EVSE1 });
    expect(() => second.bootCleanup()).toThrow(/before the first raise/);
  });
});
