import { describe, expect, it } from 'vitest';
import {
  kanskMonitoringReport2022,
  leningradskyRoadmapReport2023,
  roadmapMonitoringReport2020,
} from './examples.js';
import { resolveReport, type ResolvedReport } from './resolve.js';

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
      ['в течение декабря 2020 года', 'Региональный координатор'],
    ]);
    expect(
      roadmapMonitoringReport2020().decisions.map((decision) => decision.deadline.ranges.at(-1)?.end),
    ).toEqual(['2020-12-15', '2021-09-30', '2020-12-31']);
    expect(report.signature).toEqual({
      position: 'Заведующий центром мониторинга и инновационной деятельности',
      name: 'О.Г. Викульева',
    });
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

  it('has the support, routes and dynamics sections with the seed’s sentences', () => {
    expect(report.sections.map((section) => section.id)).toEqual([
      'support',
      'mentorship',
      'iom',
      'dynamics-averages',
      'dynamics-quality',
    ]);
    expect(lines(report)).toEqual(
      expect.arrayContaining([
        'с закреплённым наставником – 3 (100%);',
        'Положительная динамика результатов ГИА-9: совокупность среднего балла по 4 предметам выше в сравнении с 2022 годом в школах ШНОР № 22, 27.',
        'Положительная динамика результатов ГИА-9: совокупность среднего балла по качеству образования по 4 предметам выше в сравнении с 2022 годом в школах ШНОР № 8, 22.',
      ]),
    );
  });
});
