/**
 * MeterValues: sampled during a transaction every MeterValueSampleInterval (Sample.Periodic), clock-aligned
 * on every connector every ClockAlignedDataInterval (Sample.Clock, with the transaction when one runs), and
 * on request (TriggerMessage). Transaction and aligned values are durable; a triggered one is transient.
 */
import type { TimerHandle } from '../../shared/clock.js';
import { ClockAlignedTimer } from '../metering/index.js';
import type { MapperContext, MeterSample, OcppMeasurand, SettingKey } from '../ports.js';
import { csmsTime, meterValue } from './convert.js';
import type { MeterValue, MeterValuesReq } from './messages.js';
import type { TxStore } from './tx-store.js';

/** StopTxnAlignedData samples kept per transaction: a day at 15-minute alignment. */
const MAX_ALIGNED_PER_TX = 96;

export class MeterValueReporter {
  private readonly periodic = new Map<number, { txRef: string; timer: TimerHandle | null }>();
  private readonly aligned: ClockAlignedTimer;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly ctx: MapperContext,
    private readonly store: TxStore,
    /** StopTxnAlignedData: aligned measurands that also go into StopTransaction's transactionData. */
    private readonly stopAlignedMeasurands: () => OcppMeasurand[],
  ) {
    this.aligned = new ClockAlignedTimer(ctx.clock, () => ctx.settings.getNumber('meter_values.aligned_interval_s'), (at) => this.onAligned(at));
  }

  start(): void {
    this.aligned.start();
    this.unsubscribe = this.ctx.settings.onChange((key: SettingKey) => {
      if (key === 'meter_values.aligned_interval_s') this.aligned.restart();
      if (key === 'meter_values.sample_interval_s') for (const [evse, p] of this.periodic) this.startPeriodic(evse, p.txRef);
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.aligned.stop();
    for (const evse of [...this.periodic.keys()]) this.stopPeriodic(evse);
  }

  /** Samples the transaction every MeterValueSampleInterval from now (0: not at all). */
  startPeriodic(evse: number, txRef: string): void {
    this.periodic.get(evse)?.timer?.cancel();
    const seconds = this.ctx.settings.getNumber('meter_values.sample_interval_s');
    const timer = seconds > 0 ? this.ctx.clock.every(seconds * 1000, () => this.onPeriodic(evse, txRef)) : null;
    this.periodic.set(evse, { txRef, timer });
  }

  stopPeriodic(evse: number): void {
    this.periodic.get(evse)?.timer?.cancel();
    this.periodic.delete(evse);
  }

  /** StopTxnSampledData at the start or end of a transaction (null when none are configured). */
  stopSample(evse: number, context: 'Transaction.Begin' | 'Transaction.End', at: number): MeterValue | null {
    const measurands = this.ctx.settings.get('meter_values.stop_measurands');
    if (measurands.length === 0) return null;
    return meterValue(this.ctx.sampler.sample(evse, context, measurands), csmsTime(this.ctx, at));
  }

  /** TriggerMessage MeterValues: the sampled measurands now, on one connector or all (connector 0: all). */
  sendTriggered(connectorId?: number): void {
    const measurands = this.ctx.settings.get('meter_values.sampled_measurands');
    for (const evse of this.ctx.evses) {
      if (connectorId !== undefined && connectorId !== 0 && connectorId !== evse.id) continue;
      const payload = this.payload(evse.id, this.ctx.sampler.sample(evse.id, 'Trigger', measurands));
      if (!payload) continue;
      const ref = evse.charger.status().transaction_id;
      const ocppId = ref ? this.store.get(ref)?.ocpp_id : null;
      if (ocppId !== null && ocppId !== undefined) payload.transactionId = ocppId;
      this.ctx.sender.send('MeterValues', payload).catch((err: Error) => this.ctx.log.debug(`triggered MeterValues not sent: ${err.message}`));
    }
  }

  private payload(connectorId: number, sample: MeterSample): MeterValuesReq | null {
    const mv = meterValue(sample, csmsTime(this.ctx, sample.timestamp));
    return mv ? { connectorId, meterValue: [mv] } : null;
  }

  private onPeriodic(evse: number, txRef: string): void {
    const sample = this.ctx.sampler.sample(evse, 'Sample.Periodic', this.ctx.settings.get('meter_values.sampled_measurands'));
    const payload = this.payload(evse, sample);
    this.store.atomically(() => {
      this.recordMeter(evse, txRef);
      if (payload) this.ctx.sender.enqueue('MeterValues', payload, { tx_ref: txRef, kind: 'meter' });
    });
  }

  private onAligned(at: number): void {
    const measurands = this.ctx.settings.get('meter_values.aligned_measurands');
    const stopMeasurands = this.stopAlignedMeasurands();
    for (const evse of this.ctx.evses) {
      const txRef = evse.charger.status().transaction_id;
      const running = txRef ? this.store.get(txRef) : null;
      const active = running && running.state === 'Active' ? running : null;
      const sample = this.ctx.sampler.sample(evse.id, 'Sample.Clock', measurands);
      const payload = this.payload(evse.id, { ...sample, timestamp: at });
      this.store.atomically(() => {
        if (active) this.recordMeter(evse.id, active.tx_ref);
        if (payload) this.ctx.sender.enqueue('MeterValues', payload, active ? { tx_ref: active.tx_ref, kind: 'meter' } : { kind: 'meter' });
        if (active && stopMeasurands.length > 0) {
          const mv = meterValue(this.ctx.sampler.sample(evse.id, 'Sample.Clock', stopMeasurands), csmsTime(this.ctx, at));
          if (mv) this.store.updateData(active.tx_ref, (d) => ({ ...d, aligned: [...(d.aligned ?? []), mv].slice(-MAX_ALIGNED_PER_TX) }));
        }
      });
    }
  }

  /** The meter reading a StopTransaction after a crash would report. */
  private recordMeter(evse: number, txRef: string): void {
    const meter = this.ctx.evses.find((e) => e.id === evse)?.meter;
    // In the CSMS's time (MapperContext.now): after a crash it is the StopTransaction's time as sent.
    if (meter) this.store.updateMeter(txRef, meter.read().energy_import_Wh, this.ctx.now());
  }
}
