/**
 * OCPP 1.6 smart charging against the real appliance (§3.13, §5.5 ClearChargingProfile, §5.7
 * GetCompositeSchedule, §5.16 SetChargingProfile, §5.11 a TxProfile with RemoteStartTransaction): the
 * profiles reach the charger as its current limit (`current_limit_A`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GOOD_TAG, IDENTITY, OTHER_GOOD_TAG, startV16, type V16Bench } from './bench.js';

let bench: V16Bench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

function profile(id: number, purpose: string, limit: number, extra: Record<string, unknown> = {}, unit: 'A' | 'W' = 'A') {
  return {
    chargingProfileId: id,
    stackLevel: 0,
    chargingProfilePurpose: purpose,
    chargingProfileKind: 'Relative',
    chargingSchedule: { chargingRateUnit: unit, chargingSchedulePeriod: [{ startPeriod: 0, limit }] },
    ...extra,
  };
}

const limitOf = (b: V16Bench, evse: number): number => b.app.evses[evse - 1]!.charger.status().current_limit_A;

async function startCharging(b: V16Bench, evse: number): Promise<number> {
  const e = b.app.evses[evse - 1]!;
  e.sim!.plug('ac-3p-16');
  await b.runUntil(() => e.charger.state === 'WaitingForAuthentication', 'waiting for a token');
  b.app.tokens.push({ id_token: GOOD_TAG, type: 'RFID', evse });
  const start = await b.nextCall('StartTransaction', (c) => c.payload.connectorId === evse);
  await b.run(1000);
  const answer = b.csms.frames.find((f) => f.direction === 'csms→station' && f.message[1] === start.messageId)!;
  return (answer.message[2] as { transactionId: number }).transactionId;
}

describe('OCPP 1.6 smart charging', () => {
  it('default, maximum and transaction profiles become the charger’s limit; composite schedule; clearing', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    const set = async (connectorId: number, p: object): Promise<string> => (await b.call('SetChargingProfile', { connectorId, csChargingProfiles: p })).status;
    expect(limitOf(b, 1)).toBe(16);

    // TxDefaultProfile on connector 0: every connector.
    expect(await set(0, profile(1, 'TxDefaultProfile', 10))).toBe('Accepted');
    await b.runUntil(() => limitOf(b, 1) === 10 && limitOf(b, 2) === 10, 'both limited to 10 A');

    // ChargePointMaxProfile: only on connector 0, never relative to a transaction; caps everything.
    const absolute = (p: ReturnType<typeof profile>) => ({
      ...p,
      chargingProfileKind: 'Absolute',
      chargingSchedule: { ...p.chargingSchedule, startSchedule: new Date(b.clock.now() - 1000).toISOString() },
    });
    expect(await set(1, absolute(profile(2, 'ChargePointMaxProfile', 8)))).toBe('Rejected');
    expect(await set(0, profile(2, 'ChargePointMaxProfile', 8))).toBe('Rejected');
    expect(await set(0, absolute(profile(2, 'ChargePointMaxProfile', 8)))).toBe('Accepted');
    await b.runUntil(() => limitOf(b, 1) === 8, 'capped at 8 A');

    // TxProfile: needs the transaction running on that connector, and its id when one is given.
    expect(await set(1, profile(3, 'TxProfile', 6))).toBe('Rejected');
    const id = await startCharging(b, 1);
    expect(await set(0, profile(3, 'TxProfile', 6))).toBe('Rejected');
    expect(await set(1, profile(3, 'TxProfile', 6, { transactionId: id + 1 }))).toBe('Rejected');
    expect(await set(1, profile(3, 'TxProfile', 6, { transactionId: id }))).toBe('Accepted');
    await b.runUntil(() => limitOf(b, 1) === 6, 'the transaction limited to 6 A');
    expect(limitOf(b, 2)).toBe(8);
    await b.run(3000);
    expect(b.app.evses[0]!.meter.read().current_A[0]).toBeCloseTo(6, 0);

    // Shape and capacity rules.
    expect(await set(1, { ...profile(4, 'TxDefaultProfile', 6), stackLevel: 11 })).toBe('Rejected');
    expect(await set(7, profile(4, 'TxDefaultProfile', 6))).toBe('Rejected');

    // The composite schedule of connector 1 in A and in W (3 phases, 230 V).
    const amps = await b.call('GetCompositeSchedule', { connectorId: 1, duration: 600, chargingRateUnit: 'A' });
    expect(amps).toMatchObject({ status: 'Accepted', connectorId: 1, chargingSchedule: { chargingRateUnit: 'A', duration: 600 } });
    expect(amps.chargingSchedule.chargingSchedulePeriod[0]).toMatchObject({ startPeriod: 0, limit: 6 });
    const watts = await b.call('GetCompositeSchedule', { connectorId: 1, duration: 600, chargingRateUnit: 'W' });
    expect(watts.chargingSchedule.chargingSchedulePeriod[0].limit).toBe(6 * 230 * 3);
    expect(await b.call('GetCompositeSchedule', { connectorId: 9, duration: 600 })).toEqual({ status: 'Rejected' });

    // Clearing: by id, then by purpose; Unknown when nothing matches.
    expect(await b.call('ClearChargingProfile', { id: 3 })).toEqual({ status: 'Accepted' });
    expect(await b.call('ClearChargingProfile', { id: 3 })).toEqual({ status: 'Unknown' });
    await b.runUntil(() => limitOf(b, 1) === 8, 'back to the cap');
    expect(await b.call('ClearChargingProfile', { chargingProfilePurpose: 'ChargePointMaxProfile' })).toEqual({ status: 'Accepted' });
    await b.runUntil(() => limitOf(b, 1) === 10, 'back to the default profile');
    expect(await b.call('ClearChargingProfile', {})).toEqual({ status: 'Accepted' });
    await b.runUntil(() => limitOf(b, 1) === 16 && limitOf(b, 2) === 16, 'no limit left');
    expect(await b.call('ClearChargingProfile', {})).toEqual({ status: 'Unknown' });
    expect(b.csms.calls('StopTransaction', IDENTITY)).toHaveLength(0);
    b.csms.assertNoViolations();
  });

  it('a TxProfile given with RemoteStartTransaction limits the transaction it starts; other purposes are Rejected', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    expect(await b.call('RemoteStartTransaction', { connectorId: 2, idTag: OTHER_GOOD_TAG, chargingProfile: profile(20, 'TxDefaultProfile', 7) })).toEqual({
      status: 'Rejected',
    });
    expect(await b.call('RemoteStartTransaction', { connectorId: 2, idTag: OTHER_GOOD_TAG, chargingProfile: profile(21, 'TxProfile', 7) })).toEqual({
      status: 'Accepted',
    });
    const e2 = b.app.evses[1]!;
    e2.sim!.plug('ac-3p-16');
    await b.nextCall('StartTransaction');
    await b.runUntil(() => limitOf(b, 2) === 7, 'the remote start’s profile in force');
    expect(limitOf(b, 1)).toBe(16);
    // The profile belongs to the transaction: it goes when the transaction ends.
    e2.sim!.unplug();
    await b.nextCall('StopTransaction');
    await b.runUntil(() => limitOf(b, 2) === 16, 'the profile gone with its transaction');
    expect(await b.call('ClearChargingProfile', { id: 21 })).toEqual({ status: 'Unknown' });
    b.csms.assertNoViolations();
  });
});
