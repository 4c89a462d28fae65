import type { ScreenProps } from './props.js';

/** Vehicles that speak ISO 15118 could authorize themselves (Plug & Charge); the line says whether that runs. */
const PNC_CAPABLE = new Set(['ISO15118', 'ISO15118_20']);

export function AuthorizeScreen({ m, t }: ScreenProps) {
  const d = m.display;
  const checking = d?.screen === 'authorizing';
  const refused = d?.auth.refused_reason;
  const timedOut = d?.state === 'AuthTimeout';
  const hlc = m.status ? PNC_CAPABLE.has(m.status.charge_protocol) : false;
  const pncRunning = checking && /contract|pnc|plug/i.test(d?.auth.method ?? '');
  return (
    <>
      <h1>{t('authorize.title')}</h1>
      {timedOut ? (
        <p class="lead">{t('authorize.timeout')}</p>
      ) : checking ? (
        <p class="lead" role="status">
          {t('authorize.checking')}
        </p>
      ) : (
        <p class="lead">{t('authorize.message')}</p>
      )}
      {refused && !checking && <p class="notice">{t('authorize.refused', { reason: refused })}</p>}
      {hlc && <p class="hint">{pncRunning ? t('authorize.pncProgress') : t('authorize.pncUnavailable')}</p>}
    </>
  );
}
