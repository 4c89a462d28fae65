/**
 * Charging-profile arithmetic (1.6 §3.13, 2.0.1 K01/K08), free of storage and clocks: when each profile's
 * periods are in force, which profile wins at an instant, and the composite schedule of an EVSE.
 */
import type { ChargingProfile, CompositeSchedule } from '../ports.js';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export interface InstalledProfile {
  evse: number;
  profile: ChargingProfile;
  /** When the station took it: the start of an Absolute schedule that names none. */
  installed_at: number;
}

/** One period of one profile, in absolute time. */
export interface Segment {
  from: number;
  to: number;
  limit: number;
  unit: 'A' | 'W';
  phases?: number;
  stack_level: number;
}

/** What the EVSE is, for W ↔ A and for the hardware ceiling. */
export interface Electrics {
  nominal_voltage_V: number;
  phases: 1 | 3;
  max_current_A: number;
}

/** The EVSE's state that decides which profiles apply. */
export interface EvseContext {
  id: number;
  electrics: Electrics;
  /** The running transaction's tx_ref, null without one. */
  tx_ref: string | null;
  /** When the running transaction started (Relative profiles); null: none, they start at the window's start. */
  tx_start: number | null;
}

/**
 * The periods of one profile in force within [from, to). Recurring schedules repeat every day or week from
 * their start (earlier cycles too: the date only fixes the time of day / weekday); a cycle's schedule never
 * runs into the next. Relative ones start with the transaction.
 */
export function profileSegments(p: InstalledProfile, from: number, to: number, txStart: number | null): Segment[] {
  const { profile } = p;
  const schedule = profile.schedule;
  const lo = Math.max(from, profile.valid_from ?? -Infinity);
  const hi = Math.min(to, profile.valid_to ?? Infinity);
  if (lo >= hi || schedule.periods.length === 0) return [];
  const duration = schedule.duration_s !== undefined ? schedule.duration_s * 1000 : Infinity;

  const runs: Array<[number, number]> = [];
  if (profile.kind === 'Recurring') {
    const cycle = profile.recurrency === 'Weekly' ? WEEK_MS : DAY_MS;
    const anchor = schedule.start ?? p.installed_at;
    for (let k = Math.floor((lo - anchor) / cycle); anchor + k * cycle < hi; k++) {
      const s = anchor + k * cycle;
      runs.push([s, s + Math.min(duration, cycle)]);
    }
  } else {
    const s = profile.kind === 'Relative' ? (txStart ?? from) : (schedule.start ?? p.installed_at);
    runs.push([s, s + duration]);
  }

  const out: Segment[] = [];
  const periods = schedule.periods;
  for (const [runStart, runEnd] of runs) {
    periods.forEach((period, i) => {
      const next = periods[i + 1];
      const a = Math.max(lo, runStart + period.start_s * 1000);
      const b = Math.min(hi, runEnd, next ? runStart + next.start_s * 1000 : Infinity);
      if (a < b)
        out.push({
          from: a,
          to: b,
          limit: period.limit,
          unit: schedule.unit,
          stack_level: profile.stack_level,
          ...(period.phases !== undefined ? { phases: period.phases } : {}),
        });
    });
  }
  return out;
}

/** Converts a limit between A per phase and W with the EVSE's voltage; phases default to the EVSE's (1.6: 3). */
export function convert(limit: number, from: 'A' | 'W', to: 'A' | 'W', phases: number | undefined, e: Electrics): number {
  if (from === to) return limit;
  const n = phases ?? e.phases;
  return from === 'A' ? limit * e.nominal_voltage_V * n : limit / (e.nominal_voltage_V * n);
}

type Layer = Segment[][];

/** The profiles that bear on one EVSE, grouped by the role they play in the composite. */
interface Layers {
  tx: Layer;
  defaultOwn: Layer;
  defaultStation: Layer;
  caps: Layer[];
}

