import { describe, expect, it } from 'vitest';
import { parseDeadline } from './parse.js';
import type { DeadlineContext } from './schema.js';

const schoolYear2023: DeadlineContext = { period: { start: '2023-09-01', end: '2024-08-31' } };
const year2020: DeadlineContext = { period: { start: '2020-01-01', end: '2020-12-31' } };

describe('parseDeadline: the phrases of the seeds', () => {
  it('reads «до 15 декабря 2020 года» (seed 000) as a last day, open from the period start', () => {
    expect(parseDeadline('до 15 декабря 2020 года', year2020)).toEqual({
      text: 'до 15 декабря 2020 года',
      kind: 'by-date',
      ranges: [{ start: '2020-01-01', end: '2020-12-15' }],
    });
  });

  it('without a period, a «до» deadline is the day itself', () => {
    expect(parseDeadline('до 15 декабря 2020 года').ranges).toEqual([
      { start: '2020-12-15', end: '2020-12-15' },
    ]);
  });

  it('reads «до 30 декабря 2023 г)» (seed 004, with its stray bracket) and «не позднее 01.03.2024»', () => {
    expect(parseDeadline('до 30 декабря 2023 г)', schoolYear2023).ranges).toEqual([
      { start: '2023-09-01', end: '2023-12-30' },
    ]);
    expect(parseDeadline('не позднее 01.03.2024', schoolYear2023)).toMatchObject({
      kind: 'by-date',
      ranges: [{ start: '2023-09-01', end: '2024-03-01' }],
    });
    expect(parseDeadline('до конца 2023 года', schoolYear2023).ranges).toEqual([
      { start: '2023-09-01', end: '2023-12-31' },
    ]);
  });

  it('reads a numeric date as one day', () => {
    expect(parseDeadline('15.12.2020')).toEqual({
      text: '15.12.2020',
      kind: 'on-date',
      ranges: [{ start: '2020-12-15', end: '2020-12-15' }],
    });
    expect(parseDeadline('15 декабря 2020 г.').ranges).toEqual([{ start: '2020-12-15', end: '2020-12-15' }]);
  });

  it('reads «сентябрь 2021 года» (seed 000) as the whole month', () => {
    expect(parseDeadline('сентябрь 2021 года')).toMatchObject({
      kind: 'within',
      ranges: [{ start: '2021-09-01', end: '2021-09-30' }],
    });
  });

  it('reads «в течение декабря 2021 года» (seed 000) in the genitive', () => {
    expect(parseDeadline('в течение декабря 2021 года').ranges).toEqual([
      { start: '2021-12-01', end: '2021-12-31' },
    ]);
  });

  it('reads «январь, август 2023» as two months, the year written once for both', () => {
    const expected = [
      { start: '2023-01-01', end: '2023-01-31' },
      { start: '2023-08-01', end: '2023-08-31' },
    ];
    expect(parseDeadline('январь, август 2023')).toMatchObject({ kind: 'several', ranges: expected });
    // Seed 004 writes it in the prepositional case with the year glued to «г.».
    expect(parseDeadline('в январе, августе 2023г.').ranges).toEqual(expected);
  });

  it('reads «февраль–август 2023» with an en dash, a hyphen and as seed 004 writes it', () => {
    const expected = [{ start: '2023-02-01', end: '2023-08-31' }];
    expect(parseDeadline('февраль–август 2023').ranges).toEqual(expected);
    expect(parseDeadline('февраль-август 2023').ranges).toEqual(expected);
    expect(parseDeadline('в феврале-августе 2023 года').ranges).toEqual(expected);
    expect(parseDeadline('с февраля по август 2023 года').ranges).toEqual(expected);
  });

  it('reads «в период с сентября по декабрь 2021 года» (seed 003)', () => {
    expect(parseDeadline('в период с сентября по декабрь 2021 года').ranges).toEqual([
      { start: '2021-09-01', end: '2021-12-31' },
    ]);
  });

  it('reads a range that crosses New Year, with years on both sides or on one', () => {
    expect(parseDeadline('декабрь 2023 – январь 2024 гг.').ranges).toEqual([
      { start: '2023-12-01', end: '2024-01-31' },
    ]);
    expect(parseDeadline('сентябрь–май', schoolYear2023).ranges).toEqual([
      { start: '2023-09-01', end: '2024-05-31' },
    ]);
  });

  it('reads day ranges that name the month once', () => {
    expect(parseDeadline('15–20 декабря 2023').ranges).toEqual([{ start: '2023-12-15', end: '2023-12-20' }]);
    expect(parseDeadline('с 01.09.2023 по 31.12.2023').ranges).toEqual([
      { start: '2023-09-01', end: '2023-12-31' },
    ]);
  });

  it('reads quarters and half-years written in Roman, Arabic and words', () => {
    expect(parseDeadline('I квартал 2024').ranges).toEqual([{ start: '2024-01-01', end: '2024-03-31' }]);
    expect(parseDeadline('в IV квартале 2023 года').ranges).toEqual([
      { start: '2023-10-01', end: '2023-12-31' },
    ]);
    expect(parseDeadline('2 квартал 2024 г.').ranges).toEqual([{ start: '2024-04-01', end: '2024-06-30' }]);
    expect(parseDeadline('I–II квартал 2024').ranges).toEqual([{ start: '2024-01-01', end: '2024-06-30' }]);
    expect(parseDeadline('первое полугодие 2024 г.').ranges).toEqual([
      { start: '2024-01-01', end: '2024-06-30' },
    ]);
    expect(parseDeadline('во 2-м полугодии 2023 года').ranges).toEqual([
      { start: '2023-07-01', end: '2023-12-31' },
    ]);
  });

  it('reads a school year as 1 September to 31 August, however it is written', () => {
    const expected = [{ start: '2023-09-01', end: '2024-08-31' }];
    expect(parseDeadline('2023–2024 учебный год').ranges).toEqual(expected);
    expect(parseDeadline('в течение 2023/24 учебного года').ranges).toEqual(expected);
    expect(parseDeadline('2023-2024 уч. г.').ranges).toEqual(expected);
  });

  it('reads whole years and spans of years', () => {
    expect(parseDeadline('2023 год').ranges).toEqual([{ start: '2023-01-01', end: '2023-12-31' }]);
    expect(parseDeadline('2023–2025 гг.').ranges).toEqual([{ start: '2023-01-01', end: '2025-12-31' }]);
  });
});

