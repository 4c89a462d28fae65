// Issue 2 item 8: migrations by user_version, WAL, and a newer database refused rather than touched.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchemaTooNewError, defaultMigrationsDir, listMigrations, openDatabase, schemaVersion, type Database } from '../../appliance/src/db/index.js';

let dir: string;
const open: Database[] = [];
const track = (db: Database): Database => (open.push(db), db);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ampbox-db-'));
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const tables = (db: Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('openDatabase', () => {
  it('finds the repository migrations from the module location', () => {
    const migrations = listMigrations(defaultMigrationsDir());
    expect(migrations[0]?.name).toBe('0001_initial.sql');
  });

  it('creates parent folders and migrates an empty file to the latest version', () => {
    const file = path.join(dir, 'nested', 'deeper', 'ampbox.db');
    const db = track(openDatabase(file));
    expect(existsSync(file)).toBe(true);
    expect(schemaVersion(db)).toBe(listMigrations(defaultMigrationsDir()).length);
    expect(tables(db)).toEqual(expect.arrayContaining(['charging_sessions', 'error_history', 'kv']));
  });

  it('turns on WAL, foreign keys, NORMAL sync and a busy timeout', () => {
    const db = track(openDatabase(path.join(dir, 'a.db')));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('reopens idempotently and keeps the data', () => {
    const file = path.join(dir, 'a.db');
    const db1 = openDatabase(file);
    db1.prepare('INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?)').run('k', '"v"', 1);
    const version = schemaVersion(db1);
    db1.close();
    const db2 = track(openDatabase(file));
    expect(schemaVersion(db2)).toBe(version);
    expect(db2.prepare('SELECT value FROM kv WHERE key = ?').get('k')).toEqual({ value: '"v"' });
  });

  it('refuses a database with a newer user_version and leaves the file untouched', () => {
    const file = path.join(dir, 'future.db');
    openDatabase(file).close();
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = DELETE'); // one self-contained file, so its bytes can be compared
    raw.pragma('user_version = 99');
    raw.close();
    const before = readFileSync(file);

    let caught: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SchemaTooNewError);
    expect((caught as Error).message).toContain(`schema version 99, newer than the ${listMigrations(defaultMigrationsDir()).length} this ampbox knows`);
    expect((caught as Error).message).toMatch(/leaving the file untouched/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('applies only the pending migrations, each in its own transaction', () => {
    const mig = path.join(dir, 'migrations');
    mkdirSync(mig);
    writeFileSync(path.join(mig, '0001_a.sql'), 'CREATE TABLE a (x INTEGER);');
    const file = path.join(dir, 'm.db');
    openDatabase(file, { migrationsDir: mig }).close();

    writeFileSync(path.join(mig, '0002_b.sql'), 'CREATE TABLE b (x INTEGER);');
    writeFileSync(path.join(mig, '0003_bad.sql'), 'CREATE TABLE c (x INTEGER); INSERT INTO nowhere VALUES (1);');
    expect(() => openDatabase(file, { migrationsDir: mig })).toThrow(/0003_bad\.sql failed.*stays at version 2/);

    const raw = track(new BetterSqlite3(file));
    expect(schemaVersion(raw)).toBe(2);
    expect(tables(raw)).toEqual(['a', 'b']); // 0003 rolled back whole: no table c
  });

  it('rejects gaps and misnamed migration files', () => {
    const mig = path.join(dir, 'gap');
    mkdirSync(mig);
    writeFileSync(path.join(mig, '0001_a.sql'), '');
    writeFileSync(path.join(mig, '0003_c.sql'), '');
    expect(() => listMigrations(mig)).toThrow(/without gaps: found 0003_c\.sql/);
    writeFileSync(path.join(mig, 'extra.sql'), '');
    expect(() => listMigrations(mig)).toThrow(/extra\.sql .* not named NNNN_name\.sql/);
  });

  it('opens read-only without writing, but only a current schema', () => {
    const file = path.join(dir, 'ro.db');
    openDatabase(file).close();
    const ro = track(openDatabase(file, { readonly: true }));
    expect(() => ro.prepare('INSERT INTO kv VALUES (?, ?, ?)').run('k', '1', 1)).toThrow(/readonly/);
    expect(() => openDatabase(path.join(dir, 'missing.db'), { readonly: true })).toThrow();
  });

  it('supports :memory: for unit tests', () => {
    const db = track(openDatabase(':memory:'));
    expect(tables(db)).toContain('error_history');
  });
});
