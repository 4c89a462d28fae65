/**
 * 2.0.1 transactions (functional block E, meter values J02): the charger's session events become
 * TransactionEvent Started / Updated / Ended by the configured start and stop points; a remote start may
 * begin one before its vehicle comes (F02); periodic (TxUpdatedInterval) and clock-aligned values go into
 * Updated events (tx-meter.ts); every TransactionEvent is durable and numbered by seqNo from 0 without gaps,
 * the number taken in the same SQLite transaction that queues it.
 */
import { randomUUID } from 'node:crypto';
import type { SessionEvent, StopReason } from '../../shared/ports/charger.js';
import type { ChargingProfile, MapperContext, OcppTxPoint, SettingKey } from '../ports.js';
import { chargingStateOf, endTriggerOf } from './convert.js';
import { EvseSessions, type EvseSession } from './evse-sessions.js';
import type { ChargingState, IdToken, StoppedReason, TriggerReason } from './messages.js';
import { RemoteStarts, type RemoteStart } from './remote-starts.js';
import { endsTransaction, startsTransaction } from './tx-points.js';
import { TxEventWriter, type OcppTx } from './tx-events.js';
import { TxMeterValues } from './tx-meter.js';
import type { TransactionStore, TxData, TxRow } from './tx-store.js';
import type { LocalState } from './local-state.js';

export type { OcppTx } from './tx-events.js';
export type { RemoteStart } from './remote-starts.js';

export type TxEndListener = (tx: OcppTx) => void;

const OWNER = 'ocpp-v201-tx';

