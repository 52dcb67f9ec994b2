import { describe, expect, it } from 'vitest';
import { formatDateRange } from './format.js';

describe('formatDateRange', () => {
  it('names whole months, quarters, years and school years as a report would', () => {
    expect(formatDateRange({ start: '2021-09-01', end: '2021-09-30' })).toBe('сентябрь 2021');
    expect(formatDateRange({ start: '2024-01-01', end: '2024-03-31' })).toBe('I квартал 2024');
    expect(formatDateRange({ start: '2020-01-01', end: '2020-12-31' })).toBe('2020 год');
    expect(formatDateRange({ start: '2023-09-01', end: '2024-08-31' })).toBe('2023/2024 учебный год');
  });

  it('prints single days and other spans with dates', () => {
    expect(formatDateRange({ start: '2020-12-15', end: '2020-12-15' })).toBe('15.12.2020');
    expect(formatDateRange({ start: '2023-02-01', end: '2023-08-31' })).toBe('01.02.2023–31.08.2023');
  });

  it('prints English on request', () => {
    expect(formatDateRange({ start: '2021-09-01', end: '2021-09-30' }, 'en')).toBe('September 2021');
    expect(formatDateRange({ start: '2024-01-01', end: '2024-03-31' }, 'en')).toBe('Q1 2024');
    expect(formatDateRange({ start: '2020-12-15', end: '2020-12-15' }, 'en')).toBe('15 Dec 2020');
  });
});
