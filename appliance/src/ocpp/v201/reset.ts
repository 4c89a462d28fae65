/**
 * Reset (B11, B12): Immediate ends the running transactions (ResetCommand / ImmediateReset) and restarts
 * the appliance through the supervisor; OnIdle waits for them to end (Scheduled). An EVSE reset ends that
 * EVSE's transaction; there is nothing else to restart per EVSE.
 */
import type { MapperContext } from '../ports.js';
import { afterAnswer } from './defer.js';
import type { LocalState } from './local-state.js';
import type { ResetType } from './messages.js';
import type { OcppTx, TransactionManager } from './transactions.js';

/** Time for the answer and the Ended events to leave before the supervisor stops the OCPP client. */
export const RESET_DELAY_MS = 2000;

export class ResetControl {
  private scheduled: ResetType | null = null;

  constructor(
    private readonly ctx: MapperContext,
    private readonly tm: TransactionManager,
    private readonly local: LocalState,
  ) {}

  register(): void {
    this.tm.onEnded(() => {
      if (this.scheduled && this.tm.all().length === 0) this.restart('OnIdle');
    });
    this.ctx.link.handle('Reset', (req: { type: ResetType; evseId?: number }) => {
      if (req.evseId !== undefined) return this.resetEvse(req.type, req.evseId);
      const running = this.tm.all();
      if (req.type === 'OnIdle' && running.length > 0) {
        this.scheduled = 'OnIdle';
        return { status: 'Scheduled' };
      }
      afterAnswer(() => {
        for (const tx of running) this.endForReset(tx);
        this.restart(req.type);
      });
      return { status: 'Accepted' };
    });
  }

  private resetEvse(type: ResetType, evseId: number) {
    if (!this.ctx.evses.some((e) => e.id === evseId)) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse' } };
    const tx = this.tm.active(evseId);
    if (!tx) return { status: 'Accepted' };
    if (type === 'OnIdle') return { status: 'Scheduled' };
    afterAnswer(() => this.endForReset(tx));
    return { status: 'Accepted' };
  }

  private endForReset(tx: OcppTx): void {
    this.tm.endNow(tx, 'ResetCommand', 'ImmediateReset');
    this.ctx.evses.find((e) => e.id === tx.evse)?.charger.stopTransaction('Reboot');
  }

  private restart(type: ResetType): void {
    this.scheduled = null;
    // Transactions the charger still ends while stopping are closed at the next start as after a reset.
    this.local.setShutdown('reset');
    this.ctx.securityEvent('ResetOrReboot', `Reset ${type} requested by the CSMS`);
    this.ctx.log.info(`Reset ${type}: restarting in ${RESET_DELAY_MS} ms`);
    this.ctx.clock.after(RESET_DELAY_MS, () => this.ctx.restart(type === 'Immediate' ? 'Hard' : 'Soft', `OCPP Reset ${type}`));
  }
}
