/** The per-connection token bucket and flood detection, on a ManualClock. */
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../appliance/src/api/index.js';
import { ManualClock } from '../../appliance/src/shared/clock.js';

const takeN = (l: RateLimiter, n: number): number => Array.from({ length: n }, () => l.take()).filter(Boolean).length;

describe('RateLimiter', () => {
  it('allows a burst, then refills at the rate, never above the burst', () => {
    const clock = new ManualClock();
    const l = new RateLimiter(clock, { rate: 200, burst: 400 });
    expect(takeN(l, 500)).toBe(400);
    clock.advance(100); // 20 back
    expect(takeN(l, 50)).toBe(20);
    clock.advance(60_000);
    expect(takeN(l, 1000)).toBe(400);
  });

  it('sustained overload for floodMs is flooding; a burst followed by calm is not', () => {
    const clock = new ManualClock();
    const l = new RateLimiter(clock, { rate: 10, burst: 20 });
    takeN(l, 30);
    expect(l.flooding).toBe(false);
    for (let i = 0; i < 49; i++) {
      clock.advance(100);
      takeN(l, 3); // 30/s against 10/s
      expect(l.flooding, `at ${(i + 1) * 100} ms`).toBe(false);
    }
    clock.advance(100);
    takeN(l, 3);
    expect(l.flooding).toBe(true);
    // A second of calm ends the streak.
    clock.advance(1001);
    expect(l.flooding).toBe(false);
    takeN(l, 50);
    expect(l.flooding).toBe(false);
  });

  it('charge() drains the bucket like requests do', () => {
    const clock = new ManualClock();
    const l = new RateLimiter(clock, { rate: 1, burst: 5 });
    l.charge(5);
    expect(l.take()).toBe(false);
  });
});
