/**
 * The local authorization list the CSMS sends (1.6 SendLocalList §5.15 / 2.0.1 D01), in table
 * ocpp_local_list, its version in kv. Every update is one SQLite transaction: a list that would fail half-way
 * (too many entries) is left exactly as it was.
 */
import type { Statement } from 'better-sqlite3';
import { KeyValueStore, type Database } from '../../db/index.js';
import type { LocalAuthList, TokenInfo } from '../ports.js';
import { parseTokenInfo, tokenKey } from './token-info.js';

export const LOCAL_LIST_VERSION_KEY = 'ocpp.local_list_version';

export interface LocalListOptions {
  /** Most entries the list may hold (`authorization.local_list_max`). */
  max: number;
  /** `authorization.local_list_enabled`: while false the list is kept but answers nothing. */
  enabled: () => boolean;
}

export type LocalListEntry = { id_token: string; id_token_type?: string; info: TokenInfo | null };

/** Thrown inside the transaction to roll an update back; never leaves this module. */
class ListTooLong extends Error {}

export class SqliteLocalAuthList implements LocalAuthList {
  private readonly kv: KeyValueStore;
  private readonly getStmt: Statement<[string]>;
  private readonly upsertStmt: Statement<[string, string, string]>;
  private readonly deleteStmt: Statement<[string]>;
  private readonly deleteAllStmt: Statement<[]>;
  private readonly countStmt: Statement<[]>;

  constructor(
    private readonly db: Database,
    private readonly opts: LocalListOptions,
  ) {
    this.kv = new KeyValueStore(db);
    this.getStmt = db.prepare('SELECT info FROM ocpp_local_list WHERE id_token = ?');
    this.upsertStmt = db.prepare(
      'INSERT INTO ocpp_local_list (id_token, id_token_type, info) VALUES (?, ?, ?) ' +
        'ON CONFLICT (id_token) DO UPDATE SET id_token_type = excluded.id_token_type, info = excluded.info',
    );
    this.deleteStmt = db.prepare('DELETE FROM ocpp_local_list WHERE id_token = ?');
    this.deleteAllStmt = db.prepare('DELETE FROM ocpp_local_list');
    this.countStmt = db.prepare('SELECT COUNT(*) AS n FROM ocpp_local_list');
  }

  version(): number {
    return this.kv.get<number>(LOCAL_LIST_VERSION_KEY) ?? 0;
  }

  get(idToken: string): TokenInfo | null {
    if (!this.opts.enabled()) return null;
    const row = this.getStmt.get(tokenKey(idToken)) as { info: string } | undefined;
    return row ? parseTokenInfo(row.info) : null;
  }

  size(): number {
    return (this.countStmt.get() as { n: number }).n;
  }

  /**
   * Full update. Every entry must carry its info (1.6: idTagInfo required for Full). Versions 0 and -1 mean
   * "no list" / "no support" to GetLocalListVersion, so a list never takes them (2.0.1 D01.FR.18).
   */
  replace(version: number, entries: LocalListEntry[]): 'Accepted' | 'Failed' {
    if (!Number.isInteger(version) || version <= 0) return 'Failed';
    if (entries.some((e) => e.info === null) || hasDuplicates(entries)) return 'Failed';
    if (entries.length > this.opts.max) return 'Failed';
    this.db.transaction(() => {
      this.deleteAllStmt.run();
      for (const e of entries) this.write(e);
      this.kv.set(LOCAL_LIST_VERSION_KEY, version);
    })();
    return 'Accepted';
  }

  /**
   * Differential update: entries with info are added or replaced, entries without are removed. The version is
   * that of the list after the update, so one not above the current is a VersionMismatch (1.6 §5.15,
   * 2.0.1 D01.FR.19).
   */
  update(version: number, entries: LocalListEntry[]): 'Accepted' | 'Failed' | 'VersionMismatch' {
    if (!Number.isInteger(version) || version <= 0) return 'Failed';
    if (version <= this.version()) return 'VersionMismatch';
    // One token twice in one update has no defined order of application.
    if (hasDuplicates(entries)) return 'Failed';
    try {
      this.db.transaction(() => {
        for (const e of entries) {
          if (e.info === null) this.deleteStmt.run(tokenKey(e.id_token));
          else this.write(e);
        }
        if (this.size() > this.opts.max) throw new ListTooLong();
        this.kv.set(LOCAL_LIST_VERSION_KEY, version);
      })();
    } catch (err) {
      if (err instanceof ListTooLong) return 'Failed';
      throw err;
    }
    return 'Accepted';
  }

  private write(e: LocalListEntry): void {
    // 1.6 has no token types; the column's own default names the common RFID case.
    this.upsertStmt.run(tokenKey(e.id_token), e.id_token_type ?? 'ISO14443', JSON.stringify(e.info));
  }
}

function hasDuplicates(entries: LocalListEntry[]): boolean {
  return new Set(entries.map((e) => tokenKey(e.id_token))).size !== entries.length;
}
