import { describe, expect, it } from 'vitest';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { createActivity, createRoadmap } from '../roadmap/create.js';
import type { Roadmap } from '../roadmap/schema.js';
import { computeCycle } from './compute.js';
import { kanskCycle2022, kanskCycle2023 } from './example.js';
import { checkLinks, indicatorLinkSchema, linkProgress, roadmapProgress } from './progress.js';

function schoolRoadmap(): Roadmap {
  const roadmap = createRoadmap({
    id: 'rm-1',
    school: { id: 'kansk-school-1', name: 'МБОУ СОШ № 1' },
    title: 'Дорожная карта',
    period: { start: '2022-09-01', end: '2023-05-31' },
  });
  return {
    ...roadmap,
    sections: [
      {
        id: 's',
        title: 'Профессиональное развитие учителей',
        targetGroup: 'teachers',
        activities: [
          createActivity(
            { id: 'iom', activity: 'Составить ИОМ', deadline: 'до 1 декабря 2022 года', status: 'done' },
            roadmap,
          ),
          createActivity(
            { id: 'rmo', activity: 'Включить учителей в РМО', deadline: 'до 1 марта 2023 года' },
            roadmap,
          ),
          createActivity(
            { id: 'oge', activity: 'Пробный ОГЭ', deadline: 'май 2023 года', status: 'in-progress' },
            roadmap,
          ),
        ],
      },
    ],
  };
}

const links = [
  indicatorLinkSchema.parse({
    roadmapId: 'rm-1',
    activityId: 'iom',
    measure: { kind: 'indicator', code: '4.4' },
    target: 50,
  }),
  indicatorLinkSchema.parse({
    roadmapId: 'rm-1',
    activityId: 'rmo',
    measure: { kind: 'indicator', code: '4.2' },
    target: 15,
  }),
  indicatorLinkSchema.parse({
    roadmapId: 'rm-1',
    activityId: 'oge',
    measure: { kind: 'assessment', assessment: 'gia-9', metric: 'average-score', subjects: ['математика'] },
    target: 3.5,
  }),
];

describe('activities tied to indicators', () => {
  const baseline = computeCycle(kanskCycle2022(), municipalMonitoringSet);
  const actual = computeCycle(kanskCycle2023(), municipalMonitoringSet);
  const roadmaps = [schoolRoadmap()];
  const series = [
    {
      schoolId: 'kansk-school-1',
      assessment: 'gia-9' as const,
      subjects: ['математика'],
      metric: 'average-score' as const,
      points: [{ year: 2022, value: 3.2 }],
    },
  ];

  it('takes the baseline from the previous cycle and the actual value from the next, never typed twice', () => {
    const progress = linkProgress(links, { baseline, actual, roadmaps, series });
    expect(progress.map(({ baseline: from, actual: to, status }) => ({ from, to, status }))).toEqual([
      { from: 32.2, to: 57.6, status: 'reached' },
      { from: 12.9, to: 9.5, status: 'not-reached' },
      // The 2023 ГИА-9 result is not in yet: not measured, not «не достигнуто».
      { from: 3.2, to: null, status: 'no-actual' },
    ]);
  });

  it('sums a roadmap’s progress per school and for the municipality', () => {
    const progress = linkProgress(links, { baseline, actual, roadmaps, series });
    const summary = roadmapProgress(roadmaps, progress, '2023-04-01', { id: 'kansk', name: 'г. Канск' });
    expect(summary.schools[0]).toEqual({
      id: 'kansk-school-1',
      name: 'МБОУ СОШ № 1',
      activities: 3,
      done: 1,
      inProgress: 1,
      overdue: 1,
      targets: 3,
      reached: 1,
      notReached: 1,
      pending: 1,
    });
    expect(summary.municipality).toMatchObject({ id: 'kansk', activities: 3, overdue: 1, reached: 1 });
  });

  it('names a link to an activity that does not exist', () => {
    const wrong = indicatorLinkSchema.parse({ ...links[0], activityId: 'nope' });
    expect(checkLinks([wrong], roadmaps).map((issue) => issue.message)).toEqual([
      'Целевой показатель связан с мероприятием «nope» дорожной карты «rm-1», которого нет.',
    ]);
  });
});
