/**
 * The connector an accepted idTag waits on before a vehicle is plugged in. OCPP 1.6 §4.9 (status transition
 * A2) makes a connector Preparing as soon as a user presented an accepted idTag or the Central System's
 * RemoteStartTransaction was accepted, and back Available when no cable is plugged in within
 * ConnectionTimeOut. The AuthManager keeps such a token ("accepted; waiting for a vehicle") and announces it
 * with an `authorization` event that names no EVSE; this module works out the connector it waits on: the
 * one the token names, else the only connector that could take it (with several, 1.6 cannot say which).
 */
import type { TimerHandle } from '../../shared/clock.js';
import type { AppEvents } from '../../shared/ports/events.js';
import type { MapperContext } from '../ports.js';

const OWNER = 'ocpp-v16-waiting-token';

export class WaitingToken {
  private waiting: { connectorId: number; idTag: string; timer: TimerHandle } | null = null;
  private readonly unsubscribers: Array<() => void> = [];

  constructor(
    private readonly ctx: MapperContext,
    /** The CSMS made this connector Inoperative. */
    private readonly inoperative: (connectorId: number) => boolean,
    /** What the status of a connector depends on changed. */
    private readonly changed: () => void,
  ) {}

  start(): void {
    const { bus } = this.ctx;
    this.unsubscribers.push(
      bus.on('authorization', OWNER, (a) => this.onAuthorization(a)),
      // Plugged in (or taken out of service): the charger's own state tells from now on.
      bus.on('charger_state', OWNER, (s) => {
        if (this.waiting?.connectorId === s.evse && s.to !== 'Idle') this.clear();
      }),
    );
  }

  stop(): void {
    for (const u of this.unsubscribers.splice(0)) u();
    this.clear();
  }

  /** Whether an accepted idTag waits on this connector for a vehicle. */
  preparing(connectorId: number): boolean {
    return this.waiting?.connectorId === connectorId;
  }

  private onAuthorization(a: AppEvents['authorization']): void {
    if (a.result.status !== 'Accepted') return;
    if (a.evse !== null) {
      // Handed to a connector with a vehicle waiting: that is where it went, whatever connector it waited on.
      if (this.waiting?.idTag === a.token.id_token) this.clear();
      return;
    }
    // The AuthManager keeps one such token: a new one replaces the one before.
    this.clear();
    const connectorId = a.token.evse ?? this.soleFreeConnector();
    if (connectorId === null || !this.free(connectorId)) return;
    const timeoutMs = this.ctx.settings.getNumber('authorization.connection_timeout_s') * 1000;
    const timer = this.ctx.clock.after(timeoutMs, () => {
      if (this.waiting?.timer !== timer) return;
      this.ctx.log.info(`no vehicle on connector ${connectorId} within ConnectionTimeOut: Available again`);
      this.clear();
    });
    this.waiting = { connectorId, idTag: a.token.id_token, timer };
    this.changed();
  }

  private clear(): void {
    if (!this.waiting) return;
    this.waiting.timer.cancel();
    this.waiting = null;
    this.changed();
  }

  /** Idle, in service and without a blocking error: could take the token's transaction. */
  private free(connectorId: number): boolean {
    const evse = this.ctx.evses.find((e) => e.id === connectorId);
    if (!evse || this.inoperative(connectorId)) return false;
    const s = evse.charger.status();
    return s.state === 'Idle' && s.blocking_errors.length === 0;
  }

  private soleFreeConnector(): number | null {
    const free = this.ctx.evses.filter((e) => this.free(e.id));
    return free.length === 1 ? free[0]!.id : null;
  }
}
