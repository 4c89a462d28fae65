/**
 * Remote control (F01-F03, F05): RequestStartTransaction, RequestStopTransaction, UnlockConnector. A remote
 * start's token goes to the AuthManager like a card's; one it keeps for a vehicle still to come may start
 * the transaction at once (F02, transactions.ts).
 */
import type { MapperContext, OcppEvse } from '../ports.js';
import { afterAnswer } from './defer.js';
import type { RequestStartStopResponse, RequestStartTransactionRequest } from './messages.js';
import { profileFromOcpp } from './profiles.js';
import type { LocalState } from './local-state.js';
import type { OcppTx, RemoteStart, TransactionManager } from './transactions.js';

export function evseOf(ctx: MapperContext, id: number | undefined): OcppEvse | undefined {
  return id === undefined ? undefined : ctx.evses.find((e) => e.id === id);
}

/** An EVSE a remote start may use: in service, not faulted, no authorized transaction on it. */
function usable(local: LocalState, tm: TransactionManager, e: OcppEvse): boolean {
  const s = e.charger.status();
  if (s.state === 'Disabled' || s.blocking_errors.length > 0 || !local.operative(e.id)) return false;
  const tx = tm.active(e.id);
  return s.transaction_id === null && !(tx && tx.idToken);
}

export function registerRemote(ctx: MapperContext, tm: TransactionManager, local: LocalState): void {
  ctx.link.handle('RequestStartTransaction', (req: RequestStartTransactionRequest): RequestStartStopResponse => {
    const evse = evseOf(ctx, req.evseId);
    if (req.evseId !== undefined && !evse) return rejected('UnknownEvse', `no EVSE ${req.evseId}`);
    const candidates = evse ? [evse] : ctx.evses;
    if (!candidates.some((e) => usable(local, tm, e))) return rejected('NotAvailable', 'no EVSE can start a transaction');
    let profile = null;
    if (req.chargingProfile) {
      // F01.FR.12: only a TxProfile may come with a remote start.
      if (req.chargingProfile.chargingProfilePurpose !== 'TxProfile') return rejected('InvalidProfile', 'chargingProfile must be a TxProfile');
      const converted = profileFromOcpp(req.chargingProfile);
      if (!converted.ok) return rejected('InvalidSchedule', converted.reason);
      profile = converted.profile;
    }
    const timeout = ctx.settings.getNumber('authorization.connection_timeout_s');
    const remote: RemoteStart = { remoteStartId: req.remoteStartId, idToken: req.idToken, evse: evse?.id ?? null, profile, expires: ctx.clock.now() + timeout * 1000 };
    tm.addRemoteStart(remote);
    // F01: a transaction already running (started at EVConnected) is named in the answer: the one on the
    // EVSE asked for, or else that of the one vehicle waiting for a token, which the token goes to.
    const running = evse ? tm.active(evse.id) : waitingTransaction(ctx, tm);
    afterAnswer(() => present(ctx, tm, remote));
    return { status: 'Accepted', ...(running ? { transactionId: running.id } : {}) };
  });

  ctx.link.handle('RequestStopTransaction', (req: { transactionId: string }): RequestStartStopResponse => {
    const tx = tm.byId(req.transactionId);
    // F03.FR.08: only a transaction that is running can be stopped.
    if (!tx) return rejected('TxNotFound', `no transaction ${req.transactionId}`);
    afterAnswer(() => {
      const charger = evseOf(ctx, tx.evse)?.charger;
      if (tx.chargerTx && charger?.stopTransaction('Remote')) return;
      tm.endNow(tx, 'RemoteStop', 'Remote');
    });
    return { status: 'Accepted' };
  });

  ctx.link.handle('UnlockConnector', (req: { evseId: number; connectorId: number }) => {
    const evse = evseOf(ctx, req.evseId);
    if (!evse || req.connectorId !== 1) return { status: 'UnknownConnector' };
    // F05.FR.02: an authorized transaction is stopped by RequestStopTransaction, not by unlocking its cable.
    const tx = tm.active(evse.id);
    if (evse.charger.status().transaction_id !== null || (tx && tx.idToken)) return { status: 'OngoingAuthorizedTransaction' };
    const result = evse.charger.unlockConnector();
    if (result === 'NotSupported') return { status: 'UnlockFailed', statusInfo: { reasonCode: 'NoLock', additionalInfo: 'this connector has no lock' } };
    return { status: result };
  });
}

/** The AuthManager gives the token to a vehicle waiting for one, or keeps it for the next (F01, F02). */
function present(ctx: MapperContext, tm: TransactionManager, remote: RemoteStart): void {
  const { idToken, evse } = remote;
  ctx
    .presentToken({ id_token: idToken.idToken, type: 'Central', ...(evse !== null ? { evse } : {}), source: 'ocpp' })
    .then((r) => {
      ctx.log.info(`remote start for ${idToken.idToken}: ${r.status}${r.evse !== null ? ` on EVSE ${r.evse}` : r.accepted ? ', waiting for a vehicle' : ''}`);
      if (r.accepted && r.evse === null) tm.startRemoteFirst(remote);
    })
    .catch((err: Error) => ctx.log.warn(`remote start for ${idToken.idToken} failed: ${err.message}`));
}

/** With no EVSE named: the transaction of the only vehicle waiting for a token (with several, it is open which). */
function waitingTransaction(ctx: MapperContext, tm: TransactionManager): OcppTx | null {
  const waiting = ctx.evses.filter((e) => e.charger.status().state === 'WaitingForAuthentication');
  const tx = waiting.length === 1 ? tm.active(waiting[0]!.id) : null;
  return tx && tx.idToken === null ? tx : null;
}

function rejected(reasonCode: string, additionalInfo: string): RequestStartStopResponse {
  return { status: 'Rejected', statusInfo: { reasonCode, additionalInfo } };
}
