/**
 * One fault-injection case run the way `ampbox simulate` runs a scenario: the whole appliance built from
 * its configuration on the simulated board, SLAC over the simulated power line, SDP and V2GTP over TCP on
 * ::1, the simulated vehicle's own EVCC, a ManualClock, and the error history and sessions in an SQLite
 * file in a temp dir. What comes back is what the safe end state is read from: the board's journal
 * (contactors with the current through them, the lock, the vehicle's V2G answers), the stored history.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { defaultConfig } from '../../appliance/src/config/index.js';
import { ErrorHistoryStore, openDatabase, SessionStore, type ChargingSessionRecord } from '../../appliance/src/db/index.js';
import { simulate, type Scenario, type ScenarioStep, type ScenarioSummary } from '../../appliance/src/sim/index.js';
import type { SessionEventType, StopReason } from '../../appliance/src/shared/ports/charger.js';
import type { ErrorRecord } from '../../appliance/src/shared/ports/errors.js';
import type { LogRecord } from '../../appliance/src/shared/logger.js';
import type { EvccOutcome } from '../../appliance/src/v2g/evcc/index.js';

export type Protocol = 'din-dc' | 'iso2-dc' | 'iso2-ac';
export const PROTOCOLS: readonly Protocol[] = ['din-dc', 'iso2-dc', 'iso2-ac'];
export const DC_PROTOCOLS: readonly Protocol[] = ['din-dc', 'iso2-dc'];

const DC_EVSE = { id: 1, connector: 'cCCS2', max_current_A: 32, slac: { enabled: true }, dc: { enabled: true } };
const AC_EVSE = { id: 1, max_current_A: 16, slac: { enabled: true } };

/** The simulated vehicle (a built-in EV profile) and the charger each protocol runs on. */
export const SETUP: Record<Protocol, { ev: string; evse: Record<string, unknown>; dc: boolean }> = {
  'din-dc': { ev: 'dc-din', evse: DC_EVSE, dc: true },
  'iso2-dc': { ev: 'dc-iso2', evse: DC_EVSE, dc: true },
  'iso2-ac': { ev: 'ac-3p-16-hlc', evse: AC_EVSE, dc: false },
};

export type Journal = ScenarioSummary['journal'];

export interface CaseRun {
  summary: ScenarioSummary;
  journal: Journal;
  /** The error history as stored in the SQLite file (oldest first). */
  errors: ErrorRecord[];
  /** The transactions as stored. */
  sessions: ChargingSessionRecord[];
  log: LogRecord[];
  /** The EVSE's power_off_current_A: contactors may open at or below it. */
  threshold_A: number;
  /** The vehicle's own view of its V2G session(s). */
  ev: EvccOutcome[];
}

export interface CaseSetup {
  protocol: Protocol;
  /** Before plug-in (a V2G fault, a damaged cable). */
  before?: ScenarioStep[];
  /** After plug-in: the card and the trigger. */
  steps: ScenarioStep[];
  /** The vehicle is unplugged this long after this event. */
  unplugOn: SessionEventType;
  auth_timeout_s?: number;
  max_duration_s?: number;
  expect: Scenario['expect'];
}

