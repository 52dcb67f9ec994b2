import { describe, expect, it } from 'vitest';
import { followDecisions } from '../decisions/follow.js';
import { decisionRecordSchema } from '../decisions/schema.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { createActivity, createRoadmap } from '../roadmap/create.js';
import type { Roadmap } from '../roadmap/schema.js';
import { cycleReport } from '../report/builders/cycle.js';
import { resolveReport } from '../report/resolve.js';
import { compareCycles } from './compare.js';
import { computeCycle } from './compute.js';
import { kanskCycle2022, kanskCycle2023 } from './example.js';
import { monitoringCycleSchema } from './schema.js';

// Issue 17's bad input, each with an explicit status and a Russian sentence naming the place,
// never a zero invented for a missing value: a cycle for a year with no data, a school that left
// the registry between cycles, an indicator removed from the set in the second year, a decision
// with an unreadable deadline — in the comparison and in the справка built from them.

const header = { title: 'Аналитическая справка', date: '2023-06-30' };
const author = { name: 'М.Г. Федорук', position: 'Методист' };
const before = computeCycle(kanskCycle2022(), municipalMonitoringSet);

function printed(report: ReturnType<typeof cycleReport>) {
  const result = resolveReport(report);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('bad input of cycles and decisions', () => {
  it('a cycle for a year with no data: one sentence naming it, every row missing, no change and no zero', () => {
    const empty = monitoringCycleSchema.parse({
      ...kanskCycle2023(),
      id: 'kansk-2023-2024',
      schoolYear: '2023-2024',
      populations: undefined,
      units: [],
    });
    const after = computeCycle(empty, municipalMonitoringSet);
    expect(after.status).toBe('no-data');
    const comparison = compareCycles(before, after);
    expect(comparison.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'after: В цикле «г. Канск, 2023-2024» нет данных: сравнение с ним невозможно, изменения показателей не рассчитаны (нулями не заполняются).',
      ...Array.from({ length: 18 }, (_, index) => expect.stringContaining(`kansk-school-${index + 1}`)),
    ]);
    expect(comparison.rows.every((row) => row.status === 'missing-after')).toBe(true);
    expect(comparison.rows.every((row) => row.after === null && row.change === null)).toBe(true);
    // In the справка: the table's second column is empty, the change says why.
    const report = printed(
      cycleReport({ current: after, previous: before, set: municipalMonitoringSet, header, author }),
    );
    const section = report.sections.find((entry) => entry.title.startsWith('Сравнение'));
    const table = section?.blocks.find((block) => block.kind === 'table');
    const row15 =
      table?.kind === 'table'
        ? table.rows.find((row) => row.kind !== 'group' && row.cells[0]?.text.startsWith('1.5.'))
        : undefined;
    expect(row15?.kind !== 'group' && row15?.cells.slice(1).map((cell) => cell.text)).toEqual([
      '38,9% (7)',
      '—',
      'нет данных за текущий период',
    ]);
  });

  it('a school that left the registry: named by its name and both cycles, its status in the comparison', () => {
    const comparison = compareCycles(before, computeCycle(kanskCycle2023(), municipalMonitoringSet));
    expect(comparison.schoolsLeft).toEqual(['kansk-school-18']);
    const left = comparison.issues.find((issue) => issue.code === 'school-left');
    expect(left).toEqual({
      path: 'schools.kansk-school-18',
      code: 'school-left',
      message:
        'Школа «МБОУ СОШ № 18» участвовала в цикле «г. Канск, 2021-2022», но отсутствует в цикле «г. Канск, 2022-2023» (выбыла из реестра): её показатели не сравниваются.',
    });
  });

  it('an indicator removed from the set in the second year: its first value kept, no change, a sentence', () => {
    const smaller = {
      ...municipalMonitoringSet,
      indicators: municipalMonitoringSet.indicators.filter((indicator) => indicator.code !== '1.5'),
    };
    const comparison = compareCycles(before, computeCycle(kanskCycle2023(), smaller));
    expect(comparison.rows.find((row) => row.code === '1.5')).toMatchObject({
      status: 'removed',
      before: { value: 38.9, numerator: 7, denominator: 18 },
      after: null,
      change: null,
      direction: null,
    });
    expect(comparison.issues.find((issue) => issue.code === 'indicator-removed')).toEqual({
      path: 'rows.1.5',
      code: 'indicator-removed',
      message:
        'Показатель 1.5 «Доля школ муниципалитета с низкими результатами обучения и/или школ, функционирующих в неблагоприятных социальных условиях, от общего количества школ муниципалитета» исключён из набора в цикле «г. Канск, 2022-2023»: сравнение невозможно.',
    });
  });

  it('a decision with an unreadable deadline: kept as written, neither overdue nor on time, said in the справка', () => {
    const roadmap: Roadmap = (() => {
      const base = createRoadmap({
        id: 'rm-1',
        school: { id: 'kansk-school-1', name: 'МБОУ СОШ № 1' },
        title: 'Дорожная карта',
        period: { start: '2022-09-01', end: '2023-08-31' },
      });
      return {
        ...base,
        sections: [
          {
            id: 's',
            title: 'Работа с учителями',
            targetGroup: 'teachers',
            activities: [
              createActivity(
                {
                  id: 'a1',
                  activity: 'Взаимопосещение уроков',
                  deadline: 'ноябрь 2022 года',
                  status: 'done',
                },
                base,
              ),
            ],
          },
        ],
      };
    })();
    const decisions = followDecisions(
      [
        decisionRecordSchema.parse({
          id: 'd1',
          kind: 'management-decision',
          text: 'Организовать взаимопосещение уроков',
          addressee: { kind: 'municipal-body', name: 'Управление образования' },
          deadline: 'по мере возможности',
          activities: [{ roadmapId: 'rm-1', activityId: 'a1' }],
        }),
      ],
      { asOf: '2023-06-30', roadmaps: [roadmap] },
    );
    expect(decisions[0]).toMatchObject({ dueOn: null, overdue: false, status: 'planned' });
    expect(decisions[0]?.deadline?.kind).toBe('unparsed');
    const report = printed(
      cycleReport({
        current: computeCycle(kanskCycle2023(), municipalMonitoringSet),
        set: municipalMonitoringSet,
        decisions,
        header,
        author,
      }),
    );
    const follow = report.sections.find((entry) => entry.title === 'Исполнение рекомендаций и решений');
    const list = follow?.blocks.find((block) => block.kind === 'list');
    expect(list?.kind === 'list' && list.items[0]).toEqual({
      text: 'Организовать взаимопосещение уроков (срок: по мере возможности) — запланировано; мероприятий дорожных карт: 1, выполнено: 1.',
      items: [
        'МБОУ СОШ № 1: Взаимопосещение уроков — выполнено.',
        expect.stringMatching(
          /^Срок «по мере возможности» решения «Организовать взаимопосещение уроков» не распознан: просрочку определить нельзя, уточните срок\./u,
        ),
      ],
    });
  });
});
