import { connectorName, pricePerKwh } from '../format.js';
import type { ScreenProps } from './props.js';

export function ReadyScreen({ m, lang, t }: ScreenProps) {
  const d = m.display;
  const refused = d?.auth.refused_reason;
  const connector = d ? connectorName(d.connector_type) : null;
  return (
    <>
      <h1>{t('ready.title')}</h1>
      <p class="lead">{t('ready.message')}</p>
      {refused && <p class="notice">{t('ready.refused', { reason: refused })}</p>}
      {d && (
        <p class="price">
          {t('ready.price')}: <strong data-testid="price">{pricePerKwh(d.tariff.price_per_kWh, d.tariff.currency, lang)}</strong>
        </p>
      )}
      <p class="ok">
        <span class="dot" aria-hidden="true" /> {t('ready.available')}
        {connector ? ` · ${connector}` : ''}
      </p>
      <p class="hint">{t('ready.card')}</p>
    </>
  );
}
