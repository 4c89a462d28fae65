/**
 * StartTransaction / StopTransaction from the charger's TransactionStarted / TransactionFinished, durable
 * in the queue and written together with their `ocpp_transactions` row. The CSMS's transactionId is only
 * known once StartTransaction is answered: messages queued before carry the tx_ref and get the id patched
 * in just before they are sent (`beforeSend`). After a crash, transactions the charger no longer runs are
 * closed with PowerLoss (Reboot after an orderly stop).
 */
import type { SessionEvent, StopReason } from '../../shared/ports/charger.js';
import { KeyValueStore } from '../../db/index.js';
import type { Database } from '../../db/index.js';
import { effectiveStatus } from '../auth/index.js';
import type { MapperContext, QueueHooks, QueuedMessage, TokenInfo } from '../ports.js';
import { csmsTime, ID_TAG_MAX, iso, tokenInfoFromIdTagInfo } from './convert.js';
import type { IdTagInfo, MeterValue, StartTransactionConf, StartTransactionReq, StopTransactionConf, StopTransactionReason, StopTransactionReq } from './messages.js';
import type { MeterValueReporter } from './meter-values.js';
import type { TxRow, TxStore } from './tx-store.js';

const OWNER = 'ocpp-v16-tx';
/** kv: why the mapper last stopped in order ('Reboot', or 'SoftReset' / 'HardReset' for a Reset). */
export const SHUTDOWN_KEY = 'ocpp.v16.shutdown_reason';
/** Ended transactions are kept this long (for support), then pruned at start. */
const KEEP_ENDED_MS = 7 * 86_400_000;

const STOP_REASONS: Record<StopReason, StopTransactionReason> = {
  EVDisconnected: 'EVDisconnected',
  Local: 'Local',
  Remote: 'Remote',
  StoppedByEV: 'Other',
  EmergencyStop: 'EmergencyStop',
  GroundFault: 'EmergencyStop',
  OvercurrentFault: 'EmergencyStop',
  PowerLoss: 'PowerLoss',
  Reboot: 'Reboot',
  DeAuthorized: 'DeAuthorized',
  Timeout: 'Other',
  Other: 'Other',
};

export function stopReason16(reason: StopReason | undefined): StopTransactionReason {
  return reason ? STOP_REASONS[reason] : 'Other';
}

/** Who ended the transaction at the charge point: then the idTag that started it goes with the stop. */
const USER_REASONS: StopTransactionReason[] = ['Local', 'EVDisconnected'];

