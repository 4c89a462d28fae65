/**
 * Opens the appliance's SQLite database and brings its schema up to date. Migrations are the plain SQL
 * files `db/migrations/NNNN_name.sql`; `PRAGMA user_version` records the last one applied. A database
 * from a newer release is refused, never deleted or rewritten: it holds the charger's history.
 */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Database = BetterSqlite3.Database;

export interface OpenDatabaseOptions {
  /** Folder of NNNN_name.sql files; defaults to the repository's db/migrations. */
  migrationsDir?: string;
  /** Open without writing anything; the schema must already be current. */
  readonly?: boolean;
}

export interface Migration {
  version: number;
  name: string;
  file: string;
}

/** Thrown when the file was written by a newer ampbox: its schema is one this release does not know. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `database ${file} has schema version ${found}, newer than the ${known} this ampbox knows; ` +
        'it was written by a newer release. Refusing to open it and leaving the file untouched: ' +
        'upgrade ampbox or point it at another database file.',
    );
    this.name = 'SchemaTooNewError';
  }
}

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;
// A lock held by another process (a second ampbox, a backup) is waited for rather than failed on.
const BUSY_TIMEOUT_MS = 5000;

/** db/migrations at the repository root, from src/db under vitest and from dist/db once compiled. */
export function defaultMigrationsDir(): string {
  const dir = fileURLToPath(new URL('../../../db/migrations', import.meta.url));
  if (!existsSync(dir)) throw new Error(`migrations folder not found: ${dir}`);
  return dir;
}

/** The migrations in a folder, ordered, checked to be numbered 1..N without gaps or duplicates. */
export function listMigrations(dir: string): Migration[] {
  const found: Migration[] = [];
  for (const entry of readdirSync(dir)) {
    if (!entry.endsWith('.sql')) continue;
    const m = MIGRATION_FILE.exec(entry);
    // A misnamed file would otherwise be skipped silently and its schema never applied.
    if (!m) throw new Error(`migration file ${entry} in ${dir} is not named NNNN_name.sql`);
    found.push({ version: Number(m[1]), name: entry, file: path.join(dir, entry) });
  }
  found.sort((a, b) => a.version - b.version);
  found.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations in ${dir} must be numbered 0001 upwards without gaps: found ${m.name}`);
  });
  return found;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Opens (creating if needed) the database at `file`, or an in-memory one for `':memory:'`, and applies
 * pending migrations, each in its own transaction.
 */
export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): Database {
  const readonly = opts.readonly ?? false;
  const memory = file === ':memory:';
  const migrations = listMigrations(opts.migrationsDir ?? defaultMigrationsDir());
  if (!memory && !readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const db = new BetterSqlite3(file, { readonly, fileMustExist: readonly });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Checked before any pragma that writes: switching a newer file to WAL would already alter it.
    const current = schemaVersion(db);
    if (current > migrations.length) throw new SchemaTooNewError(file, current, migrations.length);
    db.pragma('foreign_keys = ON');
    if (!readonly) {
      // WAL lets the API read while the control loop writes; NORMAL is durable across process crashes
      // in WAL mode and only risks the last commits on power loss, which sessions tolerate by design.
      if (!memory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    migrate(db, file, migrations, readonly);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function migrate(db: Database, file: string, migrations: Migration[], readonly: boolean): void {
  const known = migrations.length;
  const current = schemaVersion(db);
  if (current > known) throw new SchemaTooNewError(file, current, known);
  if (current === known) return;
  if (readonly) throw new Error(`database ${file} is at schema version ${current}, needs ${known}; open it writable once to migrate`);

  for (const m of migrations.slice(current)) {
    const sql = readFileSync(m.file, 'utf8');
    // IMMEDIATE takes the write lock first, so two processes starting together cannot both apply a step.
    const step = db.transaction(() => {
      if (schemaVersion(db) >= m.version) return;
      db.exec(sql);
      // PRAGMA takes no bound parameters; the version is an integer parsed from our own file name.
      db.pragma(`user_version = ${m.version}`);
    });
    try {
      step.immediate();
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new Error(`migration ${m.name} failed on ${file}: ${reason}; the database stays at version ${schemaVersion(db)}`, {
        cause: err,
      });
    }
  }
}
