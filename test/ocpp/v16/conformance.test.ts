/**
 * OCPP 1.6J behaviour a Central System relies on beyond the schemas, against the real appliance and the test
 * CSMS: answers before the messages they cause (§5.2 ChangeAvailability, §5.12 RemoteStopTransaction),
 * Preparing from an accepted idTag or remote start until the vehicle plugs in and Available again after
 * ConnectionTimeOut (§4.9, transition A2), StatusNotification timestamps that say when the status began,
 * LocalListConflict when the CSMS contradicts the local list (§3.5.3), and no remote start before the boot
 * is accepted (§4.2).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FrameRecord } from '../csms/index.js';
import { cutOff, lastStatus, GOOD_TAG, IDENTITY, OTHER_GOOD_TAG, startV16, stationCalls, type V16Bench } from './bench.js';

let bench: V16Bench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

/** Position in the recorded frames of the station's answer to the CSMS's (last) CALL of `action`. */
function answerIndex(frames: FrameRecord[], action: string): number {
  const call = frames.filter((f) => f.direction === 'csms→station' && f.message[0] === 2 && f.action === action).at(-1)!;
  return frames.findIndex((f) => f.direction === 'station→csms' && f.message[0] !== 2 && f.message[1] === call.message[1]);
}

/** Position of the station's first CALL matching. */
function callIndex(frames: FrameRecord[], action: string, match: (payload: any) => boolean = () => true): number {
  return frames.findIndex((f) => f.direction === 'station→csms' && f.message[0] === 2 && f.action === action && match(f.message[3]));
}

