import { describe, expect, it } from 'vitest';
import {
  kanskMonitoringReport2022,
  leningradskyRoadmapReport2023,
  roadmapMonitoringReport2020,
  seed000Decisions,
  seed004Decisions,
  seed000Roadmaps,
} from './examples.js';
import { decisionBlocks } from './builders/cycle.js';
import { followDecisions } from '../decisions/follow.js';
import { resolveReport, type ResolvedReport } from './resolve.js';
import { compareSeries } from '../dynamics/compare.js';
import {
  districtAverage,
  districtDynamicsPolicy,
  leningradskySchools,
  sumOfAverages,
  sumOfQuality,
} from '../dynamics/example.js';
import { dynamicsClassLabels } from '../dynamics/labels.js';

function resolved(report: unknown): ResolvedReport {
  const result = resolveReport(report);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  expect(result.warnings).toEqual([]);
  return result.value;
}

/** Every line of text the report prints, in order. */
function lines(report: ResolvedReport): string[] {
  return report.sections.flatMap((section) => [
    section.title,
    ...section.blocks.flatMap((block) => {
      if (block.kind === 'paragraph' || block.kind === 'heading') return [block.text];
      if (block.kind === 'list') return block.items.flatMap((item) => [item.text, ...item.items]);
      return block.rows.map((row) =>
        row.kind === 'group' ? row.text : row.cells.map((cell) => cell.text).join(' | '),
      );
    }),
  ]);
}

describe('seed 000 as data', () => {
  const report = resolved(roadmapMonitoringReport2020());

  it('has the seed’s heading, purpose, four tasks and three sections', () => {
    expect(report.header.title).toBe('Аналитическая справка № 1');
    expect(report.header.date).toBe('30 ноября 2020 г.');
    expect(report.tasks?.items).toHaveLength(4);
    expect(report.sections.map((section) => section.title)).toEqual([
      'Направления анализа (кластеры)',
      'Результаты анализа',
      'Замечания по мониторингу мероприятий «дорожной карты»',
      'Расхождения в исходном документе',
    ]);
  });

  it('computes the analysis from the roadmaps', () => {
    expect(lines(report)).toEqual(
      expect.arrayContaining([
        'с учителями – 18 (100%);',
        'с обучающимися – 17 (94,4%);',
        'с родителями – 13 (72,2%).',
      ]),
    );
  });

  it('has three management decisions with deadlines read as dates', () => {
    const rows = report.decisions?.table.rows ?? [];
    expect(
      rows.map((row) => (row.kind === 'row' ? row.cells.map((cell) => cell.text).slice(2) : [])),
    ).toEqual([
      ['до 15 декабря 2020 года', 'Образовательные организации'],
      ['сентябрь 2021 года', 'ГАУ ДПО «БИПКРО»'],
      // The seed's own year, kept: a fixture true to the seed is not ours to correct.
      ['в течение декабря 2021 года', 'Региональный координатор'],
    ]);
    expect(
      roadmapMonitoringReport2020().decisions.map((decision) => decision.deadline.ranges.at(-1)?.end),
    ).toEqual(['2020-12-15', '2021-09-30', '2021-12-31']);
    expect(report.signature).toEqual({
      position: 'Заведующий центром мониторинга и инновационной деятельности',
      name: 'О.Г. Викульева',
    });
  });
});

