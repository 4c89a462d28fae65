/**
 * The CSMS steering a connector: RemoteStartTransaction (a token of type 'Central' presented to the
 * AuthManager, which keeps it until a vehicle plugs in; a TxProfile given with it is installed once the
 * transaction exists), RemoteStopTransaction and UnlockConnector (1.6 §5.11, §5.12, §5.17).
 */
import type { TimerHandle } from '../../shared/clock.js';
import type { ChargerState, SessionEvent } from '../../shared/ports/charger.js';
import type { MapperContext } from '../ports.js';
import type {
  CsChargingProfiles,
  RemoteStartStopStatus,
  RemoteStartTransactionReq,
  RemoteStopTransactionReq,
  UnlockConnectorReq,
  UnlockStatus,
} from './messages.js';
import { profileFromOcpp, profileShapeError } from './smart-charging.js';
import type { TransactionReporter } from './transactions.js';

const OWNER = 'ocpp-v16-remote';
/** How long UnlockConnector keeps trying while a stopped transaction's contactors open. */
export const UNLOCK_RETRY_MS = 3000;
const UNLOCK_STEP_MS = 250;

/** States in which a connector can take a new transaction. */
const READY: ChargerState[] = ['Idle', 'WaitingForAuthentication'];

interface PendingProfile {
  idTag: string;
  evse: number | undefined;
  profile: CsChargingProfiles;
  expires: number;
}

export class RemoteControl {
  private readonly pendingProfiles: PendingProfile[] = [];
  private unsubscribe: (() => void) | null = null;
  private readonly timers = new Set<TimerHandle>();

  constructor(
    private readonly ctx: MapperContext,
    private readonly tx: TransactionReporter,
    private readonly inoperative: (connectorId: number) => boolean,
  ) {}

  start(): void {
    this.unsubscribe = this.ctx.bus.on('session_event', OWNER, (e) => {
      if (e.type === 'TransactionStarted') this.installPendingProfile(e);
    });
    const { link } = this.ctx;
    link.handle('RemoteStartTransaction', (req: RemoteStartTransactionReq) => ({ status: this.remoteStart(req) }));
    link.handle('RemoteStopTransaction', (req: RemoteStopTransactionReq) => ({ status: this.remoteStop(req) }));
    link.handle('UnlockConnector', async (req: UnlockConnectorReq) => ({ status: await this.unlock(req) }));
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    for (const t of this.timers) t.cancel();
    this.timers.clear();
  }

  /** Whether a connector can start a transaction for a remote request now. */
  private ready(evse: number): boolean {
    const e = this.ctx.evses.find((x) => x.id === evse);
    if (!e || this.inoperative(evse)) return false;
    const s = e.charger.status();
    return READY.includes(s.state) && s.transaction_id === null && s.blocking_errors.length === 0;
  }

  remoteStart(req: RemoteStartTransactionReq): RemoteStartStopStatus {
    // 1.6 §4.2 (Pending): the Central System may not ask for remote starts or stops before it accepted the boot.
    if (this.ctx.boot.status !== 'Accepted') return 'Rejected';
    if (req.connectorId !== undefined ? !this.ready(req.connectorId) : !this.ctx.evses.some((e) => this.ready(e.id))) return 'Rejected';
    const profile = req.chargingProfile;
    // 1.6 §5.11: only a TxProfile, and without a transactionId (there is none yet).
    if (profile && (profile.chargingProfilePurpose !== 'TxProfile' || profile.transactionId !== undefined)) return 'Rejected';
    // A profile that could never be installed would leave the transaction without the limit the CSMS asked for.
    if (profile && profileShapeError(profile) !== null) return 'Rejected';
    const timeoutMs = this.ctx.settings.getNumber('authorization.connection_timeout_s') * 1000;
    if (profile) this.pendingProfiles.push({ idTag: req.idTag, evse: req.connectorId, profile, expires: this.ctx.clock.now() + timeoutMs });
    // Answer first: presenting may itself ask the CSMS (AuthorizeRemoteTxRequests).
    setImmediate(() => {
      this.ctx
        .presentToken({ id_token: req.idTag, type: 'Central', source: 'ocpp', ...(req.connectorId !== undefined ? { evse: req.connectorId } : {}) })
        .then((r) => {
          if (!r.accepted) this.dropProfile(req.idTag);
          this.ctx.log.info(`remote start for ${req.idTag}: ${r.status}${r.evse !== null ? ` on connector ${r.evse}` : ''}`);
        })
        .catch((err: Error) => {
          this.dropProfile(req.idTag);
          this.ctx.log.warn(`remote start for ${req.idTag} failed: ${err.message}`);
        });
    });
    return 'Accepted';
  }