export async function runCase(c: CaseSetup): Promise<CaseRun> {
  const { ev, evse } = SETUP[c.protocol];
  const config = { evses: [evse], auth: { timeout_s: c.auth_timeout_s ?? 60 } };
  const scenario: Scenario = {
    name: `fault case (${c.protocol})`,
    description: 'fault injection through the charger',
    config,
    steps: [
      ...(c.before ?? []),
      { delay_s: 1, action: { plug: ev } },
      ...c.steps,
      { on: c.unplugOn, delay_s: 10, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: c.max_duration_s ?? 3600,
    expect: c.expect,
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-faults-'));
  const database_path = path.join(dir, 'ampbox.db');
  const log: LogRecord[] = [];
  try {
    const summary = await simulate(scenario, { database_path, log });
    // The appliance has stopped and closed the file: read back what it stored.
    const db = openDatabase(database_path);
    try {
      const errors = new ErrorHistoryStore(db).query({ limit: 1000 }).items.reverse();
      const sessions = new SessionStore(db).list({ limit: 1000 }).items;
      const threshold_A = defaultConfig(config).evses[0]!.power_off_current_A;
      const journal = summary.journal;
      const evEnds = journal.flatMap((e) => (e.kind === 'ev_end' ? [e.outcome] : []));
      return { summary, journal, errors, sessions, log, threshold_A, ev: evEnds };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How the contactors must have ended: opened (without load), never closed, or welded shut. */
export type ContactorEnd = 'opened' | 'never-closed' | 'welded';

/**
 * Contactors and lock from the journal: every opening at or below the threshold; the lock released only
 * while the contactors were open (and not before the time they opened), and released at all by the end —
 * except over a welded contactor, where it must never release.
 */
export function expectSafeHardware(run: CaseRun, end: ContactorEnd): void {
  const moves = run.journal.flatMap((e) => (e.kind === 'contactors' ? [e] : []));
  if (end === 'never-closed') {
    expect(moves, 'the contactors never closed').toEqual([]);
  } else {
    expect(moves[0], 'the contactors closed for charging').toMatchObject({ closed: true });
    // The case means something only if current flowed: a fault under no load proves nothing.
    expect(Math.max(...run.summary.peak_current_A), 'current flowed before the fault').toBeGreaterThan(10);
  }
  if (end === 'opened') {
    expect(moves.at(-1), 'the contactors are open at the end').toMatchObject({ closed: false });
    for (const m of moves.filter((x) => !x.closed)) expect(m.current_A, 'current through the contactors as they opened').toBeLessThanOrEqual(run.threshold_A);
    // The charger opened them (an RCD or a fault must not be what interrupted the load through them).
    let commandedOpen = false;
    for (const e of run.journal) {
      if (e.kind === 'contactor_command') commandedOpen = !e.closed;
      if (e.kind === 'contactors' && !e.closed) expect(commandedOpen, 'the contactors opened on the charger\'s command').toBe(true);
    }
  }
  if (end === 'welded') {
    expect(moves.filter((x) => !x.closed), 'a welded contactor never opens').toEqual([]);
    const commands = run.journal.flatMap((e) => (e.kind === 'contactor_command' && !e.closed ? [e] : []));
    expect(commands.length, 'the charger commanded them open').toBeGreaterThan(0);
    for (const c of commands) expect(c.current_A, 'current when the charger commanded the opening').toBeLessThanOrEqual(run.threshold_A);
  }

  let closed = false;
  let openedAt = -Infinity;
  let locked = false;
  for (const e of run.journal) {
    if (e.kind === 'contactors') {
      closed = e.closed;
      if (!e.closed) openedAt = e.t;
    }
    if (e.kind !== 'lock') continue;
    if (!e.locked) {
      expect(closed, 'the lock released while the contactors were closed').toBe(false);
      expect(e.t, 'the lock released before the contactors opened').toBeGreaterThanOrEqual(openedAt);
    }
    locked = e.locked;
  }
  if (end === 'opened') expect(run.journal.some((e) => e.kind === 'lock' && e.locked), 'the connector was locked while charging').toBe(true);
  expect(locked, end === 'welded' ? 'the lock stays closed over a welded contactor' : 'the lock is released once the EV unplugged').toBe(end === 'welded');
}

/** The error history as stored: exactly these types; errors of the vehicle cleared by its unplug unless noted. */
export function expectStoredErrors(run: CaseRun, types: readonly string[], stillActive: readonly string[] = []): ErrorRecord[] {
  expect(run.errors.map((e) => e.type).sort()).toEqual([...types].sort());
  for (const e of run.errors) expect(e.state, `${e.type} at the end`).toBe(stillActive.includes(e.type) ? 'Active' : 'ClearedByModule');
  return run.errors;
}

/** The transaction as stored: ended with this reason, its energy kept (or none at all for null). */
export function expectStoredTransaction(run: CaseRun, reason: StopReason | null, energy: 'positive' | 'zero'): void {
  if (reason === null) {
    expect(run.sessions, 'no transaction was started').toEqual([]);
    return;
  }
  expect(run.sessions).toHaveLength(1);
  const s = run.sessions[0]!;
  expect(s.stopped_at, 'the transaction ended').not.toBeNull();
  expect(s.stop_reason).toBe(reason);
  expect(s.energy_Wh).toBeCloseTo(run.summary.energy_Wh, 0);
  if (energy === 'positive') expect(s.energy_Wh).toBeGreaterThan(0);
  else expect(s.energy_Wh).toBe(0);
}

/** Answers the vehicle received that were more than a plain OK (FAILED codes, EVSE status, notifications). */
export function evAnswers(run: CaseRun) {
  return run.journal.flatMap((e) => (e.kind === 'ev_response' ? [e] : []));
}
