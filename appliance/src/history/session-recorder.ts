/**
 * Writes charging sessions to the database as the chargers publish them: a row at TransactionStarted,
 * the energy every `flushMs` while it runs (so a crash loses at most that much), the end at
 * TransactionFinished.
 */
import type { Clock, TimerHandle } from '../shared/clock.js';
import type { EventBus } from '../shared/events.js';
import type { Logger } from '../shared/logger.js';
import type { ChargerHandle, SessionEvent } from '../shared/ports/charger.js';
import type { AppEvents } from '../shared/ports/events.js';
import type { SessionStore } from '../db/index.js';

const OWNER = 'history';

export class SessionRecorder {
  private flushTimer: TimerHandle | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly chargers: ChargerHandle[],
    private readonly bus: EventBus<AppEvents>,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly flushMs: number,
  ) {}

  start(): void {
    this.bus.on('session_event', OWNER, (e) => this.onEvent(e));
    this.flushTimer = this.clock.every(this.flushMs, () => this.flush());
  }

  stop(): void {
    this.flush();
    this.flushTimer?.cancel();
    this.bus.removeOwner(OWNER);
  }

  /** Writes the running transactions' energy now. */
  flush(): void {
    for (const c of this.chargers) {
      const s = c.status();
      if (!s.transaction_id) continue;
      this.guard(() => this.store.updateEnergy(s.transaction_id!, s.energy_Wh, this.clock.now()));
    }
  }

  private onEvent(e: SessionEvent): void {
    if (e.type === 'TransactionStarted' && e.transaction_id) {
      this.guard(() =>
        this.store.start({
          id: e.transaction_id!,
          evse: e.evse,
          started_at: e.timestamp,
          meter_start_Wh: e.meter_Wh ?? 0,
          auth_method: e.auth_method ?? null,
          id_token: e.id_token ?? null,
          protocol: 'IEC61851',
        }),
      );
    } else if (e.type === 'TransactionFinished' && e.transaction_id) {
      this.guard(() =>
        this.store.finish(e.transaction_id!, {
          stopped_at: e.timestamp,
          energy_Wh: e.energy_Wh ?? 0,
          stop_reason: e.stop_reason ?? 'Other',
        }),
      );
    }
  }

  private guard(fn: () => unknown): void {
    try {
      fn();
    } catch (err) {
      // Never let a full disk stop a charging session; the error manager reports the database state.
      this.log.error(`session history write failed: ${(err as Error).message}`);
    }
  }
}
