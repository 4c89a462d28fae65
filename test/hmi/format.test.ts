/** The HMI's number, unit, duration and price formatting per language (issue 7: localized numbers and units). */
import { describe, expect, it } from 'vitest';
import { connectorName, current, duration, energyKwh, formatNumber, money, percent, powerKw, pricePerKwh, quantityText } from '../../hmi/src/format.js';

const NBSP = '\u00a0';
/** Intl puts no-break spaces (and in French narrow ones) between number and symbol; compare with plain spaces. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers and units', () => {
  it('writes power in kW with one decimal: a point in English, a comma in German and French', () => {
    expect(powerKw(11040, 'en')).toEqual({ value: '11.0', unit: 'kW' });
    expect(powerKw(11040, 'de')).toEqual({ value: '11,0', unit: 'kW' });
    expect(powerKw(7360, 'fr')).toEqual({ value: '7,4', unit: 'kW' });
  });

  it('writes energy in kWh with two decimals and groups thousands as each language does', () => {
    expect(energyKwh(12345.6, 'en').value).toBe('12.35');
    expect(energyKwh(1_234_567, 'en').value).toBe('1,234.57');
    expect(energyKwh(1_234_567, 'de').value).toBe('1.234,57');
    expect(plain(energyKwh(1_234_567, 'fr').value)).toBe('1 234,57');
  });

  it('keeps the unit on the number with a no-break space', () => {
    expect(quantityText(current(16, 'de'))).toBe(`16${NBSP}A`);
  });

  it('rounds, never truncates', () => {
    expect(formatNumber(0.125, 'en', 2)).toBe('0.13');
    expect(powerKw(49, 'en').value).toBe('0.0');
    expect(powerKw(51, 'en').value).toBe('0.1');
  });

  it('writes the state of charge in each language’s percent style', () => {
    expect(percent(72, 'en')).toBe('72%');
    expect(plain(percent(72, 'de'))).toBe('72 %');
    expect(plain(percent(72, 'fr'))).toBe('72 %');
  });
});

describe('money', () => {
  it('puts the currency where the language puts it', () => {
    expect(money(3.12, 'EUR', 'en')).toBe('€3.12');
    expect(plain(money(3.12, 'EUR', 'de'))).toBe('3,12 €');
    expect(plain(money(3.12, 'EUR', 'fr'))).toBe('3,12 €');
    expect(money(3.1, 'CHF', 'en')).toMatch(/^CHF\s?3\.10$/);
  });

  it('shows prices per kWh with at least two and up to three decimals', () => {
    expect(pricePerKwh(0.39, 'EUR', 'en')).toBe('€0.39/kWh');
    expect(plain(pricePerKwh(0.395, 'EUR', 'de'))).toBe('0,395 €/kWh');
    expect(plain(pricePerKwh(0.3, 'EUR', 'fr'))).toBe('0,30 €/kWh');
  });
});

describe('duration', () => {
  it('reads like a clock, h:mm:ss', () => {
    expect(duration(0, 'en')).toBe('0:00:00');
    expect(duration(59.9, 'en')).toBe('0:00:59');
    expect(duration(3723, 'de')).toBe('1:02:03');
    expect(duration(36_000 * 3 + 61, 'fr')).toBe('30:01:01');
  });

  it('shows nonsense as zero rather than NaN', () => {
    expect(duration(-5, 'en')).toBe('0:00:00');
    expect(duration(Number.NaN, 'en')).toBe('0:00:00');
  });
});

describe('connector names', () => {
  it('names the common connectors as drivers know them and hides the rest', () => {
    expect(connectorName('cCCS2')).toBe('CCS 2');
    expect(connectorName('sType2')).toBe('Type 2');
    expect(connectorName('Other3Ph')).toBeNull();
  });
});
