/**
 * ChangeAvailability (1.6 §5.2): connector 0 means the whole charge point. Making a connector Inoperative
 * while it runs a transaction is Scheduled and applied when the transaction ends. The CSMS's choice is
 * kept in kv so it survives restarts; the charger is switched with `setEnabled`.
 */
import { KeyValueStore } from '../../db/index.js';
import type { Database } from '../../db/index.js';
import type { MapperContext } from '../ports.js';
import type { AvailabilityStatus, ChangeAvailabilityReq } from './messages.js';

export const AVAILABILITY_KEY = 'ocpp.v16.inoperative';
const OWNER = 'ocpp-v16-availability';

export class AvailabilityControl {
  /** Connector ids the CSMS made Inoperative (0: all). */
  private inoperativeIds = new Set<number>();
  /** EVSEs whose switch waits for the end of their transaction. */
  private readonly scheduled = new Set<number>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly ctx: MapperContext,
    private readonly db: () => Database,
    private readonly changed: () => void,
  ) {}

  start(): void {
    this.inoperativeIds = new Set(this.kv().get<number[]>(AVAILABILITY_KEY) ?? []);
    this.unsubscribe = this.ctx.bus.on('session_event', OWNER, (e) => {
      if (e.type !== 'TransactionFinished' || !this.scheduled.has(e.evse)) return;
      this.scheduled.delete(e.evse);
      this.apply(e.evse);
    });
    // The chargers start after OCPP (so that it sees their first events): re-apply once they run.
    setImmediate(() => this.reapply());
    this.ctx.link.handle('ChangeAvailability', (req: ChangeAvailabilityReq) => ({ status: this.change(req) }));
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Takes out of service again what the CSMS made Inoperative (Operative is the charger's own default). */
  reapply(): void {
    if (!this.unsubscribe) return;
    for (const evse of this.ctx.evses) {
      if (!this.inoperative(evse.id) || this.scheduled.has(evse.id)) continue;
      if (evse.charger.status().transaction_id !== null) this.scheduled.add(evse.id);
      else this.apply(evse.id);
    }
  }

  /** Whether the CSMS wants this connector (0: the charge point) out of service. */
  inoperative(connectorId: number): boolean {
    return this.inoperativeIds.has(0) || this.inoperativeIds.has(connectorId);
  }

  /**
   * The answer now; the switch right after it (§5.2: the StatusNotification reports a change that has
   * happened, so the CSMS gets ChangeAvailability.conf first).
   */
  change(req: ChangeAvailabilityReq): AvailabilityStatus {
    const targets = req.connectorId === 0 ? this.ctx.evses.map((e) => e.id) : this.ctx.evses.filter((e) => e.id === req.connectorId).map((e) => e.id);
    if (req.connectorId !== 0 && targets.length === 0) return 'Rejected';
    const busy = (id: number): boolean => this.charger(id)?.status().transaction_id != null;
    const scheduled = req.type === 'Inoperative' && targets.some(busy);
    setImmediate(() => this.perform(req, targets));
    return scheduled ? 'Scheduled' : 'Accepted';
  }

  private perform(req: ChangeAvailabilityReq, targets: number[]): void {
    // Stopped within the same turn (the database may be closed already): too late to switch.
    if (!this.unsubscribe) return;
    if (req.type === 'Inoperative') this.inoperativeIds.add(req.connectorId);
    else if (req.connectorId === 0) this.inoperativeIds.clear();
    else {
      this.inoperativeIds.delete(req.connectorId);
      // A connector made Operative while the whole charge point stays Inoperative: the others stay out.
      if (this.inoperativeIds.delete(0)) for (const e of this.ctx.evses) if (e.id !== req.connectorId) this.inoperativeIds.add(e.id);
    }
    this.kv().set(AVAILABILITY_KEY, [...this.inoperativeIds].sort((a, b) => a - b));
    for (const id of targets) {
      const busy = this.charger(id)?.status().transaction_id != null;
      if (busy && this.inoperative(id)) {
        this.scheduled.add(id);
      } else {
        this.scheduled.delete(id);
        this.apply(id);
      }
    }
    this.changed();
  }

  private apply(evse: number): void {
    const charger = this.charger(evse);
    if (!charger) return;
    const disabled = charger.status().state === 'Disabled';
    const want = !this.inoperative(evse);
    if (want === disabled) charger.setEnabled(want);
    this.changed();
  }

  private charger(evse: number) {
    return this.ctx.evses.find((e) => e.id === evse)?.charger;
  }

  private kv(): KeyValueStore {
    return new KeyValueStore(this.db(), () => this.ctx.clock.now());
  }
}
