/**
 * Charging profiles between 2.0.1's ChargingProfileType and the version-neutral ChargingProfile of the
 * smart-charging store. Pure.
 */
import type { ChargingProfile, CompositeSchedule } from '../ports.js';
import { isoTime, parseTime } from './convert.js';
import type { ChargingProfileType, ChargingSchedulePeriod } from './messages.js';

export type Converted = { ok: true; profile: ChargingProfile } | { ok: false; reason: string };

/** K01: one schedule per profile (the two more a profile may carry are for ISO 15118 schedule offers). */
export function profileFromOcpp(p: ChargingProfileType): Converted {
  if (p.chargingSchedule.length !== 1) return { ok: false, reason: 'only one chargingSchedule per profile is supported' };
  const s = p.chargingSchedule[0]!;
  const periods = s.chargingSchedulePeriod;
  if (periods[0]!.startPeriod !== 0) return { ok: false, reason: 'the first period must start at 0' };
  for (let i = 1; i < periods.length; i++) {
    if (periods[i]!.startPeriod <= periods[i - 1]!.startPeriod) return { ok: false, reason: 'periods must start in increasing order' };
  }
  if (periods.some((x) => x.limit < 0)) return { ok: false, reason: 'negative limit' };
  if (p.chargingProfileKind === 'Recurring' && !p.recurrencyKind) return { ok: false, reason: 'Recurring without recurrencyKind' };
  const start = parseTime(s.startSchedule);
  if (p.chargingProfileKind !== 'Relative' && start === undefined) return { ok: false, reason: `${p.chargingProfileKind} needs startSchedule` };
  const validFrom = parseTime(p.validFrom);
  const validTo = parseTime(p.validTo);
  const profile: ChargingProfile = {
    id: p.id,
    stack_level: p.stackLevel,
    purpose: p.chargingProfilePurpose,
    kind: p.chargingProfileKind,
    ...(p.recurrencyKind ? { recurrency: p.recurrencyKind } : {}),
    ...(validFrom !== undefined ? { valid_from: validFrom } : {}),
    ...(validTo !== undefined ? { valid_to: validTo } : {}),
    ...(p.transactionId ? { tx_ref: p.transactionId } : {}),
    schedule: {
      id: s.id,
      ...(start !== undefined ? { start } : {}),
      ...(s.duration !== undefined ? { duration_s: s.duration } : {}),
      unit: s.chargingRateUnit,
      ...(s.minChargingRate !== undefined ? { min_rate: s.minChargingRate } : {}),
      periods: periods.map((x) => ({ start_s: x.startPeriod, limit: x.limit, ...(x.numberPhases !== undefined ? { phases: x.numberPhases } : {}) })),
    },
  };
  return { ok: true, profile };
}

function periodsOf(periods: Array<{ start_s: number; limit: number; phases?: number }>): ChargingSchedulePeriod[] {
  return periods.map((x) => ({ startPeriod: Math.round(x.start_s), limit: x.limit, ...(x.phases !== undefined ? { numberPhases: x.phases } : {}) }));
}

/** For ReportChargingProfiles (K09). */
export function profileToOcpp(p: ChargingProfile): ChargingProfileType {
  const s = p.schedule;
  return {
    id: p.id,
    stackLevel: p.stack_level,
    chargingProfilePurpose: p.purpose,
    chargingProfileKind: p.kind,
    ...(p.recurrency ? { recurrencyKind: p.recurrency } : {}),
    ...(p.valid_from !== undefined ? { validFrom: isoTime(p.valid_from) } : {}),
    ...(p.valid_to !== undefined ? { validTo: isoTime(p.valid_to) } : {}),
    ...(p.tx_ref ? { transactionId: p.tx_ref } : {}),
    chargingSchedule: [
      {
        id: s.id ?? p.id,
        ...(s.start !== undefined ? { startSchedule: isoTime(s.start) } : {}),
        ...(s.duration_s !== undefined ? { duration: Math.round(s.duration_s) } : {}),
        chargingRateUnit: s.unit,
        chargingSchedulePeriod: periodsOf(s.periods),
        ...(s.min_rate !== undefined ? { minChargingRate: s.min_rate } : {}),
      },
    ],
  };
}

/** GetCompositeSchedule's CompositeScheduleType (K08). */
export function compositeToOcpp(c: CompositeSchedule) {
  return {
    evseId: c.evse,
    duration: Math.round(c.duration_s),
    scheduleStart: isoTime(c.start),
    chargingRateUnit: c.unit,
    chargingSchedulePeriod: periodsOf(c.periods),
  };
}