export class TransactionManager {
  private readonly txs = new Map<number, OcppTx>();
  private readonly remoteStarts: RemoteStarts;
  private readonly sessions: EvseSessions;
  private readonly writer: TxEventWriter;
  private readonly meter: TxMeterValues;
  private readonly endListeners: TxEndListener[] = [];
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly ctx: MapperContext,
    private readonly store: TransactionStore,
    private readonly local: LocalState,
  ) {
    this.remoteStarts = new RemoteStarts(() => ctx.clock.now());
    this.sessions = new EvseSessions(ctx, this.remoteStarts);
    this.writer = new TxEventWriter(ctx, store);
    this.meter = new TxMeterValues(ctx, this.writer, store, (evse) => this.txs.get(evse) ?? null);
  }

  start(): void {
    const { bus, settings } = this.ctx;
    this.unsubscribe.push(bus.on('session_event', OWNER, (e) => this.onSession(e)));
    this.unsubscribe.push(bus.on('meter_values', OWNER, ({ evse, reading }) => this.meter.saveMeter(evse, reading.energy_import_Wh)));
    this.unsubscribe.push(settings.onChange((key) => this.onSetting(key)));
    this.meter.start();
  }

  stop(): void {
    for (const u of this.unsubscribe.splice(0)) u();
    this.meter.stop();
    for (const tx of this.txs.values()) {
      this.meter.disarm(tx);
      tx.evConnectTimer?.cancel();
      tx.evConnectTimer = null;
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
    const sess = this.sessions.get(row.evse);
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
      evConnectTimer: null,
      meterSavedAt: this.ctx.now(),
    };
    this.txs.set(row.evse, tx);
    this.meter.arm(tx);
    this.ctx.log.info(`EVSE ${row.evse}: transaction ${row.tx_ref} carried on (seqNo ${row.seq_no})`);
  }

  /** Remembers a RequestStartTransaction; the Authorized event carrying its token claims it. */
  addRemoteStart(r: RemoteStart): void {
    this.remoteStarts.add(r);
  }

  /** The RequestStartTransaction still waiting for this token (the validator's question). */
  waitingRemoteStart(idToken: string, evse?: number): RemoteStart | null {
    return this.remoteStarts.find(idToken, evse);
  }

  /**
   * F02 with TxStartPoint Authorized: the CSMS's token was accepted before any vehicle came, so the
   * transaction starts now (RemoteStart) on the EVSE the request is for, and ends with EVConnectTimeout /
   * Timeout when no vehicle comes within EVConnectionTimeOut. An EVSE the request leaves open on a station
   * with more than one is only known at the plug-in: that transaction starts there.
   */
  startRemoteFirst(r: RemoteStart): void {
    const evse = r.evse ?? (this.ctx.evses.length === 1 ? this.ctx.evses[0]!.id : null);
    if (evse === null || this.txs.has(evse) || !this.ctx.settings.get('transactions.start_points').includes('Authorized')) return;
    const charger = this.charger(evse);
    if (!charger || charger.status().state !== 'Idle' || this.remoteStarts.find(r.idToken.idToken, evse) !== r) return;
    const sess = this.sessions.get(evse);
    Object.assign(sess, { points: new Set<OcppTxPoint>(['Authorized']), token: r.idToken, remote: r, profile: r.profile, chargerTx: null, chargingState: 'Idle' });
    r.profile = null;
    const tx = this.open(evse, sess, 'RemoteStart');
    const timeout = this.ctx.settings.getNumber('authorization.connection_timeout_s');
    tx.evConnectTimer = this.ctx.clock.after(timeout * 1000, () => {
      tx.evConnectTimer = null;
      this.remoteStarts.remove(r.remoteStartId);
      this.endNow(tx, 'EVConnectTimeout', 'Timeout');
    });
  }

  /** Ends a transaction now (RequestStopTransaction before the charger has one, Reset, a rejected token). */
  endNow(tx: OcppTx, trigger: TriggerReason, reason: StoppedReason): void {
    if (this.txs.get(tx.evse) !== tx) return;
    this.end(tx, trigger, reason);
  }

  /** TriggerMessage(TransactionEvent): an Updated event with the current values (F06). */
  trigger(tx: OcppTx): void {
    this.writer.write(tx, 'Updated', 'Trigger', 'event', this.writer.sample(tx.evse, 'Trigger', this.meter.measurands('meter_values.sampled_measurands')));
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
    const change = this.sessions.track(e, e.type === 'SessionStarted' && this.txs.get(e.evse)?.evConnectTimer != null);
    const sess = this.sessions.get(e.evse);
    const tx = this.txs.get(e.evse);
    if (!tx) {
      if (startsTransaction(this.ctx.settings.get('transactions.start_points'), change.reached)) {
        this.open(e.evse, sess, this.reachTrigger(e, sess));
      }
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

  private open(evse: number, sess: EvseSession, trigger: TriggerReason): OcppTx {
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
      evConnectTimer: null,
      meterSavedAt: now,
    };
    this.txs.set(evse, tx);
    // A Reset that was asked for but never restarted us must not explain this transaction's end later.
    if (this.local.shutdown() === 'reset') this.local.setShutdown(null);
    const data: TxData = { ...(chargerTx ? { charger_tx: chargerTx } : {}), ...(tx.remoteStartId !== null ? { remote_start_id: tx.remoteStartId } : {}) };
    const meter = this.writer.sample(evse, 'Transaction.Begin', this.local.txStartedMeasurands());
    this.writer.write(tx, 'Started', trigger, 'start', meter, { meter_Wh: this.writer.energyWh(evse), data });
    this.ctx.log.info(`EVSE ${evse}: transaction ${id} started (${trigger})`);
    this.applyHeldProfile(tx, sess);
    this.meter.arm(tx);
    return tx;
  }

  private update(tx: OcppTx, sess: EvseSession, e: SessionEvent): void {
    switch (e.type) {
      case 'SessionStarted': {
        // The vehicle of a transaction a remote start began before it came (F02).
        tx.evConnectTimer?.cancel();
        tx.evConnectTimer = null;
        this.setChargingState(tx, sess.chargingState);
        this.writer.write(tx, 'Updated', 'CablePluggedIn', 'event');
        // The AuthManager hands the waiting token to this vehicle; should its own wait have run out first
        // (auth.timeout_s shorter than EVConnectionTimeOut), the request is presented again.
        const r = sess.remote;
        if (r) this.ctx.clock.after(1000, () => this.presentAgain(tx, r));
        return;
      }
      case 'Authorized': {
        const token = sess.token;
        const remoteId = sess.remote?.remoteStartId ?? null;
        // The charger authorized with the token the transaction already has (a remote start that began it): nothing new.
        const sameToken = token !== null && tx.idToken !== null && token.idToken === tx.idToken.idToken && token.type === tx.idToken.type;
        if (sameToken && (remoteId === null || remoteId === tx.remoteStartId)) {
          this.applyHeldProfile(tx, sess);
          return;
        }
        // idToken goes once per authorization: a different token is sent again.
        if (!sameToken) tx.idTokenSent = false;
        tx.idToken = token;
        if (remoteId !== null && remoteId !== tx.remoteStartId) {
          tx.remoteStartId = remoteId;
          tx.remoteStartSent = false;
        }
        this.writer.write(tx, 'Updated', this.reachTrigger(e, sess), 'event');
        this.applyHeldProfile(tx, sess);
        return;
      }
      case 'TransactionStarted':
        tx.chargerTx = e.transaction_id ?? null;
        if (tx.chargerTx) this.store.setData(tx.id, { charger_tx: tx.chargerTx, ...(tx.remoteStartId !== null ? { remote_start_id: tx.remoteStartId } : {}) });
        this.applyHeldProfile(tx, sess);
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
    this.meter.disarm(tx);
    tx.evConnectTimer?.cancel();
    tx.evConnectTimer = null;
    // The remote start that began it must not authorize a later vehicle.
    if (tx.remoteStartId !== null) this.remoteStarts.remove(tx.remoteStartId);
    this.setChargingState(tx, tx.chargingState);
    this.txs.delete(tx.evse);
    this.sessions.get(tx.evse).profile = null;
    const meter = this.writer.sample(tx.evse, 'Transaction.End', this.meter.measurands('meter_values.stop_measurands'));
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

  private presentAgain(tx: OcppTx, r: RemoteStart): void {
    if (this.txs.get(tx.evse) !== tx || this.remoteStarts.find(r.idToken.idToken, tx.evse) !== r) return;
    if (this.charger(tx.evse)?.status().state !== 'WaitingForAuthentication') return;
    this.ctx.presentToken({ id_token: r.idToken.idToken, type: 'Central', evse: tx.evse, source: 'ocpp' }).catch((err: Error) => this.ctx.log.warn(`remote start ${r.remoteStartId}: ${err.message}`));
  }

  private setChargingState(tx: OcppTx, state: ChargingState): void {
    const now = this.ctx.clock.now();
    if (tx.chargingSince !== null) tx.chargedMs += now - tx.chargingSince;
    tx.chargingSince = state === 'Charging' ? now : null;
    tx.chargingState = state;
  }

  // ---- remote start ----

  /**
   * K01: a TxProfile for a transaction the charger does not run yet (set before authorization) is held and
   * installed when it does.
   */
  holdTxProfile(tx: OcppTx, profile: ChargingProfile): void {
    if (this.txs.get(tx.evse) === tx) this.sessions.get(tx.evse).profile = profile;
  }

  /**
   * F01, K01: a chargingProfile given with RequestStartTransaction, or set before the charger ran the
   * transaction, becomes the transaction's TxProfile once the charger runs it.
   */
  private applyHeldProfile(tx: OcppTx, sess: EvseSession): void {
    const profile = sess.profile;
    if (!profile || !tx.chargerTx) return;
    sess.profile = null;
    const result = this.ctx.smart.set(tx.evse, { ...profile, tx_ref: tx.chargerTx });
    if (result.status !== 'Accepted') this.ctx.log.warn(`transaction ${tx.id}: TxProfile ${profile.id} rejected: ${result.reason ?? ''}`);
  }

  private onSetting(key: SettingKey): void {
    if (key === 'meter_values.sample_interval_s') for (const tx of this.txs.values()) this.meter.arm(tx);
    if (key === 'meter_values.aligned_interval_s') this.meter.restartAligned();
  }

  private charger(evse: number) {
    return this.ctx.evses.find((e) => e.id === evse)?.charger;
  }
}
