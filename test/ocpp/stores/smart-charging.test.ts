/**
 * Issue 8, smart charging (1.6 §3.13 / §5.16, 2.0.1 K01–K08): profiles by purpose and stack level with validity
 * and recurrence, the composite schedule and its W ↔ A conversion, persisted in a real SQLite file. The
 * transaction state comes from a ChargerHandle double the test starts and ends transactions on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { SqliteSmartCharging, type SmartChargingOptions } from '../../../appliance/src/ocpp/smart-charging/index.js';
import type { ChargingProfile, OcppEvse } from '../../../appliance/src/ocpp/ports.js';
import { ChargerDouble, evseOf, tempDb, type TempDb } from './fixtures.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// ManualClock's default start: Thursday 2026-01-01 00:00 UTC.
const T0 = Date.UTC(2026, 0, 1);

type Periods = ChargingProfile['schedule']['periods'];

function profile(id: number, purpose: ChargingProfile['purpose'], stack_level: number, periods: Periods, more: Partial<ChargingProfile> & { start?: number; duration_s?: number; unit?: 'A' | 'W' } = {}): ChargingProfile {
  const { start, duration_s, unit, ...rest } = more;
  return {
    id,
    stack_level,
    purpose,
    kind: 'Absolute',
    schedule: {
      unit: unit ?? 'A',
      periods,
      ...(start !== undefined ? { start } : { start: T0 }),
      ...(duration_s !== undefined ? { duration_s } : {}),
    },
    ...rest,
  };
}
const flat = (limit: number): Periods => [{ start_s: 0, limit }];

let t: TempDb;
let clock: ManualClock;
let c1: ChargerDouble;
let c2: ChargerDouble;
let evses: OcppEvse[];
beforeEach(() => {
  t = tempDb();
  clock = new ManualClock(T0);
  c1 = new ChargerDouble(1);
  c2 = new ChargerDouble(2);
  evses = [evseOf(c1), evseOf(c2)];
});
afterEach(() => t.cleanup());

const store = (opts: SmartChargingOptions = {}) => new SqliteSmartCharging(t.db, evses, clock, opts);

describe('stack levels and validity', () => {
  it('the highest stack level in force wins; when its schedule ends the lower one applies again', () => {
    const s = store();
    expect(s.set(1, profile(1, 'TxDefaultProfile', 0, flat(16))).status).toBe('Accepted');
    expect(s.set(1, profile(2, 'TxDefaultProfile', 1, flat(10), { start: T0 + HOUR, duration_s: 3600 })).status).toBe('Accepted');
    expect(s.limitNowA(1, T0 + HOUR - 1)).toBe(16);
    expect(s.limitNowA(1, T0 + HOUR)).toBe(10);
    expect(s.limitNowA(1, T0 + 2 * HOUR)).toBe(16);
    expect(s.composite(1, T0, 3 * 3600)?.periods).toEqual([
      { start_s: 0, limit: 16 },
      { start_s: 3600, limit: 10 },
      { start_s: 7200, limit: 16 },
    ]);
  });

  it('valid_from / valid_to bound a profile', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, flat(16)));
    s.set(1, profile(2, 'TxDefaultProfile', 5, flat(6), { valid_from: T0 + 10 * MIN, valid_to: T0 + 20 * MIN }));
    expect(s.limitNowA(1, T0 + 10 * MIN - 1)).toBe(16);
    expect(s.limitNowA(1, T0 + 10 * MIN)).toBe(6);
    expect(s.limitNowA(1, T0 + 20 * MIN - 1)).toBe(6);
    expect(s.limitNowA(1, T0 + 20 * MIN)).toBe(16);
  });

  it('an Absolute schedule applies from its start and not before; a profile already expired never applies', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, flat(12), { start: T0 + HOUR }));
    s.set(1, profile(2, 'TxDefaultProfile', 1, flat(3), { valid_to: T0 - 1 }));
    expect(s.limitNowA(1, T0)).toBeNull();
    expect(s.limitNowA(1, T0 + HOUR)).toBe(12);
  });

  it('periods within one schedule follow each other', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 6 }, { start_s: 900, limit: 12 }, { start_s: 1800, limit: 24 }], { duration_s: 2700 }));
    expect([0, 899, 900, 1799, 1800, 2699, 2700].map((s_) => s.limitNowA(1, T0 + s_ * 1000))).toEqual([6, 6, 12, 12, 24, 24, null]);
  });
});

describe('purposes', () => {
  it('a TxProfile overrides TxDefaultProfile of any stack level, for its transaction only', () => {
    const s = store();
    s.set(0, profile(1, 'TxDefaultProfile', 9, flat(20)));
    c1.tx = { id: 'tx-1', started_at: T0 };
    expect(s.set(1, profile(2, 'TxProfile', 0, flat(8), { tx_ref: 'tx-1' })).status).toBe('Accepted');
    expect(s.limitNowA(1, T0)).toBe(8);
    expect(s.limitNowA(2, T0)).toBe(20);
    c1.tx = { id: 'tx-2', started_at: T0 + MIN };
    expect(s.limitNowA(1, T0 + MIN)).toBe(20);
  });

  it('a TxDefaultProfile on the EVSE overrides the station-wide one (EVSE 0)', () => {
    const s = store();
    s.set(0, profile(1, 'TxDefaultProfile', 3, flat(20)));
    s.set(2, profile(2, 'TxDefaultProfile', 0, flat(25)));
    expect(s.limitNowA(1, T0)).toBe(20);
    expect(s.limitNowA(2, T0)).toBe(25);
  });

  it('ChargingStationMaxProfile (EVSE 0) caps every EVSE', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, flat(32)));
    s.set(0, profile(2, 'ChargingStationMaxProfile', 0, [{ start_s: 0, limit: 20 }, { start_s: 600, limit: 40 }]));
    expect(s.limitNowA(1, T0)).toBe(20);
    expect(s.limitNowA(1, T0 + 600_000)).toBe(32);
    // Alone it still limits the EVSEs.
    expect(s.limitNowA(2, T0)).toBe(20);
    expect(s.composite(0, T0, 1200)?.periods).toEqual([
      { start_s: 0, limit: 20 },
      { start_s: 600, limit: 40 },
    ]);
  });

  it('external constraints cap the EVSE they are on, or all from EVSE 0', () => {
    const s = store();
    s.set(0, profile(1, 'TxDefaultProfile', 0, flat(30)));
    s.set(1, profile(2, 'ChargingStationExternalConstraints', 0, flat(14)));
    expect(s.limitNowA(1, T0)).toBe(14);
    expect(s.limitNowA(2, T0)).toBe(30);
    s.set(0, profile(3, 'ChargingStationExternalConstraints', 0, flat(18)));
    expect(s.limitNowA(2, T0)).toBe(18);
    expect(s.limitNowA(1, T0)).toBe(14);
  });

  it('never above the EVSE hardware maximum', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, flat(63)));
    expect(s.limitNowA(1, T0)).toBe(32);
  });
});

describe('recurrence', () => {
  it('Daily: a night schedule runs across midnight, every day', () => {
    const s = store();
    // From 22:00 for 10 h: 6 A until 02:00, then 10 A until 08:00.
    s.set(1, {
      ...profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 6 }, { start_s: 4 * 3600, limit: 10 }], { start: Date.UTC(2025, 5, 1, 22), duration_s: 10 * 3600 }),
      kind: 'Recurring',
      recurrency: 'Daily',
    });
    const day2 = T0 + DAY;
    expect(s.limitNowA(1, day2 - 1)).toBe(6); // 23:59:59.999 on Jan 1, in the run started 22:00 Jan 1
    expect(s.limitNowA(1, day2)).toBe(6); // midnight
    expect(s.limitNowA(1, day2 + 2 * HOUR)).toBe(10);
    expect(s.limitNowA(1, day2 + 8 * HOUR)).toBeNull();
    expect(s.limitNowA(1, day2 + 22 * HOUR)).toBe(6);
    // 20:00 Jan 1 for 8 h: nothing (the EVSE maximum) until 22:00, 6 A, from 02:00 10 A.
    expect(s.composite(1, T0 + 20 * HOUR, 8 * 3600)?.periods).toEqual([
      { start_s: 0, limit: 32 },
      { start_s: 2 * 3600, limit: 6 },
      { start_s: 6 * 3600, limit: 10 },
    ]);
  });

  it('Daily without a duration: the periods run until the next day’s start', () => {
    const s = store();
    s.set(1, { ...profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 16 }, { start_s: 12 * 3600, limit: 8 }], { start: Date.UTC(2025, 0, 1, 6) }), kind: 'Recurring', recurrency: 'Daily' });
    expect(s.limitNowA(1, T0)).toBe(8); // 00:00 is in the 18:00–06:00 part of the previous day's run
    expect(s.limitNowA(1, T0 + 6 * HOUR)).toBe(16);
    expect(s.limitNowA(1, T0 + 18 * HOUR)).toBe(8);
  });

  it('Weekly: a Monday-and-Tuesday schedule, across the midnight that begins the week', () => {
    const s = store();
    const monday = Date.UTC(2025, 11, 29); // a Monday
    s.set(1, { ...profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 10 }, { start_s: 86_400, limit: 20 }], { start: monday, duration_s: 2 * 86_400 }), kind: 'Recurring', recurrency: 'Weekly' });
    const nextMonday = Date.UTC(2026, 0, 5);
    expect(s.limitNowA(1, T0)).toBeNull(); // Thursday
    expect(s.limitNowA(1, nextMonday - 1)).toBeNull(); // Sunday 23:59:59.999
    expect(s.limitNowA(1, nextMonday)).toBe(10);
    expect(s.limitNowA(1, nextMonday + DAY)).toBe(20);
    expect(s.limitNowA(1, nextMonday + 2 * DAY)).toBeNull();
    expect(s.composite(1, nextMonday - HOUR, 3 * 3600)?.periods).toEqual([
      { start_s: 0, limit: 32 },
      { start_s: 3600, limit: 10 },
    ]);
  });
});

describe('Relative schedules', () => {
  it('count from the transaction start', () => {
    const s = store();
    s.set(0, { ...profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 8 }, { start_s: 600, limit: 16 }]), kind: 'Relative', schedule: { unit: 'A', periods: [{ start_s: 0, limit: 8 }, { start_s: 600, limit: 16 }] } });
    // Without a transaction the schedule would start now: its first period.
    expect(s.limitNowA(1, T0 + 5 * HOUR)).toBe(8);
    const start = T0 + HOUR;
    c1.tx = { id: 'tx-1', started_at: start };
    expect(s.limitNowA(1, start + 599_999)).toBe(8);
    expect(s.limitNowA(1, start + 600_000)).toBe(16);
    expect(s.composite(1, start + 300_000, 600)?.periods).toEqual([
      { start_s: 0, limit: 8 },
      { start_s: 300, limit: 16 },
    ]);
  });

  it('txStart may come from the caller', () => {
    const s = store({ txStart: () => T0 + 2 * HOUR });
    s.set(1, { ...profile(1, 'TxDefaultProfile', 0, []), kind: 'Relative', schedule: { unit: 'A', periods: [{ start_s: 0, limit: 8 }, { start_s: 60, limit: 16 }] } });
    c1.tx = { id: 'tx-1', started_at: T0 };
    expect(s.limitNowA(1, T0 + 2 * HOUR + 59_000)).toBe(8);
    expect(s.limitNowA(1, T0 + 2 * HOUR + 60_000)).toBe(16);
  });
});

describe('W ↔ A', () => {
  it('converts W to A per phase with the nominal voltage and the EVSE’s phases (3 by default)', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, flat(11_040), { unit: 'W' }));
    expect(s.limitNowA(1, T0)).toBe(16);
    expect(s.composite(1, T0, 60, 'W')?.periods).toEqual([{ start_s: 0, limit: 11_040 }]);
  });

  it('a 1-phase EVSE counts one phase; numberPhases overrides', () => {
    evses = [evseOf(c1, { phases: 1 }), evseOf(c2)];
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, flat(3680), { unit: 'W' }));
    s.set(2, profile(2, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 3680, phases: 1 }], { unit: 'W' }));
    expect(s.limitNowA(1, T0)).toBe(16);
    expect(s.limitNowA(2, T0)).toBe(16);
    expect(s.composite(2, T0, 60, 'A')?.periods).toEqual([{ start_s: 0, limit: 16, phases: 1 }]);
  });

  it('an A profile in a W composite, capped in W by a W station maximum', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 16 }, { start_s: 60, limit: 10 }]));
    s.set(0, profile(2, 'ChargingStationMaxProfile', 0, flat(9200), { unit: 'W' }));
    // 16 A = 11040 W is above 9200 W; 10 A = 6900 W is below.
    expect(s.composite(1, T0, 120, 'W')?.periods).toEqual([
      { start_s: 0, limit: 9200 },
      { start_s: 60, limit: 6900 },
    ]);
    expect(s.limitNowA(1, T0)).toBe(13.3);
  });
});

describe('composite schedule', () => {
  it('merges adjacent equal limits and is null when nothing applies', () => {
    const s = store();
    expect(s.composite(1, T0, 3600)).toBeNull();
    s.set(1, profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 10 }, { start_s: 100, limit: 10 }, { start_s: 200, limit: 12 }], { duration_s: 300 }));
    expect(s.composite(1, T0, 300)).toEqual({ evse: 1, start: T0, duration_s: 300, unit: 'A', periods: [{ start_s: 0, limit: 10 }, { start_s: 200, limit: 12 }] });
    // A window that no profile reaches.
    expect(s.composite(1, T0 + HOUR, 60)).toBeNull();
    expect(s.composite(9, T0, 60)).toBeNull();
  });

  it('a change inside a second shows from the next whole second', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 10 }, { start_s: 10, limit: 20 }]));
    expect(s.composite(1, T0 + 300, 20)?.periods).toEqual([
      { start_s: 0, limit: 10 },
      { start_s: 10, limit: 20 },
    ]);
  });
});

describe('installing profiles', () => {
  it('ChargingStationMaxProfile only on EVSE 0, TxProfile never there; unknown EVSEs refused', () => {
    const s = store();
    expect(s.set(1, profile(1, 'ChargingStationMaxProfile', 0, flat(10)))).toMatchObject({ status: 'Rejected', reason: expect.stringContaining('EVSE 0') });
    expect(s.set(0, profile(2, 'TxProfile', 0, flat(10))).status).toBe('Rejected');
    expect(s.set(7, profile(3, 'TxDefaultProfile', 0, flat(10))).status).toBe('Rejected');
    expect(s.set(0, { ...profile(4, 'ChargingStationMaxProfile', 0, flat(10)), kind: 'Relative' }).status).toBe('Rejected');
    expect(s.list()).toEqual([]);
  });

  it('TxProfile needs the EVSE’s running transaction', () => {
    const s = store();
    expect(s.set(1, profile(1, 'TxProfile', 0, flat(10)))).toEqual({ status: 'Rejected', reason: 'no transaction on EVSE 1' });
    c1.tx = { id: 'tx-1', started_at: T0 };
    expect(s.set(1, profile(1, 'TxProfile', 0, flat(10), { tx_ref: 'tx-0' })).status).toBe('Rejected');
    // Without tx_ref it belongs to the running transaction.
    expect(s.set(1, profile(1, 'TxProfile', 0, flat(10))).status).toBe('Accepted');
    expect(s.list({ purpose: 'TxProfile' })[0]?.profile.tx_ref).toBe('tx-1');
    s.transactionEnded('tx-1');
    expect(s.list()).toEqual([]);
  });

  it('refuses malformed schedules', () => {
    const s = store();
    expect(s.set(1, profile(1, 'TxDefaultProfile', 0, [{ start_s: 5, limit: 10 }])).status).toBe('Rejected');
    expect(s.set(1, profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 10 }, { start_s: 0, limit: 12 }])).status).toBe('Rejected');
    expect(s.set(1, profile(1, 'TxDefaultProfile', 0, [{ start_s: 0, limit: -1 }])).status).toBe('Rejected');
    expect(s.set(1, profile(1, 'TxDefaultProfile', 0, [])).status).toBe('Rejected');
    expect(s.set(1, { ...profile(1, 'TxDefaultProfile', 0, flat(10)), kind: 'Recurring' }).status).toBe('Rejected');
    expect(s.set(1, profile(1, 'TxDefaultProfile', 0, flat(10), { valid_from: T0 + 1, valid_to: T0 })).status).toBe('Rejected');
  });

  it('the same id replaces, wherever it was', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 0, flat(10)));
    s.set(2, profile(1, 'TxDefaultProfile', 4, flat(12)));
    expect(s.list()).toEqual([{ evse: 2, profile: expect.objectContaining({ id: 1, stack_level: 4 }) }]);
  });

  it('1.6: the same purpose and stack level on the same EVSE replaces (default)', () => {
    const s = store();
    s.set(1, profile(1, 'TxDefaultProfile', 2, flat(10)));
    s.set(2, profile(2, 'TxDefaultProfile', 2, flat(10)));
    expect(s.set(1, profile(3, 'TxDefaultProfile', 2, flat(12))).status).toBe('Accepted');
    expect(s.list().map((r) => r.profile.id)).toEqual([2, 3]);
  });

  it('2.0.1 K01.FR.06: same purpose and stack level with another id is refused while validity overlaps', () => {
    const s = store({ sameStackLevel: 'reject' });
    s.set(1, profile(1, 'TxDefaultProfile', 2, flat(10), { valid_to: T0 + HOUR }));
    expect(s.set(1, profile(2, 'TxDefaultProfile', 2, flat(12)))).toMatchObject({ status: 'Rejected', reason: expect.stringContaining('profile 1') });
    expect(s.set(1, profile(2, 'TxDefaultProfile', 2, flat(12), { valid_from: T0 + HOUR })).status).toBe('Accepted');
    expect(s.set(1, profile(1, 'TxDefaultProfile', 2, flat(8), { valid_to: T0 + HOUR })).status).toBe('Accepted');
    expect(s.list().map((r) => [r.profile.id, r.profile.schedule.periods[0]?.limit])).toEqual([[1, 8], [2, 12]]);
  });

  it('clear by id, by criteria; external constraints only when named', () => {
    const s = store();
    s.set(0, profile(1, 'TxDefaultProfile', 0, flat(10)));
    s.set(1, profile(2, 'TxDefaultProfile', 1, flat(10)));
    s.set(2, profile(3, 'TxDefaultProfile', 1, flat(10)));
    s.set(0, profile(4, 'ChargingStationMaxProfile', 0, flat(40)));
    s.set(1, profile(5, 'ChargingStationExternalConstraints', 0, flat(20)));
    expect(s.clear({ id: 3, evse: 1 })).toBe(1);
    expect(s.clear({ evse: 1 })).toBe(1); // profile 2; the constraint stays
    expect(s.clear({ id: 5 })).toBe(0);
    expect(s.clear({ stack_level: 0, purpose: 'ChargingStationMaxProfile' })).toBe(1);
    expect(s.clear({})).toBe(1);
    expect(s.list().map((r) => r.profile.id)).toEqual([5]);
    expect(s.clear({ purpose: 'ChargingStationExternalConstraints' })).toBe(1);
    expect(s.clear({})).toBe(0);
  });

  it('tells listeners about every change', () => {
    const s = store();
    let n = 0;
    const off = s.onChange(() => n++);
    s.set(1, profile(1, 'TxDefaultProfile', 0, flat(10)));
    s.set(1, profile(2, 'TxDefaultProfile', 0, [])); // rejected: no change
    s.clear({ id: 1 });
    s.clear({ id: 1 }); // nothing cleared: no change
    off();
    s.set(1, profile(1, 'TxDefaultProfile', 0, flat(10)));
    expect(n).toBe(2);
  });

  it('persists: a new instance over the same file has the same profiles and composite', () => {
    const s = store();
    c1.tx = { id: 'tx-1', started_at: T0 };
    s.set(1, profile(1, 'TxProfile', 1, [{ start_s: 0, limit: 7 }, { start_s: 60, limit: 9 }]));
    s.set(0, { ...profile(2, 'TxDefaultProfile', 0, [{ start_s: 0, limit: 11 }], { start: Date.UTC(2025, 0, 1, 22), duration_s: 3600 }), kind: 'Recurring', recurrency: 'Daily' });
    clock.advance(HOUR);
    s.set(2, { ...profile(3, 'TxDefaultProfile', 0, flat(13)), schedule: { unit: 'A', periods: flat(13) } }); // Absolute without start: from installation
    const before = [s.composite(1, T0, 120), s.composite(2, T0 + 21 * HOUR, 7200)];
    const listed = s.list();
    t.reopen();
    const again = store();
    expect(again.list()).toEqual(listed);
    expect(again.list().map((r) => r.profile.id)).toEqual([1, 2, 3]);
    expect([again.composite(1, T0, 120), again.composite(2, T0 + 21 * HOUR, 7200)]).toEqual(before);
    expect(before[1]?.periods).toEqual([{ start_s: 0, limit: 13 }]);
    expect(again.limitNowA(2, T0)).toBeNull();
    expect(again.limitNowA(2, T0 + HOUR)).toBe(13);
  });
});
