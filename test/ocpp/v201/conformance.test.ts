/**
 * OCPP 2.0.1 details an independent CSMS (and OCTT) relies on, end to end against the test CSMS: remote
 * start first with TxStartPoint Authorized and EVConnectionTimeOut (F02), the token a remote start is
 * authorized with (F01.FR.01), the running transaction named in a RequestStartTransaction answer, sampled
 * values' phases and location, token types and lengths a product CSMS takes, and the required variables.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { idTokenOf, meterValueOf } from '../../../appliance/src/ocpp/v201/convert.js';
import { ask, brief, CARD, CARD2, startV201, type V201Bench } from './bench.js';

let b: V201Bench | null = null;
afterEach(async () => {
  await b?.close();
  b = null;
});

const quiet = { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } };
const iso = (id: string) => ({ idToken: id, type: 'ISO14443' });
const txProfile = (id: number, limit: number) => ({
  id,
  stackLevel: 0,
  chargingProfilePurpose: 'TxProfile',
  chargingProfileKind: 'Relative',
  chargingSchedule: [{ id: 1, chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit }] }],
});
const setVariable = (b: V201Bench, component: string, variable: string, attributeValue: string) =>
  ask(b, 'SetVariables', { setVariableData: [{ component: { name: component }, variable: { name: variable }, attributeValue }] });

describe('OCPP 2.0.1 remote start (F01, F02)', () => {
  it('no vehicle within EVConnectionTimeOut: Ended EVConnectTimeout / Timeout, and the token authorizes no later vehicle', async () => {
    b = await startV201({ ocpp: quiet });
    const e1 = b.app.evses[0]!;
    expect((await setVariable(b, 'TxCtrlr', 'EVConnectionTimeOut', '20')).setVariableResult[0].attributeStatus).toBe('Accepted');
    expect(await ask(b, 'RequestStartTransaction', { remoteStartId: 7, idToken: iso(CARD2), evseId: 1 })).toEqual({ status: 'Accepted' });
    await b.settle(() => b!.txEvents().length >= 1, 'Started');
    await b.run(19_000);
    expect(b.txEvents()).toHaveLength(1);
    await b.run(2000);
    await b.settle(() => b!.txEvents().length >= 2, 'Ended');
    expect(b.txEvents().map(brief)).toEqual(['0 Started RemoteStart Idle', '1 Ended EVConnectTimeout (Timeout)']);
    // The AuthManager still holds the token (auth.timeout_s 60 s), but the request it came with is over.
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    await b.run(3000);
    expect(e1.charger.state).toBe('WaitingForAuthentication');
    await b.settle(() => b!.txEvents().length >= 3, 'the Started of the plug-in');
    const later = b.txEvents().slice(2);
    expect(later.map(brief)).toEqual(['0 Started CablePluggedIn EVConnected']);
    expect(later[0].transactionInfo.transactionId).not.toBe(b.txEvents()[0].transactionInfo.transactionId);
    b.csms.assertNoViolations();
  });

  it('a vehicle coming after the AuthManager let the token go, but within EVConnectionTimeOut, is still authorized by the request', async () => {
    b = await startV201({ ocpp: quiet, config: { auth: { mode: 'local', timeout_s: 10, local_tokens: [] } } });
    const e1 = b.app.evses[0]!;
    expect(await ask(b, 'RequestStartTransaction', { remoteStartId: 12, idToken: iso(CARD2), evseId: 1 })).toEqual({ status: 'Accepted' });
    await b.settle(() => b!.txEvents().length >= 1, 'Started');
    await b.run(30_000);
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging');
    await b.settle(() => b!.txEvents().length >= 3, 'the events of the vehicle');
    expect(b.txEvents().map(brief)).toEqual(['0 Started RemoteStart Idle', '1 Updated CablePluggedIn EVConnected', '2 Updated ChargingStateChanged Charging']);
    b.csms.assertNoViolations();
  });

  it('AuthorizeRemoteStart: Authorize carries the CSMS token as given, a Central token is not asked about; the waiting transaction is named', async () => {
    b = await startV201({ ocpp: quiet, csms: { acceptedTokens: [CARD, CARD2, 'APPUSER17'] } });
    const [e1, e2] = b.app.evses as [any, any];
    expect((await setVariable(b, 'AuthCtrlr', 'AuthorizeRemoteStart', 'true')).setVariableResult[0].attributeStatus).toBe('Accepted');
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'EVSE 1 waiting');
    await b.settle(() => b!.txEvents().length >= 1, 'Started');
    const id = b.txEvents()[0].transactionInfo.transactionId;
    // No EVSE named: the one vehicle waiting gets the token, and the answer names its transaction.
    expect(await ask(b, 'RequestStartTransaction', { remoteStartId: 8, idToken: iso(CARD) })).toEqual({ status: 'Accepted', transactionId: id });
    await b.settle(() => b!.calls('Authorize').length >= 1, 'Authorize');
    expect(b.calls('Authorize').map((c) => c.payload.idToken)).toEqual([iso(CARD)]);
    await b.runUntil(() => e1.charger.state === 'Charging', 'EVSE 1 charging');
    await b.settle(() => b!.txEvents().length >= 3, 'RemoteStart and Charging');
    expect(b.txEvents().map(brief)).toEqual(['0 Started CablePluggedIn EVConnected', '1 Updated RemoteStart', '2 Updated ChargingStateChanged Charging']);
    expect(b.txEvents()[1].transactionInfo.remoteStartId).toBe(8);
    expect(b.txEvents()[1].idToken).toEqual(iso(CARD));

    // F01.FR.01: a Central token is the CSMS's own decision; the transaction starts without asking. Its
    // TxProfile limits the charging once the vehicle is there.
    const app = { idToken: 'APPUSER17', type: 'Central' };
    const chargingProfile = txProfile(303, 8);
    expect(await ask(b, 'RequestStartTransaction', { remoteStartId: 9, idToken: app, evseId: 2, chargingProfile })).toEqual({ status: 'Accepted' });
    await b.settle(() => b!.txEvents().length >= 4, 'the Started on EVSE 2');
    e2.sim!.plug('ac-3p-16');
    await b.runUntil(() => e2.charger.state === 'Charging', 'EVSE 2 charging');
    await b.settle(() => b!.txEvents().length >= 6, 'EVSE 2 events');
    const second = b.txEvents().slice(3);
    expect(second.map(brief)).toEqual(['0 Started RemoteStart Idle', '1 Updated CablePluggedIn EVConnected', '2 Updated ChargingStateChanged Charging']);
    expect(second[0].idToken).toEqual(app);
    expect(second[0].transactionInfo.remoteStartId).toBe(9);
    expect(b.calls('Authorize')).toHaveLength(1);
    await b.run(2000);
    expect(e2.charger.status().current_limit_A).toBe(8);
    b.csms.assertNoViolations();
  });
});

describe('OCPP 2.0.1 TxProfile (K01)', () => {
  it('a TxProfile for a transaction not authorized yet is Accepted and limits the charging once it runs', async () => {
    b = await startV201({ ocpp: quiet });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting');
    await b.settle(() => b!.txEvents().length >= 1, 'Started');
    const transactionId = b.txEvents()[0].transactionInfo.transactionId;
    expect(await ask(b, 'SetChargingProfile', { evseId: 1, chargingProfile: { ...txProfile(302, 10), transactionId } })).toEqual({ status: 'Accepted' });
    b.app.tokens.push({ id_token: CARD, type: 'RFID', evse: 1 });
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging');
    await b.run(2000);
    expect(e1.charger.status().current_limit_A).toBe(10);
    // It goes with its transaction.
    e1.sim!.unplug();
    await b.runUntil(() => e1.charger.state === 'Idle', 'idle');
    await b.run(1000);
    expect(e1.charger.status().current_limit_A).toBe(16);
    b.csms.assertNoViolations();
  });
});

describe('OCPP 2.0.1 sampled values and tokens', () => {
  it('Voltage per phase is measured against neutral (L1-N …), Current.Import on the phase (L1 …)', async () => {
    b = await startV201({ ocpp: { meter_values: { sample_interval_s: 10, aligned_interval_s: 0, sampled_measurands: ['Energy.Active.Import.Register', 'Voltage', 'Current.Import'] } } });
    await b.chargeWith(1, CARD);
    await b.run(11_000);
    await b.settle(() => b!.txEvents().some((e) => e.triggerReason === 'MeterValuePeriodic'), 'a periodic Updated');
    const values = b.txEvents().find((e) => e.triggerReason === 'MeterValuePeriodic').meterValue[0].sampledValue;
    expect(values.map((v: any) => `${v.measurand} ${v.phase ?? '-'} ${v.unitOfMeasure.unit}`)).toEqual([
      'Energy.Active.Import.Register - Wh',
      'Voltage L1-N V',
      'Voltage L2-N V',
      'Voltage L3-N V',
      'Current.Import L1 A',
      'Current.Import L2 A',
      'Current.Import L3 A',
    ]);
    b.csms.assertNoViolations();
  });

  it('SoC is located at the EV', () => {
    const mv = meterValueOf({ timestamp: 0, context: 'Sample.Periodic', values: [{ measurand: 'SoC', value: 41.5, unit: 'Percent' }] }, Date.UTC(2026, 0, 1));
    expect(mv.sampledValue).toEqual([{ value: 41.5, context: 'Sample.Periodic', measurand: 'SoC', location: 'EV', unitOfMeasure: { unit: 'Percent' } }]);
  });

  it('a 10-byte reader UID goes as Local: product CSMSs take ISO14443 as 4 or 7 bytes only', async () => {
    b = await startV201({ ocpp: quiet });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting');
    b.app.tokens.push({ id_token: '0102030405060708090A', type: 'RFID', evse: 1 });
    await b.settle(() => b!.calls('Authorize').length === 1, 'Authorize');
    expect(b.calls('Authorize')[0]!.payload.idToken).toEqual({ idToken: '0102030405060708090A', type: 'Local' });
    b.csms.assertNoViolations();
  });

  it('a token longer than the 36 characters of IdTokenType is cut: a TransactionEvent failing the schema would leave a seqNo gap', () => {
    const long = 'employee-badge-0000000000000000000000000042';
    expect(idTokenOf(long, 'Local')).toEqual({ idToken: long.slice(0, 36), type: 'Local' });
  });
});

describe('OCPP 2.0.1 device model: required variables', () => {
  it('reports the variables part 2 requires of every station, and TxBeforeAcceptedEnabled as it behaves', async () => {
    b = await startV201({ ocpp: quiet });
    const wanted: Array<[string, string]> = [
      ['OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'],
      ['OCPPCommCtrlr', 'OfflineThreshold'],
      ['OCPPCommCtrlr', 'ResetRetries'],
      ['OCPPCommCtrlr', 'UnlockOnEVSideDisconnect'],
      ['SecurityCtrlr', 'OrganizationName'],
      ['SecurityCtrlr', 'CertificateEntries'],
      ['AlignedDataCtrlr', 'TxEndedMeasurands'],
      ['AlignedDataCtrlr', 'TxEndedInterval'],
      ['SmartChargingCtrlr', 'LimitChangeSignificance'],
      ['TxCtrlr', 'TxBeforeAcceptedEnabled'],
    ];
    const res = await ask(b, 'GetVariables', { getVariableData: wanted.map(([c, v]) => ({ component: { name: c }, variable: { name: v } })) });
    expect(res.getVariableResult.map((r: any) => r.attributeStatus)).toEqual(wanted.map(() => 'Accepted'));
    expect(res.getVariableResult.map((r: any) => r.attributeValue)).toEqual(['1', '0', '0', 'true', 'ampbox', '0', '', '0', '0', 'true']);
    b.csms.assertNoViolations();
  });
});