describe('OCPP 1.6 conformance details', () => {
  it('RemoteStopTransaction and ChangeAvailability are answered before the messages they cause', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    b.app.tokens.push({ id_token: GOOD_TAG, type: 'RFID' });
    const start = await b.nextCall('StartTransaction');
    await b.runUntil(() => e1.charger.state === 'Charging', 'Charging');
    await b.run(1000);
    const answer = b.csms.frames.find((f) => f.direction === 'csms→station' && f.message[1] === start.messageId)!;
    const transactionId = (answer.message[2] as { transactionId: number }).transactionId;

    expect(await b.call('RemoteStopTransaction', { transactionId })).toEqual({ status: 'Accepted' });
    await b.nextCall('StopTransaction');
    const frames = b.csms.frames;
    expect(answerIndex(frames, 'RemoteStopTransaction')).toBeGreaterThan(0);
    expect(answerIndex(frames, 'RemoteStopTransaction')).toBeLessThan(callIndex(frames, 'StopTransaction'));
    // Quiet again, so that nothing else in flight could hold the next status back by chance.
    await b.runUntil(() => lastStatus(b, 1) === 'Finishing', 'connector 1 Finishing');
    await b.run(1000);

    expect(await b.call('ChangeAvailability', { connectorId: 2, type: 'Inoperative' })).toEqual({ status: 'Accepted' });
    await b.runUntil(() => lastStatus(b, 2) === 'Unavailable', 'connector 2 Unavailable');
    expect(answerIndex(frames, 'ChangeAvailability')).toBeLessThan(callIndex(frames, 'StatusNotification', (p) => p.connectorId === 2 && p.status === 'Unavailable'));
    expect(b.app.evses[1]!.charger.state).toBe('Disabled');
    b.csms.assertNoViolations();
  });

  it('a remote start makes the connector Preparing until the vehicle plugs in, or Available again after ConnectionTimeOut', async () => {
    bench = await startV16({ ocpp: { authorization: { connection_timeout_s: 20 } } });
    const b = bench;
    await b.station();
    const e1 = b.app.evses[0]!;
    expect(await b.call('RemoteStartTransaction', { connectorId: 1, idTag: OTHER_GOOD_TAG })).toEqual({ status: 'Accepted' });
    await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 1 && c.payload.status === 'Preparing');
    expect(e1.charger.state).toBe('Idle');
    expect(answerIndex(b.csms.frames, 'RemoteStartTransaction')).toBeLessThan(
      callIndex(b.csms.frames, 'StatusNotification', (p) => p.connectorId === 1 && p.status === 'Preparing'),
    );
    await b.run(5000);
    e1.sim!.plug('ac-3p-16');
    await b.nextCall('StartTransaction');
    await b.runUntil(() => lastStatus(b, 1) === 'Charging', 'connector 1 Charging');
    const labels = stationCalls(b.csms, ['StatusNotification', 'StartTransaction'])
      .filter((c) => c.action === 'StartTransaction' || c.payload.connectorId === 1)
      .map((c) => (c.action === 'StatusNotification' ? c.payload.status : c.action));
    expect(labels).toEqual(['Available', 'Preparing', 'StartTransaction', 'Charging']);

    // Nobody plugs in at connector 2: Preparing for ConnectionTimeOut, then Available.
    expect(await b.call('RemoteStartTransaction', { connectorId: 2, idTag: GOOD_TAG })).toEqual({ status: 'Accepted' });
    const preparing = await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 2 && c.payload.status === 'Preparing');
    await b.run(15_000);
    expect(lastStatus(b, 2)).toBe('Preparing');
    const available = await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 2 && c.payload.status === 'Available' && c.at > preparing.at);
    const waited = Date.parse(available.payload.timestamp) - Date.parse(preparing.payload.timestamp);
    expect(waited).toBeGreaterThanOrEqual(20_000);
    expect(waited).toBeLessThan(21_000);
    expect(b.csms.calls('StartTransaction', IDENTITY)).toHaveLength(1);
    b.csms.assertNoViolations();
  });

  it('ConnectionTimeOut, as the CSMS sets it, is how long a remote start waits for the vehicle', async () => {
    bench = await startV16({ ocpp: { authorization: { connection_timeout_s: 60 } } });
    const b = bench;
    await b.station();
    const e1 = b.app.evses[0]!;
    expect(await b.call('ChangeConfiguration', { key: 'ConnectionTimeOut', value: '10' })).toEqual({ status: 'Accepted' });
    expect(await b.call('RemoteStartTransaction', { connectorId: 1, idTag: GOOD_TAG })).toEqual({ status: 'Accepted' });
    // Past 10 s (but well inside the configuration's 60 s and auth.timeout_s) the token is gone.
    await b.run(12_000);
    e1.sim!.plug('ac-3p-16');
    await b.run(3000);
    expect(e1.charger.state).toBe('WaitingForAuthentication');
    expect(b.csms.calls('StartTransaction', IDENTITY)).toHaveLength(0);
    b.csms.assertNoViolations();
  });

  it('an idTag presented before the vehicle makes the only free connector Preparing', async () => {
    bench = await startV16({ evses: 1 });
    const b = bench;
    await b.station();
    const e1 = b.app.evses[0]!;
    b.app.tokens.push({ id_token: GOOD_TAG, type: 'RFID' });
    await b.nextCall('Authorize');
    await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 1 && c.payload.status === 'Preparing');
    expect(e1.charger.state).toBe('Idle');
    e1.sim!.plug('ac-3p-16');
    await b.nextCall('StartTransaction');
    await b.runUntil(() => lastStatus(b, 1) === 'Charging', 'connector 1 Charging');
    const labels = stationCalls(b.csms, ['StatusNotification', 'Authorize', 'StartTransaction'])
      .filter((c) => c.action !== 'StatusNotification' || c.payload.connectorId === 1)
      .map((c) => (c.action === 'StatusNotification' ? c.payload.status : c.action));
    expect(labels).toEqual(['Available', 'Authorize', 'Preparing', 'StartTransaction', 'Charging']);
    b.csms.assertNoViolations();
  });

  it('a status that changed while offline goes with the time it began, not the time it is sent', async () => {
    bench = await startV16();
    const b = bench;
    const st = await b.station();
    await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 2);
    await cutOff(b, st);
    await b.run(3000);
    const e2 = b.app.evses[1]!;
    e2.sim!.plug('ac-3p-16');
    await b.runUntil(() => e2.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    const pluggedAt = b.clock.now();
    await b.run(30_000);
    b.csms.refuseConnections(false);
    const preparing = await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 2 && c.payload.status === 'Preparing');
    expect(preparing.at - pluggedAt).toBeGreaterThanOrEqual(30_000);
    expect(Math.abs(Date.parse(preparing.payload.timestamp) - pluggedAt)).toBeLessThanOrEqual(1000);
    b.csms.assertNoViolations();
  });

  it('a StartTransaction answer that contradicts the local list is reported as LocalListConflict on connector 0', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    const list = {
      listVersion: 1,
      updateType: 'Full',
      localAuthorizationList: [
        { idTag: 'L0CA1', idTagInfo: { status: 'Accepted' } },
        { idTag: GOOD_TAG, idTagInfo: { status: 'Accepted' } },
      ],
    };
    expect(await b.call('SendLocalList', list)).toEqual({ status: 'Accepted' });
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    b.app.tokens.push({ id_token: 'L0CA1', type: 'RFID' });
    // The test CSMS does not know L0CA1: its StartTransaction answer says Invalid.
    const start = await b.nextCall('StartTransaction');
    const conflict = await b.nextCall('StatusNotification', (c) => c.payload.errorCode === 'LocalListConflict');
    expect(conflict.payload).toMatchObject({ connectorId: 0, status: 'Available', errorCode: 'LocalListConflict' });
    expect(conflict.payload.info).toContain('L0CA1');
    expect(conflict.at).toBeGreaterThanOrEqual(start.at);
    await b.nextCall('StopTransaction');
    // A listed token the CSMS agrees on is no conflict.
    const e2 = b.app.evses[1]!;
    e2.sim!.plug('ac-3p-16');
    await b.runUntil(() => e2.charger.state === 'WaitingForAuthentication', 'waiting for a token on 2');
    b.app.tokens.push({ id_token: GOOD_TAG, type: 'RFID', evse: 2 });
    await b.nextCall('StartTransaction', (c) => c.payload.idTag === GOOD_TAG);
    await b.runUntil(() => lastStatus(b, 2) === 'Charging', 'connector 2 Charging');
    expect(b.csms.calls('StatusNotification', IDENTITY).filter((c) => c.payload.errorCode === 'LocalListConflict')).toHaveLength(1);
    b.csms.assertNoViolations();
  });

  it('no remote start before the boot is accepted; one with an unusable charging profile is Rejected', async () => {
    bench = await startV16({ csms: { boot: [{ status: 'Pending', interval: 5 }, { status: 'Accepted', interval: 300 }] } });
    const b = bench;
    const st = await b.csms.waitForStation(IDENTITY);
    await b.until(() => st.bootStatus === 'Pending' && b.app.ocpp!.boot!.status === 'Pending', 'the boot Pending');
    expect(await st.call('RemoteStartTransaction', { connectorId: 1, idTag: GOOD_TAG })).toEqual({ status: 'Rejected' });
    expect(await st.call('RemoteStopTransaction', { transactionId: 1 })).toEqual({ status: 'Rejected' });
    await b.station();
    await b.run(2000);
    expect(b.csms.calls('StartTransaction', IDENTITY)).toHaveLength(0);
    expect(b.app.evses[0]!.charger.state).toBe('Idle');

    const profile = (firstStart: number) => ({
      chargingProfileId: 5,
      stackLevel: 0,
      chargingProfilePurpose: 'TxProfile',
      chargingProfileKind: 'Relative',
      chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: firstStart, limit: 10 }] },
    });
    // A schedule whose first period does not start at 0 can never be installed (§3.13.4).
    expect(await b.call('RemoteStartTransaction', { connectorId: 1, idTag: GOOD_TAG, chargingProfile: profile(60) })).toEqual({ status: 'Rejected' });
    expect(await b.call('RemoteStartTransaction', { connectorId: 1, idTag: GOOD_TAG, chargingProfile: profile(0) })).toEqual({ status: 'Accepted' });
    b.csms.assertNoViolations();
  });
});
