/**
 * Numbers, units, durations and prices as the driver's language writes them (Intl). Pure: the language is
 * passed in. Units follow the number after a no-break space so a value never wraps away from its unit.
 */
import type { Lang } from './i18n.js';

/** The locale each HMI language formats with. */
export const LOCALES: Readonly<Record<Lang, string>> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
};

const NBSP = '\u00a0';
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** A number with exactly `digits` decimals, grouped as the language does. */
export function formatNumber(value: number, lang: Lang, digits: number): string {
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A value and its unit, kept apart so screens can show the number large. */
export interface Quantity {
  value: string;
  unit: string;
}

/** W → kW with one decimal ("7.4 kW", "7,4 kW"). */
export function powerKw(watts: number, lang: Lang): Quantity {
  return { value: formatNumber(watts / 1000, lang, 1), unit: 'kW' };
}

/** Wh → kWh with two decimals. */
export function energyKwh(wattHours: number, lang: Lang): Quantity {
  return { value: formatNumber(wattHours / 1000, lang, 2), unit: 'kWh' };
}

export function current(amperes: number, lang: Lang): Quantity {
  return { value: formatNumber(amperes, lang, 0), unit: 'A' };
}

export function voltage(volts: number, lang: Lang): Quantity {
  return { value: formatNumber(volts, lang, 0), unit: 'V' };
}

export function quantityText(q: Quantity): string {
  return `${q.value}${NBSP}${q.unit}`;
}

/** State of charge: the language's percent style ("72%", "72 %"). */
export function percent(pct: number, lang: Lang): string {
  return numberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(pct / 100);
}

/** An amount in an ISO 4217 currency, with the currency's own decimals ("€3.12", "3,12 €"). */
export function money(amount: number, currency: string, lang: Lang): string {
  return numberFormat(lang, { style: 'currency', currency }).format(amount);
}

/** A price per kWh: tariffs go below the cent, so up to three decimals ("€0.39/kWh", "0,395 €/kWh"). */
export function pricePerKwh(price: number, currency: string, lang: Lang): string {
  const f = numberFormat(lang, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 3,
  });
  return `${f.format(price)}/kWh`;
}

/**
 * Elapsed time as a clock reads it, h:mm:ss (the same in all three languages; digits from the locale).
 * Negative or non-finite input shows as 0:00:00.
 */
export function duration(seconds: number, lang: Lang): string {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const two = numberFormat(lang, {
    minimumIntegerDigits: 2,
    useGrouping: false,
  });
  const h = numberFormat(lang, { useGrouping: false }).format(Math.floor(s / 3600));
  return `${h}:${two.format(Math.floor((s % 3600) / 60))}:${two.format(s % 60)}`;
}

const CONNECTOR_NAMES: Readonly<Record<string, string>> = {
  cCCS1: 'CCS 1',
  cCCS2: 'CCS 2',
  cG105: 'CHAdeMO',
  cTesla: 'Tesla',
  cType1: 'Type 1',
  cType2: 'Type 2',
  sType2: 'Type 2',
  sType3: 'Type 3',
};

/** The connector as drivers know it ("CCS 2", "Type 2"); null for types a driver would not recognise by name. */
export function connectorName(type: string): string | null {
  return CONNECTOR_NAMES[type] ?? null;
}
