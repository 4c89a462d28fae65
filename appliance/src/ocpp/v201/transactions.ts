/**
 * 2.0.1 transactions (functional block E, meter values J02): the charger's session events become
 * TransactionEvent Started / Updated / Ended by the configured start and stop points; periodic
 * (TxUpdatedInterval) and clock-aligned values go into Updated events; every TransactionEvent is durable and
 * numbered by seqNo from 0 without gaps, the number taken in the same SQLite transaction that queues it.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../shared/clock.js';
import type { SessionEvent, StopReason } from '../../shared/ports/charger.js';
import type { MapperContext, OcppMeasurand, OcppTxPoint, QueuedMessage, SettingKey } from '../ports.js';
import { ClockAlignedTimer } from '../metering/index.js';
import { chargingStateOf, endTriggerOf, idTokenOf, tokenInfoOf } from './convert.js';
import type { ChargingState, IdToken, StoppedReason, TransactionEventRequest, TransactionEventResponse, TriggerReason } from './messages.js';
import { RemoteStarts, type RemoteStart } from './remote-starts.js';
import { endsTransaction, pointChange, startsTransaction } from './tx-points.js';
import { TxEventWriter, type OcppTx } from './tx-events.js';
import type { TransactionStore, TxData, TxRow } from './tx-store.js';
import type { LocalState } from './local-state.js';

export type { OcppTx } from './tx-events.js';
export type { RemoteStart } from './remote-starts.js';

interface EvseSession {
  points: Set<OcppTxPoint>;
  token: IdToken | null;
  remote: RemoteStart | null;
  chargerTx: string | null;
  chargingState: ChargingState;
}

export type TxEndListener = (tx: OcppTx) => void;

const OWNER = 'ocpp-v201-tx';
/** The last meter reading is saved this often while a transaction runs: the end value after a power loss. */
const METER_SAVE_MS = 15_000;

export class TransactionManager {
  private readonly txs = new Map<number, OcppTx>();
  private readonly sessions = new Map<number, EvseSession>();
  private readonly remoteStarts: RemoteStarts;
  private readonly writer: TxEventWriter;
  private readonly endListeners: TxEndListener[] = [];
  private readonly unsubscribe: Array<() => void> = [];
  private aligned: ClockAlignedTimer | null = null;

  constructor(
    private readonly ctx: MapperContext,
    private readonly store: TransactionStore,
    private readonly local: LocalState,
  ) {
    this.remoteStarts = new RemoteStarts(() => ctx.clock.now());
    this.writer = new TxEventWriter(ctx, store);
  }

  start(): void {
    const { bus, settings, clock } = this.ctx;
    this.unsubscribe.push(bus.on('session_event', OWNER, (e) => this.onSession(e)));
    this.unsubscribe.push(bus.on('meter_values', OWNER, ({ evse, reading }) => this.saveMeter(evse, reading.energy_import_Wh)));
    this.unsubscribe.push(settings.onChange((key) => this.onSetting(key)));
    // Aligned on OCPP time (the clock corrected by the CSMS's), so the values fall on the CSMS's quarter hours.
    const ocppClock: Clock = { now: () => this.ctx.now(), after: (ms, fn) => clock.after(ms, fn), every: (ms, fn) => clock.every(ms, fn) };
    this.aligned = new ClockAlignedTimer(ocppClock, () => settings.getNumber('meter_values.aligned_interval_s'), (at) => this.onAligned(at));
    this.aligned.start();
  }

  stop(): void {
    for (const u of this.unsubscribe.splice(0)) u();
    this.aligned?.stop();
    this.aligned = null;
    for (const tx of this.txs.values()) {
      tx.periodic?.cancel();
      tx.periodic = null;
      // The charger ends these after us; the next start closes them from this reading.
      this.store.setMeter(tx.id, this.writer.energyWh(tx.evse), this.ctx.now());
    }
  }

  onEnded(listener: TxEndListener): void {
    this.endListeners.push(listener);
  }

  active(evse: number): OcppTx | null {
    return this.txs.get(evse) ?? null;
  }

  all(): OcppTx[] {
    return [...this.txs.values()];
  }

  byId(transactionId: string): OcppTx | null {
    return this.all().find((t) => t.id === transactionId) ?? null;
  }

