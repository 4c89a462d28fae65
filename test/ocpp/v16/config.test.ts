/**
 * OCPP 1.6 configuration keys (§5.3 ChangeConfiguration, §5.8 GetConfiguration, §9 keys) and the local
 * authorization list (§5.10 GetLocalListVersion, §5.15 SendLocalList) with offline authorization (§3.5),
 * against the real appliance and the test CSMS.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cutOff, IDENTITY, startV16, type V16Bench } from './bench.js';

let bench: V16Bench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

type Key = { key: string; readonly: boolean; value?: string };
const byName = (keys: Key[]): Record<string, Key> => Object.fromEntries(keys.map((k) => [k.key, k]));

describe('OCPP 1.6 configuration keys', () => {
  it('GetConfiguration: every key with its read-only flag, or the asked ones and the unknown', async () => {
    bench = await startV16({ ocpp: { meter_values: { sample_interval_s: 10 } } });
    const b = bench;
    await b.station();
    const all = byName((await b.call('GetConfiguration', {})).configurationKey);
    for (const key of [
      'HeartbeatInterval', 'MeterValueSampleInterval', 'ClockAlignedDataInterval', 'MeterValuesSampledData', 'MeterValuesAlignedData',
      'StopTxnSampledData', 'StopTxnAlignedData', 'ConnectionTimeOut', 'LocalAuthorizeOffline', 'LocalPreAuthorize',
      'AllowOfflineTxForUnknownId', 'AuthorizationCacheEnabled', 'AuthorizeRemoteTxRequests', 'StopTransactionOnInvalidId',
      'TransactionMessageAttempts', 'TransactionMessageRetryInterval', 'LocalAuthListEnabled', 'ResetRetries',
      'UnlockConnectorOnEVSideDisconnect', 'StopTransactionOnEVSideDisconnect', 'ConnectorPhaseRotation',
    ]) expect(all[key], key).toMatchObject({ readonly: false });
    for (const key of [
      'LocalAuthListMaxLength', 'SendLocalListMaxLength', 'NumberOfConnectors', 'SupportedFeatureProfiles', 'ChargeProfileMaxStackLevel',
      'ChargingScheduleAllowedChargingRateUnit', 'ChargingScheduleMaxPeriods', 'MaxChargingProfilesInstalled', 'GetConfigurationMaxKeys',
      'MeterValuesAlignedDataMaxLength', 'WebSocketPingInterval',
    ]) expect(all[key], key).toMatchObject({ readonly: true });
    expect(all.NumberOfConnectors!.value).toBe('2');
    expect(all.MeterValueSampleInterval!.value).toBe('10');
    expect(all.MeterValuesSampledData!.value).toBe('Energy.Active.Import.Register,Power.Active.Import');
    expect(all.SupportedFeatureProfiles!.value!.split(',')).toEqual(expect.arrayContaining(['Core', 'SmartCharging', 'LocalAuthListManagement', 'RemoteTrigger']));
    // ReserveNow is answered NotSupported: the Reservation profile is not announced.
    expect(all.SupportedFeatureProfiles!.value!.split(',')).not.toContain('Reservation');

    // Keys are case-insensitive; unknown ones are listed as such.
    const some = await b.call('GetConfiguration', { key: ['meterValueSampleInterval', 'NoSuchKey', 'NumberOfConnectors'] });
    expect(some).toEqual({
      configurationKey: [
        { key: 'MeterValueSampleInterval', readonly: false, value: '10' },
        { key: 'NumberOfConnectors', readonly: true, value: '2' },
      ],
      unknownKey: ['NoSuchKey'],
    });
    b.csms.assertNoViolations();
  });

  it('ChangeConfiguration: Accepted and in force, Rejected (read-only, bad value), NotSupported; kept across a restart', async () => {
    bench = await startV16();
    let b = bench;
    await b.station();
    const change = async (key: string, value: string): Promise<string> => (await b.call('ChangeConfiguration', { key, value })).status;
    expect(await change('NumberOfConnectors', '3')).toBe('Rejected');
    expect(await change('NoSuchKey', '1')).toBe('NotSupported');
    expect(await change('MeterValueSampleInterval', 'five')).toBe('Rejected');
    expect(await change('MeterValueSampleInterval', '-5')).toBe('Rejected');
    expect(await change('HeartbeatInterval', '0')).toBe('Rejected');
    expect(await change('MeterValuesSampledData', 'Temperature')).toBe('Rejected');
    expect(await change('LocalPreAuthorize', 'maybe')).toBe('Rejected');
    expect(await change('StopTransactionOnEVSideDisconnect', 'false')).toBe('Rejected');
    expect(await change('StopTransactionOnEVSideDisconnect', 'true')).toBe('Accepted');
    expect(await change('StopTxnAlignedData', 'Energy.Active.Import.Register')).toBe('Accepted');
    expect(await change('MeterValueSampleInterval', '5')).toBe('Accepted');
    expect(await change('MeterValuesSampledData', 'Energy.Active.Import.Register,Current.Import,Voltage')).toBe('Accepted');
    expect(await change('HeartbeatInterval', '20')).toBe('Accepted');

    // The heartbeat follows at once.
    const beats = b.csms.calls('Heartbeat', IDENTITY).length;
    await b.run(21_000);
    expect(b.csms.calls('Heartbeat', IDENTITY).length).toBeGreaterThan(beats);

    // A transaction samples every 5 s, with the new measurands (per phase, voltages phase to neutral).
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    b.app.tokens.push({ id_token: 'DEADBEEF', type: 'RFID' });
    await b.runUntil(() => e1.charger.state === 'Charging', 'Charging');
    await b.run(16_000);
    const sampled = b.csms.calls('MeterValues', IDENTITY).filter((c) => c.payload.meterValue[0].sampledValue[0].context === 'Sample.Periodic');
    expect(sampled.length).toBeGreaterThanOrEqual(3);
    const values = sampled[0]!.payload.meterValue[0].sampledValue as Array<{ measurand: string; phase?: string }>;
    expect(values.map((v) => `${v.measurand}${v.phase ? `@${v.phase}` : ''}`)).toEqual([
      'Energy.Active.Import.Register',
      'Current.Import@L1',
      'Current.Import@L2',
      'Current.Import@L3',
      'Voltage@L1-N',
      'Voltage@L2-N',
      'Voltage@L3-N',
    ]);
    b.csms.assertNoViolations();

    // What the CSMS set outlives a restart.
    const { csms, dir, clock } = b;
    await b.close({ keepCsms: true, keepDir: true });
    bench = await startV16({ csmsInstance: csms, dir, clock });
    b = bench;
    await b.station();
    const keys = byName((await b.call('GetConfiguration', { key: ['MeterValueSampleInterval', 'StopTxnAlignedData', 'HeartbeatInterval'] })).configurationKey);
    expect(keys.MeterValueSampleInterval!.value).toBe('5');
    expect(keys.StopTxnAlignedData!.value).toBe('Energy.Active.Import.Register');
    // The heartbeat interval is the one the new BootNotification answer gave (300 s), as 1.6 §4.2 wants.
    expect(keys.HeartbeatInterval!.value).toBe('300');
    b.csms.assertNoViolations();
  });
});

describe('OCPP 1.6 local authorization list', () => {
  it('versions, full and differential updates, and the list deciding while offline', async () => {
    bench = await startV16({ csms: { acceptedTokens: ['LISTOK1'] } });
    const b = bench;
    const st = await b.station();
    expect(await b.call('GetLocalListVersion', {})).toEqual({ listVersion: 0 });
    const full = {
      listVersion: 3,
      updateType: 'Full',
      localAuthorizationList: [
        { idTag: 'LISTOK1', idTagInfo: { status: 'Accepted' } },
        { idTag: 'LISTBLK1', idTagInfo: { status: 'Blocked' } },
        { idTag: 'LISTGONE', idTagInfo: { status: 'Accepted' } },
      ],
    };
    expect(await b.call('SendLocalList', full)).toEqual({ status: 'Accepted' });
    expect(await b.call('GetLocalListVersion', {})).toEqual({ listVersion: 3 });
    expect(await b.call('SendLocalList', { listVersion: 3, updateType: 'Differential', localAuthorizationList: [] })).toEqual({ status: 'VersionMismatch' });
    expect(await b.call('SendLocalList', { listVersion: 4, updateType: 'Differential', localAuthorizationList: [{ idTag: 'LISTGONE' }] })).toEqual({
      status: 'Accepted',
    });
    expect(await b.call('SendLocalList', { listVersion: 5, updateType: 'Full', localAuthorizationList: [{ idTag: 'NOINFO' }] })).toEqual({ status: 'Failed' });
    expect(await b.call('GetLocalListVersion', {})).toEqual({ listVersion: 4 });

    // Offline: the list decides; an unknown token is not accepted (AllowOfflineTxForUnknownId false).
    await cutOff(b, st);
    const present = (id_token: string, evse: number) => b.app.auth.present({ id_token, type: 'RFID', source: 'test', evse });
    expect(await present('NEVERSEEN', 2)).toMatchObject({ accepted: false });
    expect(await present('LISTBLK1', 2)).toMatchObject({ accepted: false, status: 'Blocked' });
    expect(await present('LISTGONE', 2)).toMatchObject({ accepted: false });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    expect(await present('LISTOK1', 1)).toMatchObject({ accepted: true, evse: 1 });
    await b.runUntil(() => e1.charger.state === 'Charging', 'Charging offline');
    await b.run(25_000);
    e1.sim!.unplug();
    await b.run(1000);
    expect(b.app.ocpp!.sender!.pending()).toBeGreaterThanOrEqual(4);

    // Back online: the transaction as it happened, ids filled in from the StartTransaction answer.
    b.csms.refuseConnections(false);
    const start = await b.nextCall('StartTransaction');
    const stop = await b.nextCall('StopTransaction');
    expect(start.payload.idTag).toBe('LISTOK1');
    const values = b.csms.calls('MeterValues', IDENTITY).filter((c) => c.payload.connectorId === 1);
    expect(values.length).toBeGreaterThanOrEqual(2);
    for (const v of values) expect(v.payload.transactionId).toBe(stop.payload.transactionId);
    expect(b.csms.calls(undefined, IDENTITY).findIndex((c) => c.action === 'StartTransaction')).toBeLessThan(
      b.csms.calls(undefined, IDENTITY).findIndex((c) => c.action === 'MeterValues' && c.payload.connectorId === 1),
    );
    expect(b.csms.calls('Authorize', IDENTITY)).toHaveLength(0);

    // Switched off: version -1, updates NotSupported.
    expect(await b.call('ChangeConfiguration', { key: 'LocalAuthListEnabled', value: 'false' })).toEqual({ status: 'Accepted' });
    expect(await b.call('GetLocalListVersion', {})).toEqual({ listVersion: -1 });
    expect(await b.call('SendLocalList', { listVersion: 9, updateType: 'Full', localAuthorizationList: [] })).toEqual({ status: 'NotSupported' });
    b.csms.assertNoViolations();
  });
});
