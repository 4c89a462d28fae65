/**
 * What the simulated hardware did, in the order it happened: contactor commands and movements with the
 * current through the contactors at that instant, the connector lock, the RCD, and what the simulated
 * vehicle's V2G stack heard from the charger when it was more than a plain OK. Tests read a session's
 * safe end state from it; it is measured by the simulation's physics, never inferred from commands.
 */
import type { EvccOutcome } from '../../v2g/evcc/index.js';

export type JournalRecord =
  /** The contactors moved (closed: true) or opened; `current_A` flowed through them just before. */
  | { kind: 'contactors'; closed: boolean; current_A: number }
  /** The controller commanded the contactors; `current_A` flowed through them at that moment. */
  | { kind: 'contactor_command'; closed: boolean; current_A: number }
  | { kind: 'lock'; locked: boolean }
  | { kind: 'rcd'; tripped: boolean }
  /** A V2G answer the vehicle received that was not a plain OK with a ready EVSE. */
  | { kind: 'ev_response'; name: string; code: string; status_code?: string; notification?: string }
  /** The vehicle's V2G session ended (its own view). */
  | { kind: 'ev_end'; outcome: EvccOutcome };

/** `t`: ms on the appliance clock (board records carry the time of the control tick they happened in). */
export type JournalEntry = JournalRecord & { t: number };

/** Kept entries: plenty for a session's faults, bounded so a demo running for days does not grow. */
export const JOURNAL_LIMIT = 5000;

export class SimJournal {
  private readonly list: JournalEntry[] = [];

  record(entry: JournalRecord, t: number): void {
    this.list.push({ ...entry, t });
    if (this.list.length > JOURNAL_LIMIT) this.list.splice(0, this.list.length - JOURNAL_LIMIT);
  }

  /** The entries so far, oldest first (a copy). */
  get entries(): JournalEntry[] {
    return [...this.list];
  }
}
