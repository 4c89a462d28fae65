import { errorTextKey } from '../i18n.js';
import { errorsOf } from '../state.js';
import type { ScreenProps } from './props.js';

export function OutOfServiceScreen({ m, t }: ScreenProps) {
  const errors = errorsOf(m);
  const first = errors[0];
  return (
    <>
      <h1>{t('oos.title')}</h1>
      <p class="lead" data-testid="error">
        {t(errorTextKey(first?.type ?? ''))}
      </p>
      <p class="hint">{t('oos.message')}</p>
    </>
  );
}
