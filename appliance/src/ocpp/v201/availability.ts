/**
 * ChangeAvailability (G03, G04): the station or one EVSE Operative / Inoperative, persisted so it survives
 * a restart. An EVSE with a transaction is taken out of service when the transaction ends (Scheduled).
 */
import type { MapperContext } from '../ports.js';
import type { LocalState } from './local-state.js';
import type { EvseRef, OperationalStatus } from './messages.js';
import type { StatusReporter } from './status.js';
import type { TransactionManager } from './transactions.js';

export class AvailabilityControl {
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly ctx: MapperContext,
    private readonly local: LocalState,
    private readonly tm: TransactionManager,
    private readonly status: StatusReporter,
  ) {}

  /**
   * At start: what the CSMS set before the restart holds again. The chargers start after the OCPP client
   * (and enter Idle as they do), so the setting is applied at each EVSE's first meter reading, when its
   * charger runs.
   */
  start(): void {
    for (const e of this.ctx.evses) {
      if (this.local.operative(e.id)) continue;
      const off = this.ctx.bus.on('meter_values', 'ocpp-v201-availability', ({ evse }) => {
        if (evse !== e.id) return;
        off();
        if (!this.local.operative(e.id) && !this.busy(e.id)) this.apply(e.id);
      });
      this.unsubscribe.push(off);
    }
    this.tm.onEnded((tx) => {
      if (!this.local.operative(tx.evse)) this.apply(tx.evse);
    });
  }

  stop(): void {
    for (const u of this.unsubscribe.splice(0)) u();
  }

  register(): void {
    this.ctx.link.handle('ChangeAvailability', (req: { operationalStatus: OperationalStatus; evse?: EvseRef }) => this.change(req.operationalStatus, req.evse));
  }

  change(to: OperationalStatus, evse?: EvseRef) {
    const whole = evse === undefined || evse.id === 0;
    if (!whole && !this.ctx.evses.some((e) => e.id === evse.id)) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse' } };
    if (!whole && evse.connectorId !== undefined && evse.connectorId !== 1) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownConnector' } };
    const a = this.local.availability();
    if (whole) a.station = to;
    else a.evses[String(evse.id)] = to;
    this.local.setAvailability(a);
    const affected = this.ctx.evses.filter((e) => whole || e.id === evse.id).map((e) => e.id);
    const busy = affected.filter((id) => this.busy(id));
    for (const id of affected) if (to === 'Operative' || !busy.includes(id)) this.apply(id);
    // G03.FR.05: with a transaction running, Inoperative waits for its end.
    return { status: to === 'Inoperative' && busy.length > 0 ? 'Scheduled' : 'Accepted' };
  }

  private busy(evse: number): boolean {
    const charger = this.ctx.evses.find((e) => e.id === evse)?.charger;
    return this.tm.active(evse) !== null || (charger?.status().transaction_id ?? null) !== null;
  }

  private apply(evse: number): void {
    this.ctx.evses.find((e) => e.id === evse)?.charger.setEnabled(this.local.operative(evse));
    this.status.check(evse);
  }
}
