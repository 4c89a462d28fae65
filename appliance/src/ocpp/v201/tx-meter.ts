/**
 * Meter values of running transactions (J01, J02): each transaction's TxUpdatedInterval timer, the
 * clock-aligned values (an Updated event during a transaction, MeterValues for an idle EVSE), and the last
 * reading saved every so often, from which a transaction is closed after a power loss.
 */
import type { Clock } from '../../shared/clock.js';
import type { MapperContext, OcppMeasurand } from '../ports.js';
import { ClockAlignedTimer } from '../metering/index.js';
import type { OcppTx, TxEventWriter } from './tx-events.js';
import type { TransactionStore } from './tx-store.js';

/** The last meter reading is saved this often while a transaction runs: the end value after a power loss. */
const METER_SAVE_MS = 15_000;

type MeasurandKey = 'meter_values.sampled_measurands' | 'meter_values.aligned_measurands' | 'meter_values.stop_measurands';

export class TxMeterValues {
  private aligned: ClockAlignedTimer | null = null;

  constructor(
    private readonly ctx: MapperContext,
    private readonly writer: TxEventWriter,
    private readonly store: TransactionStore,
    /** The transaction running on an EVSE, if any. */
    private readonly active: (evse: number) => OcppTx | null,
  ) {}

  start(): void {
    const { settings, clock } = this.ctx;
    // Aligned on OCPP time (the clock corrected by the CSMS's), so the values fall on the CSMS's quarter hours.
    const ocppClock: Clock = { now: () => this.ctx.now(), after: (ms, fn) => clock.after(ms, fn), every: (ms, fn) => clock.every(ms, fn) };
    this.aligned = new ClockAlignedTimer(ocppClock, () => settings.getNumber('meter_values.aligned_interval_s'), (at) => this.onAligned(at));
    this.aligned.start();
  }

  stop(): void {
    this.aligned?.stop();
    this.aligned = null;
  }

  /** AlignedDataCtrlr.Interval changed. */
  restartAligned(): void {
    this.aligned?.restart();
  }

  measurands(key: MeasurandKey): OcppMeasurand[] {
    return this.ctx.settings.get(key);
  }

  /** TxUpdatedInterval: the next periodic Updated event of the transaction, from now. */
  arm(tx: OcppTx): void {
    this.disarm(tx);
    const s = this.ctx.settings.getNumber('meter_values.sample_interval_s');
    if (!(s > 0)) return;
    tx.periodic = this.ctx.clock.after(s * 1000, () => {
      tx.periodic = null;
      if (this.active(tx.evse) !== tx) return;
      const meter = this.writer.sample(tx.evse, 'Sample.Periodic', this.measurands('meter_values.sampled_measurands'));
      if (meter) this.writer.write(tx, 'Updated', 'MeterValuePeriodic', 'meter', meter);
      this.arm(tx);
    });
  }

  disarm(tx: OcppTx): void {
    tx.periodic?.cancel();
    tx.periodic = null;
  }

  /** A meter reading of an EVSE: saved for its transaction at most every METER_SAVE_MS. */
  saveMeter(evse: number, wh: number): void {
    const tx = this.active(evse);
    const now = this.ctx.now();
    if (!tx || now - tx.meterSavedAt < METER_SAVE_MS) return;
    tx.meterSavedAt = now;
    this.store.setMeter(tx.id, wh, now);
  }

  /** ClockAlignedTimer: Updated events for running transactions, MeterValues for idle EVSEs (J01). */
  private onAligned(at: number): void {
    const measurands = this.measurands('meter_values.aligned_measurands');
    for (const e of this.ctx.evses) {
      const meter = this.writer.sample(e.id, 'Sample.Clock', measurands, at);
      if (!meter) continue;
      const tx = this.active(e.id);
      if (tx) this.writer.write(tx, 'Updated', 'MeterValueClock', 'meter', meter);
      else if (this.ctx.sender.online) {
        this.ctx.sender.send('MeterValues', { evseId: e.id, meterValue: [meter] }).catch((err: Error) => this.ctx.log.debug(`MeterValues: ${err.message}`));
      }
    }
  }
}