describe('seed 000 out of its stored records', () => {
  it('takes the counts and bases of the discrepancies from the roadmaps, not from typed numbers', () => {
    // Without the 18th roadmap (teachers and parents): 17 schools, 12 of them with parents.
    const fewer = resolved(roadmapMonitoringReport2020(seed000Roadmaps().slice(0, 17)));
    const flagged = fewer.sections.find((section) => section.title === 'Расхождения в исходном документе');
    const text = flagged === undefined ? [] : lines({ ...fewer, sections: [flagged] });
    // The seed's printed percentages, now checked against 17 roadmaps' own counts.
    expect(text).toEqual(
      expect.arrayContaining([
        'Работа с обучающимися: указано 94%, но 17 из 17 — это 100%. Расхождение не объясняется ни усечением, ни округлением: проверьте количество и совокупность.',
        'Работа с родителями: указано 72,22%, но 12 из 17 — это 70,59%. Расхождение не объясняется ни усечением, ни округлением: проверьте количество и совокупность.',
        'Совершенствование предметных и методических компетенций учителей по повышению качества образования: указано 27,7%, но 4 из 17 — это 23,5%. Расхождение не объясняется ни усечением, ни округлением: проверьте количество и совокупность.',
      ]),
    );
  });

  it('prints its management decisions from decision records followed on its date', () => {
    const followed = followDecisions(seed000Decisions(), {
      asOf: '2020-11-30',
      deadlineContext: { referenceYear: 2020 },
    });
    expect(
      followed.map((entry) => [entry.decision.kind, entry.overdue, entry.deadline?.ranges.at(-1)?.end]),
    ).toEqual([
      ['management-decision', false, '2020-12-15'],
      ['management-decision', false, '2021-09-30'],
      ['management-decision', false, '2021-12-31'],
    ]);
    expect(roadmapMonitoringReport2020().decisions).toEqual(decisionBlocks(followed).managementDecisions);
  });
});

describe('the seeds’ own arithmetic, flagged rather than corrected', () => {
  it('seed 000: the truncated 27,7% (twice) and the directions that cover 14 of 17 schools', () => {
    const report = resolved(roadmapMonitoringReport2020());
    expect(lines(report).slice(-4)).toEqual([
      'Расхождения в исходном документе',
      'Совершенствование предметных и методических компетенций по отдельному направлению: указано 27,7%, но 5 из 18 — это 27,8%. Указанное значение получено отбрасыванием лишних знаков (усечением), а не округлением.',
      'Совершенствование предметных и методических компетенций учителей по повышению качества образования: указано 27,7%, но 5 из 18 — это 27,8%. Указанное значение получено отбрасыванием лишних знаков (усечением), а не округлением.',
      'Направления работы с обучающимися: 1 + 4 + 7 + 2 = 14 школ, а школ, работающих с обучающимися, — 17.',
    ]);
  });

  it('seed 001: 38,8% in the text, 11,2%, 71,5% and 22,3% in the table', () => {
    const report = resolved(kanskMonitoringReport2022());
    const flagged = report.sections.find((section) => section.title === 'Расхождения в исходной записке');
    expect(flagged && lines({ ...report, sections: [flagged] }).slice(1)).toEqual([
      'Доля ОО, участвовавших в мониторинге (вводная часть): указано 38,8%, но 7 из 18 — это 38,9%. Указанное значение получено отбрасыванием лишних знаков (усечением), а не округлением.',
      'Показатель 1.6: указано 11,2%, но 2 из 18 — это 11,1%. Указанное значение получено округлением в большую сторону, а не по правилам (5 и больше — вверх).',
      'Показатель 4.6: указано 71,5%, но 5 из 7 — это 71,4%. Указанное значение получено округлением в большую сторону, а не по правилам (5 и больше — вверх).',
      'Показатель 5.2: указано 22,3%, но 4 из 18 — это 22,2%. Указанное значение получено округлением в большую сторону, а не по правилам (5 и больше — вверх).',
    ]);
  });
});

describe('seed 001 as data', () => {
  const report = resolved(kanskMonitoringReport2022());

  it('states the participation the seed got wrong (38,8%) from 7 of 18 schools', () => {
    expect(lines(report)).toContain(
      'За 2021–2022 учебный год проведен мониторинг системы работы с ШНРО и ШНСУ. В мониторинге участвовали 7 общеобразовательных организаций, что составляет 38,9% от общего количества школ муниципалитета (18 школ).',
    );
  });

  it('prints the indicator table with 25 indicators in six groups and the seed’s recommendations', () => {
    const table = report.sections[1]?.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows.filter((row) => row.kind === 'row')).toHaveLength(25);
    expect(table?.kind === 'table' && table.rows.filter((row) => row.kind === 'group')).toHaveLength(6);
    expect(report.recommendations?.groups.map((group) => [group.addressee, group.items.length])).toEqual([
      ['Методистам ММС', 3],
      ['Руководителям городских методических объединений', 1],
      ['Управленческим командам образовательных организаций', 5],
    ]);
    expect(report.header.date).toBe('20.06.2022');
  });
});

