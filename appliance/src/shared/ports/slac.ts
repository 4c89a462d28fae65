/**
 * What the charger needs from SLAC (ISO 15118-3 data-link setup): start when the vehicle is connected
 * with 5 % PWM, reset when it leaves, and tell the outcome.
 */
export type SlacState = 'UNMATCHED' | 'MATCHING' | 'MATCHED';

export type SlacEvent =
  | { type: 'state'; state: SlacState; phase: string }
  | { type: 'matched'; pev_mac: string; nid: string; run_id: string }
  | { type: 'failed'; reason: string }
  /** The local modem's answer to the new network key. */
  | { type: 'set_key'; result: 'ok' | 'rejected' | 'no-answer'; nid: string; code?: number }
  | { type: 'link'; up: boolean };

export interface SlacHandle {
  readonly state: SlacState;
  /** The CP entered B, C or D with digital communication requested (5 % PWM): wait for the PEV. */
  enterBcd(): void;
  /** The vehicle left (CP A, E or F) or the session ended: forget everything and wait again. */
  leaveBcd(): void;
  onEvent(listener: (e: SlacEvent) => void): () => void;
}
