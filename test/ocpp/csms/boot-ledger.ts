/**
 * Registration rules of both versions: nothing but BootNotification until the CSMS answered Accepted (a
 * station already Accepted may reconnect without booting again), and no BootNotification retry before the
 * `interval` of a Pending/Rejected answer. While Pending, messages the CSMS asked for with TriggerMessage are
 * allowed (1.6 §4.2, 2.0.1 B02).
 */
import type { Finding } from './inbound.js';

export type BootStatus = 'Accepted' | 'Pending' | 'Rejected';

/** Timers on either side are not exact; a retry this much early is still on time. */
export const BOOT_RETRY_SLACK_MS = 500;

/** TriggerMessage's requestedMessage → the action the station then sends. */
function triggeredAction(requestedMessage: string): string {
  return /^Sign.*Certificate$/.test(requestedMessage) ? 'SignCertificate' : requestedMessage;
}

export class BootLedger {
  /** The answer to the station's latest BootNotification; null before any, and while one is unanswered. */
  status: BootStatus | null = null;
  private lastAnswer: { status: BootStatus; interval: number; at: number } | null = null;
  private readonly triggered = new Set<string>();

  /** Checks a CALL from the station before it changes any state. */
  check(action: string, at: number): Finding[] {
    if (action === 'BootNotification') {
      const last = this.lastAnswer;
      if (last && last.status !== 'Accepted' && last.interval > 0 && !this.triggered.has(action)) {
        const waited = at - last.at;
        if (waited < last.interval * 1000 - BOOT_RETRY_SLACK_MS) {
          return [{ rule: 'boot-retry-interval', detail: `BootNotification ${waited} ms after a ${last.status} answer with interval ${last.interval} s` }];
        }
      }
      return [];
    }
    if (this.status === 'Accepted') return [];
    if (this.status === 'Pending' && this.triggered.has(action)) return [];
    return [{ rule: 'boot-order', detail: `${action} while the registration is ${this.status ?? 'not answered'}` }];
  }

  /** A new BootNotification arrived: the station is unregistered until it is answered. */
  bootReceived(): void {
    this.status = null;
    this.triggered.clear();
  }

  bootAnswered(status: BootStatus, interval: number, at: number): void {
    this.status = status;
    this.lastAnswer = { status, interval, at };
  }

  /** The CSMS sent TriggerMessage; the station may send that message even before its registration is Accepted. */
  triggerSent(requestedMessage: string): void {
    this.triggered.add(triggeredAction(requestedMessage));
  }

  /** The station refused the trigger, so the allowance lapses. */
  triggerRefused(requestedMessage: string): void {
    this.triggered.delete(triggeredAction(requestedMessage));
  }
}
