/**
 * Did every durable message reach the CSMS, once, in order? The ledger (ledger.ts) says what the station
 * queued; the test CSMS's record says what arrived and how it was answered. A message counts as delivered
 * when the CSMS answered it with a CALLRESULT. The sender sends its queue strictly in order, one CALL at a
 * time, so the attempts, matched to ledger rows by content, must walk the ledger forwards: the same row
 * again (a retry after a CALLERROR or a resend after a cut), or the next row once this one is delivered.
 * A second delivery of one row is only excused when the first was the last call on a connection that was
 * cut (its answer may never have reached the station) and the payloads are identical.
 */
import type { ReceivedCall, TestCsms } from '../csms/index.js';
import type { QueueRow } from './ledger.js';

export type Version = 'ocpp1.6' | 'ocpp2.0.1';

/** One CALL the station made, with what the CSMS did with it. */
export interface Attempt {
  /** Position among all the station's calls (any action), from 0. */
  index: number;
  call: ReceivedCall;
  outcome: 'result' | 'error' | 'none';
  result: any;
}

export function attemptsOf(csms: TestCsms, identity: string): Attempt[] {
  const answers = new Map<string, unknown[]>();
  for (const f of csms.frames) {
    if (f.identity !== identity || f.direction !== 'csms→station') continue;
    const [type, id] = f.message;
    if ((type === 3 || type === 4) && typeof id === 'string' && !answers.has(id)) answers.set(id, f.message);
  }
  return csms.calls(undefined, identity).map((call, index) => {
    const answer = answers.get(call.messageId);
    const outcome = answer === undefined ? 'none' : answer[0] === 3 ? 'result' : 'error';
    return { index, call, outcome, result: outcome === 'result' ? answer![2] : undefined };
  });
}

/** JSON with sorted keys: the station's field order may change between the queue and the wire. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** 1.6 fills the CSMS's transactionId in at send time: the queued payload has none (or a placeholder). */
export function contentKey(version: Version, action: string, payload: any): string {
  if (version === 'ocpp1.6' && (action === 'MeterValues' || action === 'StopTransaction')) {
    const { transactionId: _id, ...rest } = payload as Record<string, unknown>;
    return `${action} ${canonical(rest)}`;
  }
  return `${action} ${canonical(payload)}`;
}

const TX_ACTIONS: Record<Version, string[]> = {
  'ocpp1.6': ['StartTransaction', 'StopTransaction', 'MeterValues'],
  'ocpp2.0.1': ['TransactionEvent'],
};

export interface AuditInput {
  version: Version;
  /** The messages that must arrive, in queue order. */
  rows: QueueRow[];
  attempts: Attempt[];
  /** The number of station calls the CSMS had received when each cut (or kill) happened. */
  cuts: number[];
  /** No second delivery at all, not even of a message in flight at a cut. */
  exactlyOnce: boolean;
}

export interface Delivery {
  row: QueueRow;
  /** Every attempt of this row, in order. */
  attempts: Attempt[];
  /** The attempts the CSMS answered with a CALLRESULT. */
  delivered: Attempt[];
}

export interface Audit {
  problems: string[];
  deliveries: Delivery[];
  counts: { messages: number; attempts: number; callErrors: number; unanswered: number; duplicates: number };
}

const label = (r: QueueRow): string => `#${r.seq} ${r.action}${r.tx_ref ? ` (${r.tx_ref})` : ''}`;

