/**
 * The authorization cache (1.6 §3.5.1, 2.0.1 C10): the CSMS's last answer per token, in table ocpp_auth_cache,
 * for pre-authorization and offline use. Bounded: beyond `maxEntries` the least recently updated answers go.
 */
import type { Statement } from 'better-sqlite3';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../shared/clock.js';
import type { AuthCache, OcppSettings, TokenInfo } from '../ports.js';
import { parseTokenInfo, tokenKey } from './token-info.js';

export const AUTH_CACHE_MAX_ENTRIES = 10_000;

export interface AuthCacheOptions {
  maxEntries?: number;
}

export class SqliteAuthCache implements AuthCache {
  private readonly maxEntries: number;
  private readonly getStmt: Statement<[string]>;
  private readonly deleteStmt: Statement<[string]>;
  private readonly insertStmt: Statement<[string, string, number]>;
  private readonly evictStmt: Statement<[number]>;
  private readonly clearStmt: Statement<[]>;

  constructor(
    private readonly db: Database,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly settings: Pick<OcppSettings, 'getBoolean' | 'getNumber'>,
    opts: AuthCacheOptions = {},
  ) {
    this.maxEntries = opts.maxEntries ?? AUTH_CACHE_MAX_ENTRIES;
    this.getStmt = db.prepare('SELECT info, updated_at FROM ocpp_auth_cache WHERE id_token = ?');
    this.deleteStmt = db.prepare('DELETE FROM ocpp_auth_cache WHERE id_token = ?');
    this.insertStmt = db.prepare('INSERT INTO ocpp_auth_cache (id_token, info, updated_at) VALUES (?, ?, ?)');
    // Newest first; everything past the first `maxEntries` rows goes. rowid breaks ties of equal times.
    this.evictStmt = db.prepare(
      'DELETE FROM ocpp_auth_cache WHERE id_token IN ' +
        '(SELECT id_token FROM ocpp_auth_cache ORDER BY updated_at DESC, rowid DESC LIMIT -1 OFFSET ?)',
    );
    this.clearStmt = db.prepare('DELETE FROM ocpp_auth_cache');
  }

  get(idToken: string): TokenInfo | null {
    if (!this.enabled()) return null;
    const key = tokenKey(idToken);
    const row = this.getStmt.get(key) as { info: string; updated_at: number } | undefined;
    if (!row) return null;
    const now = this.clock.now();
    const lifetime_s = this.settings.getNumber('authorization.cache_lifetime_s');
    if (lifetime_s > 0 && row.updated_at + lifetime_s * 1000 <= now) {
      // Too old to trust; forgetting it keeps the table to answers still in use.
      this.deleteStmt.run(key);
      return null;
    }
    const info = parseTokenInfo(row.info);
    if (!info) return null;
    if (info.expires_at !== undefined && info.expires_at <= now) return null;
    return info;
  }

  put(idToken: string, info: TokenInfo): void {
    if (!this.enabled()) return;
    const key = tokenKey(idToken);
    this.db.transaction(() => {
      // Delete and insert rather than update, so the row's rowid also says "most recently updated".
      this.deleteStmt.run(key);
      this.insertStmt.run(key, JSON.stringify(info), this.clock.now());
      this.evictStmt.run(this.maxEntries);
    })();
  }

  clear(): void {
    this.clearStmt.run();
  }

  private enabled(): boolean {
    return this.settings.getBoolean('authorization.cache_enabled');
  }
}
