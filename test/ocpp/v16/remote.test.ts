/**
 * CSMS-initiated OCPP 1.6 requests against the real appliance: RemoteStart/StopTransaction (§5.11, §5.12),
 * UnlockConnector (§5.17), ChangeAvailability (§5.2), Reset (§5.14), TriggerMessage (§5.17) and the security
 * whitepaper's ExtendedTriggerMessage, DataTransfer (§5.6), ClearCache (§5.4); CALLERROR NotSupported for
 * recognized actions this charge point does not do and NotImplemented for unknown ones (OCPP-J §4.2.3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lastStatus, GOOD_TAG, IDENTITY, OTHER_GOOD_TAG, startV16, type V16Bench } from './bench.js';

let bench: V16Bench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

/** The transactionId the CSMS gave the n-th StartTransaction (0-based). */
function transactionIdOf(b: V16Bench, n = 0): number {
  const start = b.csms.calls('StartTransaction', IDENTITY)[n]!;
  const answer = b.csms.frames.find((f) => f.direction === 'csms→station' && f.message[0] === 3 && f.message[1] === start.messageId)!;
  return (answer.message[2] as { transactionId: number }).transactionId;
}

async function charging(b: V16Bench, evse: number, tag = GOOD_TAG): Promise<number> {
  const e = b.app.evses[evse - 1]!;
  const before = b.csms.calls('StartTransaction', IDENTITY).length;
  e.sim!.plug('ac-3p-16');
  await b.runUntil(() => e.charger.state === 'WaitingForAuthentication', 'waiting for a token');
  b.app.tokens.push({ id_token: tag, type: 'RFID', evse });
  await b.runUntil(() => e.charger.state === 'Charging' && b.csms.calls('StartTransaction', IDENTITY).length > before, 'Charging');
  await b.run(1000);
  return transactionIdOf(b, before);
}

