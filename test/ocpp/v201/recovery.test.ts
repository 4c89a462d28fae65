/**
 * OCPP 2.0.1 transactions across a power loss and a restart (E: transactions that were ongoing): the next
 * start ends what the last run left open — Ended with the next seqNo, `offline`, AbnormalCondition /
 * PowerLoss and the last meter reading saved — and the CSMS sees one unbroken sequence.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brief, CARD, startV201, type V201Bench } from './bench.js';

const benches: V201Bench[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const x of benches.splice(0).reverse()) await x.close({ keepCsms: true });
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const quiet = { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } };

describe('OCPP 2.0.1 recovery', () => {
  it('after a power loss: Ended with AbnormalCondition / PowerLoss, the next seqNo, the last saved reading', async () => {
    const a = await startV201({ ocpp: quiet });
    benches.push(a);
    const { csms, clock } = a;
    await a.chargeWith(1, CARD);
    await a.run(40_000);
    await a.settle(() => a.app.ocpp!.sender!.pending() === 0, 'everything delivered');
    const before = a.txEvents();
    const id = before[0].transactionInfo.transactionId;
    // The power goes: the network with it, and the database stays as it was at this moment.
    csms.refuseConnections(true);
    a.station().terminate();
    await a.settle(() => !a.app.ocpp!.link.connected, 'the link down');
    const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-v201-copy-'));
    dirs.push(dir);
    await a.app.db()!.backup(path.join(dir, 'ampbox.db'));
    const saved = a.app.db()!.prepare('SELECT last_meter_Wh, last_meter_at FROM ocpp_transactions WHERE tx_ref = ?').get(id) as { last_meter_Wh: number; last_meter_at: number };
    expect(saved.last_meter_Wh).toBeGreaterThan(0);
    await a.stopApp();

    csms.refuseConnections(false);
    const b = await startV201({ ocpp: quiet, reuseCsms: csms, dir, clock });
    benches.push(b);
    await b.settle(() => b.txEvents().some((e) => e.eventType === 'Ended' && e.transactionInfo.transactionId === id), 'the recovered Ended');
    const ended = b.txEvents().filter((e) => e.transactionInfo.transactionId === id).at(-1);
    expect(brief(ended)).toBe(`${before.length} Ended AbnormalCondition (PowerLoss)`);
    expect(ended.offline).toBe(true);
    expect(Date.parse(ended.timestamp)).toBe(saved.last_meter_at);
    expect(ended.meterValue).toEqual([
      {
        timestamp: new Date(saved.last_meter_at).toISOString(),
        sampledValue: [{ value: saved.last_meter_Wh, context: 'Transaction.End', measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }],
      },
    ]);
    // Nothing is left open: a third start closes nothing.
    expect(b.app.db()!.prepare(`SELECT count(*) AS n FROM ocpp_transactions WHERE state = 'Active'`).get()).toEqual({ n: 0 });
    csms.assertNoViolations();
    await csms.close();
  });

  it('after a graceful stop: the transaction ends once, with Reboot', async () => {
    const a = await startV201({ ocpp: quiet });
    const { csms, clock, dir } = a;
    await a.chargeWith(1, CARD);
    await a.run(5000);
    const id = a.txEvents()[0].transactionInfo.transactionId;
    await a.close({ keepCsms: true, keepDir: true });
    dirs.push(dir);
    const b = await startV201({ ocpp: quiet, reuseCsms: csms, dir, clock });
    benches.push(b);
    await b.settle(() => b.txEvents().some((e) => e.eventType === 'Ended' && e.transactionInfo.transactionId === id), 'Ended');
    await b.run(1000);
    const ends = b.txEvents().filter((e) => e.transactionInfo.transactionId === id && e.eventType === 'Ended');
    expect(ends).toHaveLength(1);
    expect(ends[0].transactionInfo.stoppedReason).toBe('Reboot');
    csms.assertNoViolations();
    await csms.close();
  });
});

describe('OCPP 2.0.1: the OCPP client restarted on its own', () => {
  it('carries on a transaction the charger still runs: same transactionId, the next seqNo', async () => {
    const a = await startV201({ ocpp: quiet });
    benches.push(a);
    const e1 = a.app.evses[0]!;
    await a.chargeWith(1, CARD);
    await a.settle(() => a.txEvents().length >= 3 && a.app.ocpp!.sender!.pending() === 0, 'the first events delivered');
    const id = a.txEvents()[0].transactionInfo.transactionId;
    await a.app.ocpp!.stop();
    await a.app.ocpp!.start();
    await a.csms.waitForStation('ampbox-v201-1', { booted: true });
    await a.run(1000);
    expect(e1.charger.state).toBe('Charging');
    e1.sim!.unplug();
    await a.runUntil(() => e1.charger.state === 'Idle', 'idle');
    await a.settle(() => a.txEvents().some((e) => e.eventType === 'Ended'), 'Ended');
    expect(a.txEvents().map(brief)).toEqual([
      '0 Started CablePluggedIn EVConnected',
      '1 Updated Authorized',
      '2 Updated ChargingStateChanged Charging',
      '3 Ended EVCommunicationLost Idle (EVDisconnected)',
    ]);
    expect(new Set(a.txEvents().map((e) => e.transactionInfo.transactionId))).toEqual(new Set([id]));
    a.csms.assertNoViolations();
    await a.csms.close();
  });
});
