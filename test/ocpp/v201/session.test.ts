/**
 * OCPP 2.0.1 transactions end to end (E01-E07, J02): the real appliance with simulated AC EVSEs against the
 * test CSMS. A full session gives the exact TransactionEvent sequence — seqNo from 0 without gaps, trigger
 * reasons, chargingState, idToken once, Transaction.Begin/End, periodic and clock-aligned values — and the
 * start/stop points change where transactions begin and end.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { brief, CARD, contextsOf, startV201, type V201Bench } from './bench.js';

let b: V201Bench | null = null;
afterEach(async () => {
  await b?.close();
  b = null;
});

const nonMeter = (e: any): boolean => e.triggerReason !== 'MeterValuePeriodic' && e.triggerReason !== 'MeterValueClock';

describe('OCPP 2.0.1 transactions', () => {
  it('a full session: plug, card, charge with periodic and clock-aligned values, unplug', async () => {
    b = await startV201({ ocpp: { meter_values: { sample_interval_s: 10, aligned_interval_s: 30 } } });
    const e1 = b.app.evses[0]!;
    await b.chargeWith(1, CARD);
    await b.run(35_000);
    e1.sim!.unplug();
    await b.runUntil(() => e1.charger.state === 'Idle', 'EVSE 1 idle');
    await b.settle(() => b!.txEvents().some((e) => e.eventType === 'Ended'), 'Ended');

    const events = b.txEvents();
    // One transaction, numbered 0, 1, 2 … without gaps.
    expect(new Set(events.map((e) => e.transactionInfo.transactionId)).size).toBe(1);
    expect(events.map((e) => e.seqNo)).toEqual(events.map((_, i) => i));
    expect(events[0].transactionInfo.transactionId.length).toBeLessThanOrEqual(36);
    expect(events.filter(nonMeter).map(brief)).toEqual([
      '0 Started CablePluggedIn EVConnected',
      '1 Updated Authorized',
      '2 Updated ChargingStateChanged Charging',
      `${events.length - 1} Ended EVCommunicationLost Idle (EVDisconnected)`,
    ]);
    const [started, authorized] = events;
    expect(started.evse).toEqual({ id: 1, connectorId: 1 });
    expect(contextsOf(started)).toEqual(['Transaction.Begin']);
    expect(started.idToken).toBeUndefined();
    expect(authorized.idToken).toEqual({ idToken: CARD, type: 'ISO14443' });
    expect(events.slice(2).every((e) => e.idToken === undefined && e.evse === undefined)).toBe(true);
    expect(events.every((e) => e.offline === undefined)).toBe(true);

    // TxUpdatedInterval 10 s from the start: three in 35 s of charging and more.
    const periodic = events.filter((e) => e.triggerReason === 'MeterValuePeriodic');
    expect(periodic.length).toBeGreaterThanOrEqual(3);
    for (const p of periodic) {
      expect(p.eventType).toBe('Updated');
      expect(p.meterValue[0].sampledValue.map((s: any) => `${s.context} ${s.measurand}`)).toEqual([
        'Sample.Periodic Energy.Active.Import.Register',
        'Sample.Periodic Power.Active.Import',
      ]);
    }
    const energy = periodic.map((p) => p.meterValue[0].sampledValue[0].value as number);
    expect(energy).toEqual([...energy].sort((x, y) => x - y));
    expect(energy[energy.length - 1]! - energy[0]!).toBeGreaterThan(0);
    // AlignedDataInterval 30 s: at a multiple of 30 s of the day.
    const clocked = events.filter((e) => e.triggerReason === 'MeterValueClock');
    expect(clocked.length).toBeGreaterThanOrEqual(1);
    for (const c of clocked) {
      expect(contextsOf(c)).toEqual(['Sample.Clock']);
      expect(Date.parse(c.meterValue[0].timestamp) % 30_000).toBe(0);
    }

    const ended = events[events.length - 1];
    expect(contextsOf(ended)).toEqual(['Transaction.End']);
    expect(ended.meterValue[0].sampledValue[0].value).toBeGreaterThanOrEqual(energy[energy.length - 1]!);
    expect(ended.transactionInfo.timeSpentCharging).toBeGreaterThanOrEqual(35);

    // G01: Occupied while the vehicle is there, Available again after.
    const statuses = b.calls('StatusNotification').filter((c) => c.payload.evseId === 1).map((c) => c.payload.connectorStatus);
    expect(statuses).toEqual(['Available', 'Occupied', 'Available']);
    // An idle EVSE reports clock-aligned values outside a transaction (MeterValues).
    expect(b.calls('MeterValues').some((c) => c.payload.evseId === 2 && c.payload.meterValue[0].sampledValue[0].context === 'Sample.Clock')).toBe(true);
    b.csms.assertNoViolations();
  });

  it('start at PowerPathClosed, stop at PowerPathClosed: the transaction is the charging, idToken in Started', async () => {
    b = await startV201({ ocpp: { transactions: { start_points: ['PowerPathClosed'], stop_points: ['PowerPathClosed'] }, meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    const e1 = b.app.evses[0]!;
    await b.chargeWith(1, CARD);
    await b.run(5000);
    e1.charger.stopTransaction('Local');
    await b.runUntil(() => e1.charger.state === 'Finished', 'EVSE 1 finished');
    await b.settle(() => b!.txEvents().length >= 2, 'Ended');
    const events = b.txEvents();
    expect(events.map(brief)).toEqual(['0 Started ChargingStateChanged Charging', '1 Ended StopAuthorized EVConnected (Local)']);
    expect(events[0].idToken).toEqual({ idToken: CARD, type: 'ISO14443' });
    expect(events[0].evse).toEqual({ id: 1, connectorId: 1 });
    // Nothing more when the vehicle leaves: the transaction is over.
    e1.sim!.unplug();
    await b.runUntil(() => e1.charger.state === 'Idle', 'EVSE 1 idle');
    await b.run(1000);
    expect(b.txEvents()).toHaveLength(2);
    b.csms.assertNoViolations();
  });

  it('start at Authorized, stop at EVConnected: a stop leaves the transaction open until the cable goes', async () => {
    b = await startV201({ ocpp: { transactions: { start_points: ['Authorized'], stop_points: ['EVConnected'] }, meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    await b.run(1000);
    expect(b.txEvents()).toHaveLength(0);
    b.app.tokens.push({ id_token: CARD, type: 'RFID', evse: 1 });
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging');
    await b.settle(() => b!.txEvents().length >= 2, 'Started and Charging');
    const id = b.txEvents()[0].transactionInfo.transactionId;
    // The CSMS ends the charging; the cable is still in.
    expect(await b.station().call('RequestStopTransaction', { transactionId: id })).toEqual({ status: 'Accepted' });
    await b.runUntil(() => e1.charger.state === 'Finished', 'finished');
    await b.settle(() => b!.txEvents().length >= 3, 'the Updated of the stop');
    e1.sim!.unplug();
    await b.runUntil(() => e1.charger.state === 'Idle', 'idle');
    await b.settle(() => b!.txEvents().length >= 4, 'Ended');
    expect(b.txEvents().map(brief)).toEqual([
      '0 Started Authorized EVConnected',
      '1 Updated ChargingStateChanged Charging',
      '2 Updated RemoteStop EVConnected',
      '3 Ended EVCommunicationLost Idle (Remote)',
    ]);
    expect(b.txEvents()[0].idToken).toEqual({ idToken: CARD, type: 'ISO14443' });
    b.csms.assertNoViolations();
  });

  it('free charging: the transaction is authorized with an empty NoAuthorization token', async () => {
    b = await startV201({ config: { auth: { mode: 'free', timeout_s: 60, local_tokens: [] } }, ocpp: { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging');
    await b.settle(() => b!.txEvents().length >= 3, 'three events');
    expect(b.txEvents().map(brief)).toEqual(['0 Started CablePluggedIn EVConnected', '1 Updated Authorized', '2 Updated ChargingStateChanged Charging']);
    expect(b.txEvents()[1].idToken).toEqual({ idToken: '', type: 'NoAuthorization' });
    await b.run(3000);
    expect(e1.charger.state).toBe('Charging');
    b.csms.assertNoViolations();
  });

  it('a plug-in that times out without a token: started at EVConnected, ended when the vehicle leaves', async () => {
    b = await startV201({ config: { auth: { mode: 'local', timeout_s: 10, local_tokens: [] } }, ocpp: { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'Finished', 'the authorization timeout', 30_000);
    e1.sim!.unplug();
    await b.runUntil(() => e1.charger.state === 'Idle', 'idle');
    await b.settle(() => b!.txEvents().length >= 2, 'Ended');
    expect(b.txEvents().map(brief)).toEqual(['0 Started CablePluggedIn EVConnected', '1 Ended EVCommunicationLost Idle (EVDisconnected)']);
    b.csms.assertNoViolations();
  });
});
