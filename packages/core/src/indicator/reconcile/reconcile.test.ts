import { describe, expect, it } from 'vitest';
import { kanskPrintedTable } from '../../../test/fixtures/kansk-2022.js';
import { municipalMonitoringSet } from '../catalogue/municipal-monitoring.js';
import { reconcileTable, type Reconciliation, type ReconciledRow } from './index.js';

function row(result: Reconciliation, code: string): ReconciledRow {
  const found = result.rows.find((entry) => entry.code === code);
  if (found === undefined) throw new Error(`no row ${code}`);
  return found;
}

describe('reconcileTable on seed 001’s printed table', () => {
  const result = reconcileTable(municipalMonitoringSet, kanskPrintedTable);

  it('infers each implicit population from the rows and finds 18 schools, 7 ШНРО/ШНСУ and 202 teachers', () => {
    expect(
      result.populations.map((population) => [population.id, population.value, population.source]),
    ).toEqual([
      ['municipality-schools', 18, 'inferred'],
      ['target-schools', 7, 'inferred'],
      ['target-teachers', 202, 'inferred'],
    ]);
  });

  it('confirms the percentages the counts give: 7 → 38,9%, 1 → 5,6%, 169 → 83,7%', () => {
    expect(row(result, '1.5')).toMatchObject({
      status: 'ok',
      count: 7,
      recomputed: { display: '38,9%' },
      impliedPopulation: { smallest: 18, largest: 18 },
    });
    expect(row(result, '5.3')).toMatchObject({
      status: 'ok',
      impliedPopulation: { smallest: 18, largest: 18 },
    });
    expect(row(result, '3.1')).toMatchObject({
      status: 'ok',
      population: { value: 202, source: 'inferred' },
      impliedPopulation: { smallest: 202, largest: 202 },
    });
    expect(row(result, '1.5').messages).toContain('7 из 18 — 38,9%: совпадает.');
  });

  it('flags the three percentages their own counts do not give, and says they were rounded up', () => {
    const wrong = result.rows.filter((entry) => entry.status === 'mismatch');
    expect(
      wrong.map((entry) => [entry.code, entry.stated?.text, entry.recomputed?.display, entry.explanation]),
    ).toEqual([
      ['1.6', '11,2%', '11,1%', 'rounded-up'],
      ['4.6', '71,5%', '71,4%', 'rounded-up'],
      ['5.2', '22,3%', '22,2%', 'rounded-up'],
    ]);
    expect(row(result, '1.6').messages).toEqual([
      'Ни при какой целой численности совокупности количество 2 не даёт 11,2%.',
      'Указано 11,2%, но 2 из 18 — это 11,1%.',
      'Указанное значение получено округлением в большую сторону, а не по правилам (5 и больше — вверх).',
    ]);
    expect(result.ok).toBe(false);
  });

  it('finds the teacher rows consistent with one population of 202', () => {
    const teachers = result.populations.find((population) => population.id === 'target-teachers');
    expect(teachers).toMatchObject({
      value: 202,
      consistent: ['3.1', '4.1', '4.2', '4.3', '4.4'],
      conflicting: [],
    });
    expect(row(result, '4.2').impliedPopulation).toEqual({ smallest: 201, largest: 202 });
    expect(row(result, '4.2').messages[0]).toBe('26 → 12,9% соответствует совокупности от 201 до 202.');
    expect(teachers?.message).toBe(
      'Совокупность «Педагоги ШНРО и ШНСУ муниципалитета»: 202 (выведена из строк 3.1, 4.1, 4.2, 4.3, 4.4). Все строки согласуются.',
    );
  });

  it('lists the rows that do not fit their population', () => {
    const schools = result.populations.find((population) => population.id === 'municipality-schools');
    expect(schools).toMatchObject({ consistent: ['1.5', '5.1', '5.3'], conflicting: ['1.6', '5.2'] });
    expect(row(result, '4.9')).toMatchObject({
      status: 'ok',
      impliedPopulation: { smallest: 1, largest: null },
      populationConflict: false,
    });
  });

  it('skips rows that are not shares but reads what they print: «имеется» and the count 4.8', () => {
    expect(row(result, '1.1').status).toBe('not-a-share');
    expect(row(result, '4.8').status).toBe('not-a-share');
    for (const code of ['1.1', '1.2', '1.3', '1.4', '2.1', '5.4', '6.1']) {
      expect(row(result, code).printedValue).toEqual({ kind: 'presence', present: true, text: 'имеется' });
    }
    expect(row(result, '4.8').printedValue).toEqual({ kind: 'count', count: 3, text: '3' });
    expect(row(result, '1.5').printedValue).toBeNull();
  });

  it('reads «отсутствует» and «нет» as absence, in English on request', () => {
    const printed = reconcileTable(
      municipalMonitoringSet,
      [
        { code: '1.1', count: 'отсутствует' },
        { code: '1.2', count: 'нет' },
      ],
      { locale: 'en' },
    );
    expect(printed.rows.map((r) => r.printedValue)).toEqual([
      { kind: 'presence', present: false, text: 'absent' },
      { kind: 'presence', present: false, text: 'absent' },
    ]);
  });
});

