/** The CSMS's own bookkeeping of a CALL a station made, shared by the rule ledgers. */
import type { ReceivedCall } from './api.js';

export interface InboundCall extends ReceivedCall {
  /** Which WebSocket connection carried it (connections are numbered over the CSMS's life). */
  connection: number;
  answered: boolean;
  /** Answered with a CALLERROR: the CSMS did not take it, so the station is right to send it again. */
  refused?: boolean;
  /** Left unanswered on purpose (`noReply`, `disconnect`): the station may give up on it. */
  abandoned: boolean;
}

/** A rule broken by one message: the ledgers return these and the CSMS records them as violations. */
export interface Finding {
  rule: string;
  detail: string;
}

/**
 * A repeat of an earlier message is a legitimate resend when the CSMS refused it (CALLERROR) or the station
 * cannot have seen the answer: the earlier one was still unanswered, or it was answered on a connection
 * that has since gone.
 */
export function mayResend(earlier: InboundCall, connection: number): boolean {
  return earlier.refused === true || !earlier.answered || earlier.connection !== connection;
}