export class TransactionReporter {
  /** 1.6 reasons the charger's StopReason cannot say (UnlockCommand, SoftReset, HardReset), by EVSE. */
  private readonly overrides = new Map<number, StopTransactionReason>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly ctx: MapperContext,
    private readonly db: () => Database,
    readonly store: TxStore,
    private readonly meters: MeterValueReporter,
    /** A StartTransaction or StopTransaction was answered, given up or dropped. */
    private readonly settled: () => void = () => {},
    /** The CSMS judged an idTag of the local list otherwise than the list (1.6 §3.5.3). */
    private readonly listConflict: (idTag: string) => void = () => {},
  ) {}

  start(): void {
    this.unsubscribe = this.ctx.bus.on('session_event', OWNER, (e) => this.onSessionEvent(e));
    this.recover();
  }

  /** Remembers that the mapper stopped in order, so an open transaction found at the next start was a Reboot. */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    const kv = new KeyValueStore(this.db(), () => this.ctx.clock.now());
    if (kv.get<string>(SHUTDOWN_KEY) === undefined) kv.set(SHUTDOWN_KEY, 'Reboot');
  }

  /** The transaction running on an EVSE now, as the CSMS knows it. */
  running(evse: number): TxRow | null {
    const ref = this.ctx.evses.find((e) => e.id === evse)?.charger.status().transaction_id;
    if (!ref) return null;
    const row = this.store.get(ref);
    return row && row.state === 'Active' ? row : null;
  }

  /** Stops the EVSE's transaction, reporting `reason` to the CSMS; false when none runs. */
  stopTransaction(evse: number, reason: StopTransactionReason, chargerReason: StopReason): boolean {
    const charger = this.ctx.evses.find((e) => e.id === evse)?.charger;
    if (!charger || !charger.status().transaction_id) return false;
    this.overrides.set(evse, reason);
    if (charger.stopTransaction(chargerReason)) return true;
    this.overrides.delete(evse);
    return false;
  }

  /** Sets (null: clears) the reason the next stop on this EVSE reports, e.g. UnlockCommand before an unlock stops it. */
  overrideStopReason(evse: number, reason: StopTransactionReason | null): void {
    if (reason === null) this.overrides.delete(evse);
    else this.overrides.set(evse, reason);
  }

  private onSessionEvent(e: SessionEvent): void {
    if (e.type === 'TransactionStarted') this.begin(e);
    else if (e.type === 'TransactionFinished') this.finish(e);
  }

  private begin(e: SessionEvent): void {
    const txRef = e.transaction_id;
    if (!txRef || this.store.get(txRef)) return;
    this.overrides.delete(e.evse);
    const meterWh = e.meter_Wh ?? 0;
    const idTag = (e.id_token ?? 'unknown').slice(0, ID_TAG_MAX);
    const payload: StartTransactionReq = {
      connectorId: e.evse,
      idTag,
      meterStart: Math.round(meterWh),
      timestamp: iso(csmsTime(this.ctx, e.timestamp)),
    };
    const begin = this.meters.stopSample(e.evse, 'Transaction.Begin', e.timestamp);
    this.store.atomically(() => {
      this.store.insert({ tx_ref: txRef, evse: e.evse, id_token: idTag, started_at: e.timestamp, meter_start_Wh: meterWh, data: begin ? { begin } : {} });
      // last_meter_at is kept in the CSMS's time: a process that recovers it has not synced its clock yet.
      this.store.updateMeter(txRef, meterWh, csmsTime(this.ctx, e.timestamp));
      this.ctx.sender.enqueue('StartTransaction', payload, { tx_ref: txRef, kind: 'start' });
    });
    this.meters.startPeriodic(e.evse, txRef);
  }

  private finish(e: SessionEvent): void {
    const txRef = e.transaction_id;
    this.meters.stopPeriodic(e.evse);
    const override = this.overrides.get(e.evse);
    this.overrides.delete(e.evse);
    if (!txRef) return;
    const row = this.store.get(txRef);
    if (!row || row.state !== 'Active') return;
    const reason = override ?? stopReason16(e.stop_reason);
    const meterWh = Math.max(e.meter_Wh ?? row.last_meter_Wh, row.meter_start_Wh);
    const end = this.meters.stopSample(e.evse, 'Transaction.End', e.timestamp);
    const payload = this.stopPayload(row, reason, meterWh, e.timestamp, end);
    if (USER_REASONS.includes(reason) && row.id_token) payload.idTag = row.id_token;
    this.store.atomically(() => {
      this.store.end(txRef, reason, e.timestamp, meterWh);
      this.ctx.sender.enqueue('StopTransaction', payload, { tx_ref: txRef, kind: 'stop' });
    });
    this.ctx.smart.transactionEnded(txRef);
  }

  /** transactionId is a placeholder until `beforeSend` fills in the CSMS's id. */
  private stopPayload(row: TxRow, reason: StopTransactionReason, meterWh: number, at: number, end: MeterValue | null): StopTransactionReq {
    const payload: StopTransactionReq = {
      transactionId: row.ocpp_id ?? 0,
      meterStop: Math.max(Math.round(meterWh), Math.round(row.meter_start_Wh)),
      timestamp: iso(csmsTime(this.ctx, at)),
      reason,
    };
    const data = [row.data.begin, ...(row.data.aligned ?? []), end].filter((m): m is MeterValue => m !== undefined && m !== null);
    if (data.length > 0) payload.transactionData = data;
    return payload;
  }

  /** Closes what a crash or power loss left open: the charger no longer runs those transactions. */
  private recover(): void {
    const kv = new KeyValueStore(this.db(), () => this.ctx.clock.now());
    const shutdown = kv.get<StopTransactionReason>(SHUTDOWN_KEY);
    kv.delete(SHUTDOWN_KEY);
    const reason: StopTransactionReason = shutdown ?? 'PowerLoss';
    for (const row of this.store.active()) {
      const charger = this.ctx.evses.find((e) => e.id === row.evse)?.charger;
      if (charger?.status().transaction_id === row.tx_ref) {
        this.meters.startPeriodic(row.evse, row.tx_ref);
        continue;
      }
      this.ctx.log.warn(`transaction ${row.tx_ref} on connector ${row.evse} was left open; closing it with ${reason}`);
      // last_meter_at is in the CSMS's time as the crashed process knew it; stopPayload adds our offset.
      const at = row.last_meter_at - (this.ctx.now() - this.ctx.clock.now());
      const payload = this.stopPayload(row, reason, row.last_meter_Wh, at, null);
      this.store.atomically(() => {
        this.store.end(row.tx_ref, reason, row.last_meter_at, row.last_meter_Wh);
        this.ctx.sender.enqueue('StopTransaction', payload, { tx_ref: row.tx_ref, kind: 'stop' });
      });
      this.ctx.smart.transactionEnded(row.tx_ref);
    }
    this.store.prune(this.ctx.clock.now() - KEEP_ENDED_MS);
  }

  // ---- queue hooks ----

  readonly hooks: QueueHooks = {
    beforeSend: (msg) => this.beforeSend(msg),
    answered: (msg, result) => this.answered(msg, result),
    givenUp: (msg, error) => this.givenUp(msg, error),
  };

  private beforeSend(msg: QueuedMessage): object | null {
    const payload = this.patch(msg);
    // The sender removes a dropped row right after this returns.
    if (payload === null) this.settled();
    return payload;
  }

  private patch(msg: QueuedMessage): object | null {
    if (!msg.tx_ref || msg.action === 'StartTransaction') return msg.payload;
    if (msg.action !== 'StopTransaction' && msg.action !== 'MeterValues') return msg.payload;
    const row = this.store.get(msg.tx_ref);
    if (row?.data.start_given_up) {
      this.ctx.log.warn(`${msg.action} of transaction ${msg.tx_ref} dropped: its StartTransaction was given up`);
      return null;
    }
    if (!row || row.ocpp_id === null) {
      // Unreachable in order (StartTransaction goes first and is answered before); never send a made-up id.
      this.ctx.log.error(`${msg.action} of transaction ${msg.tx_ref} dropped: no transactionId from the CSMS`);
      return null;
    }
    return { ...msg.payload, transactionId: row.ocpp_id };
  }

  private answered(msg: QueuedMessage, result: unknown): void {
    if (msg.action === 'StartTransaction' || msg.action === 'StopTransaction') this.settled();
    if (msg.action === 'StartTransaction' && msg.tx_ref) this.startAnswered(msg.tx_ref, msg.payload as StartTransactionReq, result as StartTransactionConf);
    else if (msg.action === 'StopTransaction') {
      const conf = result as StopTransactionConf;
      const idTag = (msg.payload as StopTransactionReq).idTag;
      if (idTag && conf.idTagInfo) this.learn(idTag, conf.idTagInfo);
    }
  }

  /**
   * What an answer says about an idTag: into the cache, except for tokens of the local list (1.6 §3.5.3: the
   * list is their authority), where a different verdict is a conflict the CSMS is told about.
   */
  private learn(idTag: string, info: IdTagInfo): void {
    const listed = this.ctx.localList.get(idTag);
    if (!listed) this.ctx.cache.put(idTag, tokenInfoFromIdTagInfo(info));
    else if (conflicts(listed, info.status, this.ctx.now())) this.listConflict(idTag);
  }

  private startAnswered(txRef: string, req: StartTransactionReq, conf: StartTransactionConf): void {
    this.store.setOcppId(txRef, conf.transactionId);
    this.store.updateData(txRef, (d) => ({ ...d, id_tag_status: conf.idTagInfo.status }));
    this.learn(req.idTag, conf.idTagInfo);
    if (conf.idTagInfo.status === 'Accepted') return;
    const row = this.store.get(txRef);
    if (!row || row.state !== 'Active') return;
    const charger = this.ctx.evses.find((e) => e.id === row.evse)?.charger;
    if (!charger || charger.status().transaction_id !== txRef) return;
    if (this.ctx.settings.getBoolean('transactions.stop_on_invalid_id')) {
      this.ctx.log.info(`idTag ${req.idTag} is ${conf.idTagInfo.status}: stopping transaction ${conf.transactionId}`);
      this.stopTransaction(row.evse, 'DeAuthorized', 'DeAuthorized');
    } else {
      // StopTransactionOnInvalidId false (1.6 §4.8): keep the transaction, deliver no more energy.
      this.ctx.log.info(`idTag ${req.idTag} is ${conf.idTagInfo.status}: pausing transaction ${conf.transactionId}`);
      charger.pauseCharging();
    }
  }

  private givenUp(msg: QueuedMessage, error: Error): void {
    if (msg.action === 'StartTransaction' || msg.action === 'StopTransaction') this.settled();
    if (msg.action === 'StartTransaction' && msg.tx_ref) {
      this.ctx.log.warn(`StartTransaction of ${msg.tx_ref} given up (${error.message}); its later messages will be dropped`);
      this.store.updateData(msg.tx_ref, (d) => ({ ...d, start_given_up: true }));
    }
  }
}

/** The list's verdict and the CSMS's differ; ConcurrentTx is about the token's use, not its validity. */
function conflicts(listed: TokenInfo, answered: IdTagInfo['status'], now: number): boolean {
  return answered !== 'ConcurrentTx' && effectiveStatus(listed, now) !== answered;
}
