/** The power chart's geometry, in the SVG's own units: pure, so it is tested without a browser. */
import type { PowerSample } from './state.js';

export const CHART_W = 600;
export const CHART_H = 200;
const PAD = 4;

/** The polyline's points: time since the first sample across, power up (SVG y grows downwards). */
export function chartPoints(samples: readonly PowerSample[], maxW: number): string {
  if (samples.length === 0) return '';
  const t0 = samples[0]!.t;
  const span = Math.max(samples[samples.length - 1]!.t - t0, 1);
  return samples
    .map((s) => {
      const x = samples.length === 1 ? CHART_W / 2 : PAD + ((s.t - t0) / span) * (CHART_W - 2 * PAD);
      return `${x.toFixed(1)},${chartY(s.w, maxW).toFixed(1)}`;
    })
    .join(' ');
}

export function chartY(w: number, maxW: number): number {
  return CHART_H - PAD - (Math.max(0, w) / maxW) * (CHART_H - 2 * PAD);
}

/** Headroom above the highest sample; at least 1 kW so an idle session is a flat line at the bottom. */
export function chartScaleW(samples: readonly PowerSample[]): number {
  const top = samples.reduce((m, s) => Math.max(m, s.w), 0);
  return Math.max(1000, top * 1.15);
}

export const CHART_PAD = PAD;
