import type { Lang, TextKey } from '../i18n.js';
import type { Model } from '../state.js';

/** What every screen gets: the model, the language and its translator. */
export interface ScreenProps {
  m: Model;
  lang: Lang;
  t: (key: TextKey, vars?: Record<string, string | number>) => string;
  /** The driver is done with the summary. */
  onDone: () => void;
}
