/** Every visible text in English, German and French (issue 7), and every error type in plain words. */
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../appliance/src/errors/index.js';
import { errorTextKey, LANGS, pickLang, TEXTS, translate, type TextKey } from '../../hmi/src/i18n.js';
import { DEMO_ACTIONS } from '../../hmi/src/demo-actions.js';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const keys = Object.keys(TEXTS.en) as TextKey[];

describe('translations', () => {
  it('has the same keys in every language', () => {
    for (const lang of LANGS) expect(Object.keys(TEXTS[lang]).sort()).toEqual([...keys].sort());
  });

  it.each(LANGS)('has a non-empty text for every key in %s, with the same placeholders as English', (lang) => {
    for (const key of keys) {
      const text = TEXTS[lang][key];
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(TEXTS.en[key]));
    }
  });

  it('translates the sentences (only names, standards and units may stay the same)', () => {
    // Texts that are the same everywhere by nature: standard names, units, the demo card's number.
    const sameEverywhere = new Set<TextKey>(['protocol.DIN70121', 'protocol.ISO15118', 'protocol.ISO15118_20', 'charging.limitMax', 'demo.token']);
    const untranslated = (lang: 'de' | 'fr'): TextKey[] => keys.filter((k) => !sameEverywhere.has(k) && TEXTS[lang][k] === TEXTS.en[k]);
    expect(untranslated('de')).toEqual([]);
    expect(untranslated('fr')).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('de', 'app.evse', { n: 2 })).toBe('Ladepunkt 2');
    expect(translate('fr', 'ready.refused', { reason: 'Blocked' })).toBe('Carte refusée (Blocked).');
    expect(translate('en', 'app.evse')).toBe('Charging point {n}');
  });
});

describe('errors in plain words', () => {
  it('has a text for every error type in the appliance catalogue', () => {
    for (const type of Object.keys(ERROR_CATALOGUE)) expect(errorTextKey(type), type).toBe(`error.${type}`);
  });

  it('says something general for an error type it does not know', () => {
    expect(errorTextKey('vendor/Whatever')).toBe('error.unknown');
    expect(translate('de', errorTextKey('bsp/RcdTrip'))).toMatch(/Fehlerstrom/);
  });
});

describe('demo panel', () => {
  it('labels every button of the contract', () => {
    expect(DEMO_ACTIONS.map((a) => a.id)).toEqual([
      'plug-ac-basic',
      'plug-iso2-ac',
      'plug-din-dc',
      'plug-iso2-dc',
      'unplug',
      'token',
      'token-blocked',
      'fault-rcd',
      'clear-fault',
    ]);
    for (const a of DEMO_ACTIONS) expect(keys).toContain(a.label);
  });
});

describe('pickLang', () => {
  it('takes the first preferred language the HMI speaks, else English', () => {
    expect(pickLang(['fr-CH', 'de'])).toBe('fr');
    expect(pickLang(['it-IT', 'de-AT'])).toBe('de');
    expect(pickLang(['ja'])).toBe('en');
    expect(pickLang([])).toBe('en');
  });
});
