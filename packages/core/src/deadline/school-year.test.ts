import { describe, expect, it } from 'vitest';
import { isSchoolYearPeriod, parseDeadline } from './parse.js';

const schoolYear = { period: { start: '2023-09-01', end: '2024-08-31' } };
// Roadmaps are often approved in December of a school year (seed 004: приказ от 30 декабря 2022 г.).
const fromDecember = { period: { start: '2023-12-01', end: '2024-08-31' } };
const calendarYear = { period: { start: '2023-01-01', end: '2023-12-31' } };

describe('halves and terms read against the roadmap’s school year', () => {
  // A school's I полугодие is September–December; only a calendar-year roadmap means January–June.
  it.each([
    ['I полугодие', schoolYear, { start: '2023-09-01', end: '2023-12-31' }],
    ['в течение I полугодия', schoolYear, { start: '2023-09-01', end: '2023-12-31' }],
    ['II полугодие', schoolYear, { start: '2024-01-01', end: '2024-05-31' }],
    ['I полугодие', fromDecember, { start: '2023-09-01', end: '2023-12-31' }],
    ['I-II полугодие', schoolYear, { start: '2023-09-01', end: '2024-05-31' }],
    ['в I полугодии', calendarYear, { start: '2023-01-01', end: '2023-06-30' }],
    ['I полугодие 2024 года', schoolYear, { start: '2024-01-01', end: '2024-06-30' }],
    ['II полугодие 2023/2024 учебного года', {}, { start: '2024-01-01', end: '2024-05-31' }],
    ['I четверть', schoolYear, { start: '2023-09-01', end: '2023-10-31' }],
    ['1 четверть', schoolYear, { start: '2023-09-01', end: '2023-10-31' }],
    ['III четверть', schoolYear, { start: '2024-01-01', end: '2024-03-31' }],
    ['I–II четверть', schoolYear, { start: '2023-09-01', end: '2023-12-31' }],
  ])('«%s» in %j → %j', (text, context, range) => {
    expect(parseDeadline(text, context).ranges).toEqual([range]);
  });

  it('tells a school-year period from a calendar one', () => {
    expect(isSchoolYearPeriod(schoolYear.period)).toBe(true);
    expect(isSchoolYearPeriod(fromDecember.period)).toBe(true);
    expect(isSchoolYearPeriod(calendarYear.period)).toBe(false);
    expect(isSchoolYearPeriod({ start: '2022-12-30', end: '2023-12-31' })).toBe(false);
    expect(isSchoolYearPeriod(undefined)).toBe(false);
  });
});

describe('reversed or impossible periods are remarks, never a backwards range', () => {
  it.each([
    ['2024–2023 учебный год', 'reversed-range'],
    ['2023–2025 учебный год', 'invalid-date'],
    ['20–15 декабря 2023', 'reversed-range'],
    ['сентябрь 2024 – май 2023', 'reversed-range'],
    ['5 четверть', 'invalid-date'],
    ['III полугодие', 'invalid-date'],
  ])('«%s» → %s', (text, code) => {
    const parsed = parseDeadline(text, schoolYear);
    expect(parsed.ranges).toEqual([]);
    expect(parsed.remark?.code).toBe(code);
  });

  it('says so in Russian, naming the deadline', () => {
    expect(parseDeadline('2024–2023 учебный год').remark?.ru).toBe(
      'В сроке «2024–2023 учебный год» начало периода позже его окончания.',
    );
  });

  it('reads a two-digit second year across a century: «2023/24», «2099/00»', () => {
    expect(parseDeadline('2023/24 уч. г.').ranges).toEqual([{ start: '2023-09-01', end: '2024-08-31' }]);
    expect(parseDeadline('2099/00 учебный год').ranges).toEqual([{ start: '2099-09-01', end: '2100-08-31' }]);
  });
});