  /**
   * Accepted when the transaction runs here; the stop follows the answer (§5.12: the answer says the request
   * is accepted, not that the transaction has ended), so the CSMS gets RemoteStopTransaction.conf before
   * the StopTransaction it causes.
   */
  remoteStop(req: RemoteStopTransactionReq): RemoteStartStopStatus {
    if (this.ctx.boot.status !== 'Accepted') return 'Rejected';
    const row = this.tx.store.activeByOcppId(req.transactionId);
    if (!row) return 'Rejected';
    const charger = this.ctx.evses.find((e) => e.id === row.evse)?.charger;
    if (!charger || charger.status().transaction_id !== row.tx_ref) return 'Rejected';
    setImmediate(() => {
      if (!this.tx.stopTransaction(row.evse, 'Remote', 'Remote')) this.ctx.log.warn(`remote stop of transaction ${req.transactionId}: it had already ended`);
    });
    return 'Accepted';
  }

  /** Unlocks; with a transaction it is stopped first (reason UnlockCommand) and the unlock retried while the contactors open. */
  async unlock(req: UnlockConnectorReq): Promise<UnlockStatus> {
    const charger = this.ctx.evses.find((e) => e.id === req.connectorId)?.charger;
    if (!charger) return 'NotSupported';
    const hadTx = charger.status().transaction_id !== null;
    if (hadTx) this.tx.overrideStopReason(req.connectorId, 'UnlockCommand');
    const first = charger.unlockConnector();
    // Without a lock the charger stopped nothing: the next stop must not claim an unlock caused it.
    if (first === 'NotSupported' && hadTx) this.tx.overrideStopReason(req.connectorId, null);
    if (first !== 'UnlockFailed' || !hadTx) return first;
    const deadline = this.ctx.clock.now() + UNLOCK_RETRY_MS;
    return new Promise<UnlockStatus>((resolve) => {
      const timer = this.ctx.clock.every(UNLOCK_STEP_MS, () => {
        const r = charger.unlockConnector();
        if (r === 'UnlockFailed' && this.ctx.clock.now() < deadline) return;
        timer.cancel();
        this.timers.delete(timer);
        resolve(r);
      });
      this.timers.add(timer);
    });
  }

  private installPendingProfile(e: SessionEvent): void {
    const now = this.ctx.clock.now();
    for (let i = this.pendingProfiles.length - 1; i >= 0; i--) if (this.pendingProfiles[i]!.expires < now) this.pendingProfiles.splice(i, 1);
    const i = this.pendingProfiles.findIndex((p) => p.idTag === e.id_token && (p.evse === undefined || p.evse === e.evse));
    if (i < 0 || !e.transaction_id) return;
    const [pending] = this.pendingProfiles.splice(i, 1);
    const result = this.ctx.smart.set(e.evse, profileFromOcpp(this.ctx, pending!.profile, e.transaction_id));
    this.ctx.log.info(`remote start profile ${pending!.profile.chargingProfileId} on connector ${e.evse}: ${result.status}${result.reason ? ` (${result.reason})` : ''}`);
  }

  private dropProfile(idTag: string): void {
    const i = this.pendingProfiles.findIndex((p) => p.idTag === idTag);
    if (i >= 0) this.pendingProfiles.splice(i, 1);
  }
}
