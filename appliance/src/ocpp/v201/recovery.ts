/**
 * After a crash, a power loss or a restart (E: "transactions that were ongoing when the station lost
 * power"): every 2.0.1 transaction still open in the table whose charger no longer runs it gets its Ended
 * event — the next seqNo, the last meter reading saved and its time, `offline` (it ended while we were not
 * connected). A Reset says ResetCommand / ImmediateReset, a graceful stop AbnormalCondition / Reboot, nothing
 * recorded (a crash, the power gone) AbnormalCondition / PowerLoss.
 */
import type { MapperContext } from '../ports.js';
import { isoTime } from './convert.js';
import type { LocalState } from './local-state.js';
import type { StoppedReason, TransactionEventRequest, TriggerReason } from './messages.js';
import type { TransactionManager } from './transactions.js';
import type { TransactionStore } from './tx-store.js';

export function recoverTransactions(ctx: MapperContext, store: TransactionStore, local: LocalState, tm: TransactionManager): number {
  const how = local.shutdown();
  local.setShutdown(null);
  const trigger: TriggerReason = how === 'reset' ? 'ResetCommand' : 'AbnormalCondition';
  const reason: StoppedReason = how === 'reset' ? 'ImmediateReset' : how === 'graceful' ? 'Reboot' : 'PowerLoss';
  let closed = 0;
  for (const row of store.active()) {
    const running = ctx.evses.find((e) => e.id === row.evse)?.charger.status().transaction_id ?? null;
    if (running !== null && running === row.data.charger_tx) {
      tm.adopt(row);
      continue;
    }
    store.atomically(() => {
      const payload: TransactionEventRequest = {
        eventType: 'Ended',
        timestamp: isoTime(row.last_meter_at),
        triggerReason: trigger,
        seqNo: store.takeSeqNo(row.tx_ref),
        offline: true,
        transactionInfo: { transactionId: row.tx_ref, stoppedReason: reason },
        meterValue: [
          {
            timestamp: isoTime(row.last_meter_at),
            sampledValue: [
              { value: row.last_meter_Wh, context: 'Transaction.End', measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
            ],
          },
        ],
      };
      store.end(row.tx_ref, row.last_meter_at, reason);
      ctx.sender.enqueue('TransactionEvent', payload, { tx_ref: row.tx_ref, kind: 'stop' });
    });
    if (row.data.charger_tx) ctx.smart.transactionEnded(row.data.charger_tx);
    ctx.log.info(`transaction ${row.tx_ref} (EVSE ${row.evse}) closed after restart: ${trigger} / ${reason}`);
    closed++;
  }
  return closed;
}
