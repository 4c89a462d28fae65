/** GetTransactionStatus (E14): whether a transaction still runs and whether its messages still wait. */
import type { MapperContext } from '../ports.js';
import type { TransactionManager } from './transactions.js';
import type { TransactionStore } from './tx-store.js';

export function registerTransactionStatus(ctx: MapperContext, tm: TransactionManager, store: TransactionStore): void {
  ctx.link.handle('GetTransactionStatus', (req: { transactionId?: string }) => {
    if (req.transactionId === undefined) return { messagesInQueue: store.queued(null) > 0 };
    return { ongoingIndicator: tm.byId(req.transactionId) !== null, messagesInQueue: store.queued(req.transactionId) > 0 };
  });
}
