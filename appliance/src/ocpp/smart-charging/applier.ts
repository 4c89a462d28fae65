/**
 * Makes the composite schedule the charger's limit: `setExternalLimit('ocpp', A)` on every EVSE at start, on
 * every change of the profiles, and at each period or validity boundary. One timer, set for the next boundary
 * on the injected clock, and never further out than SAFETY_NET_MS so changes nobody announced (a transaction
 * starting, which makes TxProfiles and Relative schedules count) are picked up within it.
 */
import type { Clock, TimerHandle } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { OcppEvse, SmartCharging } from '../ports.js';

export const LIMIT_SOURCE = 'ocpp';
export const SAFETY_NET_MS = 60_000;

export class LimitApplier {
  private timer: TimerHandle | null = null;
  private unsubscribe: (() => void) | null = null;
  /** The limit last handed to each charger; undefined: none yet. */
  private readonly applied = new Map<number, number | null>();

  constructor(
    private readonly smart: SmartCharging,
    private readonly evses: OcppEvse[],
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.smart.onChange(() => this.refresh());
    this.refresh();
  }

  /** Lifts the limits: a stopped OCPP client imposes nothing. */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.timer?.cancel();
    this.timer = null;
    for (const e of this.evses) if (this.applied.get(e.id) != null) e.charger.setExternalLimit(LIMIT_SOURCE, null);
    this.applied.clear();
  }

  /** Applies the limits in force now and re-arms the timer; callers may use it when a transaction starts or ends. */
  refresh(): void {
    const now = this.clock.now();
    for (const e of this.evses) {
      const limit = this.smart.limitNowA(e.id, now);
      if (this.applied.has(e.id) && this.applied.get(e.id) === limit) continue;
      this.applied.set(e.id, limit);
      e.charger.setExternalLimit(LIMIT_SOURCE, limit);
      this.log.info(`EVSE ${e.id}: smart-charging limit ${limit === null ? 'lifted' : `${limit} A`}`);
    }
    this.arm(now);
  }

  private arm(now: number): void {
    this.timer?.cancel();
    let next = now + SAFETY_NET_MS;
    for (const e of this.evses) {
      // The composite's second period is where the limit next changes; periods start on whole seconds.
      const c = this.smart.composite(e.id, now, SAFETY_NET_MS / 1000, 'A');
      const change = c?.periods[1];
      if (change) next = Math.min(next, now + change.start_s * 1000);
    }
    this.timer = this.clock.after(next - now, () => {
      this.timer = null;
      this.refresh();
    });
  }
}
