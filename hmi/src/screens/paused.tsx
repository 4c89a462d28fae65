import { PowerChart } from '../chart.js';
import { duration, energyKwh } from '../format.js';
import { pausedBy } from '../select-screen.js';
import { Figure } from './figure.js';
import type { ScreenProps } from './props.js';

export function PausedScreen({ m, lang, t }: ScreenProps) {
  const by = pausedBy(m.display?.state ?? m.status?.state ?? null);
  const c = m.display?.charging;
  return (
    <>
      <h1>{t('paused.title')}</h1>
      <p class="lead" data-testid="paused-by">
        {by === 'charger' ? t('paused.byCharger') : t('paused.byVehicle')}
      </p>
      <div class="figures small">
        <Figure label={t('charging.energy')} testid="energy" value={energyKwh(c?.energy_Wh ?? 0, lang)} />
        <Figure label={t('charging.elapsed')} testid="elapsed" value={duration(c?.duration_s ?? 0, lang)} />
      </div>
      <PowerChart samples={m.samples} lang={lang} label={t('chart.label')} />
    </>
  );
}