describe('reconcileTable on single rows', () => {
  it('recognises the report’s text «7 … 38,8%» as a truncation', () => {
    const result = reconcileTable(municipalMonitoringSet, [
      { code: '1.5', count: 7, percent: '38,8%', population: 18 },
    ]);
    expect(result.rows[0]).toMatchObject({
      status: 'mismatch',
      stated: { text: '38,8%', percent: 38.8 },
      recomputed: { display: '38,9%' },
      explanation: 'truncated',
      population: { value: 18, source: 'stated' },
      impliedPopulation: null,
    });
    expect(result.rows[0]?.messages).toContain(
      'Указанное значение получено отбрасыванием лишних знаков (усечением), а не округлением.',
    );
  });

  it('reads percentages as reports print them: «38,8 %», «72,22%», numbers, a no-break space', () => {
    const result = reconcileTable(
      municipalMonitoringSet,
      [
        { code: '1.5', count: '7', percent: '38,8 %' },
        { code: '5.1', count: 13, percent: '72,22%' },
        { code: '5.2', count: 4, percent: 22.2 },
        { code: '5.3', count: 1, percent: '5,6\u00a0%' },
      ],
      { populations: { 'municipality-schools': 18 } },
    );
    expect(result.rows.map((entry) => [entry.stated?.text, entry.status, entry.explanation])).toEqual([
      ['38,8%', 'mismatch', 'truncated'],
      ['72,22%', 'ok', null],
      ['22,2%', 'ok', null],
      ['5,6%', 'ok', null],
    ]);
    // Printed with two decimals, it is checked at two: 13 of 18 = 72,22%.
    expect(result.rows[1]?.recomputed).toEqual({ percent: 72.22, display: '72,22%', precision: 2 });
  });

  it('uses a given population and flags rows that imply another one', () => {
    const result = reconcileTable(
      municipalMonitoringSet,
      [
        { code: '4.1', count: 182, percent: '90,1%' },
        { code: '4.4', count: 65, percent: '32,5%' },
      ],
      { populations: { 'target-teachers': 202 } },
    );
    expect(result.rows[1]).toMatchObject({
      status: 'mismatch',
      explanation: null,
      populationConflict: true,
      impliedPopulation: { smallest: 200, largest: 200 },
    });
    expect(result.rows[1]?.messages).toContain(
      'Строка подразумевает совокупность 200, а другие строки той же совокупности — 202.',
    );
    expect(result.populations[0]).toMatchObject({ value: 202, source: 'given', conflicting: ['4.4'] });
  });

  it('flags a row that states a population different from the others', () => {
    const result = reconcileTable(municipalMonitoringSet, [
      { code: '5.1', count: 7, percent: '38,9%', population: 18 },
      { code: '5.2', count: 4, percent: '22,2%', population: 18 },
      { code: '5.3', count: 1, percent: '5,3%', population: 19 },
    ]);
    expect(result.populations[0]).toMatchObject({ value: 18, source: 'stated', conflicting: ['5.3'] });
    expect(result.rows[2]).toMatchObject({
      status: 'ok',
      population: { value: 19, source: 'stated' },
      populationConflict: true,
    });
  });

  it('explains what it cannot read or check, without throwing', () => {
    const result = reconcileTable(municipalMonitoringSet, [
      { code: '9.9', count: 1, percent: '1%' },
      { code: '1.5', count: 'семь', percent: '38,9%' },
      { code: '1.6', count: 2, percent: '-' },
      { code: '4.4', percent: 50 } as never,
      { kod: '1.5' },
    ]);
    expect(result.rows.map((entry) => entry.status)).toEqual([
      'invalid',
      'invalid',
      'unverifiable',
      'unverifiable',
      'invalid',
    ]);
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['rows[0].code', 'unknown-indicator'],
      ['rows[1].count', 'unreadable-number'],
      ['rows[4].code', 'invalid-type'],
      ['rows[4].kod', 'unrecognized-key'],
    ]);
    expect(result.issues[1]?.message).toBe('Количество: не удаётся прочитать «семь» как целое число.');
    expect(result.rows[2]?.messages).toContain('Не указан процент: проверять нечего.');
    expect(result.rows[3]?.messages).toContain('Не указано количество: процент нельзя проверить.');
  });

  it('speaks English on request', () => {
    const result = reconcileTable(
      municipalMonitoringSet,
      [{ code: '1.5', count: 7, percent: '38,8%', population: 18 }],
      { locale: 'en' },
    );
    expect(result.rows[0]?.messages).toEqual([
      'No whole population turns a count of 7 into 38.8%.',
      'The report states 38.8%, but 7 of 18 is 38.9%.',
      'The stated value was truncated (digits dropped) instead of rounded.',
    ]);
  });
});