function layersFor(profiles: InstalledProfile[], ctx: EvseContext, from: number, to: number): Layers {
  const layers: Layers = { tx: [], defaultOwn: [], defaultStation: [], caps: [[], [], []] };
  const station = ctx.id === 0;
  for (const p of profiles) {
    const segs = () => profileSegments(p, from, to, ctx.tx_start);
    const own = p.evse === ctx.id;
    switch (p.profile.purpose) {
      case 'TxProfile':
        if (own && !station && ctx.tx_ref !== null && p.profile.tx_ref === ctx.tx_ref) layers.tx.push(segs());
        break;
      case 'TxDefaultProfile':
        if (station) break;
        if (own) layers.defaultOwn.push(segs());
        else if (p.evse === 0) layers.defaultStation.push(segs());
        break;
      case 'ChargingStationMaxProfile':
        if (p.evse === 0) layers.caps[0]!.push(segs());
        break;
      case 'ChargingStationExternalConstraints':
        // Constraints on the station and on this EVSE both cap it; each is stacked on its own.
        if (p.evse === 0) layers.caps[1]!.push(segs());
        else if (own) layers.caps[2]!.push(segs());
        break;
    }
  }
  return layers;
}

/** The segment in force at t within one purpose: the highest stack level with a period covering t. */
function winner(layer: Layer, t: number): Segment | null {
  let best: Segment | null = null;
  for (const segs of layer)
    for (const s of segs) if (s.from <= t && t < s.to && (!best || s.stack_level > best.stack_level)) best = s;
  return best;
}

/**
 * The limit at t in `unit`, null when no profile applies: the transaction's limit (TxProfile over
 * TxDefaultProfile; one on this EVSE over one on EVSE 0), capped by ChargingStationMaxProfile and the
 * external constraints.
 */
function limitAt(layers: Layers, t: number, unit: 'A' | 'W', e: Electrics): { limit: number; phases?: number } | null {
  const governing = [winner(layers.tx, t) ?? winner(layers.defaultOwn, t) ?? winner(layers.defaultStation, t), ...layers.caps.map((c) => winner(c, t))];
  let best: { limit: number; phases?: number } | null = null;
  for (const s of governing) {
    if (!s) continue;
    const limit = convert(s.limit, s.unit, unit, s.phases, e);
    if (!best || limit < best.limit) best = { limit, ...(s.phases !== undefined ? { phases: s.phases } : {}) };
  }
  return best;
}

/** One decimal, as both versions' limits carry (2.0.1: at most one fraction digit). */
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The limit in force at `t` on the EVSE, in `unit`, capped by the hardware; null when no profile applies. */
export function limitNow(profiles: InstalledProfile[], ctx: EvseContext, t: number, unit: 'A' | 'W'): number | null {
  const at = limitAt(layersFor(profiles, ctx, t, t + 1), t, unit, ctx.electrics);
  if (!at) return null;
  return round1(Math.min(at.limit, convert(ctx.electrics.max_current_A, 'A', unit, undefined, ctx.electrics)));
}

/**
 * The composite schedule of the EVSE over [start, start + duration): periods in whole seconds from `start`
 * (a change inside a second shows from the next whole second), adjacent equal limits merged, the hardware
 * maximum where no profile applies. Null when no profile applies at any time of the window.
 */
export function compositeSchedule(
  profiles: InstalledProfile[],
  ctx: EvseContext,
  start: number,
  duration_s: number,
  unit: 'A' | 'W',
): CompositeSchedule | null {
  const end = start + duration_s * 1000;
  if (!(end > start)) return null;
  const layers = layersFor(profiles, ctx, start, end);
  const cuts = new Set<number>([start]);
  for (const layer of [layers.tx, layers.defaultOwn, layers.defaultStation, ...layers.caps])
    for (const segs of layer)
      for (const s of segs) {
        if (s.from > start && s.from < end) cuts.add(s.from);
        if (s.to > start && s.to < end) cuts.add(s.to);
      }
  const ceiling = convert(ctx.electrics.max_current_A, 'A', unit, undefined, ctx.electrics);
  const periods: CompositeSchedule['periods'] = [];
  let anyProfile = false;
  for (const t of [...cuts].sort((a, b) => a - b)) {
    const at = limitAt(layers, t, unit, ctx.electrics);
    if (at) anyProfile = true;
    const period = {
      start_s: Math.ceil((t - start) / 1000),
      limit: round1(Math.min(at?.limit ?? ceiling, ceiling)),
      ...(at?.phases !== undefined ? { phases: at.phases } : {}),
    };
    const last = periods[periods.length - 1];
    // Two changes within one second: the later one is what holds from that second on.
    if (last && last.start_s === period.start_s) periods.pop();
    const prev = periods[periods.length - 1];
    if (prev && prev.limit === period.limit && prev.phases === period.phases) continue;
    periods.push(period);
  }
  if (!anyProfile) return null;
  return { evse: ctx.id, start, duration_s, unit, periods };
}
