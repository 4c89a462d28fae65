// Issue 2 item 8: charging sessions persisted as they run, listed, and closed after a crash.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyValueStore, SessionStore, openDatabase, type Database } from '../../appliance/src/db/index.js';

let dir: string;
let file: string;
let db: Database;
let sessions: SessionStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ampbox-sessions-'));
  file = path.join(dir, 'ampbox.db');
  db = openDatabase(file);
  sessions = new SessionStore(db);
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const T0 = Date.UTC(2026, 0, 1);

describe('SessionStore', () => {
  it('records a session from start through energy updates to finish', () => {
    sessions.start({ id: 's1', evse: 1, started_at: T0, meter_start_Wh: 1200.5, auth_method: 'RFID', id_token: 'AABBCCDD', protocol: 'IEC61851' });
    expect(sessions.get('s1')).toEqual({
      id: 's1',
      evse: 1,
      started_at: T0,
      stopped_at: null,
      meter_start_Wh: 1200.5,
      energy_Wh: 0,
      stop_reason: null,
      auth_method: 'RFID',
      id_token: 'AABBCCDD',
      protocol: 'IEC61851',
    });
    expect(sessions.updateEnergy('s1', 512.25, T0 + 60_000)).toBe(true);
    expect(sessions.get('s1')?.energy_Wh).toBe(512.25);
    expect(sessions.finish('s1', { stopped_at: T0 + 120_000, energy_Wh: 1024, stop_reason: 'EVDisconnected' })).toBe(true);
    expect(sessions.get('s1')).toMatchObject({ stopped_at: T0 + 120_000, energy_Wh: 1024, stop_reason: 'EVDisconnected' });
  });

  it('leaves a finished session alone', () => {
    sessions.start({ id: 's1', evse: 1, started_at: T0, meter_start_Wh: 0 });
    sessions.finish('s1', { stopped_at: T0 + 10, energy_Wh: 5, stop_reason: 'Local' });
    expect(sessions.updateEnergy('s1', 999, T0 + 20)).toBe(false);
    expect(sessions.finish('s1', { stopped_at: T0 + 30, energy_Wh: 7, stop_reason: 'Other' })).toBe(false);
    expect(sessions.get('s1')).toMatchObject({ stopped_at: T0 + 10, energy_Wh: 5, stop_reason: 'Local' });
    expect(sessions.updateEnergy('unknown', 1, 1)).toBe(false);
    expect(sessions.get('unknown')).toBeUndefined();
  });

  it('lists newest first, by EVSE and start period, with paging and a total', () => {
    for (let i = 0; i < 12; i++) sessions.start({ id: `s${i}`, evse: (i % 2) + 1, started_at: T0 + i * 1000, meter_start_Wh: 0 });
    const all = sessions.list();
    expect(all.total).toBe(12);
    expect(all.items[0]?.id).toBe('s11');
    expect(sessions.list({ evse: 2 }).items.map((s) => s.id)).toEqual(['s11', 's9', 's7', 's5', 's3', 's1']);
    expect(sessions.list({ from: T0 + 3000, to: T0 + 5000 }).items.map((s) => s.id)).toEqual(['s5', 's4', 's3']);
    const page = sessions.list({ evse: 1, limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 6 });
    expect(page.items.map((s) => s.id)).toEqual(['s6', 's4']);
    expect(() => sessions.list({ limit: 1001 })).toThrow(RangeError);
  });

  it('closes sessions a crash left open at their last energy write, after a real reopen', () => {
    sessions.start({ id: 'open', evse: 1, started_at: T0, meter_start_Wh: 100 });
    sessions.updateEnergy('open', 750, T0 + 300_000);
    sessions.start({ id: 'done', evse: 2, started_at: T0, meter_start_Wh: 0 });
    sessions.finish('done', { stopped_at: T0 + 5000, energy_Wh: 10, stop_reason: 'Local' });
    db.close(); // the crash: nothing finished the open session

    db = openDatabase(file);
    sessions = new SessionStore(db);
    const closed = sessions.closeInterrupted(T0 + 900_000);
    expect(closed).toEqual([expect.objectContaining({ id: 'open', stopped_at: T0 + 300_000, energy_Wh: 750, stop_reason: 'PowerLoss' })]);
    expect(sessions.get('done')).toMatchObject({ stopped_at: T0 + 5000, stop_reason: 'Local' });
    expect(sessions.closeInterrupted(T0 + 1_000_000, 'Reboot')).toEqual([]);
  });
});

describe('KeyValueStore', () => {
  it('stores JSON values under a key, replaces them and deletes them', () => {
    const kv = new KeyValueStore(db, () => T0);
    expect(kv.get('missing')).toBeUndefined();
    kv.set('ocpp', { booted: true, interval_s: 300, tags: ['a'] });
    expect(kv.get<{ booted: boolean }>('ocpp')).toEqual({ booted: true, interval_s: 300, tags: ['a'] });
    kv.set('ocpp', null);
    expect(kv.get('ocpp')).toBeNull();
    kv.set('n', 42);
    expect(kv.get<number>('n')).toBe(42);
    expect(kv.delete('n')).toBe(true);
    expect(kv.delete('n')).toBe(false);
    expect(() => kv.set('bad', undefined)).toThrow(TypeError);
  });
});
