/**
 * Reset (1.6 §5.14): Accepted, then the running transactions stop (reported as SoftReset / HardReset), and
 * once they have ended (or after a bound) the supervisor restarts the appliance. The reason is also left in
 * kv, so a transaction that could not be closed before the restart is closed with it at the next start.
 */
import { KeyValueStore } from '../../db/index.js';
import type { Database } from '../../db/index.js';
import type { MapperContext } from '../ports.js';
import type { ResetReq } from './messages.js';
import { SHUTDOWN_KEY, type TransactionReporter } from './transactions.js';

/** Longest wait for the transactions to end before restarting anyway. */
export const RESET_WAIT_MS = 10_000;
const RESET_STEP_MS = 250;

export function registerReset(ctx: MapperContext, db: () => Database, tx: TransactionReporter): void {
  ctx.link.handle('Reset', (req: ResetReq) => {
    setImmediate(() => perform(ctx, db, tx, req.type));
    return { status: 'Accepted' };
  });
}

function perform(ctx: MapperContext, db: () => Database, tx: TransactionReporter, type: ResetReq['type']): void {
  const reason = type === 'Soft' ? 'SoftReset' : 'HardReset';
  new KeyValueStore(db(), () => ctx.clock.now()).set(SHUTDOWN_KEY, reason);
  ctx.securityEvent('ResetOrReboot', `${type} reset requested by the CSMS`);
  for (const evse of ctx.evses) tx.stopTransaction(evse.id, reason, 'Reboot');
  const deadline = ctx.clock.now() + RESET_WAIT_MS;
  const running = (): boolean => ctx.evses.some((e) => e.charger.status().transaction_id !== null);
  const restart = (): void => {
    ctx.log.info(`${type} reset: restarting`);
    ctx.restart(type, `OCPP Reset ${type}`);
  };
  if (!running()) return restart();
  const timer = ctx.clock.every(RESET_STEP_MS, () => {
    if (running() && ctx.clock.now() < deadline) return;
    timer.cancel();
    restart();
  });
}
