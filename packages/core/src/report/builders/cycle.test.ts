import { describe, expect, it } from 'vitest';
import { computeCycle } from '../../cycle/compute.js';
import { kanskCycle2022, kanskCycle2023, tukaevCycles } from '../../cycle/example.js';
import { reviewAcrossSchools } from '../../cycle/review.js';
import { followDecisions } from '../../decisions/follow.js';
import { decisionRecordSchema } from '../../decisions/schema.js';
import { compareSeries } from '../../dynamics/compare.js';
import {
  districtAverage,
  districtDynamicsPolicy,
  leningradskySchools,
  sumOfAverages,
  sumOfQuality,
} from '../../dynamics/example.js';
import { resolveDynamicsPolicy } from '../../dynamics/policy.js';
import { municipalMonitoringSet } from '../../indicator/catalogue/municipal-monitoring.js';
import {
  kanskMonitoringReport2022,
  leningradskyRoadmapReport2023,
  roadmapMonitoringReport2020,
  seed000Roadmaps,
} from '../examples.js';
import { resolveReport } from '../resolve.js';
import type { AnalyticalReport } from '../schema.js';
import { cycleReport, type CycleReportInput } from './cycle.js';

const header = { title: 'Аналитическая справка', date: '2022-06-20' };
const author = { name: 'М.Г. Федорук', position: 'Методист' };

