import fc from 'fast-check';
import type * as z from 'zod/mini';
import * as core from '../../src/index.js';
import {
  exampleDiagnosis,
  exampleIom,
  kanskMonitoring2022Counts,
  kanskMonitoring2022Printed,
  leningradskySchools,
  leningradskyGia9SumOfAverages,
} from '../../src/examples/index.js';
import { kanskMonitoringReport2022, leningradskyRoadmapReport2023 } from '../../src/report/examples.js';
import type { FuzzTarget } from './harness.js';
import { around, hostile, hostileNumber, oddString } from './hostile.js';

// Every public entry point the fuzzer calls, with arguments that are valid, slightly broken
// (`around` a real example) or hostile. Functions that read untrusted data must return issues;
// functions with typed arguments may refuse them, but only with `ShnroArgumentError`.

const roadmapExample: core.Roadmap = (() => {
  const roadmap = core.createRoadmap({
    id: 'rm-8',
    school: { id: 'school-8', name: 'МБОУ СОШ № 8' },
    title: 'Дорожная карта по повышению качества образования',
    period: { start: '2023-01-01', end: '2023-12-31' },
  });
  const activity = (id: string, text: string, deadline: string) =>
    core.createActivity(
      {
        id,
        activity: text,
        plannedResult: 'Доля педагогов, прошедших курсы, не ниже 50%',
        responsible: 'Завуч',
        deadline,
      },
      roadmap,
    );
  return {
    ...roadmap,
    sections: [
      {
        id: 's1',
        title: 'Повышение квалификации педагогов',
        targetGroup: 'teachers',
        activities: [
          activity('a1', 'Курсы повышения квалификации по функциональной грамотности', 'I квартал'),
          activity('a2', 'Взаимопосещение уроков', 'ежемесячно'),
        ],
      },
    ],
  };
})();

