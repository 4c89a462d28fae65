/**
 * One TransactionEvent (E01-E07): what a running transaction's next message carries — chargingState when
 * it changed, idToken and remoteStartId once, evse in Started, stoppedReason and timeSpentCharging in Ended,
 * `offline` while not connected — numbered and queued, with its row changes, in one SQLite transaction.
 */
import type { TimerHandle } from '../../shared/clock.js';
import type { StopReason } from '../../shared/ports/charger.js';
import type { MapperContext, OcppMeasurand, OcppTxPoint, QueueKind } from '../ports.js';
import { hasValues, isoTime, meterValueOf } from './convert.js';
import type {
  ChargingState,
  IdToken,
  MeterValue,
  ReadingContext,
  StoppedReason,
  TransactionEventRequest,
  TransactionEventType,
  TriggerReason,
} from './messages.js';
import type { TransactionStore, TxData } from './tx-store.js';

/** A transaction as the CSMS knows it, while it runs. */
export interface OcppTx {
  readonly id: string;
  readonly evse: number;
  chargerTx: string | null;
  /** Every start/stop point true at some time during the transaction. */
  reached: Set<OcppTxPoint>;
  idToken: IdToken | null;
  idTokenSent: boolean;
  remoteStartId: number | null;
  remoteStartSent: boolean;
  chargingState: ChargingState;
  chargingStateSent: ChargingState | null;
  chargingSince: number | null;
  chargedMs: number;
  /** The charger ended its part before the OCPP transaction ended (stop points without Authorized). */
  stopReason: StopReason | null;
  periodic: TimerHandle | null;
  /** A transaction a remote start began before its vehicle came: EVConnectionTimeOut runs until it does. */
  evConnectTimer: TimerHandle | null;
  meterSavedAt: number;
}

const ENERGY: OcppMeasurand = 'Energy.Active.Import.Register';

export interface EventExtra {
  stoppedReason?: StoppedReason;
  /** Started: the meter reading the row begins with. */
  meter_Wh?: number;
  /** Started: the row's version-specific details. */
  data?: TxData;
}

export class TxEventWriter {
  constructor(
    private readonly ctx: MapperContext,
    private readonly store: TransactionStore,
  ) {}

  write(tx: OcppTx, eventType: TransactionEventType, triggerReason: TriggerReason, kind: QueueKind, meter: MeterValue | null = null, extra: EventExtra = {}): void {
    const at = this.ctx.now();
    const info: TransactionEventRequest['transactionInfo'] = { transactionId: tx.id };
    if (eventType === 'Started' || tx.chargingState !== tx.chargingStateSent) info.chargingState = tx.chargingState;
    if (tx.remoteStartId !== null && !tx.remoteStartSent) info.remoteStartId = tx.remoteStartId;
    if (eventType === 'Ended') {
      info.stoppedReason = extra.stoppedReason ?? 'Local';
      info.timeSpentCharging = Math.round(tx.chargedMs / 1000);
    }
    const payload: TransactionEventRequest = { eventType, timestamp: isoTime(at), triggerReason, seqNo: 0, transactionInfo: info };
    if (!this.ctx.sender.online) payload.offline = true;
    if (eventType === 'Started') payload.evse = { id: tx.evse, connectorId: 1 };
    const token = tx.idToken && !tx.idTokenSent ? tx.idToken : null;
    if (token) payload.idToken = token;
    if (meter) payload.meterValue = [meter];
    this.store.atomically(() => {
      if (eventType === 'Started') this.store.insert({ tx_ref: tx.id, evse: tx.evse, started_at: at, meter_Wh: extra.meter_Wh ?? 0, data: extra.data ?? {} });
      payload.seqNo = this.store.takeSeqNo(tx.id);
      if (meter && meter.sampledValue.some((v) => v.measurand === ENERGY)) this.store.setMeter(tx.id, this.energyWh(tx.evse), at);
      if (token) this.store.setToken(tx.id, token.idToken, token.type);
      if (eventType === 'Ended') this.store.end(tx.id, at, info.stoppedReason ?? 'Local');
      this.ctx.sender.enqueue('TransactionEvent', payload, { tx_ref: tx.id, kind });
    });
    if (token) tx.idTokenSent = true;
    if (info.remoteStartId !== undefined) tx.remoteStartSent = true;
    tx.chargingStateSent = tx.chargingState;
  }

  /** A MeterValue of the measurands asked for, at OCPP time `at`; null when there is nothing to send. */
  sample(evse: number, context: ReadingContext, measurands: OcppMeasurand[], at = this.ctx.now()): MeterValue | null {
    if (measurands.length === 0) return null;
    const mv = meterValueOf(this.ctx.sampler.sample(evse, context, measurands), at, context);
    return hasValues(mv) ? mv : null;
  }

  energyWh(evse: number): number {
    return this.ctx.evses.find((e) => e.id === evse)?.meter.read().energy_import_Wh ?? 0;
  }
}
