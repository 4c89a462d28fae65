/**
 * The one helper that matches replies to requests (style habit 7): send, wait `timeoutMs` on the
 * injected clock, re-send up to `retries` times, then give up with a named reason. SLAC uses it for its
 * confirmations (EVSE machine and PEV simulator); OCPP results and JSON-RPC replies are meant to use it
 * too. A message offered to it is consumed by the first matching wait.
 */
import type { Clock, TimerHandle } from './clock.js';

export interface ReplySpec<M = unknown> {
  /** For logs and give-up reasons, e.g. 'CM_SET_KEY.CNF'. */
  label: string;
  match(message: M): boolean;
  timeoutMs: number;
  /** Re-sends after the first attempt (C_EV_match_retry style). */
  retries: number;
  /** (Re)sends the request; attempt 0 is the first transmission. */
  transmit(attempt: number): void;
  onReply(message: M): void;
  /** Every attempt went unanswered. */
  onTimeout(attempts: number): void;
}

export interface PendingReply {
  readonly label: string;
  cancel(): void;
}

interface Wait<M> {
  spec: ReplySpec<M>;
  attempt: number;
  timer: TimerHandle | null;
}

export class ReplyMatcher<M = unknown> {
  private readonly waits = new Set<Wait<M>>();
  /** Re-sends made so far (attempts after the first). */
  retries = 0;

  constructor(private readonly clock: Clock) {}

  expect(spec: ReplySpec<M>): PendingReply {
    const wait: Wait<M> = { spec, attempt: 0, timer: null };
    this.waits.add(wait);
    this.fire(wait);
    return {
      label: spec.label,
      cancel: () => this.drop(wait),
    };
  }

  /** Offers a received message; true when a pending wait took it. */
  offer(message: M): boolean {
    for (const wait of this.waits) {
      if (!wait.spec.match(message)) continue;
      this.drop(wait);
      wait.spec.onReply(message);
      return true;
    }
    return false;
  }

  has(label: string): boolean {
    for (const w of this.waits) if (w.spec.label === label) return true;
    return false;
  }

  get size(): number {
    return this.waits.size;
  }

  cancelAll(): void {
    for (const w of [...this.waits]) this.drop(w);
  }

  private fire(wait: Wait<M>): void {
    if (wait.attempt > 0) this.retries++;
    wait.spec.transmit(wait.attempt);
    // transmit() may have cancelled us (a synchronous reply path); do not arm a timer then.
    if (!this.waits.has(wait)) return;
    wait.timer = this.clock.after(wait.spec.timeoutMs, () => {
      wait.timer = null;
      if (wait.attempt < wait.spec.retries) {
        wait.attempt++;
        this.fire(wait);
        return;
      }
      this.drop(wait);
      wait.spec.onTimeout(wait.attempt + 1);
    });
  }

  private drop(wait: Wait<M>): void {
    wait.timer?.cancel();
    wait.timer = null;
    this.waits.delete(wait);
  }
}
