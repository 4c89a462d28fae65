/**
 * Runs fn once the answer to the CSMS's current request is on the wire (F06.FR.04: the response goes
 * before the message it triggers). The RPC layer sends a handler's result when its promise settles, which
 * is within the current round of microtasks; setImmediate runs after that round.
 */
export function afterAnswer(fn: () => void): void {
  setImmediate(fn);
}