export function audit(input: AuditInput): Audit {
  const { version, rows } = input;
  const problems: string[] = [];
  const durable = new Set([...rows.map((r) => r.action), ...TX_ACTIONS[version]]);
  const deliveries: Delivery[] = rows.map((row) => ({ row, attempts: [], delivered: [] }));
  const byKey = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = contentKey(version, r.action, r.payload);
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const cutAfter = new Set(input.cuts.map((n) => n - 1));
  let cur = -1;
  const counts = { messages: rows.length, attempts: 0, callErrors: 0, unanswered: 0, duplicates: 0 };

  for (const a of input.attempts) {
    if (!durable.has(a.call.action)) continue;
    counts.attempts++;
    if (a.outcome === 'error') counts.callErrors++;
    if (a.outcome === 'none') counts.unanswered++;
    const candidates = byKey.get(contentKey(version, a.call.action, a.call.payload)) ?? [];
    const i = candidates.find((c) => c >= cur) ?? candidates.at(-1);
    if (i === undefined) {
      problems.push(`call ${a.index} ${a.call.action} matches no queued message: ${JSON.stringify(a.call.payload).slice(0, 200)}`);
      continue;
    }
    if (i < cur) problems.push(`call ${a.index}: ${label(rows[i]!)} sent again after ${label(rows[cur]!)}, a later message`);
    if (i > cur) {
      if (cur >= 0 && deliveries[cur]!.delivered.length === 0) problems.push(`call ${a.index}: moved on to ${label(rows[i]!)} while ${label(rows[cur]!)} was never answered`);
      for (let s = cur + 1; s < i; s++) problems.push(`call ${a.index}: ${label(rows[i]!)} sent before ${label(rows[s]!)}, which was queued earlier`);
      cur = i;
    }
    const d = deliveries[i]!;
    d.attempts.push(a);
    if (a.outcome !== 'result') continue;
    const before = d.delivered.at(-1);
    d.delivered.push(a);
    if (!before) continue;
    counts.duplicates++;
    if (input.exactlyOnce) problems.push(`${label(d.row)} delivered ${d.delivered.length} times (calls ${d.delivered.map((x) => x.index).join(', ')})`);
    else if (!cutAfter.has(before.index)) problems.push(`${label(d.row)} delivered again (call ${a.index}) though call ${before.index} was not in flight at a cut`);
    else if (canonical(before.call.payload) !== canonical(a.call.payload)) problems.push(`${label(d.row)} resent after a cut with a different payload (calls ${before.index}, ${a.index})`);
  }
  for (const d of deliveries) if (d.delivered.length === 0) problems.push(`${label(d.row)} lost: ${d.attempts.length} attempt(s), none answered with a CALLRESULT`);
  return { problems, deliveries, counts };
}

export interface TxCheckOptions {
  /** How much earlier than the last meter value a 1.6 StopTransaction with reason PowerLoss may be stamped. */
  powerLossSlackMs?: number;
}

const energyOf = (mv: any): number | null => {
  const v = mv.sampledValue.find((s: any) => s.measurand === 'Energy.Active.Import.Register' || s.measurand === undefined);
  return v ? Number(v.value) : null;
};

/**
 * 1.6, per transaction: StartTransaction first, its MeterValues, StopTransaction last, all with the id the
 * CSMS gave in its (last) StartTransaction answer; timestamps and energy never go backwards; meterStop at
 * least every value sent.
 */
