/**
 * StatusNotification (G01): the connector status of every EVSE (one connector each, connectorId 1) from
 * the charger's state, its blocking errors and the availability the CSMS set. Sent on every change while
 * online, and for every connector after each accepted boot and each reconnection.
 */
import type { MapperContext } from '../ports.js';
import { isoTime } from './convert.js';
import type { LocalState } from './local-state.js';
import type { ConnectorStatus } from './messages.js';

const OWNER = 'ocpp-v201-status';

export class StatusReporter {
  /** The status last sent per EVSE. */
  private readonly sent = new Map<number, ConnectorStatus>();
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly ctx: MapperContext,
    private readonly local: LocalState,
  ) {}

  start(): void {
    const { bus, link, boot } = this.ctx;
    this.unsubscribe.push(bus.on('charger_state', OWNER, (e) => this.check(e.evse)));
    this.unsubscribe.push(bus.on('active_errors_changed', OWNER, () => this.checkAll()));
    // A reconnection without a new boot (allowed after Accepted): the CSMS may have missed changes.
    this.unsubscribe.push(
      link.onConnected(() => {
        if (boot.status === 'Accepted') this.sendAll();
      }),
    );
  }

  stop(): void {
    for (const u of this.unsubscribe.splice(0)) u();
  }

  /** G01: what the connector of an EVSE is now. */
  statusOf(evse: number): ConnectorStatus {
    const e = this.ctx.evses.find((x) => x.id === evse);
    if (!e) return 'Unavailable';
    const s = e.charger.status();
    if (s.blocking_errors.length > 0) return 'Faulted';
    if (s.state === 'Disabled') return 'Unavailable';
    if (s.state === 'Idle' && !s.plugged) return this.local.operative(evse) ? 'Available' : 'Unavailable';
    return 'Occupied';
  }

  /** Sends the EVSE's status when it differs from the last one sent. */
  check(evse: number): void {
    const status = this.statusOf(evse);
    if (this.sent.get(evse) === status) return;
    this.send(evse, status);
  }

  checkAll(): void {
    for (const e of this.ctx.evses) this.check(e.id);
  }

  /** Every connector, whatever was sent before (after a boot, TriggerMessage). */
  sendAll(): void {
    for (const e of this.ctx.evses) this.send(e.id, this.statusOf(e.id));
  }

  send(evse: number, status: ConnectorStatus = this.statusOf(evse)): void {
    this.sent.set(evse, status);
    this.ctx.sender
      .send('StatusNotification', { timestamp: isoTime(this.ctx.now()), connectorStatus: status, evseId: evse, connectorId: 1 })
      .catch((err: Error) => {
        // Not delivered (offline): the next connection sends every status anyway.
        if (this.sent.get(evse) === status) this.sent.delete(evse);
        this.ctx.log.debug(`StatusNotification EVSE ${evse}: ${err.message}`);
      });
  }
}
