/**
 * Per-connection request limit: a token bucket (`rate` per second, `burst` at most) and flood detection.
 * A refused request gets -32005; a client that is refused again and again for `floodMs` (no second of
 * calm in between) is flooding and gets disconnected. Time comes from an injected clock: tests step it.
 */
import type { Clock } from '../shared/clock.js';

export interface RateLimitOptions {
  /** Requests per second refilled. */
  rate: number;
  /** Bucket size: how many requests may arrive at once. */
  burst: number;
  /** How long a client may stay over the limit before it counts as flooding. */
  floodMs?: number;
  /** Refusals further apart than this end a flood streak. */
  calmMs?: number;
}

export class RateLimiter {
  private tokens: number;
  private last: number;
  private streakStart: number | null = null;
  private lastRefusal = -Infinity;
  private readonly floodMs: number;
  private readonly calmMs: number;

  constructor(
    private readonly clock: Pick<Clock, 'now'>,
    private readonly opts: RateLimitOptions,
  ) {
    if (!(opts.rate > 0) || !(opts.burst >= 1)) throw new RangeError('rate must be > 0 and burst >= 1');
    this.tokens = opts.burst;
    this.last = clock.now();
    this.floodMs = opts.floodMs ?? 5000;
    this.calmMs = opts.calmMs ?? 1000;
  }

  /** Takes one request's token; false when the bucket is empty (the request is refused). */
  take(): boolean {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    const now = this.clock.now();
    if (this.streakStart === null || now - this.lastRefusal > this.calmMs) this.streakStart = now;
    this.lastRefusal = now;
    return false;
  }

  /** Counts work that is answered anyway (unparsable input, invalid entries) so it still drains the bucket. */
  charge(n: number): void {
    for (let i = 0; i < n; i++) this.take();
  }

  /** True once refusals have gone on for floodMs without a calm gap. */
  get flooding(): boolean {
    if (this.streakStart === null) return false;
    const now = this.clock.now();
    if (now - this.lastRefusal > this.calmMs) return false;
    return this.lastRefusal - this.streakStart >= this.floodMs;
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = Math.max(0, now - this.last);
    this.last = now;
    this.tokens = Math.min(this.opts.burst, this.tokens + (elapsed * this.opts.rate) / 1000);
  }
}