export function checkTransactions16(a: Audit, opts: TxCheckOptions = {}): string[] {
  const problems: string[] = [];
  const byTx = new Map<string, Delivery[]>();
  for (const d of a.deliveries) if (d.row.tx_ref) byTx.set(d.row.tx_ref, [...(byTx.get(d.row.tx_ref) ?? []), d]);
  for (const [tx, list] of byTx) {
    const actions = list.map((d) => d.row.action);
    if (actions[0] !== 'StartTransaction') problems.push(`transaction ${tx}: first message ${actions[0]}`);
    if (actions.filter((x) => x === 'StartTransaction').length !== 1) problems.push(`transaction ${tx}: ${actions.filter((x) => x === 'StartTransaction').length} StartTransaction`);
    const stops = actions.filter((x) => x === 'StopTransaction').length;
    if (stops > 1 || (stops === 1 && actions.at(-1) !== 'StopTransaction')) problems.push(`transaction ${tx}: StopTransaction not last and single: ${actions.join(' ')}`);
    const start = list[0]!.delivered.at(-1);
    const id = start?.result?.transactionId;
    if (typeof id !== 'number') {
      problems.push(`transaction ${tx}: no transactionId from the CSMS`);
      continue;
    }
    let lastTime = Date.parse(list[0]!.row.payload.timestamp);
    let lastAt = `#${list[0]!.row.seq} StartTransaction ${list[0]!.row.payload.timestamp}`;
    let lastWh = Number(list[0]!.row.payload.meterStart);
    for (const d of list.slice(1)) {
      for (const at of d.delivered) if (at.call.payload.transactionId !== id) problems.push(`transaction ${tx}: call ${at.index} ${d.row.action} carries transactionId ${at.call.payload.transactionId}, not ${id}`);
      const p = d.row.payload;
      const values: any[] = d.row.action === 'MeterValues' ? p.meterValue : [];
      for (const mv of values) {
        const t = Date.parse(mv.timestamp);
        if (t < lastTime) problems.push(`transaction ${tx}: MeterValues #${d.row.seq} at ${mv.timestamp} (${mv.sampledValue[0]?.context}), before ${lastAt}`);
        if (t >= lastTime) lastAt = `#${d.row.seq} MeterValues ${mv.timestamp} (${mv.sampledValue[0]?.context})`;
        lastTime = Math.max(lastTime, t);
        const wh = energyOf(mv);
        if (wh !== null && wh < lastWh) problems.push(`transaction ${tx}: energy ${wh} Wh in #${d.row.seq} below the earlier ${lastWh} Wh`);
        if (wh !== null) lastWh = Math.max(lastWh, wh);
      }
      if (d.row.action === 'StopTransaction') {
        const slack = p.reason === 'PowerLoss' ? (opts.powerLossSlackMs ?? 0) : 0;
        if (Date.parse(p.timestamp) + slack < lastTime) problems.push(`transaction ${tx}: StopTransaction at ${p.timestamp}, before its last meter value`);
        if (p.meterStop < lastWh) problems.push(`transaction ${tx}: meterStop ${p.meterStop} below a meter value sent (${lastWh} Wh)`);
      }
    }
  }
  return problems;
}

/**
 * 2.0.1, per transaction: seqNo 0, 1, 2… without gaps in queue (= delivery) order, Started first, one
 * Ended and last, timestamps never going backwards.
 */
export function checkTransactions201(a: Audit): string[] {
  const problems: string[] = [];
  const byTx = new Map<string, Delivery[]>();
  for (const d of a.deliveries) {
    if (d.row.action !== 'TransactionEvent') continue;
    const id = d.row.payload.transactionInfo.transactionId as string;
    byTx.set(id, [...(byTx.get(id) ?? []), d]);
  }
  for (const [tx, list] of byTx) {
    const events = list.map((d) => d.row.payload);
    const seqNos = events.map((e) => e.seqNo as number);
    if (seqNos.some((s, i) => s !== i)) problems.push(`transaction ${tx}: seqNos ${seqNos.join(',')}`);
    if (events[0].eventType !== 'Started') problems.push(`transaction ${tx}: first event ${events[0].eventType}`);
    const ended = events.filter((e) => e.eventType === 'Ended').length;
    if (ended > 1 || (ended === 1 && events.at(-1).eventType !== 'Ended')) problems.push(`transaction ${tx}: Ended not last and single`);
    if (events.slice(1).some((e) => e.eventType === 'Started')) problems.push(`transaction ${tx}: a second Started`);
    for (let i = 1; i < events.length; i++) {
      if (Date.parse(events[i].timestamp) < Date.parse(events[i - 1].timestamp)) problems.push(`transaction ${tx}: seqNo ${i} at ${events[i].timestamp}, before seqNo ${i - 1}`);
    }
  }
  return problems;
}

export function checkTransactions(version: Version, a: Audit, opts: TxCheckOptions = {}): string[] {
  return version === 'ocpp1.6' ? checkTransactions16(a, opts) : checkTransactions201(a);
}