const locale = fc.constantFrom<core.DisplayLocale>('ru', 'en');
const anyOr = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: hostile, weight: 1 });
const date = fc.oneof(
  fc
    .date({ min: new Date(1990, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true })
    .map((day) => day.toISOString().slice(0, 10)),
  oddString,
);

// Words deadlines are written with, so generated phrases reach deep into the parser.
const deadlineWords = [
  'до',
  'в',
  'течение',
  'года',
  'г.',
  'января',
  'февраль',
  'марте',
  'сентябрь',
  'декабря',
  'I',
  'II',
  'IV',
  'квартал',
  'полугодие',
  'учебный',
  'год',
  'ежемесячно',
  'ежеквартально',
  'не',
  'позднее',
  'конца',
  'период',
  '15',
  '31',
  '2020',
  '2023',
  '2024',
  '2147483648',
  '9999',
  '0000',
  '–',
  '-',
  ',',
  '/',
  '.',
  '1 000',
  'и',
];
const deadlineText = fc.oneof(
  fc.array(fc.constantFrom(...deadlineWords), { maxLength: 8 }).map((words) => words.join(' ')),
  oddString,
);
const deadlineContext = fc.oneof(
  { arbitrary: fc.constant({}), weight: 2 },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        referenceYear: fc.oneof(
          { arbitrary: fc.integer({ min: 1900, max: 2200 }), weight: 4 },
          hostileNumber,
        ),
        period: fc.constantFrom(
          { start: '2023-01-01', end: '2023-12-31' },
          { start: '2023-09-01', end: '2024-08-31' },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { arbitrary: hostile, weight: 1 },
);

const schemas = (Object.entries(core) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodMiniType] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'safeParse' in entry[1],
);

/** `parseOrExplain` with one schema, on a real example of it. */
function parseTarget(name: string, schema: z.ZodMiniType, example: unknown, ciCases: number): FuzzTarget {
  return {
    name: `parseOrExplain(${name})`,
    ciCases,
    args: fc.tuple(around(example), locale),
    call: ([input, lang]) => core.parseOrExplain(schema, input, { locale: lang as core.DisplayLocale }),
  };
}

const shareDisplay = /^\d+([,.]\d+)?%$/;

export const targets: FuzzTarget[] = [
  {
    name: 'parseOrExplain(every schema)',
    ciCases: 1500,
    // By index: fast-check would inspect schema objects it generated itself.
    args: fc.tuple(fc.nat({ max: schemas.length - 1 }), hostile, locale),
    call: ([index, input, lang]) =>
      core.parseOrExplain(schemas[index as number]![1], input, { locale: lang as core.DisplayLocale }),
  },
  parseTarget('iomSchema', core.iomSchema, exampleIom, 400),
  parseTarget('deficitDiagnosisSchema', core.deficitDiagnosisSchema, exampleDiagnosis, 400),
  parseTarget('roadmapSchema', core.roadmapSchema, roadmapExample, 400),
  parseTarget('indicatorSetSchema', core.indicatorSetSchema, core.municipalMonitoringSet, 200),
  parseTarget('resultSeriesSchema', core.resultSeriesSchema, leningradskyGia9SumOfAverages[0], 400),
  {
    name: 'validateReport',
    ciCases: 100,
    args: fc.tuple(around(kanskMonitoringReport2022()), locale),
    call: ([input, lang]) => core.validateReport(input, { locale: lang as core.DisplayLocale }),
  },
  {
    name: 'resolveReport',
    ciCases: 100,
    args: fc.tuple(around(leningradskyRoadmapReport2023()), locale),
    call: ([input, lang]) => core.resolveReport(input, { locale: lang as core.DisplayLocale }),
  },
  {
    name: 'computeIndicators',
    ciCases: 150,
    args: fc.tuple(around(kanskMonitoring2022Counts), locale),
    call: ([input, lang]) =>
      core.computeIndicators(core.municipalMonitoringSet, input as core.IndicatorInput, {
        locale: lang as core.DisplayLocale,
      }),
  },
  {
    name: 'reconcileTable',
    ciCases: 150,
    args: fc.tuple(around(kanskMonitoring2022Printed), locale),
    call: ([rows, lang]) =>
      core.reconcileTable(core.municipalMonitoringSet, rows as unknown[], {
        locale: lang as core.DisplayLocale,
      }),
  },
  {
    name: 'createAssignment',
    ciCases: 400,
    args: fc.tuple(
      around({
        id: 'as-1',
        kind: 'mentor',
        from: { kind: 'teacher', teacherId: 't-1' },
        to: { kind: 'teacher', teacherId: 't-2' },
        period: { start: '2022-09-01' },
        order: 'приказ № 1699-осн от 30.12.2022',
      }),
      locale,
    ),
    call: ([input, lang]) => core.createAssignment(input, { locale: lang as core.DisplayLocale }),
  },
  {
    name: 'parseDeadline',
    ciCases: 1500,
    args: fc.tuple(anyOr(deadlineText), deadlineContext),
    call: ([text, context]) => core.parseDeadline(text as string, context as core.DeadlineContext),
  },
  {
    name: 'parseOrderReference',
    ciCases: 1000,
    args: fc.tuple(anyOr(fc.oneof(fc.constant('приказ № 1699-осн от 30.12.2022'), oddString))),
    call: ([text]) => core.parseOrderReference(text as string),
  },
  {
    name: 'parsePrintedPercent / parsePrintedCount',
    ciCases: 1000,
    args: fc.tuple(anyOr(fc.oneof(fc.constantFrom('38,9%', '1 204', '72,22 %'), oddString, hostileNumber))),
    call: ([text]) => [core.parsePrintedPercent(text as string), core.parsePrintedCount(text as string)],
  },
  {
    name: 'computeShare',
    ciCases: 1000,
    args: fc.tuple(
      anyOr(fc.nat()),
      anyOr(fc.nat()),
      anyOr(
        fc.record(
          { precision: fc.oneof(fc.integer({ min: 0, max: 6 }), hostileNumber), locale },
          { requiredKeys: [] },
        ),
      ),
    ),
    call: ([numerator, denominator, options]) =>
      core.computeShare(numerator as number, denominator as number, options as core.ShareOptions),
    check: (result) => {
      const display = (result as core.ShareValue).display;
      return display === null || shareDisplay.test(display) ? undefined : `displayed «${display}»`;
    },
  },
  {
    name: 'formatDecimal / formatScaled',
    ciCases: 1000,
    args: fc.tuple(anyOr(fc.double()), anyOr(fc.integer({ min: 0, max: 6 }))),
    call: ([value, precision]) => [
      core.formatDecimal(value as number, precision as number),
      core.formatScaled(value as number, precision as number),
    ],
  },
  {
    name: 'formatDateRange',
    ciCases: 800,
    args: fc.tuple(anyOr(fc.record({ start: date, end: date })), locale),
    call: ([range, lang]) => core.formatDateRange(range as core.DateRange, lang as core.DisplayLocale),
  },
  {
    name: 'transitionRoadmap',
    ciCases: 300,
    args: fc.tuple(
      around(roadmapExample),
      anyOr(fc.constantFrom<core.RoadmapAction>('submit', 'return', 'approve', 'start', 'report')),
      anyOr(fc.record({ date, by: oddString }, { requiredKeys: [] })),
    ),
    call: ([roadmap, action, payload]) =>
      core.transitionRoadmap(roadmap as core.Roadmap, action as core.RoadmapAction, payload as never),
  },
  {
    name: 'checkRoadmapForSubmit',
    ciCases: 300,
    args: fc.tuple(around(roadmapExample), locale),
    call: ([roadmap, lang]) =>
      core.checkRoadmapForSubmit(roadmap as core.Roadmap, lang as core.DisplayLocale),
  },
  {
    name: 'diffRoadmaps',
    ciCases: 200,
    args: fc.tuple(around(roadmapExample), around(roadmapExample)),
    call: ([ours, theirs]) => core.diffRoadmaps(ours as core.Roadmap, theirs as core.Roadmap),
  },
  {
    name: 'planPaste',
    ciCases: 300,
    args: fc.tuple(
      anyOr(fc.oneof(fc.string(), fc.constantFrom('7\t18\r\n2\t18\r\n', '"a""b"\t1', 'имеется\n5'))),
      anyOr(
        fc.array(
          fc.record({ key: fc.string(), kind: fc.constantFrom('number', 'presence'), label: fc.string() }),
          { maxLength: 8 },
        ),
      ),
      anyOr(fc.integer({ min: -2, max: 10 })),
    ),
    call: ([text, fields, start]) =>
      core.planPaste(text as string, fields as core.PasteTarget[], start as number),
  },
  {
    name: 'reviewRoadmap',
    ciCases: 150,
    args: fc.tuple(around(roadmapExample)),
    call: ([roadmap]) => core.reviewRoadmap(roadmap as core.Roadmap),
  },
  {
    name: 'refreshDeadlines',
    ciCases: 300,
    args: fc.tuple(around(roadmapExample)),
    call: ([roadmap]) => core.refreshDeadlines(roadmap as core.Roadmap),
  },
  {
    name: 'routeProgress',
    ciCases: 300,
    args: fc.tuple(around(exampleIom), anyOr(date)),
    call: ([iom, asOf]) => core.routeProgress(iom as core.Iom, asOf as string),
  },
  {
    name: 'quarterlyCheckpoints',
    ciCases: 300,
    args: fc.tuple(around(exampleIom)),
    call: ([iom]) => core.quarterlyCheckpoints(iom as core.Iom),
  },
  {
    name: 'iomRemarks',
    ciCases: 300,
    args: fc.tuple(around(exampleDiagnosis), around(exampleIom)),
    call: ([diagnosis, iom]) => core.iomRemarks(diagnosis as core.DeficitDiagnosis, iom as core.Iom),
  },
  {
    name: 'compareSeries',
    ciCases: 300,
    args: fc.tuple(around(leningradskyGia9SumOfAverages)),
    call: ([series]) =>
      core.compareSeries(
        series as core.ResultSeries[],
        {
          assessment: 'gia-9',
          metric: 'sum-of-average-scores',
          schools: leningradskySchools,
        } as core.DynamicsOptions,
      ),
  },
];