  /**
   * A transaction still open in the table that its charger is still running (the OCPP client restarted on
   * its own): carried on where it was, with the stored seqNo.
   */
  adopt(row: TxRow): void {
    const status = this.charger(row.evse)?.status();
    if (!status) return;
    const sess = this.session(row.evse);
    const charging = status.power_on;
    sess.points = new Set<OcppTxPoint>(['EVConnected', 'Authorized', ...(charging ? (['PowerPathClosed', 'EnergyTransfer'] as const) : [])]);
    sess.chargerTx = status.transaction_id;
    sess.token = row.id_token ? { idToken: row.id_token, type: (row.id_token_type ?? 'Local') as IdToken['type'] } : null;
    sess.chargingState = chargingStateOf(status.state, status.plugged);
    const tx: OcppTx = {
      id: row.tx_ref,
      evse: row.evse,
      chargerTx: status.transaction_id,
      reached: new Set(sess.points),
      idToken: sess.token,
      idTokenSent: sess.token !== null,
      remoteStartId: row.data.remote_start_id ?? null,
      remoteStartSent: true,
      chargingState: sess.chargingState,
      chargingStateSent: sess.chargingState,
      chargingSince: sess.chargingState === 'Charging' ? this.ctx.clock.now() : null,
      chargedMs: 0,
      stopReason: null,
      periodic: null,
      meterSavedAt: this.ctx.now(),
    };
    this.txs.set(row.evse, tx);
    this.armPeriodic(tx);
    this.ctx.log.info(`EVSE ${row.evse}: transaction ${row.tx_ref} carried on (seqNo ${row.seq_no})`);
  }

  /** Remembers a RequestStartTransaction; the Authorized event carrying its token claims it. */
  addRemoteStart(r: RemoteStart): void {
    this.remoteStarts.add(r);
  }

  /** Ends a transaction now (RequestStopTransaction before the charger has one, Reset, a rejected token). */
  endNow(tx: OcppTx, trigger: TriggerReason, reason: StoppedReason): void {
    if (this.txs.get(tx.evse) !== tx) return;
    this.end(tx, trigger, reason);
  }

  /** TriggerMessage(TransactionEvent): an Updated event with the current values (F06). */
  trigger(tx: OcppTx): void {
    this.writer.write(tx, 'Updated', 'Trigger', 'event', this.writer.sample(tx.evse, 'Trigger', this.measurands('meter_values.sampled_measurands')));
  }

  /** QueueHooks.answered: the CSMS's idTokenInfo feeds the cache and may end the transaction (E05). */
  answered(msg: QueuedMessage, result: TransactionEventResponse): void {
    if (msg.action !== 'TransactionEvent') return;
    const sent = msg.payload as TransactionEventRequest;
    const info = result?.idTokenInfo;
    if (!sent.idToken || !info) return;
    if (sent.idToken.type !== 'NoAuthorization' && sent.idToken.type !== 'Central') this.ctx.cache.put(sent.idToken.idToken, tokenInfoOf(info));
    if (info.status === 'Accepted' || !this.ctx.settings.getBoolean('transactions.stop_on_invalid_id')) return;
    const tx = this.byId(sent.transactionInfo.transactionId);
    if (!tx) return;
    this.ctx.log.info(`transaction ${tx.id}: token ${sent.idToken.idToken} is ${info.status}; stopping (StopTxOnInvalidId)`);
    const charger = this.charger(tx.evse);
    if (tx.chargerTx && charger?.stopTransaction('DeAuthorized')) return;
    this.endNow(tx, 'Deauthorized', 'DeAuthorized');
  }

  // ---- session events ----

  private onSession(e: SessionEvent): void {
    // A failure here must never reach the charger that published the event.
    try {
      this.handleSession(e);
    } catch (err) {
      this.ctx.log.error(`EVSE ${e.evse} ${e.type}: ${(err as Error).message}`);
    }
  }

  private handleSession(e: SessionEvent): void {
    const sess = this.session(e.evse);
    const change = pointChange(e.type);
    for (const p of change.reached) sess.points.add(p);
    for (const p of change.lost) sess.points.delete(p);
    this.track(sess, e);
    const tx = this.txs.get(e.evse);
    if (!tx) {
      if (startsTransaction(this.ctx.settings.get('transactions.start_points'), change.reached)) this.begin(e, sess);
      return;
    }
    for (const p of change.reached) tx.reached.add(p);
    if (change.lost.length > 0 && endsTransaction(this.ctx.settings.get('transactions.stop_points'), tx.reached, change.lost)) {
      const reason: StopReason = e.type === 'TransactionFinished' ? (e.stop_reason ?? 'Other') : (tx.stopReason ?? 'EVDisconnected');
      this.setChargingState(tx, sess.chargingState);
      this.end(tx, e.type === 'TransactionFinished' ? endTriggerOf(reason) : 'EVCommunicationLost', reason);
      return;
    }
    this.update(tx, sess, e);
  }

