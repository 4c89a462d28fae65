/**
 * Small settings and state that outlive a restart (e.g. the OCPP boot state, the last tariff), as JSON
 * under a key. Not for anything that needs queries: give that a table.
 */
import type { Statement } from 'better-sqlite3';
import type { Database } from './database.js';

export class KeyValueStore {
  private readonly getStmt: Statement<[string]>;
  private readonly setStmt: Statement<[string, string, number]>;
  private readonly deleteStmt: Statement<[string]>;

  constructor(
    db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.getStmt = db.prepare('SELECT value FROM kv WHERE key = ?');
    this.setStmt = db.prepare(
      'INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    this.deleteStmt = db.prepare('DELETE FROM kv WHERE key = ?');
  }

  /** The stored value, or undefined when the key is absent. The caller vouches for T. */
  get<T>(key: string): T | undefined {
    const row = this.getStmt.get(key) as { value: string } | undefined;
    return row === undefined ? undefined : (JSON.parse(row.value) as T);
  }

  set(key: string, value: unknown): void {
    const json = JSON.stringify(value);
    // JSON.stringify returns undefined for undefined, functions and symbols; storing "nothing" is a bug.
    if (json === undefined) throw new TypeError(`kv value for ${key} is not JSON-serialisable`);
    this.setStmt.run(key, json, this.now());
  }

  /** True when the key existed. */
  delete(key: string): boolean {
    return this.deleteStmt.run(key).changes > 0;
  }
}