describe('seed 004 as data', () => {
  const report = resolved(leningradskyRoadmapReport2023());

  it('agrees «41 педагог ШНОР прошёл курсы» where the seed wrote «прошли»', () => {
    expect(lines(report)).toContain(
      '41 педагог ШНОР прошёл курсы повышения квалификации в ГБОУ ИРО Краснодарского края.',
    );
  });

  it('prints its recommendations and decision from decision records, addressee by addressee', () => {
    const records = seed004Decisions();
    const followed = followDecisions(records, {
      asOf: '2023-12-15',
      deadlineContext: { referenceYear: 2023 },
    });
    const built = leningradskyRoadmapReport2023();
    expect(built.recommendations.map((group) => [group.addressee, group.items.length])).toEqual([
      ['Управлению образования', 2],
      ['МКУ ДПО «Центр развития образования»', 6],
    ]);
    expect(built.decisions).toEqual(decisionBlocks(followed).managementDecisions);
    expect(built.decisions[0]!.deadline.ranges.at(-1)?.end).toBe('2023-12-30');
    // Followed on the report's date, the decision is not overdue, so no follow-up section is added.
    expect(followed.every((entry) => !entry.overdue)).toBe(true);
  });

  it('flags the recommendations to the school directors the seed announces and never gives', () => {
    // Seed 004 ends: «Директорам ШНОР:» and nothing after it.
    expect(lines(report).slice(-2)).toEqual([
      'Расхождения в исходном документе',
      'Рекомендации «Директорам ШНОР:» объявлены, но не приведены: отчёт обрывается на этом заголовке.',
    ]);
  });

  it('has the support, routes and dynamics sections with the seed’s sentences', () => {
    expect(report.sections.map((section) => section.id)).toEqual([
      'support',
      'mentorship',
      'iom',
      'dynamics-averages',
      'dynamics-quality',
      'discrepancies',
    ]);
    expect(lines(report)).toEqual(
      expect.arrayContaining([
        'Всего ШНОР — 3, из них:',
        'с закреплённым наставником – 3 (100%);',
        'Положительная динамика результатов ГИА-9: совокупность среднего балла по 4 предметам выше в сравнении с 2022 годом в школах ШНОР № 22, 27.',
        'Положительная динамика результатов ГИА-9: совокупность среднего балла по качеству образования по 4 предметам выше в сравнении с 2022 годом в школах ШНОР № 8, 22.',
      ]),
    );
  });
});

describe('one verdict per school (seed 004): the справка and the portal chart agree', () => {
  const report = resolved(leningradskyRoadmapReport2023());
  // The options the portal's dynamics page gives <shnro-dynamics-chart> (apps/portal/src/dynamics.ts).
  const page = {
    averages: { series: sumOfAverages, metric: 'sum-of-average-scores', municipalAverage: districtAverage },
    quality: { series: sumOfQuality, metric: 'sum-of-quality-percents' },
  } as const;

  it.each([
    ['dynamics-averages', page.averages],
    ['dynamics-quality', page.quality],
  ] as const)('%s', (id, { series, ...options }) => {
    const chart = compareSeries(series, {
      assessment: 'gia-9',
      schools: leningradskySchools,
      policy: districtDynamicsPolicy,
      ...options,
    });
    const table = report.sections
      .find((section) => section.id === id)
      ?.blocks.find((b) => b.kind === 'table');
    const printed =
      table?.kind === 'table'
        ? table.rows.map((row) => (row.kind === 'group' ? '' : row.cells.at(-1)?.text))
        : [];
    const shown = chart.schools.map((school) => dynamicsClassLabels[school.classification].ru.toLowerCase());
    expect(printed.map((text) => text?.toLowerCase())).toEqual(shown);
    expect(shown.length).toBe(3);
  });

  it('reads № 8’s fall of 0,4 балла as «стабильно низкие результаты» under the district’s 0,5-балла tolerance', () => {
    const table = report.sections
      .find((s) => s.id === 'dynamics-averages')
      ?.blocks.find((b) => b.kind === 'table');
    const row8 = table?.kind === 'table' ? table.rows[0] : undefined;
    expect(row8?.kind !== 'group' ? row8?.cells.at(-1)?.text : undefined).toBe('стабильно низкие результаты');
  });
});
