/**
 * CSMS-initiated requests of OCPP 2.0.1 against the real appliance (F01-F06, G03, B11/B12, P01, E14):
 * each with the statuses it can answer, and what the station does after answering.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ask, askError, brief, CARD, CARD2, startV201, type V201Bench } from './bench.js';

let b: V201Bench | null = null;
afterEach(async () => {
  await b?.close();
  b = null;
});

const quiet = { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } };
const idToken = (id: string) => ({ idToken: id, type: 'ISO14443' });

describe('OCPP 2.0.1 remote control', () => {
  it('RequestStartTransaction before the vehicle (F02, TxStartPoint Authorized): Started RemoteStart at once, CablePluggedIn when it comes', async () => {
    b = await startV201({ ocpp: quiet });
    const e1 = b.app.evses[0]!;
    expect(await ask(b, 'RequestStartTransaction', { remoteStartId: 41, idToken: idToken(CARD2), evseId: 1 })).toEqual({ status: 'Accepted' });
    await b.settle(() => b!.txEvents().length >= 1, 'Started');
    await b.run(500);
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging');
    await b.settle(() => b!.txEvents().length >= 3, 'the first events');
    const events = b.txEvents();
    expect(events.slice(0, 3).map(brief)).toEqual(['0 Started RemoteStart Idle', '1 Updated CablePluggedIn EVConnected', '2 Updated ChargingStateChanged Charging']);
    // F02.FR.01: the remoteStartId in the first event after the request; idToken and evse once.
    expect(events[0].transactionInfo.remoteStartId).toBe(41);
    expect(events[0].idToken).toEqual(idToken(CARD2));
    expect(events[0].evse).toEqual({ id: 1, connectorId: 1 });
    expect(events.slice(1).every((e: any) => e.transactionInfo.remoteStartId === undefined && e.idToken === undefined && e.evse === undefined)).toBe(true);

    // F03: stop by the transaction's id; an unknown id is Rejected.
    const id = events[0].transactionInfo.transactionId;
    expect((await ask(b, 'RequestStopTransaction', { transactionId: 'no-such-transaction' })).status).toBe('Rejected');
    expect(await ask(b, 'RequestStopTransaction', { transactionId: id })).toEqual({ status: 'Accepted' });
    await b.runUntil(() => e1.charger.state === 'Finished', 'finished');
    await b.settle(() => b!.txEvents().some((e) => e.eventType === 'Ended'), 'Ended');
    expect(brief(b.txEvents().at(-1))).toBe('3 Ended RemoteStop EVConnected (Remote)');
    b.csms.assertNoViolations();
  });

  it('RequestStartTransaction with the vehicle waiting: the answer names the running transaction; a TxProfile limits it', async () => {
    b = await startV201({ ocpp: quiet });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting');
    await b.settle(() => b!.txEvents().length >= 1, 'Started');
    const id = b.txEvents()[0].transactionInfo.transactionId;
    const profile = {
      id: 301,
      stackLevel: 0,
      chargingProfilePurpose: 'TxProfile',
      chargingProfileKind: 'Relative',
      chargingSchedule: [{ id: 1, chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 8 }] }],
    };
    // F01: only a TxProfile may come along; unknown EVSEs and busy ones are refused.
    expect((await ask(b, 'RequestStartTransaction', { remoteStartId: 1, idToken: idToken(CARD), evseId: 9 })).status).toBe('Rejected');
    expect((await ask(b, 'RequestStartTransaction', { remoteStartId: 2, idToken: idToken(CARD), evseId: 1, chargingProfile: { ...profile, chargingProfilePurpose: 'TxDefaultProfile' } })).status).toBe(
      'Rejected',
    );
    expect(await ask(b, 'RequestStartTransaction', { remoteStartId: 3, idToken: idToken(CARD), evseId: 1, chargingProfile: profile })).toEqual({ status: 'Accepted', transactionId: id });
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging');
    await b.run(2000);
    expect(e1.charger.status().current_limit_A).toBe(8);
    expect((await ask(b, 'RequestStartTransaction', { remoteStartId: 4, idToken: idToken(CARD), evseId: 1 })).status).toBe('Rejected');
    await b.settle(() => b!.txEvents().length >= 3, 'RemoteStart and Charging');
    expect(b.txEvents().slice(0, 3).map(brief)).toEqual(['0 Started CablePluggedIn EVConnected', '1 Updated RemoteStart', '2 Updated ChargingStateChanged Charging']);
    expect(b.txEvents()[1].transactionInfo.remoteStartId).toBe(3);
    // The TxProfile goes with its transaction.
    e1.sim!.unplug();
    await b.runUntil(() => e1.charger.state === 'Idle', 'idle');
    await b.run(1000);
    expect(e1.charger.status().current_limit_A).toBe(16);
    b.csms.assertNoViolations();
  });

  it('UnlockConnector: Unlocked, OngoingAuthorizedTransaction, UnknownConnector', async () => {
    b = await startV201({ ocpp: quiet });
    expect((await ask(b, 'UnlockConnector', { evseId: 1, connectorId: 1 })).status).toBe('Unlocked');
    expect((await ask(b, 'UnlockConnector', { evseId: 3, connectorId: 1 })).status).toBe('UnknownConnector');
    expect((await ask(b, 'UnlockConnector', { evseId: 1, connectorId: 2 })).status).toBe('UnknownConnector');
    await b.chargeWith(1, CARD);
    expect((await ask(b, 'UnlockConnector', { evseId: 1, connectorId: 1 })).status).toBe('OngoingAuthorizedTransaction');
    expect(b.app.evses[0]!.charger.state).toBe('Charging');
    b.csms.assertNoViolations();
  });

  it('ChangeAvailability: Scheduled while a transaction runs, Unavailable after it; station and EVSE settings combine', async () => {
    b = await startV201({ ocpp: quiet });
    const [e1, e2] = b.app.evses as [any, any];
    const last = (evse: number) => b!.calls('StatusNotification').filter((c) => c.payload.evseId === evse).at(-1)?.payload.connectorStatus;
    await b.chargeWith(1, CARD);
    // G03.FR.05: the running transaction is not cut; its EVSE follows when it ends.
    expect((await ask(b, 'ChangeAvailability', { operationalStatus: 'Inoperative' })).status).toBe('Scheduled');
    await b.run(500);
    expect(e1.charger.state).toBe('Charging');
    expect(e2.charger.state).toBe('Disabled');
    expect((await ask(b, 'ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 7 } })).status).toBe('Rejected');
    expect((await ask(b, 'ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 1, connectorId: 2 } })).status).toBe('Rejected');
    e1.sim!.unplug();
    await b.runUntil(() => e1.charger.state === 'Disabled', 'EVSE 1 disabled after its transaction');
    await b.run(500);
    expect([last(1), last(2)]).toEqual(['Unavailable', 'Unavailable']);
    // A remote start needs an EVSE in service.
    expect((await ask(b, 'RequestStartTransaction', { remoteStartId: 5, idToken: idToken(CARD), evseId: 1 })).status).toBe('Rejected');
    // EVSE 2 Operative by itself, but the station is not: it stays out of service.
    expect((await ask(b, 'ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 1 } })).status).toBe('Accepted');
    expect((await ask(b, 'ChangeAvailability', { operationalStatus: 'Operative', evse: { id: 2, connectorId: 1 } })).status).toBe('Accepted');
    await b.run(500);
    expect(e2.charger.state).toBe('Disabled');
    // The station Operative: EVSE 2 returns, EVSE 1 keeps its own Inoperative.
    expect((await ask(b, 'ChangeAvailability', { operationalStatus: 'Operative' })).status).toBe('Accepted');
    await b.run(500);
    expect([e1.charger.state, e2.charger.state]).toEqual(['Disabled', 'Idle']);
    expect([last(1), last(2)]).toEqual(['Unavailable', 'Available']);
    expect((await ask(b, 'ChangeAvailability', { operationalStatus: 'Operative', evse: { id: 1 } })).status).toBe('Accepted');
    await b.run(500);
    expect(e1.charger.state).toBe('Idle');
    expect(last(1)).toBe('Available');
    b.csms.assertNoViolations();
  });

  it('ChangeAvailability survives a restart', async () => {
    b = await startV201({ ocpp: quiet });
    expect((await ask(b, 'ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 2 } })).status).toBe('Accepted');
    const { csms, dir, clock } = b;
    await b.close({ keepCsms: true, keepDir: true });
    b = await startV201({ ocpp: quiet, reuseCsms: csms, dir, clock });
    await b.run(1500);
    expect(b.app.evses[1]!.charger.state).toBe('Disabled');
    expect(b.app.evses[0]!.charger.state).toBe('Idle');
    const boots = b.calls('StatusNotification').filter((c) => c.payload.evseId === 2);
    expect(boots.at(-1)!.payload.connectorStatus).toBe('Unavailable');
    await csms.close();
  });

  it('Reset Immediate: the transaction ends with ResetCommand / ImmediateReset, then the supervisor restarts', async () => {
    b = await startV201({ ocpp: quiet });
    await b.chargeWith(1, CARD);
    expect(await ask(b, 'Reset', { type: 'Immediate' })).toEqual({ status: 'Accepted' });
    await b.settle(() => b!.txEvents().some((e) => e.eventType === 'Ended'), 'Ended');
    expect(b.restarts).toEqual([]);
    await b.run(3000);
    await b.settle(() => b!.restarts.length > 0, 'the restart');
    expect(b.restarts).toEqual([{ kind: 'Hard', reason: 'OCPP Reset Immediate' }]);
    const ended = b.txEvents().at(-1);
    expect(brief(ended)).toMatch(/Ended ResetCommand .*\(ImmediateReset\)$/);
    await b.settle(() => b!.calls('SecurityEventNotification').length > 0, 'the security event');
    expect(b.calls('SecurityEventNotification').map((c) => c.payload.type)).toContain('ResetOrReboot');
    b.csms.assertNoViolations();
  });

  it('Reset OnIdle: Scheduled while a transaction runs, the restart when it ends; EVSE resets; unknown EVSE Rejected', async () => {
    b = await startV201({ ocpp: quiet });
    const e1 = b.app.evses[0]!;
    await b.chargeWith(1, CARD);
    expect(await ask(b, 'Reset', { type: 'OnIdle' })).toEqual({ status: 'Scheduled' });
    expect((await ask(b, 'Reset', { type: 'Immediate', evseId: 9 })).status).toBe('Rejected');
    expect(await ask(b, 'Reset', { type: 'OnIdle', evseId: 2 })).toEqual({ status: 'Accepted' });
    await b.run(3000);
    expect(b.restarts).toEqual([]);
    e1.sim!.unplug();
    await b.runUntil(() => e1.charger.state === 'Idle', 'idle');
    await b.run(3000);
    await b.settle(() => b!.restarts.length > 0, 'the restart');
    expect(b.restarts).toEqual([{ kind: 'Soft', reason: 'OCPP Reset OnIdle' }]);
    expect(brief(b.txEvents().at(-1))).toMatch(/Ended EVCommunicationLost Idle \(EVDisconnected\)$/);
    b.csms.assertNoViolations();
  });

  it('Reset of one EVSE ends its transaction (ImmediateReset); the station stays up', async () => {
    b = await startV201({ ocpp: quiet });
    await b.chargeWith(2, CARD);
    expect(await ask(b, 'Reset', { type: 'Immediate', evseId: 2 })).toEqual({ status: 'Accepted' });
    await b.settle(() => b!.txEvents().some((e) => e.eventType === 'Ended'), 'Ended');
    expect(brief(b.txEvents().at(-1))).toMatch(/Ended ResetCommand .*\(ImmediateReset\)$/);
    await b.run(3000);
    expect(b.restarts).toEqual([]);
    b.csms.assertNoViolations();
  });

  it('TriggerMessage: each message after its answer; Rejected about nothing; NotImplemented for the rest', async () => {
    b = await startV201({ ocpp: quiet });
    const count = (action: string) => b!.calls(action).length;
    const trigger = (requestedMessage: string, evse?: object) => ask(b!, 'TriggerMessage', { requestedMessage, ...(evse ? { evse } : {}) });

    const hb = count('Heartbeat');
    expect((await trigger('Heartbeat')).status).toBe('Accepted');
    await b.settle(() => count('Heartbeat') === hb + 1, 'the Heartbeat');

    const sn = count('StatusNotification');
    expect((await trigger('StatusNotification', { id: 2, connectorId: 1 })).status).toBe('Accepted');
    await b.settle(() => count('StatusNotification') === sn + 1, 'the StatusNotification');
    expect(b.calls('StatusNotification').at(-1)!.payload).toMatchObject({ evseId: 2, connectorId: 1, connectorStatus: 'Available' });
    // F06.FR.12: StatusNotification names its connector.
    expect((await trigger('StatusNotification')).status).toBe('Rejected');
    expect((await trigger('StatusNotification', { id: 5, connectorId: 1 })).status).toBe('Rejected');

    expect((await trigger('MeterValues', { id: 1 })).status).toBe('Accepted');
    await b.settle(() => count('MeterValues') === 1, 'MeterValues');
    expect(b.calls('MeterValues')[0]!.payload).toMatchObject({ evseId: 1, meterValue: [{ sampledValue: [{ context: 'Trigger', measurand: 'Energy.Active.Import.Register' }] }] });

    expect((await trigger('TransactionEvent')).status).toBe('Rejected');
    await b.chargeWith(1, CARD);
    expect((await trigger('TransactionEvent', { id: 1 })).status).toBe('Accepted');
    await b.settle(() => b!.txEvents().some((e) => e.triggerReason === 'Trigger'), 'the triggered TransactionEvent');
    const triggered = b.txEvents().find((e) => e.triggerReason === 'Trigger');
    expect(triggered.eventType).toBe('Updated');
    expect(triggered.meterValue[0].sampledValue.map((s: any) => `${s.context} ${s.measurand}`)).toEqual(['Trigger Energy.Active.Import.Register', 'Trigger Power.Active.Import']);

    expect((await trigger('LogStatusNotification')).status).toBe('Accepted');
    await b.settle(() => count('LogStatusNotification') === 1, 'LogStatusNotification');
    expect(b.calls('LogStatusNotification')[0]!.payload).toEqual({ status: 'Idle' });
    expect((await trigger('FirmwareStatusNotification')).status).toBe('Accepted');
    await b.settle(() => count('FirmwareStatusNotification') === 1, 'FirmwareStatusNotification');
    // F06.FR.17: the boot was accepted already.
    expect((await trigger('BootNotification')).status).toBe('Rejected');
    expect((await trigger('SignChargingStationCertificate')).status).toBe('NotImplemented');
    expect((await trigger('PublishFirmwareStatusNotification')).status).toBe('NotImplemented');
    expect(count('BootNotification')).toBe(1);
    b.csms.assertNoViolations();
  });

  it('TriggerMessage BootNotification while Pending: Accepted, and the boot goes at once', async () => {
    b = await startV201({ ocpp: quiet, csms: { boot: [{ status: 'Pending', interval: 600 }, { status: 'Accepted', interval: 300 }] }, booted: false });
    await b.settle(() => b!.csms.station('ampbox-v201-1')?.bootStatus === 'Pending', 'Pending');
    expect((await ask(b, 'TriggerMessage', { requestedMessage: 'BootNotification' })).status).toBe('Accepted');
    await b.settle(() => b!.calls('BootNotification').length === 2, 'the triggered boot');
    expect(b.calls('BootNotification')[1]!.payload.reason).toBe('Triggered');
    await b.csms.waitForStation('ampbox-v201-1', { booted: true });
    b.csms.assertNoViolations();
  });

  it('B02.FR.02: while Pending, what a TriggerMessage asks for is sent, and nothing else', async () => {
    b = await startV201({ ocpp: quiet, csms: { boot: [{ status: 'Pending', interval: 600 }] }, booted: false });
    await b.settle(() => b!.csms.station('ampbox-v201-1')?.bootStatus === 'Pending', 'Pending');
    expect((await ask(b, 'TriggerMessage', { requestedMessage: 'Heartbeat' })).status).toBe('Accepted');
    await b.settle(() => b!.calls('Heartbeat').length === 1, 'the triggered Heartbeat');
    expect((await ask(b, 'TriggerMessage', { requestedMessage: 'StatusNotification', evse: { id: 1, connectorId: 1 } })).status).toBe('Accepted');
    await b.settle(() => b!.calls('StatusNotification').length === 1, 'the triggered StatusNotification');
    expect(b.calls('StatusNotification')[0]!.payload).toMatchObject({ evseId: 1, connectorId: 1, connectorStatus: 'Available' });
    // Still Pending: no boot statuses of its own, no second heartbeat.
    expect(b.csms.station('ampbox-v201-1')?.bootStatus).toBe('Pending');
    expect(b.calls('BootNotification').length).toBe(1);
    expect(b.calls('StatusNotification').length).toBe(1);
    b.csms.assertNoViolations();
  });

  it('DataTransfer, ClearCache, GetTransactionStatus, and the errors for actions not known or not supported', async () => {
    b = await startV201({ ocpp: { ...quiet, data_transfer_vendors: ['org.ampbox'] } });
    expect((await ask(b, 'DataTransfer', { vendorId: 'com.other' })).status).toBe('UnknownVendorId');
    expect((await ask(b, 'DataTransfer', { vendorId: 'org.ampbox', messageId: 'Ping' })).status).toBe('UnknownMessageId');
    expect((await ask(b, 'DataTransfer', { vendorId: 'org.ampbox', data: 'x' })).status).toBe('Accepted');
    expect((await ask(b, 'ClearCache', {})).status).toBe('Accepted');
    expect(await ask(b, 'GetTransactionStatus', {})).toEqual({ messagesInQueue: false });
    expect(await ask(b, 'GetTransactionStatus', { transactionId: 'none' })).toEqual({ ongoingIndicator: false, messagesInQueue: false });
    await b.chargeWith(1, CARD);
    await b.settle(() => b!.txEvents().length > 0, 'Started');
    const id = b.txEvents()[0].transactionInfo.transactionId;
    expect((await ask(b, 'GetTransactionStatus', { transactionId: id })).ongoingIndicator).toBe(true);
    // OCPP-J: recognized but not supported → NotSupported; not known at all → NotImplemented.
    expect(await askError(b, 'ReserveNow', { id: 1, expiryDateTime: new Date(b.clock.now() + 60_000).toISOString(), idToken: idToken(CARD) })).toBe('NotSupported');
    b.station().sendRaw(JSON.stringify([2, 'raw-unknown-1', 'MakeCoffee', {}]));
    await b.settle(() => b!.csms.frames.some((f) => f.direction === 'station→csms' && f.message[0] === 4 && f.message[1] === 'raw-unknown-1'), 'the CALLERROR');
    const err = b.csms.frames.find((f) => f.message[0] === 4 && f.message[1] === 'raw-unknown-1')!;
    expect(err.message[2]).toBe('NotImplemented');
    b.csms.assertNoViolations();
  });
});