function resolved(report: AnalyticalReport) {
  const result = resolveReport(report);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function section(report: AnalyticalReport, id: string) {
  return report.sections.find((entry) => entry.id === id);
}

describe('the справка of a cycle, from stored data', () => {
  it('reproduces seed 001’s monitoring table from the Канск 2021–2022 cycle', () => {
    const report = cycleReport({
      current: computeCycle(kanskCycle2022(), municipalMonitoringSet),
      set: municipalMonitoringSet,
      header,
      author,
      indicators: { title: 'Показатели мониторинга системы работы с ШНРО и ШНСУ', countDescriptions: true },
    });
    expect(section(report, 'indicators')).toEqual(section(kanskMonitoringReport2022(), 'indicators'));
    resolved(report);
  });

  it('reproduces seed 000’s cluster analysis from the roadmaps reviewed across schools, and counts the remarks', () => {
    const review = reviewAcrossSchools(seed000Roadmaps());
    const report = cycleReport({
      current: computeCycle(kanskCycle2022(), municipalMonitoringSet),
      set: municipalMonitoringSet,
      review,
      header,
      author,
    });
    expect(section(report, 'clusters')).toEqual(section(roadmapMonitoringReport2020(), 'clusters'));
    // The three sections titled «Работа с учащимися» are seed 000’s third remark, counted.
    const remarks = resolved(report).sections.find(
      (entry) => entry.title === 'Замечания по «дорожным картам»',
    );
    const list = remarks?.blocks.find((block) => block.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((item) => item.text)).toEqual([
      'Общие формулировки разделов — 3 ОО (16,7%).',
    ]);
  });

  it('reproduces seed 004’s dynamics under the district’s one policy, and another policy changes the справка and the chart alike', () => {
    const dynamics: CycleReportInput['dynamics'] = [
      {
        series: sumOfAverages,
        options: {
          assessment: 'gia-9',
          schools: leningradskySchools,
          metric: 'sum-of-average-scores',
          municipalAverage: districtAverage,
        },
        section: { id: 'dynamics-averages', qualifier: { ru: 'ШНОР', en: 'low-results' } },
      },
      {
        series: sumOfQuality,
        options: { assessment: 'gia-9', schools: leningradskySchools, metric: 'sum-of-quality-percents' },
        section: { id: 'dynamics-quality', qualifier: { ru: 'ШНОР', en: 'low-results' }, overview: false },
      },
    ];
    const input = {
      current: computeCycle(kanskCycle2022(), municipalMonitoringSet),
      set: municipalMonitoringSet,
      dynamics,
      header,
      author,
      policy: districtDynamicsPolicy,
    };
    const report = cycleReport(input);
    const seed = leningradskyRoadmapReport2023();
    expect(section(report, 'dynamics-averages')).toEqual(section(seed, 'dynamics-averages'));
    expect(section(report, 'dynamics-quality')).toEqual(section(seed, 'dynamics-quality'));

    // The seed's справка reads № 8 under the district's 0,5-балла tolerance; with none, the same
    // fall of 0,4 балла is «снижение», in the справка and in the chart alike.
    const policy = resolveDynamicsPolicy({ tolerance: { points: 0 } });
    const strict = resolved(cycleReport({ ...input, policy }));
    const table = strict.sections
      .find((entry) => entry.id === 'dynamics-averages')
      ?.blocks.find((block) => block.kind === 'table');
    const verdict8 =
      table?.kind === 'table' && table.rows[0]?.kind !== 'group'
        ? table.rows[0]?.cells.at(-1)?.text
        : undefined;
    const chart = compareSeries(sumOfAverages, { ...dynamics[0]!.options, policy });
    expect(chart.schools[0]?.classification).toBe('declining');
    expect(verdict8).toBe('снижение результатов');
  });

  it('compares seed 003’s initial and final monitoring and names what improved', () => {
    const { initial, final } = tukaevCycles();
    const report = resolved(
      cycleReport({
        current: computeCycle(final, municipalMonitoringSet),
        previous: computeCycle(initial, municipalMonitoringSet),
        set: municipalMonitoringSet,
        header: { title: 'Отчёт', date: '2021-12-24' },
        author: { name: 'Р.А. Шагимарданова', position: 'Председатель экспертно-методической группы' },
      }),
    );
    const comparison = report.sections.find((entry) => entry.title.startsWith('Сравнение'));
    expect(comparison?.title).toBe('Сравнение с периодом «начальный мониторинг (2020-2021)»');
    const table = comparison?.blocks.find((block) => block.kind === 'table');
    const row31 =
      table?.kind === 'table'
        ? table.rows.find((row) => row.kind !== 'group' && row.cells[0]?.text.startsWith('3.1.'))
        : undefined;
    expect(row31?.kind !== 'group' && row31?.cells.slice(1).map((cell) => cell.text)).toEqual([
      '25% (6)',
      '100% (24)',
      '+75 п.п.',
    ]);
    const paragraphs = comparison?.blocks.flatMap((block) =>
      block.kind === 'paragraph' ? [block.text] : [],
    );
    expect(paragraphs?.[0]).toBe('Улучшились показатели 3.1, 4.1, 4.4.');
  });

  it('prints recommendations by addressee, decisions with deadlines, and their follow-up', () => {
    const decisions = followDecisions(
      [
        decisionRecordSchema.parse({
          id: 'r1',
          kind: 'recommendation',
          text: 'Организовать «Методический десант» в ОО',
          addressee: { kind: 'methodological-service', name: 'Методистам ММС' },
        }),
        decisionRecordSchema.parse({
          id: 'd1',
          kind: 'management-decision',
          text: 'Провести корректировку «дорожных карт» в соответствии с замечаниями',
          addressee: { kind: 'other', name: 'Образовательные организации' },
          deadline: 'до 15 декабря 2022 года',
        }),
      ],
      { asOf: '2023-01-10' },
    );
    const report = cycleReport({
      current: computeCycle(kanskCycle2023(), municipalMonitoringSet),
      previous: computeCycle(kanskCycle2022(), municipalMonitoringSet),
      set: municipalMonitoringSet,
      decisions,
      header,
      author,
    });
    expect(report.recommendations).toEqual([
      { addressee: 'Методистам ММС', items: ['Организовать «Методический десант» в ОО'] },
    ]);
    expect(report.decisions[0]).toMatchObject({
      responsible: 'Образовательные организации',
      deadline: { text: 'до 15 декабря 2022 года', kind: 'by-date' },
    });
    const follow = resolved(report).sections.find(
      (entry) => entry.title === 'Исполнение рекомендаций и решений',
    );
    const list = follow?.blocks.find((block) => block.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((item) => item.text)).toEqual([
      'Провести корректировку «дорожных карт» в соответствии с замечаниями (срок: до 15 декабря 2022 года) — просрочено.',
    ]);
  });
});
