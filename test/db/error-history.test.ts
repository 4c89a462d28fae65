// Issue 2 item 8: the error history table, every query filter, paging, and ClearedByReboot at start-up.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorHistoryStore, openDatabase, type Database } from '../../appliance/src/db/index.js';
import type { ErrorRecord, Severity } from '../../appliance/src/shared/ports/errors.js';

let dir: string;
let file: string;
let db: Database;
let store: ErrorHistoryStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ampbox-errhist-'));
  file = path.join(dir, 'ampbox.db');
  db = openDatabase(file);
  store = new ErrorHistoryStore(db);
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
function record(over: Partial<ErrorRecord> = {}): ErrorRecord {
  seq += 1;
  return {
    uuid: `uuid-${String(seq).padStart(4, '0')}`,
    type: 'bsp/RcdTrip',
    sub_type: '',
    description: 'Residual current device tripped.',
    message: 'leakage 31 mA',
    severity: 'High',
    origin: { module_id: 'evse1', implementation_id: 'board', evse_index: 1 },
    state: 'Active',
    raised_at: 1_000 * seq,
    cleared_at: null,
    vendor_id: 'ampbox',
    ...over,
  };
}

const uuids = (items: ErrorRecord[]): string[] => items.map((r) => r.uuid);

describe('ErrorHistoryStore', () => {
  it('stores and reads back a record exactly, including an origin without an EVSE', () => {
    const a = record({ origin: { module_id: 'supervisor', implementation_id: 'main' }, sub_type: 'x' });
    const b = record({ origin: { module_id: 'evse2', implementation_id: 'board', evse_index: 2, connector_index: 1 } });
    store.insert(a);
    store.insert(b);
    expect(store.query({ uuid: a.uuid }).items).toEqual([a]);
    expect(store.query({ uuid: b.uuid }).items).toEqual([b]);
  });

  it('refuses a second row with the same uuid and a severity outside the three levels', () => {
    const a = record();
    store.insert(a);
    expect(() => store.insert(a)).toThrow(/UNIQUE/);
    expect(() => store.insert(record({ severity: 'Critical' as Severity }))).toThrow(/CHECK/);
  });

  it('marks an active error cleared once', () => {
    const a = record();
    store.insert(a);
    expect(store.markCleared(a.uuid, 'ClearedByModule', 99_000)).toBe(true);
    expect(store.markCleared(a.uuid, 'ClearedByReboot', 99_500)).toBe(false);
    expect(store.markCleared('nope', 'ClearedByModule', 1)).toBe(false);
    expect(store.query({ uuid: a.uuid }).items[0]).toMatchObject({ state: 'ClearedByModule', cleared_at: 99_000 });
  });

  describe('query filters', () => {
    let rows: ErrorRecord[];
    beforeEach(() => {
      rows = [
        record({ type: 'bsp/RcdTrip', severity: 'High', origin: { module_id: 'evse1', implementation_id: 'board', evse_index: 1 } }),
        record({ type: 'bsp/DiodeFault', severity: 'High', origin: { module_id: 'evse2', implementation_id: 'board', evse_index: 2 } }),
        record({ type: 'evse/MeterCommunicationFault', severity: 'Medium', origin: { module_id: 'evse1', implementation_id: 'meter', evse_index: 1 } }),
        record({ type: 'evse/AuthorizationFailed', severity: 'Low', origin: { module_id: 'auth', implementation_id: 'local' } }),
        record({ type: 'bsp/RcdTrip', severity: 'High', state: 'ClearedByModule', cleared_at: 10, origin: { module_id: 'evse1', implementation_id: 'board', evse_index: 3 } }),
      ];
      for (const r of rows) store.insert(r);
    });
    const id = (i: number): string => rows[i]!.uuid;

    it('returns everything newest first by default', () => {
      const page = store.query();
      expect(page.total).toBe(5);
      expect(uuids(page.items)).toEqual([id(4), id(3), id(2), id(1), id(0)]);
    });

    it('filters by state', () => {
      expect(uuids(store.query({ state: 'ClearedByModule' }).items)).toEqual([id(4)]);
      expect(store.query({ state: 'Active' }).total).toBe(4);
    });

    it('filters by origin module, and by module and EVSE', () => {
      expect(uuids(store.query({ origin: { module_id: 'evse1' } }).items)).toEqual([id(4), id(2), id(0)]);
      expect(uuids(store.query({ origin: { module_id: 'evse1', evse_index: 1 } }).items)).toEqual([id(2), id(0)]);
      expect(store.query({ origin: { module_id: 'nobody' } }).total).toBe(0);
    });

    it('filters by type', () => {
      expect(uuids(store.query({ type: 'bsp/RcdTrip' }).items)).toEqual([id(4), id(0)]);
    });

    it('filters by severity at or above a level', () => {
      expect(store.query({ severity_at_least: 'Low' }).total).toBe(5);
      expect(uuids(store.query({ severity_at_least: 'Medium' }).items)).toEqual([id(4), id(2), id(1), id(0)]);
      expect(uuids(store.query({ severity_at_least: 'High' }).items)).toEqual([id(4), id(1), id(0)]);
    });

    it('filters by time period, both ends inclusive', () => {
      const from = rows[1]!.raised_at;
      const to = rows[3]!.raised_at;
      expect(uuids(store.query({ from, to }).items)).toEqual([id(3), id(2), id(1)]);
      expect(uuids(store.query({ from: rows[4]!.raised_at }).items)).toEqual([id(4)]);
      expect(uuids(store.query({ to: rows[0]!.raised_at }).items)).toEqual([id(0)]);
    });

    it('filters by uuid', () => {
      expect(uuids(store.query({ uuid: id(2) }).items)).toEqual([id(2)]);
    });

    it('combines filters', () => {
      const page = store.query({ state: 'Active', severity_at_least: 'Medium', origin: { module_id: 'evse1' } });
      expect(uuids(page.items)).toEqual([id(2), id(0)]);
    });

    it('treats values as data, never as SQL', () => {
      expect(store.query({ type: "x' OR '1'='1" }).total).toBe(0);
      expect(store.query().total).toBe(5);
    });
  });

  it('pages with limit and offset and reports the total', () => {
    for (let i = 0; i < 25; i++) store.insert(record());
    const all = uuids(store.query({ limit: 1000 }).items);
    const p1 = store.query({ limit: 10 });
    const p3 = store.query({ limit: 10, offset: 20 });
    expect(p1.total).toBe(25);
    expect(uuids(p1.items)).toEqual(all.slice(0, 10));
    expect(uuids(p3.items)).toEqual(all.slice(20));
    expect(store.query({ offset: 30 }).items).toEqual([]);
  });

  it('rejects a limit above 1000 or below 1 and a negative offset', () => {
    expect(() => store.query({ limit: 1001 })).toThrow(RangeError);
    expect(() => store.query({ limit: 0 })).toThrow(RangeError);
    expect(() => store.query({ offset: -1 })).toThrow(RangeError);
    expect(store.query({ limit: 1000 }).total).toBe(0);
  });

  it('marks errors still Active when the process restarts as ClearedByReboot', () => {
    const active = record();
    const done = record({ state: 'ClearedByModule', cleared_at: 5 });
    store.insert(active);
    store.insert(done);
    db.close();

    db = openDatabase(file); // a real reopen, as after a restart
    store = new ErrorHistoryStore(db);
    expect(store.clearActiveAtBoot(123_456)).toBe(1);
    expect(store.query({ uuid: active.uuid }).items[0]).toMatchObject({ state: 'ClearedByReboot', cleared_at: 123_456 });
    expect(store.query({ uuid: done.uuid }).items[0]).toMatchObject({ state: 'ClearedByModule', cleared_at: 5 });
    expect(store.clearActiveAtBoot(200_000)).toBe(0);
  });
});
