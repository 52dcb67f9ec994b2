import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  excelSerialToIsoDate,
  innChecksumValid,
  looksLikeFormula,
  normalizeBoolean,
  normalizeDate,
  normalizeInn,
  normalizeNumber,
  normalizeYear,
  parseNumberText,
} from './normalize.js';

describe('value normalisation', () => {
  it('reads yes/no the ways registries write it', () => {
    for (const text of ['да', 'Да', '+', '1', 'есть', 'имеется', 'v', 'Х'])
      expect(normalizeBoolean(text)).toEqual({ ok: true, value: true });
    for (const text of ['нет', '-', '0', 'Нет.', 'отсутствует'])
      expect(normalizeBoolean(text)).toEqual({ ok: true, value: false });
    expect(normalizeBoolean('')).toEqual({ ok: true, value: undefined });
    expect(normalizeBoolean('иногда')).toMatchObject({ ok: false, code: 'not-a-yes-no' });
  });

  it('reads numbers with decimal commas, spaces, percent signs and thousands separators', () => {
    expect(parseNumberText('12,5 %')).toEqual({ value: 12.5, percent: true });
    expect(parseNumberText('1 234,5')).toEqual({ value: 1234.5, percent: false });
    expect(parseNumberText('1.234,5')).toEqual({ value: 1234.5, percent: false });
    expect(parseNumberText('1,234.5')).toEqual({ value: 1234.5, percent: false });
    expect(parseNumberText('−3')).toEqual({ value: -3, percent: false });
    expect(parseNumberText('12,5,5')).toBeUndefined();
    expect(normalizeNumber('-2', { integer: true, min: 0 })).toMatchObject({
      ok: false,
      code: 'negative-number',
    });
    expect(normalizeNumber('2,5', { integer: true })).toMatchObject({ ok: false, code: 'not-an-integer' });
    expect(normalizeNumber('100,1', { max: 100 })).toMatchObject({ ok: false, code: 'percent-above-100' });
  });

  it('reads dates and school years', () => {
    expect(excelSerialToIsoDate(45000)).toBe('2023-03-15'); // as Excel shows 45000
    expect(excelSerialToIsoDate(45030)).toBe('2023-04-14');
    expect(excelSerialToIsoDate(43568, true)).toBe('2023-04-14');
    expect(normalizeDate('13.04.2023')).toEqual({ ok: true, value: '2023-04-13' });
    expect(normalizeDate('31.02.2023')).toMatchObject({ ok: false, code: 'not-a-date' });
    expect(normalizeYear('2022/2023')).toEqual({ ok: true, value: 2023 });
    expect(normalizeYear('2022-23 уч. год')).toEqual({ ok: true, value: 2023 });
    expect(normalizeYear('2021/2023')).toMatchObject({ ok: false, code: 'not-a-year' });
  });

  it('checks an ИНН’s check digit and restores a leading zero', () => {
    expect(innChecksumValid('7707083893')).toBe(true); // a published organisation ИНН
    expect(innChecksumValid('7707083894')).toBe(false);
    expect(normalizeInn(7707083893)).toEqual({ ok: true, value: '7707083893' });
    expect(normalizeInn('12345')).toMatchObject({ ok: false, code: 'invalid-inn' });
  });

  it('tells formula-like text from negative numbers', () => {
    expect(looksLikeFormula('=1+1')).toBe(true);
    expect(looksLikeFormula('+cmd|')).toBe(true);
    expect(looksLikeFormula('@SUM(A1)')).toBe(true);
    expect(looksLikeFormula('-1+1')).toBe(true);
    expect(looksLikeFormula('-12,5')).toBe(false);
    expect(looksLikeFormula('МБОУ «СОШ № 1»')).toBe(false);
  });
});

describe('value normalisation properties (fast-check, seed 20261207)', () => {
  it('reads back any number written the Russian way (spaces for thousands, decimal comma)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        (cents, decimals) => {
          const value = cents / 10 ** decimals;
          const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
          const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
          const text = `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
          expect(parseNumberText(text)?.value).toBe(
            Number(Math.abs(value).toFixed(decimals)) * (value < 0 ? -1 : 1),
          );
        },
      ),
      { seed: 20261207, numRuns: 500 },
    );
  });

  it('never throws on arbitrary cell text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        normalizeNumber(text);
        normalizeBoolean(text);
        normalizeDate(text);
        normalizeYear(text);
        normalizeInn(text);
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });
});
