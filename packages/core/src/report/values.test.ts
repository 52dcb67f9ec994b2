import { describe, expect, it } from 'vitest';
import { formatReportDate } from './date.js';
import type { ReportShareValue } from './schema.js';
import { formatReportValue, renderCell } from './values.js';

const share = (show: ReportShareValue['show'], noun?: ReportShareValue['noun']): ReportShareValue => ({
  kind: 'share',
  numerator: 7,
  denominator: 18,
  precision: 1,
  ...(show === undefined ? {} : { show }),
  ...(noun === undefined ? {} : { noun }),
});

describe('formatReportValue', () => {
  it('prints a share every way a report does, each from 7 and 18', () => {
    expect(formatReportValue(share(undefined))).toBe('38,9%');
    expect(formatReportValue(share('count'))).toBe('7');
    expect(formatReportValue(share('count', 'school'))).toBe('7 школ');
    expect(formatReportValue(share('count-percent'))).toBe('7 (38,9%)');
    expect(formatReportValue(share('percent-count', 'school'))).toBe('38,9% (7 школ)');
    expect(formatReportValue(share('fraction'))).toBe('7 из 18');
    expect(formatReportValue(share('fraction-percent', 'school'))).toBe('7 из 18 школ (38,9%)');
    expect(formatReportValue(share('percent-fraction', 'organisation'))).toBe(
      '38,9% (7 из 18 общеобразовательных организаций)',
    );
    expect(formatReportValue(share('fraction-percent'), 'en')).toBe('7 of 18 (38.9%)');
  });

  it('rounds half-up at the share’s precision and prints whole percentages bare', () => {
    expect(formatReportValue({ kind: 'share', numerator: 13, denominator: 18, precision: 2 })).toBe('72,22%');
    expect(formatReportValue({ kind: 'share', numerator: 1, denominator: 16, precision: 1 })).toBe('6,3%');
    expect(
      formatReportValue({
        kind: 'share',
        numerator: 18,
        denominator: 18,
        precision: 1,
        show: 'count-percent',
      }),
    ).toBe('18 (100%)');
  });

  it('prints «—» for a share of an empty population, never NaN', () => {
    expect(
      formatReportValue({ kind: 'share', numerator: 0, denominator: 0, precision: 1, show: 'count-percent' }),
    ).toBe('0 (—)');
  });

  it('prints counts with nouns in either case, presences, measures and changes', () => {
    expect(formatReportValue({ kind: 'count', value: 21, noun: 'school' })).toBe('21 школа');
    expect(formatReportValue({ kind: 'count', value: 21, noun: 'school', case: 'genitive' })).toBe(
      '21 школы',
    );
    expect(formatReportValue({ kind: 'count', value: 2, noun: { forms: ['ИУП', 'ИУПа', 'ИУПов'] } })).toBe(
      '2 ИУПа',
    );
    expect(formatReportValue({ kind: 'presence', present: true })).toBe('имеется');
    expect(formatReportValue({ kind: 'presence', present: false }, 'en')).toBe('absent');
    expect(formatReportValue({ kind: 'measure', value: 13.05, precision: 1 })).toBe('13,1');
    expect(formatReportValue({ kind: 'measure', value: 56.25, precision: 1, unit: 'percent' })).toBe('56,3%');
    expect(formatReportValue({ kind: 'measure', value: 0.7, precision: 1, unit: 'points' })).toBe(
      '0,7 балла',
    );
    expect(formatReportValue({ kind: 'change', from: 13.6, to: 13.2, unit: 'points', precision: 1 })).toBe(
      '-0,4 балла',
    );
    expect(
      formatReportValue({
        kind: 'change',
        from: 13.1,
        to: 13.4,
        unit: 'points',
        precision: 1,
        style: 'amount',
      }),
    ).toBe('0,3 балла');
    expect(
      formatReportValue({
        kind: 'change',
        from: 5,
        to: 6,
        unit: 'points',
        precision: 1,
        style: 'verb',
        agreement: 'masculine',
      }),
    ).toBe('вырос на 1 балл');
    expect(
      formatReportValue(
        { kind: 'change', from: 40, to: 37.6, unit: 'percentage-points', precision: 1, style: 'verb' },
        'en',
      ),
    ).toBe('fell by 2.4 pp');
    expect(
      formatReportValue({
        kind: 'share-change',
        from: { numerator: 1, denominator: 0 },
        to: { numerator: 1, denominator: 2 },
        precision: 1,
      }),
    ).toBe('—');
    expect(renderCell({ kind: 'empty' })).toBe('—');
  });
});

describe('formatReportDate', () => {
  it('prints a date as Russian documents do', () => {
    expect(formatReportDate('2020-11-30')).toBe('30 ноября 2020 г.');
    expect(formatReportDate('2022-06-20', 'numeric')).toBe('20.06.2022');
    expect(formatReportDate('2023-03-01', 'long', 'en')).toBe('1 March 2023');
  });
});
