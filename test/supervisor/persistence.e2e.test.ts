/**
 * Issue 2, items 8 and 9 (Database, Errors), end to end: what the SQLite file holds across real stops and
 * starts of `node bin/ampbox.js start`.
 * - An error still Active at shutdown becomes ClearedByReboot (with cleared_at) at the next start.
 * - Crash safety: after SIGKILL mid-session the row stays open with the last flushed energy; the next start
 *   closes it as PowerLoss at the time of that flush, energy kept. SIGTERM mid-session ends it as Reboot.
 * The database is read through separate read-only connections while the appliance runs.
 *
 * Checked that these tests can fail: with `errors.bootCleanup()` removed from the database capability in
 * supervisor/build.ts the first test fails (state stays Active); with `e.charger.shutdown('Reboot')` removed
 * from the evse capability's stop the SIGTERM test fails (stopped_at stays null).
 */
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Ampbox, buildOnce, poll, readDb, reap, tempDir, writeConfig } from '../fixtures/ampbox-process.js';

interface ErrorRow {
  uuid: string;
  type: string;
  state: string;
  raised_at: number;
  cleared_at: number | null;
}
interface SessionRow {
  id: string;
  evse: number;
  started_at: number;
  stopped_at: number | null;
  energy_Wh: number;
  stop_reason: string | null;
  updated_at: number;
}

const READY_LINE = /ampbox \S+ ready with 1 EVSE\(s\)/;

beforeAll(buildOnce, 120_000);
afterEach(reap);

function errorRows(db: string): ErrorRow[] {
  return readDb(db, (d) => d.prepare('SELECT uuid, type, state, raised_at, cleared_at FROM error_history ORDER BY raised_at').all() as ErrorRow[]) ?? [];
}
function sessionRows(db: string): SessionRow[] {
  return (
    readDb(db, (d) =>
      d.prepare('SELECT id, evse, started_at, stopped_at, energy_Wh, stop_reason, updated_at FROM charging_sessions ORDER BY started_at').all() as SessionRow[],
    ) ?? []
  );
}

async function stop(p: Ampbox, sig: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  p.signal(sig);
  expect(await p.waitExit()).toEqual({ code: 0, signal: null });
}

/** Plain `start` (no demo): boots, does its start-up clean-up, is stopped with SIGTERM. */
async function bootAndStop(config: string): Promise<Ampbox> {
  const p = Ampbox.spawn(['start', '--config', config]);
  await p.waitFor(READY_LINE);
  await stop(p);
  return p;
}

describe('error persistence across a real stop and start', () => {
  it('keeps bsp/ContactorWelded Active over SIGTERM and marks it ClearedByReboot at the next start', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'ampbox.db');
    const config = writeConfig(dir);

    const first = Ampbox.spawn(['start', '--config', config, '--scenario', 'fault-welded', '--time-scale', '2000']);
    await first.waitFor(/raised bsp\/ContactorWelded/);
    await first.waitFor(/EVSE 1: TransactionFinished.*reason Local/);
    await first.waitFor(/demo: session complete/);
    await stop(first);

    const before = errorRows(db);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ type: 'bsp/ContactorWelded', state: 'Active', cleared_at: null });
    const [session] = sessionRows(db);
    expect(session).toMatchObject({ stop_reason: 'Local' });
    expect(session!.energy_Wh).toBeGreaterThan(0);

    const second = await bootAndStop(config);
    expect(second.stdout).toMatch(/1 error\(s\) .*ClearedByReboot/);

    const after = errorRows(db);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ uuid: before[0]!.uuid, type: 'bsp/ContactorWelded', state: 'ClearedByReboot' });
    expect(after[0]!.cleared_at).toEqual(expect.any(Number));
    // The finished session is left alone.
    expect(sessionRows(db)).toEqual([session]);

    // A third start finds nothing left to clear.
    const third = await bootAndStop(config);
    expect(third.stdout).not.toMatch(/ClearedByReboot/);
    expect(errorRows(db)).toEqual(after);
  });
});

describe('charging sessions across a crash and a clean stop', () => {
  // ac-hour at 100x: an hour of charging takes 36 s of real time, flushes come every 150 ms (15 s simulated).
  const hour = (config: string): Ampbox => Ampbox.spawn(['start', '--config', config, '--scenario', 'ac-hour', '--time-scale', '100']);

  /** Waits until the running session's energy has been flushed at least once (energy above zero). */
  const flushed = (p: Ampbox, db: string): Promise<SessionRow> =>
    poll(
      () => {
        const rows = sessionRows(db);
        return rows.length === 1 && rows[0]!.stopped_at === null && rows[0]!.energy_Wh > 0 ? rows[0]! : undefined;
      },
      'an open session with flushed energy',
      { proc: p },
    );

  it('after SIGKILL leaves the session open, and the next start closes it as PowerLoss at the last flush', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'ampbox.db');
    const config = writeConfig(dir);

    const p = hour(config);
    await p.waitFor(/EVSE 1: TransactionStarted/);
    await flushed(p, db);
    p.signal('SIGKILL');
    expect(await p.waitExit()).toEqual({ code: null, signal: 'SIGKILL' });
    expect(p.stdout).not.toMatch(/TransactionFinished/);

    const [open] = sessionRows(db);
    expect(open).toBeDefined();
    expect(open!.stopped_at).toBeNull();
    expect(open!.stop_reason).toBeNull();
    expect(open!.energy_Wh).toBeGreaterThan(0);

    const next = await bootAndStop(config);
    expect(next.stdout).toMatch(/1 session\(s\) interrupted by the last shutdown closed as PowerLoss/);

    const [closed] = sessionRows(db);
    expect(closed).toMatchObject({
      id: open!.id,
      stop_reason: 'PowerLoss',
      // The last energy write is the last moment the session was known to run.
      stopped_at: open!.updated_at,
      energy_Wh: open!.energy_Wh,
    });
    expect(closed!.stopped_at!).toBeGreaterThanOrEqual(closed!.started_at);
  });

  it('on SIGTERM mid-session ends the transaction with stop_reason Reboot and its energy', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'ampbox.db');
    const config = writeConfig(dir);

    const p = hour(config);
    await p.waitFor(/EVSE 1: TransactionStarted/);
    const running = await flushed(p, db);
    p.signal('SIGTERM');
    const exit = await p.waitExit();
    expect(p.stdout).toMatch(/EVSE 1: TransactionFinished, [\d.]+ kWh, reason Reboot/);
    expect(p.stdout).toMatch(/INFO +ampbox +stopped\n/);

    const [row] = sessionRows(db);
    expect(row).toMatchObject({ id: running.id, stop_reason: 'Reboot' });
    expect(row!.stopped_at).toEqual(expect.any(Number));
    expect(row!.stopped_at!).toBeGreaterThanOrEqual(running.updated_at);
    expect(row!.energy_Wh).toBeGreaterThanOrEqual(running.energy_Wh);
    expect(row!.energy_Wh).toBeGreaterThan(0);

    // Every capability stopped in time, so the exit is clean (0), not the stop-deadline backstop (4) that
    // a demo step still scheduled on the clock would otherwise force.
    expect(exit, 'exit after SIGTERM').toEqual({ code: 0, signal: null });
    expect(p.stdout).not.toMatch(/stop deadline passed/);

    // Nothing is left for the next start to close.
    const next = await bootAndStop(config);
    expect(next.stdout).not.toMatch(/PowerLoss/);
    expect(sessionRows(db)).toEqual([row]);
  });
});
