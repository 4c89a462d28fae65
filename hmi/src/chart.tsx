/**
 * The session's power as a line (SVG, no chart library), scaled to the highest power seen so the line uses
 * the height whatever the charger's size. The top of the scale is written under it.
 */
import { CHART_H as H, CHART_PAD as PAD, CHART_W as W, chartPoints, chartScaleW, chartY } from './chart-geometry.js';
import { formatNumber } from './format.js';
import type { Lang } from './i18n.js';
import type { PowerSample } from './state.js';

export function PowerChart({ samples, lang, label }: { samples: readonly PowerSample[]; lang: Lang; label: string }) {
  const maxW = chartScaleW(samples);
  return (
    <figure class="chart">
      <svg data-testid="chart" data-points={samples.length} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
        <line class="axis" x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} />
        <line class="grid" x1={PAD} y1={H / 2} x2={W - PAD} y2={H / 2} />
        {samples.length > 1 && <polyline class="line" points={chartPoints(samples, maxW)} vector-effect="non-scaling-stroke" />}
        {samples.length === 1 && <circle class="dot" cx={W / 2} cy={chartY(samples[0]!.w, maxW)} r="4" />}
      </svg>
      <figcaption>
        <span>{label}</span>
        <span class="scale">0–{formatNumber(maxW / 1000, lang, 1)} kW</span>
      </figcaption>
    </figure>
  );
}
