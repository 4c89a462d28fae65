/**
 * Charging sessions as they happen. The charger writes the energy periodically so a crash loses little;
 * at the next start, sessions left open are closed with a stop reason saying why.
 */
import type { Statement } from 'better-sqlite3';
import type { Database } from './database.js';
import { paging, type Page } from './error-history.js';

export interface ChargingSessionRecord {
  id: string;
  evse: number;
  /** ms since epoch */
  started_at: number;
  /** ms since epoch; null while the session runs */
  stopped_at: number | null;
  meter_start_Wh: number;
  /** Energy delivered so far in this session (not the meter reading). */
  energy_Wh: number;
  stop_reason: string | null;
  auth_method: string | null;
  id_token: string | null;
  protocol: string | null;
}

export type SessionStart = Pick<ChargingSessionRecord, 'id' | 'evse' | 'started_at' | 'meter_start_Wh'> &
  Partial<Pick<ChargingSessionRecord, 'energy_Wh' | 'auth_method' | 'id_token' | 'protocol'>>;

export interface SessionFinish {
  stopped_at: number;
  energy_Wh: number;
  stop_reason: string;
}

export interface SessionFilter {
  evse?: number;
  /** started_at >= from */
  from?: number;
  /** started_at <= to */
  to?: number;
  /** 1..1000, default 100 */
  limit?: number;
  offset?: number;
}

const COLUMNS = 'id, evse, started_at, stopped_at, meter_start_Wh, energy_Wh, stop_reason, auth_method, id_token, protocol';

export class SessionStore {
  private readonly startStmt: Statement;
  private readonly energyStmt: Statement<[number, number, string]>;
  private readonly finishStmt: Statement<[number, number, string, number, string]>;
  private readonly getStmt: Statement<[string]>;
  private readonly openStmt: Statement<[]>;
  private readonly closeStmt: Statement<[string, number, string]>;
  private readonly listStmts = new Map<string, { rows: Statement; count: Statement }>();

  constructor(private readonly db: Database) {
    this.startStmt = db.prepare(
      `INSERT INTO charging_sessions (id, evse, started_at, stopped_at, meter_start_Wh, energy_Wh, stop_reason,
         auth_method, id_token, protocol, updated_at)
       VALUES (@id, @evse, @started_at, NULL, @meter_start_Wh, @energy_Wh, NULL, @auth_method, @id_token, @protocol, @started_at)`,
    );
    // Only open sessions change: a late write must not reopen or alter a finished one.
    this.energyStmt = db.prepare(`UPDATE charging_sessions SET energy_Wh = ?, updated_at = ? WHERE id = ? AND stopped_at IS NULL`);
    this.finishStmt = db.prepare(
      `UPDATE charging_sessions SET stopped_at = ?, energy_Wh = ?, stop_reason = ?, updated_at = ?
       WHERE id = ? AND stopped_at IS NULL`,
    );
    this.getStmt = db.prepare(`SELECT ${COLUMNS} FROM charging_sessions WHERE id = ?`);
    this.openStmt = db.prepare(`SELECT ${COLUMNS} FROM charging_sessions WHERE stopped_at IS NULL ORDER BY started_at`);
    // The last energy write is the last moment the session was known to run, so it becomes the stop time.
    this.closeStmt = db.prepare(
      `UPDATE charging_sessions SET stopped_at = updated_at, stop_reason = ?, updated_at = ?
       WHERE id = ? AND stopped_at IS NULL`,
    );
  }

  start(s: SessionStart): void {
    this.startStmt.run({
      id: s.id,
      evse: s.evse,
      started_at: s.started_at,
      meter_start_Wh: s.meter_start_Wh,
      energy_Wh: s.energy_Wh ?? 0,
      auth_method: s.auth_method ?? null,
      id_token: s.id_token ?? null,
      protocol: s.protocol ?? null,
    });
  }

  /** False when the session is unknown or already finished. */
  updateEnergy(id: string, energy_Wh: number, updated_at: number): boolean {
    return this.energyStmt.run(energy_Wh, updated_at, id).changes > 0;
  }

  /** False when the session is unknown or already finished. */
  finish(id: string, f: SessionFinish): boolean {
    return this.finishStmt.run(f.stopped_at, f.energy_Wh, f.stop_reason, f.stopped_at, id).changes > 0;
  }

  get(id: string): ChargingSessionRecord | undefined {
    return this.getStmt.get(id) as ChargingSessionRecord | undefined;
  }

  /** Newest first; `total` counts every match, ignoring limit and offset. */
  list(filter: SessionFilter = {}): Page<ChargingSessionRecord> {
    const { limit, offset } = paging(filter);

    const where: string[] = [];
    const params: number[] = [];
    if (filter.evse !== undefined) {
      where.push('evse = ?');
      params.push(filter.evse);
    }
    if (filter.from !== undefined) {
      where.push('started_at >= ?');
      params.push(filter.from);
    }
    if (filter.to !== undefined) {
      where.push('started_at <= ?');
      params.push(filter.to);
    }

    const stmts = this.statementsFor(where.length ? `WHERE ${where.join(' AND ')}` : '');
    const total = (stmts.count.get(...params) as { n: number }).n;
    const items = stmts.rows.all(...params, limit, offset) as ChargingSessionRecord[];
    return { items, total };
  }

  /**
   * Closes sessions a crash or power cut left open, stopping them at their last energy write. Call once at
   * start-up, before any EVSE starts a session. Returns the sessions as closed.
   */
  closeInterrupted(now: number, reason = 'PowerLoss'): ChargingSessionRecord[] {
    return this.db.transaction(() => {
      const open = this.openStmt.all() as ChargingSessionRecord[];
      for (const s of open) this.closeStmt.run(reason, now, s.id);
      return open.map((s) => this.get(s.id)).filter((s): s is ChargingSessionRecord => s !== undefined);
    }).immediate();
  }

  private statementsFor(whereSql: string): { rows: Statement; count: Statement } {
    let s = this.listStmts.get(whereSql);
    if (!s) {
      s = {
        rows: this.db.prepare(`SELECT ${COLUMNS} FROM charging_sessions ${whereSql} ORDER BY started_at DESC, id LIMIT ? OFFSET ?`),
        count: this.db.prepare(`SELECT COUNT(*) AS n FROM charging_sessions ${whereSql}`),
      };
      this.listStmts.set(whereSql, s);
    }
    return s;
  }
}