describe('parseDeadline: year-less phrases read in context', () => {
  it('«в январе» in a 2023–2024 school-year roadmap is January 2024', () => {
    expect(parseDeadline('в январе', schoolYear2023).ranges).toEqual([
      { start: '2024-01-01', end: '2024-01-31' },
    ]);
    expect(parseDeadline('в декабре', schoolYear2023).ranges).toEqual([
      { start: '2023-12-01', end: '2023-12-31' },
    ]);
  });

  it('a year-less quarter goes where it overlaps the period most', () => {
    // Q3 2023 shares only September with the period; Q3 2024 shares July and August.
    expect(parseDeadline('в III квартале', schoolYear2023).ranges).toEqual([
      { start: '2024-07-01', end: '2024-09-30' },
    ]);
  });

  it('«в течение года» is the roadmap period, or the reference year', () => {
    expect(parseDeadline('в течение года', schoolYear2023).ranges).toEqual([schoolYear2023.period]);
    expect(parseDeadline('в течение года', { referenceYear: 2021 }).ranges).toEqual([
      { start: '2021-01-01', end: '2021-12-31' },
    ]);
    expect(parseDeadline('в течение учебного года', { referenceYear: 2021 }).ranges).toEqual([
      { start: '2021-09-01', end: '2022-08-31' },
    ]);
    expect(parseDeadline('постоянно', schoolYear2023).ranges).toEqual([schoolYear2023.period]);
  });

  it('«в январе» with only a reference year uses that year', () => {
    expect(parseDeadline('в январе', { referenceYear: 2021 }).ranges).toEqual([
      { start: '2021-01-01', end: '2021-01-31' },
    ]);
  });

  it('«ежеквартально» recurs in every quarter of the period, clipped to it', () => {
    expect(parseDeadline('ежеквартально', schoolYear2023)).toEqual({
      text: 'ежеквартально',
      kind: 'recurring',
      recurrence: 'quarterly',
      ranges: [
        { start: '2023-09-01', end: '2023-09-30' },
        { start: '2023-10-01', end: '2023-12-31' },
        { start: '2024-01-01', end: '2024-03-31' },
        { start: '2024-04-01', end: '2024-06-30' },
        { start: '2024-07-01', end: '2024-08-31' },
      ],
    });
  });

  it('a frequency can carry its own period and be written as «1 раз в квартал»', () => {
    const monthly = parseDeadline('ежемесячно в течение 2024 года', schoolYear2023);
    expect(monthly.recurrence).toBe('monthly');
    expect(monthly.ranges).toHaveLength(12);
    expect(monthly.ranges[1]).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(parseDeadline('1 раз в квартал', year2020)).toMatchObject({
      kind: 'recurring',
      recurrence: 'quarterly',
    });
    expect(parseDeadline('1 раз в квартал', year2020).ranges).toHaveLength(4);
  });
});

describe('parseDeadline: what it cannot read is kept with a remark', () => {
  it('keeps «по мере необходимости» as written and says why', () => {
    const parsed = parseDeadline('по мере необходимости', schoolYear2023);
    expect(parsed.text).toBe('по мере необходимости');
    expect(parsed.kind).toBe('unparsed');
    expect(parsed.ranges).toEqual([]);
    expect(parsed.remark?.code).toBe('unrecognised');
    expect(parsed.remark?.ru).toContain('«по мере необходимости» не распознан');
    expect(parsed.remark?.en).toContain('was not recognised');
  });

  it('asks for the year when neither the phrase nor the context has one', () => {
    expect(parseDeadline('в январе').remark?.code).toBe('needs-year');
    expect(parseDeadline('ежеквартально')).toMatchObject({
      kind: 'recurring',
      ranges: [],
      remark: { code: 'needs-period' },
    });
  });

  it('refuses dates that do not exist and ranges that run backwards', () => {
    expect(parseDeadline('31.02.2024').remark?.code).toBe('invalid-date');
    expect(parseDeadline('V квартал 2024').remark?.code).toBe('unrecognised');
    expect(parseDeadline('5 квартал 2024').remark?.code).toBe('invalid-date');
    expect(parseDeadline('2025–2023 гг.').remark?.code).toBe('reversed-range');
  });

  it('says an empty deadline is missing and keeps whatever whitespace was typed', () => {
    expect(parseDeadline('  ')).toMatchObject({ text: '  ', kind: 'unparsed', remark: { code: 'empty' } });
  });

  it('does not guess from half-readable text: a stray word makes the whole phrase unparsed', () => {
    expect(parseDeadline('сентябрь 2021 года, по согласованию').kind).toBe('unparsed');
    expect(parseDeadline('с сентября').kind).toBe('unparsed');
  });
});
