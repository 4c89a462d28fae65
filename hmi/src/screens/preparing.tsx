import { quantityText, voltage } from '../format.js';
import { preparingStage, type PreparingStage } from '../select-screen.js';
import type { TextKey } from '../i18n.js';
import type { ScreenProps } from './props.js';

const STAGE_TEXT: Record<PreparingStage, TextKey> = {
  connecting: 'stage.connecting',
  'cable-check': 'stage.cableCheck',
  'pre-charge': 'stage.preCharge',
};

export function PreparingScreen({ m, lang, t }: ScreenProps) {
  const waitingForPlug = m.display?.screen === 'plug_in';
  const stage = preparingStage(m.status);
  const dc = m.status?.dc_charge_status;
  const present = dc ? quantityText(voltage(dc.evse_present_voltage, lang)) : null;
  const target = dc?.ev_target_voltage !== undefined ? quantityText(voltage(dc.ev_target_voltage, lang)) : null;
  return (
    <>
      <p class="kicker">{t('preparing.authorized')}</p>
      <h1>{t('preparing.title')}</h1>
      <p class="lead">{waitingForPlug ? t('preparing.plugIn') : t('preparing.message')}</p>
      {stage && (
        <div class="stage">
          <span class="label">{t('preparing.stage')}</span>
          <span class="value" data-testid="stage">
            {t(STAGE_TEXT[stage])}
          </span>
          {present && stage !== 'connecting' && <span class="progress">{target ? t('stage.progress', { present, target }) : present}</span>}
        </div>
      )}
    </>
  );
}
