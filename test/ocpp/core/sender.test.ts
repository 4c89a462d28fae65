/**
 * Issue 8, the offline queue (appliance/src/ocpp/sender.ts) against the test CSMS: messages queued offline
 * delivered once each and in order after the connection, transient requests ahead of the replay, CALLERRORs
 * retried after message_retry_interval_s × attempt and then given up, timeouts and lost connections resent
 * with fresh message ids, rows that outlive the process, and queue_max shedding the oldest meter values.
 * Checked that they can fail: deleting the row on a timeout or a lost connection fails the two resend tests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { OcppNoAnswerError, OcppRemoteError, type QueueKind } from '../../../appliance/src/ocpp/index.js';
import { IDENTITY, sentActions, startCore, stationCalls, type CoreBench } from './harness.js';

let bench: CoreBench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

const dt = (messageId: string) => ({ vendorId: 'ampbox', messageId });
const dataTransferIds = (b: CoreBench): string[] => stationCalls(b.csms, 'DataTransfer').map((c) => c.payload.messageId as string);
const rows = (b: CoreBench): number => (b.db().prepare('SELECT count(*) AS n FROM ocpp_queue').get() as { n: number }).n;

async function goOnline(b: CoreBench): Promise<void> {
  b.csms.refuseConnections(false);
  // The failed first attempt scheduled the next one reconnect_min_s (× 0.875 jitter) later.
  await b.run(1000);
  await b.until(() => b.service.sender!.online, 'online');
}

describe('durable queue', () => {
  it('messages queued offline are delivered once each, in order, after the connection', async () => {
    bench = await startCore({ offline: true });
    const b = bench;
    const sender = b.service.sender!;
    const ids = Array.from({ length: 20 }, (_, i) => `m${i}`);
    for (const id of ids) sender.enqueue('DataTransfer', dt(id));
    expect(sender.pending()).toBe(20);
    expect(rows(b)).toBe(20);
    await expect(sender.send('Heartbeat', {})).rejects.toBeInstanceOf(OcppNoAnswerError);
    await goOnline(b);
    await b.until(() => sender.pending() === 0, 'the replay');
    expect(dataTransferIds(b)).toEqual(ids);
    expect(b.record.answered.map((a) => a.msg.payload.messageId)).toEqual(ids);
    expect(b.record.answered.every((a) => a.result.status === 'UnknownVendorId')).toBe(true);
    expect(rows(b)).toBe(0);
    expect(sentActions(b.csms)[0]).toBe('BootNotification');
    b.csms.assertNoViolations();
  });

  it('a transient request goes before the rest of the replay', async () => {
    bench = await startCore({ offline: true });
    const b = bench;
    // Slow answers keep the replay going long enough to cut in.
    b.csms.onCall('DataTransfer', () => ({ delayMs: 20 }));
    for (let i = 0; i < 30; i++) b.service.sender!.enqueue('DataTransfer', dt(`m${i}`));
    await goOnline(b);
    const hb = b.service.sender!.send('Heartbeat', {});
    await expect(hb).resolves.toHaveProperty('currentTime');
    const order = sentActions(b.csms);
    // BootNotification, at most the one DataTransfer already in flight, then the Heartbeat.
    expect(order.indexOf('Heartbeat')).toBeLessThanOrEqual(2);
    await b.until(() => b.service.sender!.pending() === 0, 'the replay');
    expect(dataTransferIds(b)).toEqual(Array.from({ length: 30 }, (_, i) => `m${i}`));
    b.csms.assertNoViolations();
  });

  it('a CALLERROR is retried after retry_interval × attempt, then given up; the rows behind wait, transient ones do not', async () => {
    bench = await startCore({ ocpp: { transactions: { message_attempts: 3, message_retry_interval_s: 10 } } });
    const b = bench;
    await b.until(() => b.service.sender!.online, 'online');
    b.csms.onCall('SecurityEventNotification', () => ({ callError: { code: 'GenericError', description: 'not today' } }));
    const sender = b.service.sender!;
    sender.enqueue('SecurityEventNotification', { type: 'StartupOfTheDevice', timestamp: new Date(b.clock.now()).toISOString() }, { kind: 'event' });
    sender.enqueue('DataTransfer', dt('behind'));
    const attempts = () => stationCalls(b.csms, 'SecurityEventNotification');
    // The row's attempt count: the station has seen the CALLERROR (the clock must not move before that).
    const counted = () => (b.db().prepare('SELECT attempts FROM ocpp_queue ORDER BY seq LIMIT 1').get() as { attempts: number } | undefined)?.attempts;
    await b.until(() => counted() === 1, 'attempt 1 answered');
    const t0 = attempts()[0]!.at;
    await b.run(9900);
    expect(attempts()).toHaveLength(1);
    // The backoff holds durable rows only.
    await expect(sender.send('Heartbeat', {})).resolves.toHaveProperty('currentTime');
    expect(dataTransferIds(b)).toEqual([]);
    await b.run(100);
    await b.until(() => counted() === 2, 'attempt 2 answered');
    await b.run(19_900);
    expect(attempts()).toHaveLength(2);
    await b.run(100);
    await b.until(() => attempts().length === 3 && b.service.sender!.pending() === 0, 'attempt 3, then the row behind');
    expect(dataTransferIds(b)).toEqual(['behind']);
    expect(attempts().map((c) => c.at - t0)).toEqual([0, 10_000, 30_000]);
    expect(new Set(attempts().map((c) => c.messageId)).size).toBe(3);
    expect(b.record.givenUp).toHaveLength(1);
    expect(b.record.givenUp[0]!.msg.attempts).toBe(3);
    expect(b.record.givenUp[0]!.error).toBeInstanceOf(OcppRemoteError);
    expect(rows(b)).toBe(0);
    b.csms.assertNoViolations();
  });

  it('NotImplemented is given up at once: the CSMS will never take that action', async () => {
    bench = await startCore();
    const b = bench;
    await b.until(() => b.service.sender!.online, 'online');
    b.csms.onCall('DataTransfer', (c) => (c.payload.messageId === 'unknown' ? { callError: { code: 'NotImplemented' } } : undefined));
    b.service.sender!.enqueue('DataTransfer', dt('unknown'));
    b.service.sender!.enqueue('DataTransfer', dt('next'));
    await b.until(() => dataTransferIds(b).length === 2 && b.service.sender!.pending() === 0, 'both handled');
    expect(dataTransferIds(b)).toEqual(['unknown', 'next']);
    expect(b.record.givenUp.map((g) => g.msg.payload.messageId)).toEqual(['unknown']);
    b.csms.assertNoViolations();
  });

  it('no answer: resent after call_timeout_s with a new message id, answered once', async () => {
    bench = await startCore({ ocpp: { call_timeout_s: 5 } });
    const b = bench;
    await b.until(() => b.service.sender!.online, 'online');
    let first = true;
    b.csms.onCall('DataTransfer', () => {
      if (!first) return undefined;
      first = false;
      return { noReply: true };
    });
    b.service.sender!.enqueue('DataTransfer', dt('slow'));
    await b.until(() => dataTransferIds(b).length === 1, 'first try');
    await b.run(4900);
    expect(dataTransferIds(b)).toHaveLength(1);
    await b.run(100);
    await b.until(() => b.record.answered.length === 1, 'the answer to the resend');
    const calls = stationCalls(b.csms, 'DataTransfer');
    expect(calls).toHaveLength(2);
    expect(calls[0]!.messageId).not.toBe(calls[1]!.messageId);
    expect(rows(b)).toBe(0);
    b.csms.assertNoViolations();
  });

  it('a connection lost while waiting: kept, and resent (new id) after the reconnect without a new boot', async () => {
    bench = await startCore();
    const b = bench;
    await b.until(() => b.service.sender!.online, 'online');
    let first = true;
    b.csms.onCall('DataTransfer', () => {
      if (!first) return undefined;
      first = false;
      return { disconnect: true };
    });
    b.service.sender!.enqueue('DataTransfer', dt('cut'));
    await b.until(() => !b.service.link.connected, 'the disconnect');
    expect(rows(b)).toBe(1);
    await b.run(1000);
    await b.until(() => b.record.answered.length === 1, 'the resend answered');
    const calls = stationCalls(b.csms, 'DataTransfer');
    expect(calls.map((c) => c.payload.messageId)).toEqual(['cut', 'cut']);
    expect(calls[0]!.messageId).not.toBe(calls[1]!.messageId);
    expect(stationCalls(b.csms, 'BootNotification')).toHaveLength(1);
    b.csms.assertNoViolations();
  });

  it('rows survive closing and reopening the database (a new service instance)', async () => {
    bench = await startCore({ offline: true });
    const first = bench;
    for (let i = 0; i < 5; i++) first.service.sender!.enqueue('DataTransfer', dt(`kept${i}`), { kind: 'meter', tx_ref: 'tx-1' });
    const csms = first.csms;
    await first.close({ keepDir: true, keepCsms: true });
    csms.refuseConnections(false);

    bench = await startCore({ reuseCsms: csms, dir: first.dir });
    const second = bench;
    expect(second.service.sender!.pending()).toBe(5);
    await second.until(() => second.service.sender!.pending() === 0, 'the replay');
    expect(dataTransferIds(second)).toEqual(['kept0', 'kept1', 'kept2', 'kept3', 'kept4']);
    expect(second.record.answered.map((a) => [a.msg.kind, a.msg.tx_ref])).toEqual(Array(5).fill(['meter', 'tx-1']));
    csms.assertNoViolations();
    await second.close();
    await csms.close();
    bench = null;
  });

  it('queue_max: the oldest meter values go first; transaction starts and ends are never dropped', async () => {
    bench = await startCore({ offline: true, ocpp: { queue_max: 100 } });
    const b = bench;
    const sender = b.service.sender!;
    const put = (id: string, kind: QueueKind) => sender.enqueue('DataTransfer', dt(id), { kind });
    put('start', 'start');
    for (let i = 0; i < 150; i++) put(`m${i}`, 'meter');
    put('stop', 'stop');
    expect(sender.pending()).toBe(100);
    expect(rows(b)).toBe(100);
    expect(b.logs.some((l) => l.level === 'warn' && l.message.startsWith('offline queue full (100 messages)'))).toBe(true);
    await goOnline(b);
    await b.until(() => sender.pending() === 0, 'the replay');
    expect(dataTransferIds(b)).toEqual(['start', ...Array.from({ length: 98 }, (_, i) => `m${i + 52}`), 'stop']);
    b.csms.assertNoViolations();
  });

  it('queue_max: starts and ends are kept even beyond it', async () => {
    bench = await startCore({ offline: true, ocpp: { queue_max: 100 } });
    const b = bench;
    for (let i = 0; i < 101; i++) b.service.sender!.enqueue('DataTransfer', dt(`s${i}`), { kind: i % 2 ? 'stop' : 'start' });
    expect(b.service.sender!.pending()).toBe(101);
    b.csms.assertNoViolations();
  });

  it('a transient request waiting for the first boot answer is refused after call_timeout_s', async () => {
    bench = await startCore({ ocpp: { call_timeout_s: 5, boot_retry_s: 60 } });
    const b = bench;
    b.csms.onCall('BootNotification', () => ({ noReply: true }));
    await b.until(() => stationCalls(b.csms, 'BootNotification').length === 1, 'the boot');
    let outcome: unknown = null;
    b.service.sender!.send('Heartbeat', {}).then(
      () => (outcome = 'sent'),
      (e: unknown) => (outcome = e),
    );
    await b.run(4900);
    expect(outcome).toBeNull();
    await b.run(100);
    await b.until(() => outcome !== null, 'the refusal');
    expect(outcome).toBeInstanceOf(OcppNoAnswerError);
    expect((outcome as Error).message).toBe('Heartbeat: no answer (not sent within 5 s: the boot is not accepted yet)');
    expect(sentActions(b.csms)).toEqual(['BootNotification']);
    b.csms.assertNoViolations();
  });

  it("beforeSend fills in what was unknown at enqueue time, or drops the message", async () => {
    bench = await startCore({ offline: true });
    const b = bench;
    b.record.beforeSend = (msg) => (msg.payload.messageId === 'drop' ? null : { ...msg.payload, data: `patched ${msg.seq}` });
    const s1 = b.service.sender!.enqueue('DataTransfer', dt('keep'));
    b.service.sender!.enqueue('DataTransfer', dt('drop'));
    b.service.sender!.enqueue('DataTransfer', dt('last'));
    await goOnline(b);
    await b.until(() => b.service.sender!.pending() === 0, 'the replay');
    const calls = stationCalls(b.csms, 'DataTransfer');
    expect(calls.map((c) => c.payload.messageId)).toEqual(['keep', 'last']);
    expect(calls[0]!.payload.data).toBe(`patched ${s1}`);
    expect(b.csms.station(IDENTITY)!.connected).toBe(true);
    b.csms.assertNoViolations();
  });
});