  /** What the session knows independent of a transaction: token, remote start, charger transaction, charging state. */
  private track(sess: EvseSession, e: SessionEvent): void {
    const plugged = this.charger(e.evse)?.status().plugged ?? false;
    switch (e.type) {
      case 'SessionStarted':
        Object.assign(sess, { token: null, remote: null, chargerTx: null, chargingState: 'EVConnected' });
        break;
      case 'Authorized':
        sess.remote = this.remoteStarts.claim(e);
        // A remote start reports the CSMS's own token (and type), not the 'Central' stand-in the charger saw.
        sess.token = sess.remote?.idToken ?? idTokenOf(e.id_token ?? 'unknown', e.auth_method);
        break;
      case 'TransactionStarted':
        sess.chargerTx = e.transaction_id ?? null;
        break;
      case 'ChargingStarted':
      case 'ChargingResumed':
        sess.chargingState = 'Charging';
        break;
      case 'ChargingPausedEV':
        sess.chargingState = 'SuspendedEV';
        break;
      case 'ChargingPausedEVSE':
        sess.chargingState = 'SuspendedEVSE';
        break;
      case 'TransactionFinished':
        // The store keys TxProfiles by the charger's transaction: they end with it.
        if (sess.chargerTx) this.ctx.smart.transactionEnded(sess.chargerTx);
        sess.chargerTx = null;
        sess.chargingState = chargingStateOf('Finished', plugged);
        break;
      case 'SessionFinished':
        sess.chargingState = 'Idle';
        break;
      default:
        break;
    }
  }

  private begin(e: SessionEvent, sess: EvseSession): void {
    const evse = e.evse;
    const chargerTx = sess.chargerTx;
    // The charger's id when it has one, unless an earlier run (e.g. a test's sequential ids) already used it.
    const id = chargerTx && !this.store.get(chargerTx) ? chargerTx : randomUUID();
    const now = this.ctx.now();
    const tx: OcppTx = {
      id,
      evse,
      chargerTx,
      reached: new Set(sess.points),
      idToken: sess.token,
      idTokenSent: false,
      remoteStartId: sess.remote?.remoteStartId ?? null,
      remoteStartSent: false,
      chargingState: sess.chargingState,
      chargingStateSent: null,
      chargingSince: sess.chargingState === 'Charging' ? this.ctx.clock.now() : null,
      chargedMs: 0,
      stopReason: null,
      periodic: null,
      meterSavedAt: now,
    };
    this.txs.set(evse, tx);
    // A Reset that was asked for but never restarted us must not explain this transaction's end later.
    if (this.local.shutdown() === 'reset') this.local.setShutdown(null);
    const data: TxData = { ...(chargerTx ? { charger_tx: chargerTx } : {}), ...(tx.remoteStartId !== null ? { remote_start_id: tx.remoteStartId } : {}) };
    const meter = this.writer.sample(evse, 'Transaction.Begin', this.local.txStartedMeasurands());
    this.writer.write(tx, 'Started', this.reachTrigger(e, sess), 'start', meter, { meter_Wh: this.writer.energyWh(evse), data });
    this.ctx.log.info(`EVSE ${evse}: transaction ${id} started (${e.type})`);
    this.applyRemoteProfile(tx, sess);
    this.armPeriodic(tx);
  }

  private update(tx: OcppTx, sess: EvseSession, e: SessionEvent): void {
    switch (e.type) {
      case 'Authorized':
        tx.idToken = sess.token;
        if (sess.remote) tx.remoteStartId = sess.remote.remoteStartId;
        this.writer.write(tx, 'Updated', this.reachTrigger(e, sess), 'event');
        this.applyRemoteProfile(tx, sess);
        return;
      case 'TransactionStarted':
        tx.chargerTx = e.transaction_id ?? null;
        if (tx.chargerTx) this.store.setData(tx.id, { charger_tx: tx.chargerTx, ...(tx.remoteStartId !== null ? { remote_start_id: tx.remoteStartId } : {}) });
        this.applyRemoteProfile(tx, sess);
        return;
      case 'ChargingStarted':
      case 'ChargingResumed':
      case 'ChargingPausedEV':
      case 'ChargingPausedEVSE':
        if (sess.chargingState === tx.chargingState) return;
        this.setChargingState(tx, sess.chargingState);
        this.writer.write(tx, 'Updated', 'ChargingStateChanged', 'event');
        return;
      case 'TransactionFinished': {
        // The charger's part ended but a stop point still holds (e.g. TxStopPoint EVConnected only).
        const reason = e.stop_reason ?? 'Other';
        tx.stopReason = reason;
        this.setChargingState(tx, sess.chargingState);
        this.writer.write(tx, 'Updated', endTriggerOf(reason), 'event');
        return;
      }
      default:
        return;
    }
  }

