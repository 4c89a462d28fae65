import type { ScreenProps } from './props.js';

export function UnavailableScreen({ m, t }: ScreenProps) {
  const d = m.display;
  const state = d?.state ?? m.status?.state;
  if (state === 'Reserved') {
    return (
      <>
        <h1>{t('unavailable.reservedTitle')}</h1>
        <p class="lead">{t('unavailable.reserved')}</p>
      </>
    );
  }
  const message =
    state === 'Disabled'
      ? 'unavailable.disabled'
      : d?.plugged
        ? 'unavailable.unplug'
        : d?.connector_type === 'Unknown'
          ? 'unavailable.unknown'
          : 'unavailable.disabled';
  return (
    <>
      <h1>{t('unavailable.title')}</h1>
      <p class="lead">{t(message)}</p>
    </>
  );
}
