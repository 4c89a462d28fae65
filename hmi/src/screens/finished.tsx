import { duration, energyKwh, money } from '../format.js';
import type { TextKey } from '../i18n.js';
import { summaryOf } from '../state.js';
import { Figure } from './figure.js';
import type { ScreenProps } from './props.js';

export function FinishedScreen({ m, lang, t, onDone }: ScreenProps) {
  const s = summaryOf(m);
  return (
    <>
      <h1>{t('finished.title')}</h1>
      {s && (
        <div class="figures summary">
          <Figure big label={t('finished.energy')} testid="energy" value={energyKwh(s.energy_Wh, lang)} />
          <Figure label={t('finished.duration')} testid="duration" value={duration(s.duration_s, lang)} />
          {s.cost !== null && <Figure label={t('finished.cost')} testid="cost" value={money(s.cost, s.currency, lang)} />}
          <Figure label={t('finished.protocol')} testid="protocol" value={t(`protocol.${s.protocol}` as TextKey)} />
        </div>
      )}
      {s?.plugged ? (
        <p class="lead">{t('finished.unplug')}</p>
      ) : (
        <>
          <p class="lead">{t('finished.thanks')}</p>
          <button type="button" class="primary" onClick={onDone}>
            {t('finished.done')}
          </button>
        </>
      )}
    </>
  );
}
