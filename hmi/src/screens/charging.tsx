import { PowerChart } from '../chart.js';
import { current, duration, energyKwh, percent, powerKw, quantityText } from '../format.js';
import { Figure } from './figure.js';
import type { ScreenProps } from './props.js';

/** The limit the charger applies now: amperes for AC, kilowatts for DC. */
function limitText(p: ScreenProps): string | null {
  const s = p.m.status;
  if (!s) return null;
  if (s.ac_charge_param) return quantityText(current(s.ac_charge_param.evse_max_current, p.lang));
  if (s.dc_charge_param)
    return p.t('charging.limitMax', {
      value: quantityText(powerKw(s.dc_charge_param.evse_maximum_charge_power, p.lang)),
    });
  return null;
}

export function ChargingScreen(p: ScreenProps) {
  const { m, lang, t } = p;
  const c = m.display?.charging;
  const stopping = m.display?.state === 'FinishedEV';
  const limit = limitText(p);
  return (
    <>
      <h1>{stopping ? t('charging.stopping') : t('charging.title')}</h1>
      <div class="figures">
        <Figure big label={t('charging.power')} testid="power" value={powerKw(c?.power_W ?? 0, lang)} />
        <Figure big label={t('charging.energy')} testid="energy" value={energyKwh(c?.energy_Wh ?? 0, lang)} />
      </div>
      <div class="figures small">
        <Figure label={t('charging.elapsed')} testid="elapsed" value={duration(c?.duration_s ?? 0, lang)} />
        {c?.soc_pct !== undefined && <Figure label={t('charging.soc')} testid="soc" value={percent(c.soc_pct, lang)} />}
        {limit && <Figure label={t('charging.limit')} testid="limit" value={limit} />}
      </div>
      <PowerChart samples={m.samples} lang={lang} label={t('chart.label')} />
    </>
  );
}
