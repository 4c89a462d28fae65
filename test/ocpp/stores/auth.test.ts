/**
 * Issue 8, authorization stores: the local list (1.6 §5.15 SendLocalList, 2.0.1 D01/D02) and the cache
 * (1.6 §3.5.1, 2.0.1 C10) over real SQLite files.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { KeyValueStore } from '../../../appliance/src/db/index.js';
import { LOCAL_LIST_VERSION_KEY, SqliteAuthCache, SqliteLocalAuthList } from '../../../appliance/src/ocpp/auth/index.js';
import type { TokenInfo } from '../../../appliance/src/ocpp/ports.js';
import { settings, tempDb, type TempDb } from './fixtures.js';

const ok: TokenInfo = { status: 'Accepted' };
const entry = (id_token: string, info: TokenInfo | null = ok) => ({ id_token, info });

let t: TempDb;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

describe('local authorization list', () => {
  const list = (max = 3, enabled = () => true) => new SqliteLocalAuthList(t.db, { max, enabled });

  it('starts empty at version 0', () => {
    const l = list();
    expect(l.version()).toBe(0);
    expect(l.size()).toBe(0);
    expect(l.get('AA')).toBeNull();
  });

  it('a full update replaces every entry and sets the version', () => {
    const l = list();
    expect(l.replace(3, [entry('AA'), entry('BB', { status: 'Blocked' })])).toBe('Accepted');
    expect(l.replace(4, [entry('CC', { status: 'Accepted', expires_at: 5, group_id: 'G' })])).toBe('Accepted');
    expect(l.version()).toBe(4);
    expect(l.size()).toBe(1);
    expect(l.get('AA')).toBeNull();
    expect(l.get('CC')).toEqual({ status: 'Accepted', expires_at: 5, group_id: 'G' });
  });

  it('a full update may go to a lower version (it is not a differential one)', () => {
    const l = list();
    l.replace(9, [entry('AA')]);
    expect(l.replace(2, [entry('BB')])).toBe('Accepted');
    expect(l.version()).toBe(2);
  });

  it('a full update with no entries empties the list', () => {
    const l = list();
    l.replace(1, [entry('AA')]);
    expect(l.replace(2, [])).toBe('Accepted');
    expect(l.size()).toBe(0);
    expect(l.version()).toBe(2);
  });

  it('refuses full updates with version 0 or below (D01.FR.18), entries without info, or duplicates', () => {
    const l = list();
    l.replace(1, [entry('AA')]);
    expect(l.replace(0, [])).toBe('Failed');
    expect(l.replace(-1, [entry('BB')])).toBe('Failed');
    expect(l.replace(2, [entry('BB', null)])).toBe('Failed');
    expect(l.replace(2, [entry('BB'), entry('bb')])).toBe('Failed');
    expect(l.version()).toBe(1);
    expect(l.get('AA')).toEqual(ok);
  });

  it('a differential update adds, changes and (info null) removes entries', () => {
    const l = list();
    l.replace(1, [entry('AA'), entry('BB')]);
    expect(l.update(2, [entry('AA', { status: 'Blocked' }), entry('BB', null), entry('CC')])).toBe('Accepted');
    expect(l.version()).toBe(2);
    expect(l.get('AA')).toEqual({ status: 'Blocked' });
    expect(l.get('BB')).toBeNull();
    expect(l.get('CC')).toEqual(ok);
    expect(l.size()).toBe(2);
  });

  it('a differential update whose version is not above the current one is a VersionMismatch (D01.FR.19)', () => {
    const l = list();
    l.replace(5, [entry('AA')]);
    expect(l.update(5, [entry('BB')])).toBe('VersionMismatch');
    expect(l.update(4, [entry('BB')])).toBe('VersionMismatch');
    expect(l.get('BB')).toBeNull();
    expect(l.version()).toBe(5);
    expect(l.update(6, [entry('BB')])).toBe('Accepted');
  });

  it('over max entries fails and leaves list and version exactly as they were (one transaction)', () => {
    const l = list(3);
    expect(l.replace(1, [entry('A1'), entry('A2'), entry('A3'), entry('A4')])).toBe('Failed');
    l.replace(1, [entry('A1'), entry('A2')]);
    // The removal comes first: the list would hold 3 after it, but 4 with both additions.
    expect(l.update(2, [entry('A1', null), entry('B1'), entry('B2'), entry('B3')])).toBe('Failed');
    expect(l.version()).toBe(1);
    expect(l.get('A1')).toEqual(ok);
    expect(l.get('B1')).toBeNull();
    expect(l.size()).toBe(2);
    expect(l.update(2, [entry('A1', null), entry('B1'), entry('B2')])).toBe('Accepted');
    expect(l.size()).toBe(3);
  });

  it('tokens are matched case-insensitively, as both versions define idTag / idToken', () => {
    const l = list();
    l.replace(1, [entry('deadBEEF')]);
    expect(l.get('DEADBEEF')).toEqual(ok);
    expect(l.get('deadbeef')).toEqual(ok);
  });

  it('answers nothing while disabled, but keeps the list', () => {
    let enabled = true;
    const l = list(3, () => enabled);
    l.replace(1, [entry('AA')]);
    enabled = false;
    expect(l.get('AA')).toBeNull();
    expect(l.version()).toBe(1);
    enabled = true;
    expect(l.get('AA')).toEqual(ok);
  });

  it('persists entries and version in the file (version in kv)', () => {
    list().replace(7, [entry('AA', { status: 'Blocked' }), entry('BB')]);
    list().update(8, [entry('CC')]);
    const db = t.reopen();
    const again = new SqliteLocalAuthList(db, { max: 3, enabled: () => true });
    expect(again.version()).toBe(8);
    expect(again.size()).toBe(3);
    expect(again.get('AA')).toEqual({ status: 'Blocked' });
    expect(new KeyValueStore(db).get(LOCAL_LIST_VERSION_KEY)).toBe(8);
  });
});

describe('authorization cache', () => {
  let clock: ManualClock;
  beforeEach(() => {
    clock = new ManualClock();
  });
  const cache = (over: Record<string, unknown> = {}, maxEntries?: number) =>
    new SqliteAuthCache(t.db, clock, settings(t.db, clock, { authorization: over }), maxEntries ? { maxEntries } : {});

  it('remembers answers, case-insensitively, and forgets them on clear()', () => {
    const c = cache();
    c.put('aa11', { status: 'Blocked' });
    expect(c.get('AA11')).toEqual({ status: 'Blocked' });
    c.put('AA11', ok);
    expect(c.get('aa11')).toEqual(ok);
    c.clear();
    expect(c.get('AA11')).toBeNull();
  });

  it('an answer is used for cache_lifetime_s after it was stored, not after', () => {
    const c = cache({ cache_lifetime_s: 60 });
    c.put('AA', ok);
    clock.advance(59_999);
    expect(c.get('AA')).toEqual(ok);
    clock.advance(1);
    expect(c.get('AA')).toBeNull();
    // Storing again starts a new lifetime.
    c.put('AA', ok);
    clock.advance(30_000);
    expect(c.get('AA')).toEqual(ok);
  });

  it('cache_lifetime_s 0 keeps answers until the CSMS changes them', () => {
    const c = cache({ cache_lifetime_s: 0 });
    c.put('AA', ok);
    clock.advance(400 * 86_400_000);
    expect(c.get('AA')).toEqual(ok);
  });

  it('an answer whose expires_at has passed is not returned', () => {
    const c = cache({ cache_lifetime_s: 0 });
    c.put('AA', { status: 'Accepted', expires_at: clock.now() + 10_000 });
    expect(c.get('AA')?.status).toBe('Accepted');
    clock.advance(10_000);
    expect(c.get('AA')).toBeNull();
  });

  it('while disabled it neither stores nor answers', () => {
    const s = settings(t.db, clock);
    const c = new SqliteAuthCache(t.db, clock, s);
    c.put('AA', ok);
    s.set('authorization.cache_enabled', false);
    expect(c.get('AA')).toBeNull();
    c.put('BB', ok);
    s.set('authorization.cache_enabled', true);
    expect(c.get('AA')).toEqual(ok);
    expect(c.get('BB')).toBeNull();
  });

  it('is bounded: the least recently updated answers are evicted', () => {
    const c = cache({ cache_lifetime_s: 0 }, 3);
    for (const id of ['T1', 'T2', 'T3']) {
      c.put(id, ok);
      clock.advance(1000);
    }
    c.put('T1', { status: 'Blocked' }); // T1 is now the newest
    c.put('T4', ok); // T2 is the oldest: it goes
    expect(c.get('T2')).toBeNull();
    expect(c.get('T1')).toEqual({ status: 'Blocked' });
    expect(c.get('T3')).toEqual(ok);
    expect(c.get('T4')).toEqual(ok);
    expect((t.db.prepare('SELECT COUNT(*) AS n FROM ocpp_auth_cache').get() as { n: number }).n).toBe(3);
  });

  it('evicts by update order even when updates share a timestamp', () => {
    const c = cache({ cache_lifetime_s: 0 }, 2);
    c.put('T1', ok);
    c.put('T2', ok);
    c.put('T1', ok);
    c.put('T3', ok);
    expect(c.get('T2')).toBeNull();
    expect(c.get('T1')).toEqual(ok);
  });

  it('survives a restart', () => {
    cache({ cache_lifetime_s: 0 }).put('AA', { status: 'Blocked' });
    t.reopen();
    expect(cache({ cache_lifetime_s: 0 }).get('AA')).toEqual({ status: 'Blocked' });
  });
});
