/**
 * OCPP 1.6 transactions across failures: a crash (the process gone with a transaction open) closes the
 * transaction at the next start with reason PowerLoss, meterStop and time of the last meter value (1.6
 * §4.8); an orderly stop reports Reboot; a StartTransaction the CSMS keeps refusing is given up and the
 * transaction's later messages are dropped rather than sent with an id the CSMS never issued.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { GOOD_TAG, IDENTITY, startV16, type V16Bench } from './bench.js';

const benches: V16Bench[] = [];
afterEach(async () => {
  // Newest first: an abandoned ("crashed") appliance is stopped last, after its successor.
  for (const b of benches.reverse().splice(0)) await b.close();
});

async function charge(b: V16Bench): Promise<{ transactionId: number; meterStart: number }> {
  const e1 = b.app.evses[0]!;
  const before = b.csms.calls('StartTransaction', IDENTITY).length;
  e1.sim!.plug('ac-3p-16');
  await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
  b.app.tokens.push({ id_token: GOOD_TAG, type: 'RFID' });
  await b.runUntil(() => e1.charger.state === 'Charging' && b.csms.calls('StartTransaction', IDENTITY).length > before, 'Charging');
  const start = b.csms.calls('StartTransaction', IDENTITY)[before]!;
  await b.run(1000);
  const answer = b.csms.frames.find((f) => f.direction === 'csms→station' && f.message[1] === start.messageId)!;
  return { transactionId: (answer.message[2] as { transactionId: number }).transactionId, meterStart: start.payload.meterStart };
}

describe('OCPP 1.6 transactions after failures', () => {
  it('a crash: the next start closes the open transaction with PowerLoss and the last meter value', async () => {
    const first = await startV16();
    benches.push(first);
    await first.station();
    const { transactionId, meterStart } = await charge(first);
    await first.run(25_000);
    const last = first.csms.calls('MeterValues', IDENTITY).at(-1)!.payload.meterValue[0];
    const lastWh = Number(last.sampledValue[0].value);
    expect(lastWh).toBeGreaterThan(meterStart);

    // The "crash": the network drops and this appliance never runs again (its clock stands still).
    first.csms.station(IDENTITY)!.terminate();
    await first.until(() => !first.app.ocpp!.link.connected, 'the first appliance cut off');

    const second = await startV16({ csmsInstance: first.csms, dir: first.dir, clock: new ManualClock(first.clock.now()) });
    benches.push(second);
    await second.station();
    const stop = await second.nextCall('StopTransaction');
    expect(stop.payload).toMatchObject({ transactionId, reason: 'PowerLoss', meterStop: lastWh });
    expect(stop.payload.idTag).toBeUndefined();
    expect(Math.abs(Date.parse(stop.payload.timestamp) - Date.parse(last.timestamp))).toBeLessThan(1000);
    // The new process has no transaction of its own: nothing else about it goes out.
    await second.run(15_000);
    expect(second.csms.calls('StopTransaction', IDENTITY)).toHaveLength(1);
    second.csms.assertNoViolations();
  });

  it('an orderly stop with a transaction running reports it ended by Reboot', async () => {
    const first = await startV16();
    benches.push(first);
    await first.station();
    const { transactionId } = await charge(first);
    await first.run(5000);
    const { csms, dir, clock } = first;
    benches.pop();
    await first.close({ keepCsms: true, keepDir: true });
    // Sent while stopping, or at the next start: either way once, and as Reboot.
    const second = await startV16({ csmsInstance: csms, dir, clock });
    benches.push(second);
    await second.station();
    const stop = await second.nextCall('StopTransaction');
    expect(stop.payload).toMatchObject({ transactionId, reason: 'Reboot' });
    await second.run(5000);
    expect(csms.calls('StopTransaction', IDENTITY)).toHaveLength(1);
    csms.assertNoViolations();
  });

  it('StartTransaction given up: the transaction’s meter values and stop are dropped, later ones go normally', async () => {
    const b = await startV16({ ocpp: { transactions: { message_attempts: 2, message_retry_interval_s: 1 } } });
    benches.push(b);
    await b.station();
    const refuse = b.csms.onCall('StartTransaction', () => ({ callError: { code: 'InternalError', description: 'database down' } }));
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    b.app.tokens.push({ id_token: GOOD_TAG, type: 'RFID' });
    await b.runUntil(() => b.csms.calls('StartTransaction', IDENTITY).length === 2, 'two attempts');
    await b.run(25_000);
    e1.sim!.unplug();
    await b.runUntil(() => b.app.ocpp!.sender!.pending() === 0, 'the queue emptied');
    expect(b.csms.calls('StartTransaction', IDENTITY)).toHaveLength(2);
    expect(b.csms.calls('MeterValues', IDENTITY).filter((c) => c.payload.transactionId !== undefined)).toHaveLength(0);
    expect(b.csms.calls('StopTransaction', IDENTITY)).toHaveLength(0);
    expect(b.logs.some((l) => /StopTransaction of transaction .* dropped: its StartTransaction was given up/.test(l.message))).toBe(true);

    refuse();
    const { transactionId } = await charge(b);
    e1.sim!.unplug();
    const stop = await b.nextCall('StopTransaction');
    expect(stop.payload).toMatchObject({ transactionId, reason: 'EVDisconnected' });
    b.csms.assertNoViolations();
  });
});
