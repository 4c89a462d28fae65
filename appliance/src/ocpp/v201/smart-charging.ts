/**
 * Smart charging (K01, K08, K09, K10): SetChargingProfile, ClearChargingProfile, GetChargingProfiles
 * (→ ReportChargingProfiles) and GetCompositeSchedule over the shared profile store, whose composite limit
 * the charger follows.
 */
import type { ChargingProfile, MapperContext } from '../ports.js';
import { afterAnswer } from './defer.js';
import type { ChargingProfilePurpose, ChargingProfileType } from './messages.js';
import { compositeToOcpp, profileFromOcpp, profileToOcpp } from './profiles.js';
import type { TransactionManager } from './transactions.js';

const rejected = (reasonCode: string, additionalInfo: string) => ({ status: 'Rejected', statusInfo: { reasonCode, additionalInfo: additionalInfo.slice(0, 512) } });

export function registerSmartCharging(ctx: MapperContext, tm: TransactionManager): void {
  const knownEvse = (id: number): boolean => id === 0 || ctx.evses.some((e) => e.id === id);

  ctx.link.handle('SetChargingProfile', (req: { evseId: number; chargingProfile: ChargingProfileType }) => {
    const p = req.chargingProfile;
    if (!knownEvse(req.evseId)) return rejected('UnknownEvse', `no EVSE ${req.evseId}`);
    const converted = profileFromOcpp(p);
    if (!converted.ok) return rejected('InvalidSchedule', converted.reason);
    if (p.chargingProfilePurpose === 'ChargingStationMaxProfile' && req.evseId !== 0) return rejected('InvalidEvse', 'ChargingStationMaxProfile applies to evseId 0');
    let profile = converted.profile;
    if (p.chargingProfilePurpose === 'TxProfile') {
      // K01.FR.03 / K01.FR.16: a TxProfile belongs to a running transaction on a real EVSE.
      const tx = req.evseId > 0 ? tm.active(req.evseId) : null;
      if (!p.transactionId || !tx || tx.id !== p.transactionId) return rejected('TxNotFound', 'TxProfile needs the transactionId of a transaction running on that EVSE');
      // The store follows the charger's own transaction, which begins at authorization: until then it waits.
      if (!tx.chargerTx) {
        tm.holdTxProfile(tx, profile);
        return { status: 'Accepted' };
      }
      profile = { ...profile, tx_ref: tx.chargerTx };
    }
    const result = ctx.smart.set(req.evseId, profile);
    if (result.status !== 'Accepted') return rejected('InvalidProfile', result.reason ?? 'refused by the profile store');
    return { status: 'Accepted' };
  });

  ctx.link.handle(
    'ClearChargingProfile',
    (req: { chargingProfileId?: number; chargingProfileCriteria?: { evseId?: number; chargingProfilePurpose?: ChargingProfilePurpose; stackLevel?: number } }) => {
      const c = req.chargingProfileCriteria ?? {};
      const n = ctx.smart.clear({
        ...(req.chargingProfileId !== undefined ? { id: req.chargingProfileId } : {}),
        ...(c.evseId !== undefined ? { evse: c.evseId } : {}),
        ...(c.chargingProfilePurpose !== undefined ? { purpose: c.chargingProfilePurpose } : {}),
        ...(c.stackLevel !== undefined ? { stack_level: c.stackLevel } : {}),
      });
      return { status: n > 0 ? 'Accepted' : 'Unknown' };
    },
  );

  ctx.link.handle(
    'GetChargingProfiles',
    (req: {
      requestId: number;
      evseId?: number;
      chargingProfile: { chargingProfilePurpose?: ChargingProfilePurpose; stackLevel?: number; chargingProfileId?: number[]; chargingLimitSource?: string[] };
    }) => {
      const c = req.chargingProfile;
      // Every profile here was set by the CSMS: charging limit source CSO.
      const found =
        c.chargingLimitSource && !c.chargingLimitSource.includes('CSO')
          ? []
          : ctx.smart
              .list(req.evseId !== undefined ? { evse: req.evseId } : {})
              .filter(({ profile }) => matches(profile, c));
      if (found.length === 0) return { status: 'NoProfiles' };
      const byEvse = new Map<number, ChargingProfile[]>();
      for (const { evse, profile } of found) byEvse.set(evse, [...(byEvse.get(evse) ?? []), profile]);
      // TxProfiles are kept under the charger's transaction id; the CSMS knows the OCPP one.
      const ocppId = (chargerTx: string): string => tm.all().find((t) => t.chargerTx === chargerTx)?.id ?? chargerTx;
      afterAnswer(() => void reportProfiles(ctx, req.requestId, [...byEvse], ocppId));
      return { status: 'Accepted' };
    },
  );

  ctx.link.handle('GetCompositeSchedule', (req: { duration: number; chargingRateUnit?: 'A' | 'W'; evseId: number }) => {
    if (!knownEvse(req.evseId)) return rejected('UnknownEvse', `no EVSE ${req.evseId}`);
    // The store judges profiles on the CSMS's time line.
    const start = ctx.now();
    const unit = req.chargingRateUnit ?? 'A';
    const composite = ctx.smart.composite(req.evseId, start, req.duration, unit) ?? {
      // K08: without profiles the schedule is the hardware's own limit.
      evse: req.evseId,
      start,
      duration_s: req.duration,
      unit,
      periods: [{ start_s: 0, limit: physicalLimit(ctx, req.evseId, unit) }],
    };
    return { status: 'Accepted', schedule: compositeToOcpp(composite) };
  });
}

function matches(p: ChargingProfile, c: { chargingProfilePurpose?: ChargingProfilePurpose; stackLevel?: number; chargingProfileId?: number[] }): boolean {
  if (c.chargingProfileId && !c.chargingProfileId.includes(p.id)) return false;
  if (c.chargingProfilePurpose !== undefined && p.purpose !== c.chargingProfilePurpose) return false;
  return c.stackLevel === undefined || p.stack_level === c.stackLevel;
}

/** K09: one ReportChargingProfiles per EVSE, `tbc` on all but the last. */
async function reportProfiles(ctx: MapperContext, requestId: number, groups: Array<[number, ChargingProfile[]]>, ocppId: (chargerTx: string) => string): Promise<void> {
  for (const [i, [evseId, profiles]] of groups.entries()) {
    const chargingProfile = profiles.map((p) => profileToOcpp(p.tx_ref ? { ...p, tx_ref: ocppId(p.tx_ref) } : p));
    const payload = { requestId, chargingLimitSource: 'CSO', evseId, chargingProfile, tbc: i < groups.length - 1 };
    try {
      await ctx.sender.send('ReportChargingProfiles', payload);
    } catch (err) {
      ctx.log.warn(`ReportChargingProfiles ${requestId}: ${(err as Error).message}`);
      return;
    }
  }
}

/** The most an EVSE (0: the station, all EVSEs together) can take, in A per phase or W. */
function physicalLimit(ctx: MapperContext, evseId: number, unit: 'A' | 'W'): number {
  const evses = ctx.evses.filter((e) => evseId === 0 || e.id === evseId);
  if (unit === 'W') return evses.reduce((sum, e) => sum + e.max_current_A * e.nominal_voltage_V * e.phases, 0);
  return evses.reduce((sum, e) => sum + e.max_current_A, 0);
}
