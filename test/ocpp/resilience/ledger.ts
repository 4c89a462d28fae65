/**
 * The test's own record of every durable message the station queued: a SQLite trigger in the appliance's
 * database file copies each row inserted into `ocpp_queue` into `test_queue_ledger`. The appliance keeps
 * working on its real file; the trigger only adds a row to a table it never reads. What the queue holds
 * at one moment (e.g. right after a kill -9) is read from `ocpp_queue` itself.
 */
import Database from 'better-sqlite3';
import { openDatabase } from '../../../appliance/src/db/index.js';

export interface QueueRow {
  seq: number;
  action: string;
  payload: any;
  tx_ref: string | null;
  kind: string;
}

interface RawRow {
  seq: number;
  action: string;
  payload: string;
  tx_ref: string | null;
  kind: string;
}

const parse = (r: RawRow): QueueRow => ({ ...r, payload: JSON.parse(r.payload) });

/**
 * Creates (and migrates) the database at `file` as the appliance would, then adds the ledger and its
 * trigger, so the ledger holds every durable message from the appliance's first one on.
 */
export function prepareLedger(file: string): void {
  const db = openDatabase(file);
  try {
    db.exec(`
      CREATE TABLE IF NOT EXISTS test_queue_ledger (
        seq INTEGER PRIMARY KEY, action TEXT NOT NULL, payload TEXT NOT NULL, tx_ref TEXT NULL, kind TEXT NOT NULL
      );
      CREATE TRIGGER IF NOT EXISTS test_queue_ledger_copy AFTER INSERT ON ocpp_queue BEGIN
        INSERT INTO test_queue_ledger (seq, action, payload, tx_ref, kind) VALUES (NEW.seq, NEW.action, NEW.payload, NEW.tx_ref, NEW.kind);
      END;
    `);
  } finally {
    db.close();
  }
}

function read<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 2000');
    return fn(db);
  } finally {
    db.close();
  }
}

/** Every durable message the station ever queued, in queue (= send) order. */
export function ledger(file: string): QueueRow[] {
  return read(file, (db) => (db.prepare('SELECT seq, action, payload, tx_ref, kind FROM test_queue_ledger ORDER BY seq').all() as RawRow[]).map(parse));
}

/** What the queue holds now: messages stored and not yet answered. */
export function queued(file: string): QueueRow[] {
  return read(file, (db) => (db.prepare('SELECT seq, action, payload, tx_ref, kind FROM ocpp_queue ORDER BY seq').all() as RawRow[]).map(parse));
}
