/**
 * 2.0.1 transactions in table ocpp_transactions (db/migrations/0002_ocpp.sql): `tx_ref` and `ocpp_id` are
 * both our own transactionId; `seq_no` is the next TransactionEvent seqNo, taken and bumped in the same
 * SQLite transaction that queues the message, so a crash can neither reuse nor skip a number.
 */
import type { Database } from '../../db/index.js';

export interface TxRow {
  tx_ref: string;
  evse: number;
  connector: number;
  id_token: string | null;
  id_token_type: string | null;
  started_at: number;
  meter_start_Wh: number;
  last_meter_Wh: number;
  last_meter_at: number;
  seq_no: number;
  state: 'Active' | 'Ended';
  data: TxData;
}

/** Version-specific details kept in the `data` column. */
export interface TxData {
  /** The charger's own transaction id once it has one. */
  charger_tx?: string;
  remote_start_id?: number;
}

const VERSION = 'ocpp2.0.1';

export class TransactionStore {
  constructor(private readonly db: Database) {}

  /** Runs fn in one SQLite transaction (nested calls become savepoints). */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  insert(tx: { tx_ref: string; evse: number; started_at: number; meter_Wh: number; data: TxData }): void {
    this.db
      .prepare(
        `INSERT INTO ocpp_transactions (tx_ref, version, evse, connector, ocpp_id, started_at, meter_start_Wh, last_meter_Wh, last_meter_at, seq_no, state, data)
         VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, 0, 'Active', ?)`,
      )
      .run(tx.tx_ref, VERSION, tx.evse, tx.tx_ref, tx.started_at, tx.meter_Wh, tx.meter_Wh, tx.started_at, JSON.stringify(tx.data));
  }

  /** The seqNo for the next message of the transaction; the stored counter moves on by one. */
  takeSeqNo(txRef: string): number {
    const row = this.db.prepare('UPDATE ocpp_transactions SET seq_no = seq_no + 1 WHERE tx_ref = ? RETURNING seq_no').get(txRef) as
      | { seq_no: number }
      | undefined;
    if (!row) throw new Error(`transaction ${txRef} is not in ocpp_transactions`);
    return row.seq_no - 1;
  }

  setMeter(txRef: string, wh: number, at: number): void {
    this.db.prepare('UPDATE ocpp_transactions SET last_meter_Wh = ?, last_meter_at = ? WHERE tx_ref = ?').run(wh, at, txRef);
  }

  setToken(txRef: string, idToken: string, type: string): void {
    this.db.prepare('UPDATE ocpp_transactions SET id_token = ?, id_token_type = ? WHERE tx_ref = ?').run(idToken, type, txRef);
  }

  setData(txRef: string, data: TxData): void {
    this.db.prepare('UPDATE ocpp_transactions SET data = ? WHERE tx_ref = ?').run(JSON.stringify(data), txRef);
  }

  end(txRef: string, at: number, reason: string): void {
    this.db.prepare(`UPDATE ocpp_transactions SET state = 'Ended', ended_at = ?, stop_reason = ? WHERE tx_ref = ?`).run(at, reason, txRef);
  }

  /** Messages of the transaction (or of any, when null) still waiting in the sender's queue. */
  queued(txRef: string | null): number {
    const row = (txRef === null
      ? this.db.prepare('SELECT COUNT(*) AS n FROM ocpp_queue').get()
      : this.db.prepare('SELECT COUNT(*) AS n FROM ocpp_queue WHERE tx_ref = ?').get(txRef)) as { n: number };
    return row.n;
  }

  get(txRef: string): TxRow | null {
    const row = this.db.prepare('SELECT * FROM ocpp_transactions WHERE tx_ref = ? AND version = ?').get(txRef, VERSION) as RawRow | undefined;
    return row ? toRow(row) : null;
  }

  /** 2.0.1 transactions still open, oldest first. */
  active(): TxRow[] {
    const rows = this.db
      .prepare(`SELECT * FROM ocpp_transactions WHERE state = 'Active' AND version = ? ORDER BY started_at, rowid`)
      .all(VERSION) as RawRow[];
    return rows.map(toRow);
  }
}

type RawRow = Omit<TxRow, 'data'> & { data: string };

function toRow(r: RawRow): TxRow {
  return { ...r, data: JSON.parse(r.data) as TxData };
}
