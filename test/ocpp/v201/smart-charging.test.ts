/**
 * OCPP 2.0.1 smart charging end to end (K01, K08, K09, K10): profiles set by the CSMS limit the real
 * charger (`current_limit_A`, and the current the simulated EV then draws), with each status of
 * SetChargingProfile, ClearChargingProfile, GetChargingProfiles and GetCompositeSchedule.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ask, CARD, startV201, type V201Bench } from './bench.js';

let b: V201Bench | null = null;
afterEach(async () => {
  await b?.close();
  b = null;
});

function profile(id: number, purpose: string, limit: number, extra: Record<string, unknown> = {}, start?: number) {
  return {
    id,
    stackLevel: 0,
    chargingProfilePurpose: purpose,
    chargingProfileKind: start === undefined ? 'Relative' : 'Absolute',
    chargingSchedule: [
      {
        id,
        chargingRateUnit: 'A',
        ...(start !== undefined ? { startSchedule: new Date(start).toISOString() } : {}),
        chargingSchedulePeriod: [{ startPeriod: 0, limit }],
      },
    ],
    ...extra,
  };
}

describe('OCPP 2.0.1 smart charging', () => {
  it('profiles by purpose limit the charger; composite schedule; report; clear', async () => {
    b = await startV201({ ocpp: { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    const e1 = b.app.evses[0]!;
    const t0 = b.clock.now() - 60_000;
    expect(await ask(b, 'SetChargingProfile', { evseId: 1, chargingProfile: profile(1, 'TxDefaultProfile', 10, {}, t0) })).toEqual({ status: 'Accepted' });
    await b.run(500);
    expect(e1.charger.status().current_limit_A).toBe(10);
    await b.chargeWith(1, CARD);
    await b.run(3000);
    expect(e1.meter.read().current_A[0]).toBeCloseTo(10, 0);

    // K01: a TxProfile needs the running transaction's id, on its EVSE.
    const id = b.txEvents()[0].transactionInfo.transactionId;
    const tx = (limit: number, transactionId?: string) => profile(2, 'TxProfile', limit, transactionId ? { transactionId } : {});
    expect((await ask(b, 'SetChargingProfile', { evseId: 1, chargingProfile: tx(8) })).status).toBe('Rejected');
    expect((await ask(b, 'SetChargingProfile', { evseId: 1, chargingProfile: tx(8, 'not-this-one') })).status).toBe('Rejected');
    expect((await ask(b, 'SetChargingProfile', { evseId: 2, chargingProfile: tx(8, id) })).status).toBe('Rejected');
    expect(await ask(b, 'SetChargingProfile', { evseId: 1, chargingProfile: tx(8, id) })).toEqual({ status: 'Accepted' });
    await b.run(500);
    expect(e1.charger.status().current_limit_A).toBe(8);
    // ChargingStationMaxProfile belongs to the station (evseId 0) and caps everything.
    expect((await ask(b, 'SetChargingProfile', { evseId: 1, chargingProfile: profile(3, 'ChargingStationMaxProfile', 6, {}, t0) })).status).toBe('Rejected');
    expect((await ask(b, 'SetChargingProfile', { evseId: 7, chargingProfile: profile(3, 'TxDefaultProfile', 6, {}, t0) })).status).toBe('Rejected');
    expect(await ask(b, 'SetChargingProfile', { evseId: 0, chargingProfile: profile(3, 'ChargingStationMaxProfile', 6, {}, t0) })).toEqual({ status: 'Accepted' });
    await b.run(500);
    expect(e1.charger.status().current_limit_A).toBe(6);

    // K08: the composite schedule of the EVSE.
    const composite = await ask(b, 'GetCompositeSchedule', { evseId: 1, duration: 600, chargingRateUnit: 'A' });
    expect(composite.status).toBe('Accepted');
    expect(composite.schedule).toMatchObject({ evseId: 1, duration: 600, chargingRateUnit: 'A' });
    expect(composite.schedule.chargingSchedulePeriod[0]).toMatchObject({ startPeriod: 0, limit: 6 });
    expect(Date.parse(composite.schedule.scheduleStart)).toBe(b.clock.now());
    expect((await ask(b, 'GetCompositeSchedule', { evseId: 9, duration: 600 })).status).toBe('Rejected');

    // K09: the installed profiles, one report per EVSE.
    expect(await ask(b, 'GetChargingProfiles', { requestId: 11, chargingProfile: {} })).toEqual({ status: 'Accepted' });
    await b.settle(() => b!.calls('ReportChargingProfiles').some((c) => c.payload.tbc === false), 'the last report');
    const reports = b.calls('ReportChargingProfiles').map((c) => c.payload);
    expect(reports.map((r) => [r.requestId, r.evseId, r.chargingProfile.map((p: any) => p.id).sort(), r.chargingLimitSource])).toEqual(
      expect.arrayContaining([
        [11, 0, [3], 'CSO'],
        [11, 1, [1, 2], 'CSO'],
      ]),
    );
    expect(reports.filter((r) => r.tbc === false)).toHaveLength(1);
    expect(reports.find((r) => r.evseId === 1)!.chargingProfile.find((p: any) => p.id === 2)).toMatchObject({ chargingProfilePurpose: 'TxProfile', transactionId: id });
    expect((await ask(b, 'GetChargingProfiles', { requestId: 12, evseId: 2, chargingProfile: {} })).status).toBe('NoProfiles');
    expect((await ask(b, 'GetChargingProfiles', { requestId: 13, chargingProfile: { chargingLimitSource: ['EMS'] } })).status).toBe('NoProfiles');

    // K10: by id, by criteria; Unknown when nothing matched.
    expect(await ask(b, 'ClearChargingProfile', { chargingProfileId: 3 })).toEqual({ status: 'Accepted' });
    expect(await ask(b, 'ClearChargingProfile', { chargingProfileId: 3 })).toEqual({ status: 'Unknown' });
    await b.run(500);
    expect(e1.charger.status().current_limit_A).toBe(8);
    expect(await ask(b, 'ClearChargingProfile', { chargingProfileCriteria: { chargingProfilePurpose: 'TxProfile' } })).toEqual({ status: 'Accepted' });
    await b.run(500);
    expect(e1.charger.status().current_limit_A).toBe(10);
    expect(await ask(b, 'ClearChargingProfile', { chargingProfileCriteria: { evseId: 1 } })).toEqual({ status: 'Accepted' });
    await b.run(500);
    expect(e1.charger.status().current_limit_A).toBe(16);
    // Without any profile: the EVSE's own limit.
    const free = await ask(b, 'GetCompositeSchedule', { evseId: 1, duration: 60, chargingRateUnit: 'W' });
    expect(free.schedule.chargingSchedulePeriod).toEqual([{ startPeriod: 0, limit: 16 * 230 * 3 }]);
    b.csms.assertNoViolations();
  });

  it('a schedule with a later period changes the limit when its time comes', async () => {
    b = await startV201({ ocpp: { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    const e1 = b.app.evses[0]!;
    const stepped = profile(5, 'TxDefaultProfile', 12, {}, b.clock.now());
    stepped.chargingSchedule[0]!.chargingSchedulePeriod.push({ startPeriod: 30, limit: 7 });
    expect((await ask(b, 'SetChargingProfile', { evseId: 1, chargingProfile: stepped })).status).toBe('Accepted');
    await b.chargeWith(1, CARD);
    expect(e1.charger.status().current_limit_A).toBe(12);
    await b.run(31_000);
    expect(e1.charger.status().current_limit_A).toBe(7);
    b.csms.assertNoViolations();
  });
});
