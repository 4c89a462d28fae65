/**
 * Turns bus events into readable log lines, so `npm start` tells a newcomer what the charger is doing:
 * sessions, transactions with their energy, errors, and the power drawn once a minute while charging.
 */
import type { Clock, TimerHandle } from '../shared/clock.js';
import type { EventBus } from '../shared/events.js';
import type { Logger } from '../shared/logger.js';
import type { ChargerHandle } from '../shared/ports/charger.js';
import type { AppEvents } from '../shared/ports/events.js';

const OWNER = 'event-logger';

export class EventLogger {
  private timer: TimerHandle | null = null;

  constructor(
    private readonly bus: EventBus<AppEvents>,
    private readonly chargers: ChargerHandle[],
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly powerEveryMs = 60_000,
  ) {}

  start(): void {
    this.bus.on('session_event', OWNER, (e) => {
      const parts = [`EVSE ${e.evse}: ${e.type}`];
      if (e.id_token) parts.push(`token ${e.id_token}`);
      if (e.type === 'TransactionStarted') parts.push(`meter ${(e.meter_Wh ?? 0).toFixed(0)} Wh`);
      if (e.energy_Wh !== undefined) parts.push(`${(e.energy_Wh / 1000).toFixed(3)} kWh`);
      if (e.stop_reason) parts.push(`reason ${e.stop_reason}`);
      this.log.info(parts.join(', '));
    });
    this.bus.on('authorization', OWNER, (a) => {
      if (a.result.status !== 'Accepted') this.log.warn(`token ${a.token.id_token} refused: ${a.result.status}`);
    });
    this.bus.on('error_cleared', OWNER, (e) => this.log.info(`error cleared: ${e.type}`));
    this.timer = this.clock.every(this.powerEveryMs, () => {
      for (const c of this.chargers) {
        const s = c.status();
        if (s.state !== 'Charging') continue;
        this.log.info(
          `EVSE ${s.evse}: charging ${(s.energy_Wh / 1000).toFixed(2)} kWh in ${Math.round(s.charging_duration_s / 60)} min, limit ${s.current_limit_A} A`,
        );
      }
    });
  }

  stop(): void {
    this.timer?.cancel();
    this.bus.removeOwner(OWNER);
  }
}
