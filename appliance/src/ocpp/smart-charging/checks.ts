/** What makes a charging profile unacceptable on its own, before it meets the installed ones. */
import type { ChargingProfile } from '../ports.js';

const PURPOSES = new Set(['ChargingStationMaxProfile', 'TxDefaultProfile', 'TxProfile', 'ChargingStationExternalConstraints']);
const KINDS = new Set(['Absolute', 'Recurring', 'Relative']);

/** The reason to reject the profile on `evse`, or null when it is well-formed for that place. */
export function profileProblem(evse: number, profile: ChargingProfile, evseIds: ReadonlySet<number>): string | null {
  if (evse !== 0 && !evseIds.has(evse)) return `unknown EVSE ${evse}`;
  if (!Number.isInteger(profile.id)) return 'profile id must be an integer';
  if (!Number.isInteger(profile.stack_level) || profile.stack_level < 0) return 'stack level must be an integer >= 0';
  if (!PURPOSES.has(profile.purpose)) return `unknown purpose ${String(profile.purpose)}`;
  if (!KINDS.has(profile.kind)) return `unknown kind ${String(profile.kind)}`;
  if (profile.purpose === 'ChargingStationMaxProfile' && evse !== 0) return 'ChargingStationMaxProfile only on EVSE 0 (the station)';
  if (profile.purpose === 'TxProfile' && evse === 0) return 'TxProfile only on an EVSE with a transaction, not EVSE 0';
  // A station limit cannot follow "the" transaction: there is none for the station (2.0.1 K01.FR.38).
  if (profile.purpose === 'ChargingStationMaxProfile' && profile.kind === 'Relative') return 'ChargingStationMaxProfile cannot be Relative';
  if (profile.kind === 'Recurring') {
    if (profile.recurrency !== 'Daily' && profile.recurrency !== 'Weekly') return 'Recurring profile without Daily/Weekly recurrency';
    if (profile.schedule.start === undefined) return 'Recurring profile without a schedule start';
  }
  if (profile.valid_from !== undefined && profile.valid_to !== undefined && profile.valid_from >= profile.valid_to)
    return 'validFrom is not before validTo';
  return scheduleProblem(profile.schedule);
}

function scheduleProblem(s: ChargingProfile['schedule']): string | null {
  if (s.unit !== 'A' && s.unit !== 'W') return `unknown charging rate unit ${String(s.unit)}`;
  if (s.duration_s !== undefined && !(s.duration_s >= 0)) return 'schedule duration must be >= 0';
  if (s.periods.length === 0) return 'schedule without periods';
  // 2.0.1 K01.FR.31; in 1.6 too, a later first period would leave the schedule's start without a limit.
  if (s.periods[0]!.start_s !== 0) return 'the first period must start at 0';
  for (let i = 0; i < s.periods.length; i++) {
    const p = s.periods[i]!;
    if (i > 0 && !(p.start_s > s.periods[i - 1]!.start_s)) return 'period starts must increase';
    if (!Number.isFinite(p.limit) || p.limit < 0) return `period ${i}: limit must be >= 0`;
    if (p.phases !== undefined && ![1, 2, 3].includes(p.phases)) return `period ${i}: numberPhases must be 1, 2 or 3`;
  }
  return null;
}
