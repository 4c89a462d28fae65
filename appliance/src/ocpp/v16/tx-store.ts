/**
 * The 1.6 rows of `ocpp_transactions`: one per transaction as the CSMS knows it. `ocpp_id` is the
 * transactionId the CSMS gave in its StartTransaction answer (NULL until then); `last_meter_*` is what a
 * StopTransaction after a crash reports. Times are our clock's (converted to the CSMS's when sent).
 */
import type { Database } from '../../db/index.js';
import type { MeterValue } from './messages.js';

const VERSION = 'ocpp1.6';

/** Version-specific details kept in the row's `data` column. */
export interface TxData {
  /** StartTransaction was given up: the CSMS never learnt of this transaction. */
  start_given_up?: boolean;
  /** The stop measurands sampled at the start (Transaction.Begin), for StopTransaction's transactionData. */
  begin?: MeterValue;
  /** Clock-aligned samples taken during the transaction (StopTxnAlignedData). */
  aligned?: MeterValue[];
  /** The status the CSMS gave the idTag in its StartTransaction answer. */
  id_tag_status?: string;
}

export interface TxRow {
  tx_ref: string;
  evse: number;
  ocpp_id: number | null;
  id_token: string | null;
  started_at: number;
  meter_start_Wh: number;
  last_meter_Wh: number;
  last_meter_at: number;
  state: 'Active' | 'Ended';
  ended_at: number | null;
  stop_reason: string | null;
  data: TxData;
}

interface RawRow extends Omit<TxRow, 'ocpp_id' | 'data'> {
  ocpp_id: string | null;
  data: string;
}

const COLUMNS = 'tx_ref, evse, ocpp_id, id_token, started_at, meter_start_Wh, last_meter_Wh, last_meter_at, state, ended_at, stop_reason, data';

function fromRaw(r: RawRow): TxRow {
  return { ...r, ocpp_id: r.ocpp_id === null ? null : Number(r.ocpp_id), data: JSON.parse(r.data) as TxData };
}

export class TxStore {
  constructor(private readonly db: () => Database) {}

  /** Runs fn in one SQLite transaction (nested calls become savepoints). */
  atomically<T>(fn: () => T): T {
    return this.db().transaction(fn)();
  }

  insert(row: { tx_ref: string; evse: number; id_token: string; started_at: number; meter_start_Wh: number; data: TxData }): void {
    this.db()
      .prepare(
        `INSERT INTO ocpp_transactions (tx_ref, version, evse, connector, id_token, id_token_type, started_at, meter_start_Wh, last_meter_Wh, last_meter_at, data)
         VALUES (?, ?, ?, ?, ?, 'IdTag', ?, ?, ?, ?, ?)`,
      )
      .run(row.tx_ref, VERSION, row.evse, row.evse, row.id_token, row.started_at, row.meter_start_Wh, row.meter_start_Wh, row.started_at, JSON.stringify(row.data));
  }

  get(txRef: string): TxRow | null {
    const r = this.db().prepare(`SELECT ${COLUMNS} FROM ocpp_transactions WHERE tx_ref = ? AND version = ?`).get(txRef, VERSION) as RawRow | undefined;
    return r ? fromRaw(r) : null;
  }

  /** The active transaction the CSMS knows by this id. */
  activeByOcppId(ocppId: number): TxRow | null {
    const r = this.db()
      .prepare(`SELECT ${COLUMNS} FROM ocpp_transactions WHERE ocpp_id = ? AND version = ? AND state = 'Active'`)
      .get(String(ocppId), VERSION) as RawRow | undefined;
    return r ? fromRaw(r) : null;
  }

  active(): TxRow[] {
    const rows = this.db()
      .prepare(`SELECT ${COLUMNS} FROM ocpp_transactions WHERE version = ? AND state = 'Active' ORDER BY started_at`)
      .all(VERSION) as RawRow[];
    return rows.map(fromRaw);
  }

  /** Whether a StartTransaction or StopTransaction of a transaction on this EVSE still waits for its answer. */
  unanswered(evse: number): boolean {
    return (
      this.db()
        .prepare(
          `SELECT 1 FROM ocpp_queue q JOIN ocpp_transactions t ON t.tx_ref = q.tx_ref
           WHERE t.evse = ? AND t.version = ? AND q.action IN ('StartTransaction', 'StopTransaction') LIMIT 1`,
        )
        .get(evse, VERSION) !== undefined
    );
  }

  setOcppId(txRef: string, ocppId: number): void {
    this.db().prepare('UPDATE ocpp_transactions SET ocpp_id = ? WHERE tx_ref = ?').run(String(ocppId), txRef);
  }

  updateData(txRef: string, change: (data: TxData) => TxData): void {
    this.atomically(() => {
      const row = this.get(txRef);
      if (!row) return;
      this.db().prepare('UPDATE ocpp_transactions SET data = ? WHERE tx_ref = ?').run(JSON.stringify(change(row.data)), txRef);
    });
  }

  updateMeter(txRef: string, wh: number, at: number): void {
    this.db()
      .prepare("UPDATE ocpp_transactions SET last_meter_Wh = MAX(last_meter_Wh, ?), last_meter_at = ? WHERE tx_ref = ? AND state = 'Active'")
      .run(wh, at, txRef);
  }

  end(txRef: string, reason: string, at: number, meterWh: number): void {
    this.db()
      .prepare("UPDATE ocpp_transactions SET state = 'Ended', ended_at = ?, stop_reason = ?, last_meter_Wh = MAX(last_meter_Wh, ?), last_meter_at = ? WHERE tx_ref = ?")
      .run(at, reason, meterWh, at, txRef);
  }

  /** Forgets transactions that ended before `before` (ms) and have no message left in the queue. */
  prune(before: number): number {
    return this.db()
      .prepare(
        `DELETE FROM ocpp_transactions WHERE version = ? AND state = 'Ended' AND ended_at < ?
           AND tx_ref NOT IN (SELECT tx_ref FROM ocpp_queue WHERE tx_ref IS NOT NULL)`,
      )
      .run(VERSION, before).changes;
  }
}