  private end(tx: OcppTx, trigger: TriggerReason, reason: StoppedReason): void {
    tx.periodic?.cancel();
    tx.periodic = null;
    this.setChargingState(tx, tx.chargingState);
    this.txs.delete(tx.evse);
    const meter = this.writer.sample(tx.evse, 'Transaction.End', this.measurands('meter_values.stop_measurands'));
    this.writer.write(tx, 'Ended', trigger, 'stop', meter, { stoppedReason: reason });
    this.ctx.log.info(`EVSE ${tx.evse}: transaction ${tx.id} ended (${trigger}, ${reason})`);
    for (const l of this.endListeners) l(tx);
  }

  /** The triggerReason of the event that reached a point (E01, E02, F01). */
  private reachTrigger(e: SessionEvent, sess: EvseSession): TriggerReason {
    switch (e.type) {
      case 'SessionStarted':
        return 'CablePluggedIn';
      case 'Authorized':
        return sess.remote ? 'RemoteStart' : 'Authorized';
      default:
        return 'ChargingStateChanged';
    }
  }

  private setChargingState(tx: OcppTx, state: ChargingState): void {
    const now = this.ctx.clock.now();
    if (tx.chargingSince !== null) tx.chargedMs += now - tx.chargingSince;
    tx.chargingSince = state === 'Charging' ? now : null;
    tx.chargingState = state;
  }

  // ---- remote start ----

  /**
   * F01: a chargingProfile given with RequestStartTransaction becomes the transaction's TxProfile, once the
   * charger runs the transaction (the profile store follows the charger's transactions).
   */
  private applyRemoteProfile(tx: OcppTx, sess: EvseSession): void {
    const profile = sess.remote?.profile;
    if (!profile || !sess.remote || !tx.chargerTx) return;
    sess.remote.profile = null;
    const result = this.ctx.smart.set(tx.evse, { ...profile, tx_ref: tx.chargerTx });
    if (result.status !== 'Accepted') this.ctx.log.warn(`remote start ${sess.remote.remoteStartId}: TxProfile ${profile.id} rejected: ${result.reason ?? ''}`);
  }

  // ---- meter values ----

  private armPeriodic(tx: OcppTx): void {
    tx.periodic?.cancel();
    tx.periodic = null;
    const s = this.ctx.settings.getNumber('meter_values.sample_interval_s');
    if (!(s > 0)) return;
    tx.periodic = this.ctx.clock.after(s * 1000, () => {
      tx.periodic = null;
      if (this.txs.get(tx.evse) !== tx) return;
      const meter = this.writer.sample(tx.evse, 'Sample.Periodic', this.measurands('meter_values.sampled_measurands'));
      if (meter) this.writer.write(tx, 'Updated', 'MeterValuePeriodic', 'meter', meter);
      this.armPeriodic(tx);
    });
  }

  /** ClockAlignedTimer: Updated events for running transactions, MeterValues for idle EVSEs (J01). */
  private onAligned(at: number): void {
    const measurands = this.measurands('meter_values.aligned_measurands');
    for (const e of this.ctx.evses) {
      const meter = this.writer.sample(e.id, 'Sample.Clock', measurands, at);
      if (!meter) continue;
      const tx = this.txs.get(e.id);
      if (tx) this.writer.write(tx, 'Updated', 'MeterValueClock', 'meter', meter);
      else if (this.ctx.sender.online) {
        this.ctx.sender.send('MeterValues', { evseId: e.id, meterValue: [meter] }).catch((err: Error) => this.ctx.log.debug(`MeterValues: ${err.message}`));
      }
    }
  }

  private onSetting(key: SettingKey): void {
    if (key === 'meter_values.sample_interval_s') for (const tx of this.txs.values()) this.armPeriodic(tx);
    if (key === 'meter_values.aligned_interval_s') this.aligned?.restart();
  }

  private measurands(key: 'meter_values.sampled_measurands' | 'meter_values.aligned_measurands' | 'meter_values.stop_measurands'): OcppMeasurand[] {
    return this.ctx.settings.get(key);
  }

  private saveMeter(evse: number, wh: number): void {
    const tx = this.txs.get(evse);
    const now = this.ctx.now();
    if (!tx || now - tx.meterSavedAt < METER_SAVE_MS) return;
    tx.meterSavedAt = now;
    this.store.setMeter(tx.id, wh, now);
  }

  private session(evse: number): EvseSession {
    let s = this.sessions.get(evse);
    if (!s) {
      s = { points: new Set(), token: null, remote: null, chargerTx: null, chargingState: 'Idle' };
      this.sessions.set(evse, s);
    }
    return s;
  }

  private charger(evse: number) {
    return this.ctx.evses.find((e) => e.id === evse)?.charger;
  }
}
