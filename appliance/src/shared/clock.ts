/**
 * One injected clock runs every timer in the appliance. Production uses the system clock (optionally
 * scaled for demos); tests and `ampbox simulate` use a manual clock they advance, so nothing sleeps.
 */
export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  /** Milliseconds since the epoch on this clock's time line. */
  now(): number;
  /** Runs fn once after ms milliseconds of this clock's time. */
  after(ms: number, fn: () => void): TimerHandle;
  /** Runs fn every ms milliseconds of this clock's time. */
  every(ms: number, fn: () => void): TimerHandle;
}

/** Wall-clock time, optionally running `scale` times faster (demos, benchmarks). */
export class SystemClock implements Clock {
  private readonly origin = Date.now();
  constructor(private readonly scale = 1) {
    if (!(scale > 0)) throw new RangeError(`clock scale must be > 0, got ${scale}`);
  }
  now(): number {
    if (this.scale === 1) return Date.now();
    return this.origin + (Date.now() - this.origin) * this.scale;
  }
  after(ms: number, fn: () => void): TimerHandle {
    const t = setTimeout(fn, Math.max(0, ms / this.scale));
    return { cancel: () => clearTimeout(t) };
  }
  every(ms: number, fn: () => void): TimerHandle {
    const t = setInterval(fn, Math.max(1, ms / this.scale));
    return { cancel: () => clearInterval(t) };
  }
}

interface ManualTimer {
  id: number;
  due: number;
  period: number | null;
  fn: () => void;
  cancelled: boolean;
}

/** A clock that only moves when told to; timers fire in due order, ties in creation order. */
export class ManualClock implements Clock {
  private t: number;
  private seq = 0;
  private timers: ManualTimer[] = [];

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  after(ms: number, fn: () => void): TimerHandle {
    return this.add(ms, null, fn);
  }

  every(ms: number, fn: () => void): TimerHandle {
    if (!(ms > 0)) throw new RangeError('period must be > 0');
    return this.add(ms, ms, fn);
  }

  /** Advances time by ms, firing every timer that falls due on the way (including ones they create). */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const next = this.nextDue();
      if (!next || next.due > end) break;
      this.t = Math.max(this.t, next.due);
      if (next.period !== null) next.due += next.period;
      else next.cancelled = true;
      this.timers = this.timers.filter((x) => !x.cancelled);
      next.fn();
    }
    this.t = end;
  }

  /** Number of timers still pending; lets tests assert that a state left nothing behind. */
  pending(): number {
    return this.timers.filter((x) => !x.cancelled).length;
  }

  private nextDue(): ManualTimer | undefined {
    let best: ManualTimer | undefined;
    for (const x of this.timers) {
      if (x.cancelled) continue;
      if (!best || x.due < best.due || (x.due === best.due && x.id < best.id)) best = x;
    }
    return best;
  }

  private add(ms: number, period: number | null, fn: () => void): TimerHandle {
    const timer: ManualTimer = { id: this.seq++, due: this.t + Math.max(0, ms), period, fn, cancelled: false };
    this.timers.push(timer);
    return { cancel: () => void (timer.cancelled = true) };
  }
}
