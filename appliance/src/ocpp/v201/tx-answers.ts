/**
 * What the CSMS's TransactionEventResponse tells the station (C10, E05): its idTokenInfo goes into the
 * authorization cache, and a token it does not accept ends the transaction's authorization
 * (StopTxOnInvalidId): the charger stops, or the transaction ends when the charger has none running.
 */
import type { MapperContext, QueuedMessage } from '../ports.js';
import { tokenInfoOf } from './convert.js';
import type { TransactionEventRequest, TransactionEventResponse } from './messages.js';
import type { TransactionManager } from './transactions.js';

export function transactionEventAnswered(ctx: MapperContext, tm: TransactionManager, msg: QueuedMessage, result: TransactionEventResponse): void {
  if (msg.action !== 'TransactionEvent') return;
  const sent = msg.payload as TransactionEventRequest;
  const info = result?.idTokenInfo;
  if (!sent.idToken || !info) return;
  if (sent.idToken.type !== 'NoAuthorization' && sent.idToken.type !== 'Central') ctx.cache.put(sent.idToken.idToken, tokenInfoOf(info));
  if (info.status === 'Accepted' || !ctx.settings.getBoolean('transactions.stop_on_invalid_id')) return;
  const tx = tm.byId(sent.transactionInfo.transactionId);
  if (!tx) return;
  ctx.log.info(`transaction ${tx.id}: token ${sent.idToken.idToken} is ${info.status}; stopping (StopTxOnInvalidId)`);
  const charger = ctx.evses.find((e) => e.id === tx.evse)?.charger;
  if (tx.chargerTx && charger?.stopTransaction('DeAuthorized')) return;
  tm.endNow(tx, 'Deauthorized', 'DeAuthorized');
}
