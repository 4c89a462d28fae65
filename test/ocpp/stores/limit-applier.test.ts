/**
 * Issue 8, the composite schedule becomes the charger's limit: LimitApplier sets `ocpp` on each EVSE at start,
 * on every profile change and at each period / validity boundary, on the ManualClock. Unit tests against a
 * ChargerHandle double that records the limits, and one against the real Charger and simulated vehicle.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { Logger, silentSink } from '../../../appliance/src/shared/logger.js';
import { LimitApplier, SqliteSmartCharging } from '../../../appliance/src/ocpp/smart-charging/index.js';
import type { ChargingProfile, SmartCharging } from '../../../appliance/src/ocpp/ports.js';
import { ChargerDouble, evseOf, tempDb, type TempDb } from './fixtures.js';
import { simEvse } from './sim-evse.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 1);

function absolute(id: number, start: number, periods: ChargingProfile['schedule']['periods'], duration_s?: number): ChargingProfile {
  return {
    id,
    stack_level: 0,
    purpose: 'TxDefaultProfile',
    kind: 'Absolute',
    schedule: { unit: 'A', start, periods, ...(duration_s !== undefined ? { duration_s } : {}) },
  };
}

let t: TempDb;
let clock: ManualClock;
let charger: ChargerDouble;
let smart: SqliteSmartCharging;
let applier: LimitApplier;
const log = () => new Logger('test', clock, silentSink);

beforeEach(() => {
  t = tempDb();
  clock = new ManualClock(T0);
  charger = new ChargerDouble(1);
  smart = new SqliteSmartCharging(t.db, [evseOf(charger)], clock);
});
afterEach(() => {
  applier?.stop();
  t.cleanup();
});

/** Counts how often the applier asks for the limit: its wake-ups. */
function counting(inner: SmartCharging): SmartCharging & { asked: number } {
  const counted = Object.create(inner) as SmartCharging & { asked: number };
  counted.asked = 0;
  counted.limitNowA = (evse, now) => (counted.asked++, inner.limitNowA(evse, now));
  counted.composite = (...args) => inner.composite(...args);
  counted.onChange = (l) => inner.onChange(l);
  return counted;
}

describe('LimitApplier', () => {
  it('applies the limit at start, lifting any when no profile applies', () => {
    applier = new LimitApplier(smart, [evseOf(charger)], clock, log());
    applier.start();
    expect(charger.limits).toEqual([['ocpp', null]]);
    applier.stop();
    smart.set(1, absolute(1, T0, [{ start_s: 0, limit: 12 }]));
    const again = new LimitApplier(smart, [evseOf(charger)], clock, log());
    again.start();
    expect(charger.limit()).toBe(12);
    again.stop();
  });

  it('follows profile changes at once', () => {
    applier = new LimitApplier(smart, [evseOf(charger)], clock, log());
    applier.start();
    smart.set(1, absolute(1, T0, [{ start_s: 0, limit: 10 }]));
    expect(charger.limit()).toBe(10);
    smart.set(1, absolute(1, T0, [{ start_s: 0, limit: 14 }]));
    expect(charger.limit()).toBe(14);
    smart.clear({ id: 1 });
    expect(charger.limit()).toBeNull();
    expect(charger.limits.map(([, a]) => a)).toEqual([null, 10, 14, null]);
  });

  it('changes the limit exactly at each period and validity boundary', () => {
    // Starts in 10 min: 16 A for 10 min, then 8 A for 10 min, then nothing.
    smart.set(1, absolute(1, T0 + 10 * MIN, [{ start_s: 0, limit: 16 }, { start_s: 600, limit: 8 }], 1200));
    smart.set(1, { ...absolute(2, T0, [{ start_s: 0, limit: 4 }]), stack_level: 1, valid_from: T0 + 25 * MIN, valid_to: T0 + 26 * MIN });
    applier = new LimitApplier(smart, [evseOf(charger)], clock, log());
    applier.start();
    const at = (ms: number) => {
      clock.advance(ms - (clock.now() - T0));
      return charger.limit();
    };
    expect(at(10 * MIN - 1)).toBeNull();
    expect(at(10 * MIN)).toBe(16);
    expect(at(20 * MIN - 1)).toBe(16);
    expect(at(20 * MIN)).toBe(8);
    expect(at(25 * MIN)).toBe(4);
    expect(at(26 * MIN)).toBe(8);
    expect(at(30 * MIN)).toBeNull();
    expect(charger.limits.map(([, a]) => a)).toEqual([null, 16, 8, 4, 8, null]);
  });

  it('keeps one timer, wakes no more than once a minute between boundaries, and none after stop', () => {
    smart.set(1, absolute(1, T0 + 30 * MIN, [{ start_s: 0, limit: 16 }]));
    const counted = counting(smart);
    applier = new LimitApplier(counted, [evseOf(charger)], clock, log());
    applier.start();
    expect(clock.pending()).toBe(1);
    clock.advance(30 * MIN);
    expect(charger.limit()).toBe(16);
    // start, 29 safety-net wake-ups before the boundary, the boundary itself.
    expect(counted.asked).toBeLessThanOrEqual(31);
    expect(counted.asked).toBeGreaterThanOrEqual(2);
    expect(clock.pending()).toBe(1);
    applier.stop();
    expect(clock.pending()).toBe(0);
    expect(charger.limit()).toBeNull();
  });

  it('the safety net picks up a transaction that makes a TxProfile count', () => {
    applier = new LimitApplier(smart, [evseOf(charger)], clock, log());
    applier.start();
    charger.tx = { id: 'tx-1', started_at: clock.now() };
    smart.set(1, { ...absolute(1, T0, [{ start_s: 0, limit: 6 }]), purpose: 'TxProfile' });
    expect(charger.limit()).toBe(6);
    // The transaction ends without anyone telling the store: within a minute the limit is lifted.
    charger.tx = null;
    clock.advance(60_000);
    expect(charger.limit()).toBeNull();
  });
});

describe('LimitApplier on the real charger', () => {
  it('a TxProfile during a session lowers what the simulated vehicle draws, and its end lifts it', () => {
    const s = simEvse();
    applier = new LimitApplier(new SqliteSmartCharging(t.db, [s.evse], s.clock), [s.evse], s.clock, new Logger('test', s.clock, silentSink));
    const store = new SqliteSmartCharging(t.db, [s.evse], s.clock);
    s.charge();
    expect(s.charger.state).toBe('Charging');
    expect(Math.max(...s.sim.line.current_A)).toBeGreaterThan(20);
    applier.start();
    const now = s.clock.now();
    // A second store over the same file: the applier's store learns of it at its next wake-up.
    expect(store.set(1, { ...absolute(7, now, [{ start_s: 0, limit: 10 }, { start_s: 120, limit: 13 }]), purpose: 'TxProfile' }).status).toBe('Accepted');
    s.run(61_000);
    expect(s.charger.status().current_limit_A).toBe(10);
    // The vehicle follows the PWM duty cycle, whose steps are coarser than 0.1 A.
    expect(Math.max(...s.sim.line.current_A)).toBeLessThan(10.5);
    s.run(60_000);
    expect(s.charger.status().current_limit_A).toBe(13);
    store.transactionEnded(s.charger.status().transaction_id!);
    s.run(60_000);
    expect(s.charger.status().current_limit_A).toBe(32);
  });
});
