import { describe, expect, it } from 'vitest';
import { computeCycle } from '../cycle/compute.js';
import { kanskCycle2022, kanskCycle2023, tukaevCycles } from '../cycle/example.js';
import { reviewAcrossSchools } from '../cycle/review.js';
import {
  districtAverage,
  districtDynamicsPolicy,
  leningradskySchools,
  sumOfAverages,
  sumOfQuality,
} from '../dynamics/example.js';
import { pluralRu } from '../dynamics/plural.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { findProgrammerWords } from '../text/artifacts.js';
import { cycleReport } from './builders/cycle.js';
import {
  kanskMonitoringReport2022,
  leningradskyRoadmapReport2023,
  roadmapMonitoringReport2020,
  seed000Roadmaps,
} from './examples.js';
import { resolveReport, type ResolvedReport } from './resolve.js';
import type { AnalyticalReport } from './schema.js';
import { ctoodInformationReport2019 } from './seed-002.js';
import { tukaevRecommendationsReport2021 } from './seed-003.js';

// A methodologist reads every sentence the SDK prints for the five seed reports, and for the cycle
// справки built from the same data: this test is that reader's checklist, line by line.

const author = { name: 'М.Г. Федорук', position: 'Методист' };

/** The справки a cycle's data gives: seed 001's table and seed 000's review, seed 004's dynamics, seed 003's comparison. */
function cycleReports(): [string, AnalyticalReport][] {
  const { initial, final } = tukaevCycles();
  const qualifier = { ru: 'ШНОР', en: 'low-results' };
  return [
    [
      'cycle: seeds 000, 001, 004',
      cycleReport({
        current: computeCycle(kanskCycle2023(), municipalMonitoringSet),
        previous: computeCycle(kanskCycle2022(), municipalMonitoringSet),
        set: municipalMonitoringSet,
        review: reviewAcrossSchools(seed000Roadmaps()),
        policy: districtDynamicsPolicy,
        dynamics: [
          {
            series: sumOfAverages,
            options: {
              assessment: 'gia-9',
              schools: leningradskySchools,
              metric: 'sum-of-average-scores',
              municipalAverage: districtAverage,
            },
            section: { id: 'dynamics-averages', qualifier },
          },
          {
            series: sumOfQuality,
            options: { assessment: 'gia-9', schools: leningradskySchools, metric: 'sum-of-quality-percents' },
            section: { id: 'dynamics-quality', qualifier, overview: false },
          },
        ],
        header: { title: 'Аналитическая справка', date: '2023-06-20' },
        author,
      }),
    ],
    [
      'cycle: seed 003',
      cycleReport({
        current: computeCycle(final, municipalMonitoringSet),
        previous: computeCycle(initial, municipalMonitoringSet),
        set: municipalMonitoringSet,
        header: { title: 'Отчёт', date: '2021-12-24' },
        author,
      }),
    ],
  ];
}

const reports: [string, () => AnalyticalReport][] = [
  ['seed 000', () => roadmapMonitoringReport2020()],
  ['seed 001', kanskMonitoringReport2022],
  ['seed 002', ctoodInformationReport2019],
  ['seed 003', tukaevRecommendationsReport2021],
  ['seed 004', leningradskyRoadmapReport2023],
  ...cycleReports().map(([name, report]): [string, () => AnalyticalReport] => [name, () => report]),
];

/** A printed line and the line it sits in (a table row's cells together: the unit of a cell reads with its row). */
interface Printed {
  text: string;
  context: string;
}

/** Every string the report prints, each with its context; layout fields (`kind`, `align`, …) are not text. */
function printed(report: ResolvedReport): Printed[] {
  const out: Printed[] = [];
  const add = (text: string, context = text) => out.push({ text, context });
  const { header } = report;
  [
    report.documentTitle,
    header.organisation,
    header.title,
    header.subtitle,
    header.date,
    header.place,
  ].forEach((text) => text !== undefined && add(text));
  if (report.purpose) [report.purpose.label, report.purpose.text].forEach((text) => add(text));
  if (report.tasks) [report.tasks.label, ...report.tasks.items].forEach((text) => add(text));
  const table = (rows: ResolvedReport['sections'][number]['blocks'][number]) => {
    if (rows.kind !== 'table') return;
    if (rows.caption) add(rows.caption);
    rows.columns.forEach((column) => add(column.title));
    for (const row of rows.rows) {
      if (row.kind === 'group') add(row.text);
      else {
        const line = row.cells.map((cell) => cell.text).join(' | ');
        row.cells.forEach((cell) =>
          add(cell.text, `${rows.columns.map((c) => c.title).join(' | ')} :: ${line}`),
        );
      }
    }
    rows.notes.forEach((note) => add(note));
  };
  for (const section of report.sections) {
    add(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph' || block.kind === 'heading') add(block.text);
      else if (block.kind === 'list')
        block.items.forEach((item) => [item.text, ...item.items].forEach((text) => add(text)));
      else table(block);
    }
  }
  if (report.conclusions)
    [report.conclusions.label, ...report.conclusions.items].forEach((text) => add(text));
  if (report.recommendations) {
    add(report.recommendations.label);
    report.recommendations.groups.forEach((group) =>
      [group.addressee, ...group.items].forEach((text) => add(text)),
    );
  }
  if (report.decisions) {
    add(report.decisions.label);
    table(report.decisions.table);
  }
  add(report.signature.position);
  add(report.signature.name);
  return out;
}

