/**
 * The error history table: every raised error, its origin and how it ended. Queries are assembled from
 * fixed SQL fragments with bound values, and the statement for each filter shape is prepared once.
 */
import type { Statement } from 'better-sqlite3';
import type { Database } from './database.js';
import type { ErrorRecord, ErrorState, Severity } from '../shared/ports/errors.js';

export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 100;

export interface ErrorHistoryFilter {
  uuid?: string;
  state?: ErrorState;
  /** evse_index narrows to one EVSE of the module; without it every row of the module matches. */
  origin?: { module_id: string; evse_index?: number };
  type?: string;
  /** Severity at or above this one (Low < Medium < High). */
  severity_at_least?: Severity;
  /** raised_at >= from (ms since epoch). */
  from?: number;
  /** raised_at <= to (ms since epoch). */
  to?: number;
  /** 1..1000, default 100. */
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export type ClearedState = Exclude<ErrorState, 'Active'>;

const SEVERITIES_AT_LEAST: Record<Severity, readonly Severity[]> = {
  Low: ['Low', 'Medium', 'High'],
  Medium: ['Medium', 'High'],
  High: ['High'],
};

interface ErrorRow {
  uuid: string;
  type: string;
  sub_type: string;
  message: string;
  description: string;
  severity: Severity;
  origin_module_id: string;
  origin_implementation_id: string;
  origin_evse_index: number | null;
  origin_connector_index: number | null;
  state: ErrorState;
  raised_at: number;
  cleared_at: number | null;
  vendor_id: string;
}

export class ErrorHistoryStore {
  private readonly insertStmt: Statement<ErrorRow>;
  private readonly clearStmt: Statement<[ClearedState, number, string]>;
  private readonly bootStmt: Statement<[number]>;
  private readonly queryStmts = new Map<string, { rows: Statement; count: Statement }>();

  constructor(private readonly db: Database) {
    this.insertStmt = db.prepare(
      `INSERT INTO error_history (uuid, type, sub_type, message, description, severity, origin_module_id,
         origin_implementation_id, origin_evse_index, origin_connector_index, state, raised_at, cleared_at, vendor_id)
       VALUES (@uuid, @type, @sub_type, @message, @description, @severity, @origin_module_id,
         @origin_implementation_id, @origin_evse_index, @origin_connector_index, @state, @raised_at, @cleared_at, @vendor_id)`,
    );
    this.clearStmt = db.prepare(`UPDATE error_history SET state = ?, cleared_at = ? WHERE uuid = ? AND state = 'Active'`);
    this.bootStmt = db.prepare(`UPDATE error_history SET state = 'ClearedByReboot', cleared_at = ? WHERE state = 'Active'`);
  }

  insert(record: ErrorRecord): void {
    this.insertStmt.run(toRow(record));
  }

  /** Ends an active error; false when it is unknown or already cleared. */
  markCleared(uuid: string, state: ClearedState, cleared_at: number): boolean {
    return this.clearStmt.run(state, cleared_at, uuid).changes > 0;
  }

  /** Errors still Active at start-up outlived the process that raised them; returns how many. */
  clearActiveAtBoot(now: number): number {
    return this.bootStmt.run(now).changes;
  }

  /** Newest first; `total` counts every match, ignoring limit and offset. */
  query(filter: ErrorHistoryFilter = {}): Page<ErrorRecord> {
    const { limit, offset } = paging(filter);

    const where: string[] = [];
    const params: Array<string | number> = [];
    if (filter.uuid !== undefined) add(where, params, 'uuid = ?', filter.uuid);
    if (filter.state !== undefined) add(where, params, 'state = ?', filter.state);
    if (filter.type !== undefined) add(where, params, 'type = ?', filter.type);
    if (filter.origin !== undefined) {
      add(where, params, 'origin_module_id = ?', filter.origin.module_id);
      if (filter.origin.evse_index !== undefined) add(where, params, 'origin_evse_index = ?', filter.origin.evse_index);
    }
    if (filter.severity_at_least !== undefined) {
      const levels = SEVERITIES_AT_LEAST[filter.severity_at_least];
      if (!levels) throw new RangeError(`unknown severity ${String(filter.severity_at_least)}`);
      // The placeholder count depends only on the level (1-3), never on a value.
      where.push(`severity IN (${levels.map(() => '?').join(', ')})`);
      params.push(...levels);
    }
    if (filter.from !== undefined) add(where, params, 'raised_at >= ?', filter.from);
    if (filter.to !== undefined) add(where, params, 'raised_at <= ?', filter.to);

    const stmts = this.statementsFor(where.length ? `WHERE ${where.join(' AND ')}` : '');
    const total = (stmts.count.get(...params) as { n: number }).n;
    const rows = stmts.rows.all(...params, limit, offset) as ErrorRow[];
    return { items: rows.map(fromRow), total };
  }

  private statementsFor(whereSql: string): { rows: Statement; count: Statement } {
    let s = this.queryStmts.get(whereSql);
    if (!s) {
      s = {
        rows: this.db.prepare(`SELECT * FROM error_history ${whereSql} ORDER BY raised_at DESC, uuid LIMIT ? OFFSET ?`),
        count: this.db.prepare(`SELECT COUNT(*) AS n FROM error_history ${whereSql}`),
      };
      this.queryStmts.set(whereSql, s);
    }
    return s;
  }
}

/** Validated paging: limit 1..1000 (default 100), offset >= 0. Shared with the session list. */
export function paging(p: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = p.limit ?? DEFAULT_PAGE;
  const offset = p.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new RangeError(`limit must be 1..${MAX_PAGE}, got ${limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`offset must be a non-negative integer, got ${offset}`);
  return { limit, offset };
}

function add(where: string[], params: Array<string | number>, fragment: string, value: string | number): void {
  where.push(fragment);
  params.push(value);
}

function toRow(r: ErrorRecord): ErrorRow {
  return {
    uuid: r.uuid,
    type: r.type,
    sub_type: r.sub_type,
    message: r.message,
    description: r.description,
    severity: r.severity,
    origin_module_id: r.origin.module_id,
    origin_implementation_id: r.origin.implementation_id,
    origin_evse_index: r.origin.evse_index ?? null,
    origin_connector_index: r.origin.connector_index ?? null,
    state: r.state,
    raised_at: r.raised_at,
    cleared_at: r.cleared_at,
    vendor_id: r.vendor_id,
  };
}

function fromRow(row: ErrorRow): ErrorRecord {
  const origin: ErrorRecord['origin'] = { module_id: row.origin_module_id, implementation_id: row.origin_implementation_id };
  if (row.origin_evse_index !== null) origin.evse_index = row.origin_evse_index;
  if (row.origin_connector_index !== null) origin.connector_index = row.origin_connector_index;
  return {
    uuid: row.uuid,
    type: row.type,
    sub_type: row.sub_type,
    description: row.description,
    message: row.message,
    severity: row.severity,
    origin,
    state: row.state,
    raised_at: row.raised_at,
    cleared_at: row.cleared_at,
    vendor_id: row.vendor_id,
  };
}