describe('OCPP 1.6 remote control', () => {
  it('remote start before the vehicle arrives, remote stop; unknown ids and busy connectors are Rejected', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    const e1 = b.app.evses[0]!;
    expect(await b.call('RemoteStartTransaction', { connectorId: 1, idTag: OTHER_GOOD_TAG })).toEqual({ status: 'Accepted' });
    await b.run(1000);
    expect(e1.charger.state).toBe('Idle');
    e1.sim!.plug('ac-3p-16');
    const start = await b.nextCall('StartTransaction');
    expect(start.payload).toMatchObject({ connectorId: 1, idTag: OTHER_GOOD_TAG });
    // The CSMS asked for it: no Authorize (AuthorizeRemoteTxRequests is false).
    expect(b.csms.calls('Authorize', IDENTITY)).toHaveLength(0);
    await b.runUntil(() => e1.charger.state === 'Charging', 'Charging');
    await b.run(1000);
    const id = transactionIdOf(b);

    expect(await b.call('RemoteStartTransaction', { connectorId: 1, idTag: GOOD_TAG })).toEqual({ status: 'Rejected' });
    expect(await b.call('RemoteStartTransaction', { connectorId: 7, idTag: GOOD_TAG })).toEqual({ status: 'Rejected' });
    expect(await b.call('RemoteStopTransaction', { transactionId: id + 100 })).toEqual({ status: 'Rejected' });
    expect(await b.call('RemoteStopTransaction', { transactionId: id })).toEqual({ status: 'Accepted' });
    const stop = await b.nextCall('StopTransaction');
    expect(stop.payload).toMatchObject({ transactionId: id, reason: 'Remote' });
    expect(stop.payload.idTag).toBeUndefined();
    await b.runUntil(() => e1.charger.state === 'Finished', 'Finished');
    // The vehicle is still plugged in after its transaction: connector 1 is busy.
    expect(await b.call('RemoteStartTransaction', { connectorId: 1, idTag: GOOD_TAG })).toEqual({ status: 'Rejected' });
    b.csms.assertNoViolations();
  });

  it('AuthorizeRemoteTxRequests: a remotely started token is checked with Authorize first', async () => {
    bench = await startV16({ ocpp: { authorization: { authorize_remote_start: true } } });
    const b = bench;
    await b.station();
    const e2 = b.app.evses[1]!;
    e2.sim!.plug('ac-3p-16');
    await b.runUntil(() => e2.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    expect(await b.call('RemoteStartTransaction', { idTag: 'NOTKNOWN1' })).toEqual({ status: 'Accepted' });
    const asked = await b.nextCall('Authorize');
    expect(asked.payload).toEqual({ idTag: 'NOTKNOWN1' });
    await b.run(2000);
    expect(b.csms.calls('StartTransaction', IDENTITY)).toHaveLength(0);
    expect(await b.call('RemoteStartTransaction', { idTag: OTHER_GOOD_TAG })).toEqual({ status: 'Accepted' });
    const start = await b.nextCall('StartTransaction');
    // No connector named: the one waiting for a token takes it.
    expect(start.payload).toMatchObject({ connectorId: 2, idTag: OTHER_GOOD_TAG });
    b.csms.assertNoViolations();
  });

  it('UnlockConnector without a transaction, with one (stopped as UnlockCommand), and on no connector', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    expect(await b.call('UnlockConnector', { connectorId: 2 })).toEqual({ status: 'Unlocked' });
    expect(await b.call('UnlockConnector', { connectorId: 5 })).toEqual({ status: 'NotSupported' });
    const id = await charging(b, 1);
    const e1 = b.app.evses[0]!;
    expect(e1.charger.status().locked).toBe(true);
    expect(await b.call('UnlockConnector', { connectorId: 1 })).toEqual({ status: 'Unlocked' });
    expect(e1.charger.status().locked).toBe(false);
    const stop = await b.nextCall('StopTransaction');
    expect(stop.payload).toMatchObject({ transactionId: id, reason: 'UnlockCommand' });
    b.csms.assertNoViolations();
  });

  it('ChangeAvailability: at once when idle, Scheduled during a transaction, kept across a restart', async () => {
    bench = await startV16();
    let b = bench;
    await b.station();
    expect(await b.call('ChangeAvailability', { connectorId: 2, type: 'Inoperative' })).toEqual({ status: 'Accepted' });
    await b.runUntil(() => lastStatus(b, 2) === 'Unavailable', 'connector 2 Unavailable');
    expect(b.app.evses[1]!.charger.state).toBe('Disabled');
    expect(await b.call('ChangeAvailability', { connectorId: 3, type: 'Inoperative' })).toEqual({ status: 'Rejected' });

    await charging(b, 1);
    expect(await b.call('ChangeAvailability', { connectorId: 0, type: 'Inoperative' })).toEqual({ status: 'Scheduled' });
    await b.runUntil(() => lastStatus(b, 0) === 'Unavailable', 'the charge point Unavailable');
    await b.run(2000);
    // The transaction goes on until it ends by itself.
    expect(b.app.evses[0]!.charger.state).toBe('Charging');
    expect(lastStatus(b, 1)).toBe('Charging');
    b.app.evses[0]!.sim!.unplug();
    await b.nextCall('StopTransaction');
    await b.runUntil(() => lastStatus(b, 1) === 'Unavailable', 'connector 1 Unavailable after its transaction');
    expect(b.app.evses[0]!.charger.state).toBe('Disabled');
    b.csms.assertNoViolations();

    // A restart keeps what the CSMS decided.
    const { csms, dir, clock } = b;
    await b.close({ keepCsms: true, keepDir: true });
    bench = await startV16({ csmsInstance: csms, dir, clock });
    b = bench;
    await b.station();
    await b.runUntil(() => b.app.evses.every((e) => e.charger.state === 'Disabled'), 'both EVSEs disabled again');
    expect(await b.call('ChangeAvailability', { connectorId: 0, type: 'Operative' })).toEqual({ status: 'Accepted' });
    await b.runUntil(() => b.app.evses.every((e) => e.charger.state === 'Idle'), 'both EVSEs back');
    await b.runUntil(() => [0, 1, 2].every((id) => lastStatus(b, id) === 'Available'), 'all Available');
    b.csms.assertNoViolations();
  });

  it('Reset: Accepted, running transactions stop as SoftReset, then the supervisor restarts', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    const id = await charging(b, 1);
    expect(await b.call('Reset', { type: 'Soft' })).toEqual({ status: 'Accepted' });
    const stop = await b.nextCall('StopTransaction');
    expect(stop.payload).toMatchObject({ transactionId: id, reason: 'SoftReset' });
    await b.runUntil(() => b.restarts.length > 0, 'the restart');
    expect(b.restarts).toEqual([{ kind: 'Soft', reason: expect.stringContaining('Soft') }]);
    const event = await b.nextCall('SecurityEventNotification');
    expect(event.payload.type).toBe('ResetOrReboot');
    expect(await b.call('Reset', { type: 'Hard' })).toEqual({ status: 'Accepted' });
    await b.runUntil(() => b.restarts.length > 1, 'the second restart');
    expect(b.restarts[1]!.kind).toBe('Hard');
    b.csms.assertNoViolations();
  });

  it('TriggerMessage and ExtendedTriggerMessage: Accepted, then the message; Rejected for no connector', async () => {
    bench = await startV16();
    const b = bench;
    const st = await b.station();
    const count = (action: string): number => b.csms.calls(action, IDENTITY).length;
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['TriggerMessage', { requestedMessage: 'Heartbeat' }, 'Heartbeat'],
      ['TriggerMessage', { requestedMessage: 'BootNotification' }, 'BootNotification'],
      ['TriggerMessage', { requestedMessage: 'StatusNotification', connectorId: 2 }, 'StatusNotification'],
      ['TriggerMessage', { requestedMessage: 'MeterValues', connectorId: 1 }, 'MeterValues'],
      ['TriggerMessage', { requestedMessage: 'DiagnosticsStatusNotification' }, 'DiagnosticsStatusNotification'],
      ['TriggerMessage', { requestedMessage: 'FirmwareStatusNotification' }, 'FirmwareStatusNotification'],
      ['ExtendedTriggerMessage', { requestedMessage: 'LogStatusNotification' }, 'LogStatusNotification'],
      // Security whitepaper: the extended trigger's FirmwareStatusNotification is the signed-firmware one.
      ['ExtendedTriggerMessage', { requestedMessage: 'FirmwareStatusNotification' }, 'SignedFirmwareStatusNotification'],
      ['ExtendedTriggerMessage', { requestedMessage: 'StatusNotification', connectorId: 1 }, 'StatusNotification'],
    ];
    for (const [action, payload, sent] of cases) {
      const before = count(sent);
      expect(await b.call(action, payload), `${action} ${JSON.stringify(payload)}`).toEqual({ status: 'Accepted' });
      await b.runUntil(() => count(sent) > before, `${sent} after ${action}`);
    }
    const triggered = b.csms.calls('MeterValues', IDENTITY).at(-1)!;
    expect(triggered.payload.connectorId).toBe(1);
    expect(triggered.payload.meterValue[0].sampledValue[0].context).toBe('Trigger');
    expect(b.csms.calls('StatusNotification', IDENTITY).at(-1)!.payload).toMatchObject({ connectorId: 1, status: 'Available' });
    expect(b.csms.calls('DiagnosticsStatusNotification', IDENTITY).at(-1)!.payload).toEqual({ status: 'Idle' });
    expect(b.csms.calls('FirmwareStatusNotification', IDENTITY).at(-1)!.payload).toEqual({ status: 'Idle' });
    expect(b.csms.calls('LogStatusNotification', IDENTITY).at(-1)!.payload).toEqual({ status: 'Idle' });
    expect(b.csms.calls('SignedFirmwareStatusNotification', IDENTITY).map((c) => c.payload)).toEqual([{ status: 'Idle' }]);
    expect(b.csms.calls('FirmwareStatusNotification', IDENTITY)).toHaveLength(1);
    expect(await b.call('TriggerMessage', { requestedMessage: 'StatusNotification', connectorId: 9 })).toEqual({ status: 'Rejected' });
    expect(await b.call('ExtendedTriggerMessage', { requestedMessage: 'SignChargePointCertificate' })).toEqual({ status: 'NotImplemented' });
    expect(st.connected).toBe(true);
    b.csms.assertNoViolations();
  });

  it('DataTransfer, ClearCache; NotSupported for recognized but unsupported actions, NotImplemented for unknown ones', async () => {
    bench = await startV16({ ocpp: { data_transfer_vendors: ['org.ampbox'] } });
    const b = bench;
    const st = await b.station();
    expect(await b.call('DataTransfer', { vendorId: 'com.example' })).toEqual({ status: 'UnknownVendorId' });
    expect(await b.call('DataTransfer', { vendorId: 'org.ampbox' })).toEqual({ status: 'Accepted' });
    expect(await b.call('DataTransfer', { vendorId: 'org.ampbox', messageId: 'Hello', data: 'x' })).toEqual({ status: 'UnknownMessageId' });

    // An Authorize answer goes into the cache; ClearCache empties it.
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    b.app.tokens.push({ id_token: 'BADC0FFEE', type: 'RFID' });
    await b.nextCall('Authorize');
    const cache = b.app.ocpp!.context!.cache;
    await b.runUntil(() => cache.get('BADC0FFEE') !== null, 'the answer cached');
    expect(cache.get('BADC0FFEE')!.status).toBe('Invalid');
    expect(await b.call('ClearCache', {})).toEqual({ status: 'Accepted' });
    expect(cache.get('BADC0FFEE')).toBeNull();

    // 1.6 and security-whitepaper requests this charge point recognizes but does not carry out: NotSupported
    // ("recognized but not supported", OCPP-J §4.2.3), each with a schema-valid payload so that only the
    // action can decide the answer.
    const at = (ms: number): string => new Date(b.clock.now() + ms).toISOString();
    const hash = { hashAlgorithm: 'SHA256', issuerNameHash: 'ab'.repeat(32), issuerKeyHash: 'cd'.repeat(32), serialNumber: '01' };
    const unsupported: Array<[string, object]> = [
      ['ReserveNow', { connectorId: 1, expiryDate: at(600_000), idTag: GOOD_TAG, reservationId: 1 }],
      ['CancelReservation', { reservationId: 1 }],
      ['UpdateFirmware', { location: 'http://x/fw.bin', retrieveDate: at(0) }],
      ['SignedUpdateFirmware', { requestId: 7, firmware: { location: 'http://x/fw.bin', retrieveDateTime: at(0), signingCertificate: 'PEM', signature: 'c2ln' } }],
      ['InstallCertificate', { certificateType: 'CentralSystemRootCertificate', certificate: 'PEM' }],
      ['DeleteCertificate', { certificateHashData: hash }],
      ['GetInstalledCertificateIds', { certificateType: 'ManufacturerRootCertificate' }],
      ['CertificateSigned', { certificateChain: 'PEM' }],
    ];
    for (const [action, payload] of unsupported) await expect(b.call(action, payload), action).rejects.toMatchObject({ code: 'NotSupported' });
    // An action no version knows.
    st.sendRaw(JSON.stringify([2, 'raw-unknown-1', 'MakeCoffee', {}]));
    await b.until(() => b.csms.frames.some((f) => f.direction === 'station→csms' && f.message[1] === 'raw-unknown-1'), 'the answer to MakeCoffee');
    const answer = b.csms.frames.find((f) => f.direction === 'station→csms' && f.message[1] === 'raw-unknown-1')!;
    expect(answer.message[0]).toBe(4);
    expect(answer.message[2]).toBe('NotImplemented');
    b.csms.assertNoViolations();
  });
});