const pointForms = ['балл', 'балла', 'баллов'] as const;

/** What a careful reader would correct in one printed line, each finding named. */
function findings({ text, context }: Printed, locale: 'ru' | 'en'): string[] {
  const found: string[] = [];
  const prose = text.replace(/https?:\/\/\S+/gu, '');
  for (const word of findProgrammerWords(prose)) found.push(`programmer word «${word}»`);
  for (const match of prose.matchAll(/\b[a-z]+[A-Z]\w*\b/gu)) found.push(`camelCase «${match[0]}»`);
  for (const match of prose.matchAll(/\b[A-Za-z]+_\w+\b/gu)) found.push(`snake_case «${match[0]}»`);
  // A Latin kebab-case word in Russian text is an id that escaped (`sum-of-average-scores`, `school-22`).
  if (locale === 'ru')
    for (const match of prose.matchAll(/\b[a-z]+(?:-[a-z0-9]+)+\b/gu)) found.push(`id «${match[0]}»`);
  if (/ {2,}/u.test(text)) found.push('doubled space');
  if (/^\s|\s$/u.test(text)) found.push('space at an end');
  if (/[,;:][,.;:]|\.\.(?!\.)|([!?])\1/u.test(text)) found.push('doubled punctuation');
  if (/\s[,.;:!?](?!\d)/u.test(text)) found.push('space before punctuation');
  if (locale === 'ru') {
    // «п.п.» is the difference of two percentages: its line shows the percentages, and a sum of
    // percentages (совокупность …) is no percentage at all.
    if (/п\.п\./u.test(text) && (!context.includes('%') || /совокупност/iu.test(context)))
      found.push(`«п.п.» without percentages: ${context}`);
    for (const match of text.matchAll(/(\d+(?:,\d+)?)\s(балл(?:а|ов)?)(?![а-яё])/gu)) {
      const number = match[1] ?? '';
      const expected = number.includes(',') ? 'балла' : pluralRu(Number(number), pointForms);
      if (match[2] !== expected) found.push(`«${match[0]}» should read «${number} ${expected}»`);
    }
  }
  return found;
}

describe('every generated sentence of the five seed reports reads as a methodologist would sign it', () => {
  it.each(
    reports.flatMap(([name, build]) =>
      (['ru', 'en'] as const).map((locale) => [name, locale, build] as const),
    ),
  )('%s (%s)', (_, locale, build) => {
    const result = resolveReport(build(), { locale });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const problems = printed(result.value).flatMap((line) =>
      findings(line, locale).map((finding) => `${finding} — «${line.text}»`),
    );
    expect(problems).toEqual([]);
  });

  it('the checklist itself finds each defect it names', () => {
    const lines: [string, string][] = [
      ['В undefined отмечена динамика.', 'programmer word «undefined»'],
      ['Доля NaN%.', 'programmer word «NaN»'],
      ['Школа [object Object].', 'programmer word «[object Object]»'],
      ['Значение null.', 'programmer word «null»'],
      ['Показатель hasIom не рассчитан.', 'camelCase «hasIom»'],
      ['Поле school_id пусто.', 'snake_case «school_id»'],
      ['Метрика sum-of-average-scores выросла.', 'id «sum-of-average-scores»'],
      ['Доля  выросла.', 'doubled space'],
      ['Доля выросла..', 'doubled punctuation'],
      ['Доля выросла ,как и ожидалось.', 'space before punctuation'],
      [
        'Сумма выросла на 13,5 п.п. (с 118 до 131,5).',
        '«п.п.» without percentages: Сумма выросла на 13,5 п.п. (с 118 до 131,5).',
      ],
      ['Средний балл вырос на 2 баллов.', '«2 баллов» should read «2 балла»'],
      ['Средний балл вырос на 0,5 баллов.', '«0,5 баллов» should read «0,5 балла»'],
      ['Средний балл вырос на 21 балла.', '«21 балла» should read «21 балл»'],
    ];
    for (const [text, finding] of lines)
      expect(findings({ text, context: text }, 'ru'), text).toEqual([finding]);
    expect(findings({ text: 'Доля снизилась на 2,4 п.п. (с 40% до 37,6%).', context: '' }, 'ru')).toEqual([
      '«п.п.» without percentages: ',
    ]);
    const fine =
      'Доля снизилась на 2,4 п.п. (с 40% до 37,6%), средний балл вырос на 0,5 балла, т.д., 11 баллов.';
    expect(findings({ text: fine, context: fine }, 'ru')).toEqual([]);
  });
});
