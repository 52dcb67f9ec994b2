import { describe, expect, it } from 'vitest';
import { resolveDynamicsPolicy } from '../dynamics/policy.js';
import { ctoodResults2019 } from '../examples/ctood-results-2019.js';
import type { AssessmentResult } from '../results/schema.js';
import { resolveReport, type ResolvedReport } from './resolve.js';
import {
  ctoodAnalyticalReport2019,
  ctoodDynamics2019,
  ctoodInformationReport2019,
  seed002Data,
} from './seed-002.js';

function resolved(report: unknown): ResolvedReport {
  const result = resolveReport(report);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

/** Item 6 of the «Сделано» list. */
function item6(report: ResolvedReport): string | undefined {
  const list = report.sections.find((section) => section.id === 'done')?.blocks[0];
  return list?.kind === 'list' ? list.items[5]?.text : undefined;
}

// Seed 002, item 6, as the seed writes it (its capitals and missing comma corrected).
const seedItem6 =
  'Проведен мониторинг результативности показателей оценки качества образования (далее – показатели ОКО) за два года, определены ОО с низкими образовательными результатами, показавшие позитивную динамику, и ОО, результаты которых понизились. Итоги отображены в аналитической справке.';

const withResults = (results: readonly AssessmentResult[]) => ({ ...seed002Data, results });

describe('seed 002’s monitoring from results records and the dynamics policy', () => {
  it('judges the five schools from their ВПР records: two rose, two fell, one stayed within 0,1', () => {
    const result = ctoodDynamics2019();
    expect(result.issues).toEqual([]);
    expect(result.years).toEqual([2018, 2019]);
    expect(
      result.schools.map((row) => [row.schoolId, row.values.map((value) => value.value), row.classification]),
    ).toEqual([
      ['ctood-1', [6.62, 6.95], 'improving'],
      ['ctood-2', [6.8, 7.1], 'improving'],
      ['ctood-3', [6.9, 6.55], 'declining'],
      ['ctood-4', [7.05, 6.78], 'declining'],
      ['ctood-5', [6.7, 6.74], 'stable'],
    ]);
  });

  it('words item 6 of the information справка from those verdicts: the seed’s sentence', () => {
    expect(item6(resolved(ctoodInformationReport2019()))).toBe(seedItem6);
  });

  it('prints the analytical справка the seed refers to, with the same verdict for each school', () => {
    const report = resolved(ctoodAnalyticalReport2019());
    expect(report.header.subtitle).toBe(
      'о динамике результатов ОО с низкими образовательными результатами за 2018 и 2019 годы',
    );
    const table = report.sections[0]?.blocks.find((block) => block.kind === 'table');
    const rows =
      table?.kind === 'table'
        ? table.rows.map((row) => (row.kind === 'group' ? [] : row.cells.map((cell) => cell.text)))
        : [];
    expect(rows[0]).toEqual(['МОУ «СОШ № 1»', '6,62', '6,95', '+0,33 балла', 'положительная динамика']);
    expect(rows.map((row) => row.at(-1))).toEqual([
      'положительная динамика',
      'положительная динамика',
      'снижение результатов',
      'снижение результатов',
      'без существенных изменений',
    ]);
  });

  it('follows the data: no school fell, a stricter policy, a missing subject, a third year', () => {
    // № 3 and № 4 rise in 2019 instead: only the positive dynamics is named.
    const risen = ctoodResults2019.map((row) =>
      row.year === 2019 && (row.schoolId === 'ctood-3' || row.schoolId === 'ctood-4')
        ? { ...row, meanMark: 3.6 }
        : row,
    );
    expect(item6(resolved(ctoodInformationReport2019(withResults(risen))))).toBe(
      'Проведен мониторинг результативности показателей оценки качества образования (далее – показатели ОКО) за два года, определены ОО с низкими образовательными результатами, показавшие позитивную динамику. Итоги отображены в аналитической справке.',
    );
    // With no tolerance, № 5’s +0,04 is a rise: the same records, the same words, one more school.
    const strict = ctoodDynamics2019({ ...seed002Data, policy: resolveDynamicsPolicy() });
    expect(strict.schools.find((row) => row.schoolId === 'ctood-5')?.classification).toBe('improving');
    // № 5 without its 2019 mathematics: not judged, counted apart, its place named.
    const partial = ctoodResults2019.filter(
      (row) => !(row.schoolId === 'ctood-5' && row.year === 2019 && row.subject === 'Математика'),
    );
    const dynamics = ctoodDynamics2019(withResults(partial));
    expect(dynamics.issues[0]?.message).toBe(
      '«МОУ «СОШ № 5»», 2019 год: нет результата по предмету «Математика» — сумма за год не считается.',
    );
    expect(item6(resolved(ctoodInformationReport2019(withResults(partial))))).toBe(
      `${seedItem6} Для 1 ОО динамика не определена: недостаточно данных.`,
    );
    // A third year (2020) on the same records: «за три года».
    const third = [
      ...ctoodResults2019,
      ...ctoodResults2019.filter((row) => row.year === 2019).map((row) => ({ ...row, year: 2020 })),
    ];
    expect(item6(resolved(ctoodInformationReport2019(withResults(third))))).toBe(
      'Проведен мониторинг результативности показателей оценки качества образования (далее – показатели ОКО) за три года, ОО с позитивной динамикой или снижением результатов не выявлены. Итоги отображены в аналитической справке.',
    );
  });
});
