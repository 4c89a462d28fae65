/**
 * OCPP 1.6J transactions end to end (§4.1 Authorize, §4.7 MeterValues, §4.8 Start/StopTransaction, §4.9
 * StatusNotification): the real appliance with a simulated vehicle against the test CSMS, which validates
 * every frame with its own copy of the schemas and checks transaction ids and meter order.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cutOff, GOOD_TAG, IDENTITY, startV16, stationCalls, type V16Bench } from './bench.js';

let bench: V16Bench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

const statusesOf = (b: V16Bench, connectorId: number): string[] =>
  b.csms.calls('StatusNotification', IDENTITY).filter((c) => c.payload.connectorId === connectorId).map((c) => c.payload.status);

const energy = (mv: any): number => Number(mv.sampledValue.find((s: any) => s.measurand === 'Energy.Active.Import.Register').value);

describe('OCPP 1.6 transactions', () => {
  it('a full session: plug, RFID, charge, sampled and clock-aligned values, unplug', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    // After the boot: every connector, the charge point (0) included.
    for (const id of [0, 1, 2]) await b.nextCall('StatusNotification', (c) => c.payload.connectorId === id && c.payload.status === 'Available');

    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 1 && c.payload.status === 'Preparing');
    b.app.tokens.push({ id_token: GOOD_TAG, type: 'RFID' });
    const start = await b.nextCall('StartTransaction');
    await b.runUntil(() => e1.charger.state === 'Charging', 'Charging');
    await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 1 && c.payload.status === 'Charging');
    // Past the next whole minute (a clock-aligned slot) with a few sampled values on the way.
    await b.run(65_000);
    await b.nextCall('MeterValues', (c) => c.payload.meterValue[0].sampledValue[0].context === 'Sample.Clock' && c.payload.connectorId === 2);
    e1.sim!.unplug();
    const stop = await b.nextCall('StopTransaction');
    await b.runUntil(() => statusesOf(b, 1).at(-1) === 'Available', 'connector 1 Available again');

    // ---- the messages of connector 1, in order ----
    const mine = stationCalls(b.csms, ['Authorize', 'StartTransaction', 'MeterValues', 'StopTransaction']).filter(
      (c) => c.action !== 'MeterValues' || c.payload.connectorId === 1,
    );
    expect(mine[0]).toEqual({ action: 'Authorize', payload: { idTag: GOOD_TAG } });
    expect(mine[1]!.action).toBe('StartTransaction');
    expect(mine.at(-1)!.action).toBe('StopTransaction');
    const values = mine.slice(2, -1);
    expect(values.every((c) => c.action === 'MeterValues')).toBe(true);

    // StartTransaction: connector, idTag, whole Wh, an RFC 3339 time.
    expect(start.payload).toEqual({ connectorId: 1, idTag: GOOD_TAG, meterStart: expect.any(Number), timestamp: expect.stringMatching(/Z$/) });
    expect(Number.isInteger(start.payload.meterStart)).toBe(true);
    const transactionId = b.csms.frames.find((f) => f.direction === 'csms→station' && f.message[1] === start.messageId)!.message[2] as { transactionId: number };

    // Sampled every 10 s (Sample.Periodic, the configured measurands) and one clock-aligned at 12:01:00.
    const periodic = values.filter((c) => c.payload.meterValue[0].sampledValue[0].context === 'Sample.Periodic');
    const aligned = values.filter((c) => c.payload.meterValue[0].sampledValue[0].context === 'Sample.Clock');
    expect(periodic.length).toBeGreaterThanOrEqual(6);
    for (const c of values) expect(c.payload.transactionId).toBe(transactionId.transactionId);
    expect(periodic[0]!.payload.meterValue[0].sampledValue.map((s: any) => [s.measurand, s.unit])).toEqual([
      ['Energy.Active.Import.Register', 'Wh'],
      ['Power.Active.Import', 'W'],
    ]);
    expect(Number(periodic[2]!.payload.meterValue[0].sampledValue[1].value)).toBeGreaterThan(10_000);
    const sampledAt = periodic.map((c) => Date.parse(c.payload.meterValue[0].timestamp));
    for (let i = 1; i < sampledAt.length; i++) expect(Math.abs(sampledAt[i]! - sampledAt[i - 1]! - 10_000)).toBeLessThanOrEqual(1000);
    expect(aligned).toHaveLength(1);
    expect(Math.abs(Date.parse(aligned[0]!.payload.meterValue[0].timestamp) - Date.UTC(2026, 0, 1, 12, 1, 0))).toBeLessThan(1000);
    expect(aligned[0]!.payload.meterValue[0].sampledValue.map((s: any) => s.measurand)).toEqual(['Energy.Active.Import.Register']);
    // The other connector's aligned value has no transaction.
    const idle = b.csms.calls('MeterValues', IDENTITY).find((c) => c.payload.connectorId === 2)!;
    expect(idle.payload.transactionId).toBeUndefined();

    // Energy never goes down; StopTransaction closes with the last reading.
    const energies = values.map((c) => energy(c.payload.meterValue[0]));
    for (let i = 1; i < energies.length; i++) expect(energies[i]!).toBeGreaterThanOrEqual(energies[i - 1]!);
    expect(stop.payload).toMatchObject({ transactionId: transactionId.transactionId, reason: 'EVDisconnected', idTag: GOOD_TAG });
    expect(stop.payload.meterStop).toBeGreaterThanOrEqual(energies.at(-1)!);
    expect(stop.payload.meterStop - start.payload.meterStart).toBeGreaterThan(100);
    expect(stop.payload.meterStop).toBe(Math.round(e1.meter.read().energy_import_Wh));
    // transactionData: the stop measurands at the beginning and the end.
    expect(stop.payload.transactionData.map((m: any) => m.sampledValue[0].context)).toEqual(['Transaction.Begin', 'Transaction.End']);
    expect(energy(stop.payload.transactionData[0])).toBe(start.payload.meterStart);
    expect(energy(stop.payload.transactionData[1])).toBe(stop.payload.meterStop);

    // Everything about connector 1, in order: the CSMS hears of the transaction before Charging and of its
    // end before Available (statuses wait for the transaction messages' answers).
    const labels = stationCalls(b.csms)
      .filter((c) => c.payload.connectorId === 1 || c.action === 'Authorize' || c.action === 'StopTransaction')
      .map((c) => (c.action === 'StatusNotification' ? `Status:${c.payload.status}` : c.action))
      .filter((l, i, all) => l !== 'MeterValues' || all[i - 1] !== 'MeterValues');
    expect(labels).toEqual(['Status:Available', 'Status:Preparing', 'Authorize', 'StartTransaction', 'Status:Charging', 'MeterValues', 'StopTransaction', 'Status:Available']);
    expect(statusesOf(b, 2)).toEqual(['Available']);
    expect(statusesOf(b, 0)).toEqual(['Available']);
    b.csms.assertNoViolations();
  });

  it('a token the CSMS refuses starts nothing; one over 20 characters is not even asked about', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    b.app.tokens.push({ id_token: 'BADC0FFEE', type: 'RFID' });
    const asked = await b.nextCall('Authorize');
    expect(asked.payload).toEqual({ idTag: 'BADC0FFEE' });
    const long = 'A'.repeat(21);
    const outcome = await b.app.auth.present({ id_token: long, type: 'RFID', source: 'test' });
    expect(outcome).toMatchObject({ accepted: false, status: 'Invalid' });
    await b.run(2000);
    expect(b.csms.calls('Authorize', IDENTITY).map((c) => c.payload.idTag)).toEqual(['BADC0FFEE']);
    expect(b.csms.calls('StartTransaction', IDENTITY)).toHaveLength(0);
    expect(e1.charger.state).toBe('WaitingForAuthentication');
    b.csms.assertNoViolations();
  });

  it('StartTransaction answered Invalid stops the transaction (DeAuthorized); the stop still goes out', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    // A token only the local list accepts: pre-authorized here, refused by the CSMS in the StartTransaction answer.
    expect(
      await b.call('SendLocalList', { listVersion: 1, updateType: 'Full', localAuthorizationList: [{ idTag: 'L0CA1', idTagInfo: { status: 'Accepted' } }] }),
    ).toEqual({ status: 'Accepted' });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    b.app.tokens.push({ id_token: 'L0CA1', type: 'RFID' });
    const start = await b.nextCall('StartTransaction');
    expect(start.payload.idTag).toBe('L0CA1');
    const stop = await b.nextCall('StopTransaction');
    expect(stop.payload.reason).toBe('DeAuthorized');
    expect(b.csms.calls('Authorize', IDENTITY)).toHaveLength(0);
    await b.runUntil(() => e1.charger.status().transaction_id === null, 'the transaction ended');
    expect(e1.charger.state).toBe('Finished');
    b.csms.assertNoViolations();
  });

  it('StopTransactionOnInvalidId false: the refused transaction goes on without energy', async () => {
    bench = await startV16({ ocpp: { transactions: { stop_on_invalid_id: false } } });
    const b = bench;
    await b.station();
    await b.call('SendLocalList', { listVersion: 1, updateType: 'Full', localAuthorizationList: [{ idTag: 'L0CA1', idTagInfo: { status: 'Accepted' } }] });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    b.app.tokens.push({ id_token: 'L0CA1', type: 'RFID' });
    await b.nextCall('StartTransaction');
    await b.runUntil(() => e1.charger.state === 'ChargingPausedEVSE', 'paused by the charger');
    await b.run(3000);
    expect(e1.charger.status().transaction_id).not.toBeNull();
    expect(b.csms.calls('StopTransaction', IDENTITY)).toHaveLength(0);
    b.csms.assertNoViolations();
  });

  it('a status that changed while offline is sent once the link is back, without a new boot', async () => {
    bench = await startV16();
    const b = bench;
    const st = await b.station();
    await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 2);
    await cutOff(b, st);
    b.app.evses[1]!.sim!.plug('ac-3p-16');
    await b.run(2000);
    b.csms.refuseConnections(false);
    await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 2 && c.payload.status === 'Preparing');
    expect(b.csms.calls('BootNotification', IDENTITY)).toHaveLength(1);
    expect(b.csms.calls('StatusNotification', IDENTITY).filter((c) => c.payload.connectorId === 1)).toHaveLength(1);
    b.csms.assertNoViolations();
  });
});
