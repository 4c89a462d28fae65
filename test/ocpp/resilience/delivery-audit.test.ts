/**
 * The resilience tests are only as good as their audit: it must catch a lost message, a reordering, a
 * second delivery no cut excuses, a resend with a changed payload, a wrong 1.6 transactionId and a 2.0.1
 * seqNo gap — shown here on hand-made ledgers and call records.
 */
import { describe, expect, it } from 'vitest';
import { audit, checkTransactions16, checkTransactions201, type Attempt } from './delivery-audit.js';
import type { QueueRow } from './ledger.js';

const T = (s: number): string => new Date(Date.UTC(2026, 0, 1, 12, 0, s)).toISOString();
const mv = (s: number, wh: number) => ({ connectorId: 1, meterValue: [{ timestamp: T(s), sampledValue: [{ value: String(wh), measurand: 'Energy.Active.Import.Register' }] }] });

const rows16: QueueRow[] = [
  { seq: 1, action: 'StartTransaction', payload: { connectorId: 1, idTag: 'DEADBEEF', meterStart: 100, timestamp: T(0) }, tx_ref: 'a', kind: 'start' },
  { seq: 2, action: 'MeterValues', payload: mv(1, 110), tx_ref: 'a', kind: 'meter' },
  { seq: 3, action: 'MeterValues', payload: mv(2, 120), tx_ref: 'a', kind: 'meter' },
  { seq: 4, action: 'StopTransaction', payload: { transactionId: 0, meterStop: 125, timestamp: T(3), reason: 'Local' }, tx_ref: 'a', kind: 'stop' },
];

/** Calls as the CSMS would record them: the row's payload with the id the CSMS gave filled in. */
function calls(spec: Array<[number, Attempt['outcome'], number?]>, id = 7): Attempt[] {
  return spec.map(([seq, outcome, txId], index) => {
    const row = rows16.find((r) => r.seq === seq)!;
    const payload = row.action === 'StartTransaction' ? row.payload : { ...row.payload, transactionId: txId ?? id };
    return {
      index,
      call: { identity: 'x', messageId: `m${index}`, action: row.action, payload, at: 0 },
      outcome,
      result: outcome === 'result' && row.action === 'StartTransaction' ? { transactionId: id, idTagInfo: { status: 'Accepted' } } : outcome === 'result' ? {} : undefined,
    };
  });
}

const run = (attempts: Attempt[], cuts: number[] = [], exactlyOnce = false) => audit({ version: 'ocpp1.6', rows: rows16, attempts, cuts, exactlyOnce });

describe('the delivery audit', () => {
  it('passes a clean run, retries after a CALLERROR and a resend after a cut included', () => {
    const a = run(calls([[1, 'result'], [2, 'error'], [2, 'result'], [3, 'none'], [3, 'result'], [4, 'result']]));
    expect(a.problems).toEqual([]);
    expect(checkTransactions16(a)).toEqual([]);
    expect(a.counts).toMatchObject({ messages: 4, attempts: 6, callErrors: 1, unanswered: 1, duplicates: 0 });
  });

  it('a message never answered with a CALLRESULT is lost', () => {
    expect(run(calls([[1, 'result'], [2, 'result'], [4, 'result']])).problems.join('\n')).toMatch(/#3 MeterValues .* lost|sent before #3/);
    expect(run(calls([[1, 'result'], [2, 'result'], [3, 'error'], [4, 'result']])).problems.join('\n')).toMatch(/moved on to #4 StopTransaction \(a\) while #3 MeterValues \(a\) was never answered/);
  });

  it('a message sent again after a later one is out of order', () => {
    expect(run(calls([[1, 'result'], [3, 'result'], [2, 'result'], [4, 'result']])).problems.join('\n')).toMatch(/sent before #2|sent again after/);
  });

  it('a second delivery is excused only in flight at a cut, with the same payload, and never when exactly once is asked', () => {
    const twice = calls([[1, 'result'], [2, 'result'], [2, 'result'], [3, 'result'], [4, 'result']]);
    expect(run(twice).problems).toEqual([expect.stringMatching(/#2 MeterValues .* delivered again .* not in flight at a cut/)]);
    expect(run(twice, [2]).problems).toEqual([]);
    expect(run(twice, [2]).counts.duplicates).toBe(1);
    expect(run(twice, [2], true).problems).toEqual([expect.stringMatching(/delivered 2 times/)]);
    const changed = calls([[1, 'result'], [2, 'result'], [2, 'result', 8], [3, 'result'], [4, 'result']]);
    expect(run(changed, [2]).problems).toEqual([expect.stringMatching(/different payload/)]);
  });

  it('1.6: every message of a transaction carries the id the CSMS gave its StartTransaction', () => {
    const a = run(calls([[1, 'result'], [2, 'result'], [3, 'result', 9], [4, 'result']]));
    expect(checkTransactions16(a)).toEqual([expect.stringMatching(/call 2 MeterValues carries transactionId 9, not 7/)]);
  });

  it('1.6: a meterStop below a value sent, or time going backwards, is caught', () => {
    const low = rows16.map((r) => (r.seq === 4 ? { ...r, payload: { ...r.payload, meterStop: 115 } } : r));
    const a = audit({ version: 'ocpp1.6', rows: low, attempts: calls([[1, 'result'], [2, 'result'], [3, 'result']]), cuts: [], exactlyOnce: true });
    expect(checkTransactions16({ ...a, deliveries: a.deliveries })).toEqual([expect.stringMatching(/meterStop 115 below a meter value sent \(120 Wh\)/)]);
  });

  it('2.0.1: seqNo gaps, a late Started and events after Ended are caught', () => {
    const ev = (seq: number, seqNo: number, eventType: string, s: number): QueueRow => ({
      seq,
      action: 'TransactionEvent',
      payload: { eventType, timestamp: T(s), triggerReason: 'Authorized', seqNo, transactionInfo: { transactionId: 't' } },
      tx_ref: 't',
      kind: 'event',
    });
    const check = (rows: QueueRow[]): string[] => {
      const attempts: Attempt[] = rows.map((r, index) => ({ index, call: { identity: 'x', messageId: `m${index}`, action: r.action, payload: r.payload, at: 0 }, outcome: 'result', result: {} }));
      const a = audit({ version: 'ocpp2.0.1', rows, attempts, cuts: [], exactlyOnce: true });
      return [...a.problems, ...checkTransactions201(a)];
    };
    expect(check([ev(1, 0, 'Started', 0), ev(2, 1, 'Updated', 1), ev(3, 2, 'Ended', 2)])).toEqual([]);
    expect(check([ev(1, 0, 'Started', 0), ev(2, 2, 'Updated', 1), ev(3, 3, 'Ended', 2)])).toEqual([expect.stringMatching(/seqNos 0,2,3/)]);
    expect(check([ev(1, 0, 'Started', 0), ev(2, 1, 'Ended', 1), ev(3, 2, 'Updated', 2)])).toEqual([expect.stringMatching(/Ended not last/)]);
    expect(check([ev(1, 0, 'Started', 0), ev(2, 1, 'Updated', 2), ev(3, 2, 'Ended', 1)])).toEqual([expect.stringMatching(/seqNo 2 at .* before seqNo 1/)]);
  });
});
