/**
 * Clock-aligned data (1.6 ClockAlignedDataInterval, 2.0.1 AlignedDataInterval): fires at every multiple of the
 * interval since midnight UTC, and at midnight itself when the interval does not divide the day. 0 turns it off.
 */
import type { Clock, TimerHandle } from '../../shared/clock.js';

const DAY_MS = 86_400_000;

/** The first aligned instant strictly after `t` for an interval of `interval_s` seconds (> 0). */
export function nextAligned(t: number, interval_s: number): number {
  const interval = interval_s * 1000;
  const midnight = Math.floor(t / DAY_MS) * DAY_MS;
  const next = midnight + (Math.floor((t - midnight) / interval) + 1) * interval;
  return Math.min(next, midnight + DAY_MS);
}

export class ClockAlignedTimer {
  private timer: TimerHandle | null = null;
  private running = false;

  constructor(
    private readonly clock: Clock,
    /** Read again after every firing and on restart(): the CSMS may change it at any time. */
    private readonly intervalS: () => number,
    private readonly cb: (at: number) => void,
  ) {}

  start(): void {
    this.timer?.cancel();
    this.running = true;
    this.arm(this.clock.now());
  }

  stop(): void {
    this.running = false;
    this.timer?.cancel();
    this.timer = null;
  }

  /** The interval changed: the next firing follows the new one. */
  restart(): void {
    if (!this.running) return;
    this.timer?.cancel();
    this.arm(this.clock.now());
  }

  private arm(after: number): void {
    this.timer = null;
    const interval_s = this.intervalS();
    if (!(interval_s > 0)) return;
    const at = nextAligned(after, interval_s);
    const handle = this.clock.after(at - this.clock.now(), () => {
      try {
        this.cb(at);
      } finally {
        // Unless the callback stopped or restarted us. A late firing does not catch up on slots it missed.
        if (this.running && this.timer === handle) this.arm(Math.max(at, this.clock.now() - 1));
      }
    });
    this.timer = handle;
  }
}
