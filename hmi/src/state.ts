/**
 * The screen model of one EVSE: the latest EVSE.GetStatus, Display.GetState, meter reading and active
 * errors, plus what the HMI remembers itself (the session's power samples for the chart, the protocol it
 * used, and the summary of a session that ended by unplugging). Every update is a pure function of the old
 * model, so tests and the app apply notifications the same way.
 */
import type { ChargeProtocolEnum, DisplayStateObj, ErrorObj, EVSEStatusObj, MeterDataObj, SessionRecordObj } from './api-types.js';
import { selectScreen, type ScreenName } from './select-screen.js';

export interface PowerSample {
  /** Appliance time of the reading, ms. */
  t: number;
  /** Power in W. */
  w: number;
}

export interface SessionSummary {
  energy_Wh: number;
  duration_s: number;
  /** null: the appliance did not price it. */
  cost: number | null;
  currency: string;
  protocol: ChargeProtocolEnum;
}

export interface Model {
  evse: number;
  status: EVSEStatusObj | null;
  display: DisplayStateObj | null;
  meter: MeterDataObj | null;
  /** The charger's active errors (all EVSEs). */
  activeErrors: ErrorObj[];
  /** Power over the running session, oldest first. */
  samples: PowerSample[];
  /**
   * The protocol of the running (or last) session: the status says Unknown once the vehicle is gone, and the
   * next plug-in overwrites it.
   */
  protocol: ChargeProtocolEnum;
  /** Charging time last reported for the running session. */
  lastDuration_s: number | null;
  /** A session that just ended, shown until `until` (HMI time, ms) unless a new one begins. */
  recent: (SessionSummary & { until: number }) | null;
}

/** Enough points for a smooth line on the widest layout; older halves are thinned beyond it. */
export const MAX_SAMPLES = 600;
/** How long the summary of a session ended by unplugging stays up. */
export const FINISHED_HOLD_MS = 8000;

export function emptyModel(evse: number): Model {
  return {
    evse,
    status: null,
    display: null,
    meter: null,
    activeErrors: [],
    samples: [],
    protocol: 'Unknown',
    lastDuration_s: null,
    recent: null,
  };
}

const SESSION_SCREENS = new Set(['charging', 'paused']);

export function withStatus(m: Model, status: EVSEStatusObj): Model {
  return {
    ...m,
    status,
    protocol: status.charge_protocol !== 'Unknown' ? status.charge_protocol : m.protocol,
  };
}

export function withDisplay(m: Model, display: DisplayStateObj): Model {
  const wasInSession = m.display !== null && SESSION_SCREENS.has(m.display.screen);
  const inSession = SESSION_SCREENS.has(display.screen);
  const next: Model = { ...m, display };
  // A new session starts a new chart.
  if (inSession && !wasInSession) next.samples = [];
  if (display.charging) next.lastDuration_s = display.charging.duration_s;
  // Anything but the idle screen means the charging point moved on: the old summary goes.
  if (display.screen !== 'ready') next.recent = null;
  return next;
}

export function withMeter(m: Model, meter: MeterDataObj): Model {
  const next: Model = { ...m, meter };
  const w = meter.power_W?.total;
  if (m.display && SESSION_SCREENS.has(m.display.screen) && w !== undefined) {
    const t = Date.parse(meter.timestamp);
    if (Number.isFinite(t)) next.samples = appendSample(m.samples, { t, w });
  }
  return next;
}

export function withErrors(m: Model, activeErrors: ErrorObj[]): Model {
  return { ...m, activeErrors };
}

/**
 * History.SessionFinished for this EVSE. Kept for FINISHED_HOLD_MS from `now` so a driver who unplugs still
 * sees what the session came to; the figures are the recorded ones, the charging time the last one reported.
 */
export function withSessionFinished(m: Model, s: SessionRecordObj, now: number): Model {
  if (s.evse_index !== m.evse) return m;
  const started = Date.parse(s.started_at);
  const stopped = s.stopped_at === null ? NaN : Date.parse(s.stopped_at);
  const recordDuration = Number.isFinite(started) && Number.isFinite(stopped) ? Math.max(0, (stopped - started) / 1000) : 0;
  const currency = m.display?.tariff.currency ?? 'EUR';
  const protocol = m.protocol !== 'Unknown' ? m.protocol : (s.protocol ?? 'Unknown');
  return {
    ...m,
    protocol,
    recent: {
      energy_Wh: s.energy_Wh,
      duration_s: m.lastDuration_s ?? recordDuration,
      cost: s.cost,
      currency,
      protocol,
      until: now + FINISHED_HOLD_MS,
    },
  };
}

/** The driver tapped "Done" on the summary (or the hold ran out). */
export function withoutRecent(m: Model): Model {
  return m.recent ? { ...m, recent: null } : m;
}

export function appendSample(samples: readonly PowerSample[], s: PowerSample): PowerSample[] {
  const next = [...samples, s];
  if (next.length <= MAX_SAMPLES) return next;
  // Thin the older half to every other point: the start of a long session stays visible at lower detail.
  const half = Math.floor(next.length / 2);
  return [...next.slice(0, half).filter((_, i) => i % 2 === 0), ...next.slice(half)];
}

export function screenOf(m: Model, now: number): ScreenName | null {
  return selectScreen({
    display: m.display?.screen ?? null,
    state: m.display?.state ?? m.status?.state ?? null,
    holdingFinished: m.recent !== null && now < m.recent.until,
  });
}

/** What the Finished screen shows: the appliance's summary while plugged in, else the remembered one. */
export function summaryOf(m: Model): (SessionSummary & { plugged: boolean }) | null {
  const d = m.display;
  if (d?.screen === 'summary' && d.summary) {
    const protocol = m.status && m.status.charge_protocol !== 'Unknown' ? m.status.charge_protocol : m.protocol;
    return {
      energy_Wh: d.summary.energy_Wh,
      duration_s: d.summary.duration_s,
      cost: d.summary.cost,
      currency: d.summary.currency,
      protocol,
      plugged: d.plugged,
    };
  }
  if (!m.recent) return null;
  const { until: _until, ...summary } = m.recent;
  return { ...summary, plugged: false };
}

/** The active errors of this EVSE in the order to show them: the ones that stop charging first. */
export function errorsOf(m: Model): { type: string; message: string }[] {
  const own = m.display?.errors ?? [];
  const rank = (sev: string): number => (sev === 'High' ? 0 : sev === 'Medium' ? 1 : 2);
  return [...own].sort((a, b) => rank(a.severity) - rank(b.severity)).map((e) => ({ type: e.type, message: e.message }));
}
