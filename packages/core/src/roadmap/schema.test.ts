import { describe, expect, it } from 'vitest';
import { createActivity, createRoadmap } from './create.js';
import { refreshDeadlines } from './deadlines.js';
import { parseOrExplain } from '../errors/parse.js';
import { roadmapSchema, type Roadmap } from './schema.js';

const header = {
  id: 'rm-22',
  school: { id: 'school-22', name: 'МБОУ СОШ № 22' },
  title: 'Дорожная карта по переходу в эффективный режим работы',
  period: { start: '2023-01-01', end: '2023-12-31' },
};

function withActivity(roadmap: Roadmap, deadline: string): Roadmap {
  const activity = createActivity(
    {
      id: 'a1',
      problem: 'Профессиональные дефициты учителей математики',
      activity: 'Разработка ИОМ для 5 учителей математики',
      form: 'other',
      plannedResult: 'Разработаны ИОМ для 5 учителей математики',
      target: { indicator: 'Учителя математики с ИОМ', baseline: 0, target: 5, unit: 'чел.' },
      deadline,
      responsible: 'заместитель директора по УВР Петрова И. А.',
    },
    roadmap,
  );
  return {
    ...roadmap,
    sections: [
      {
        id: 's1',
        title: 'Совершенствование предметных и методических компетенций учителей',
        targetGroup: 'teachers',
        directionId: 'teachers-professional-development',
        riskFactorIds: ['teacher-competence'],
        activities: [activity],
      },
    ],
  };
}

describe('roadmapSchema', () => {
  it('accepts a roadmap built with createRoadmap/createActivity and keeps the deadline text as typed', () => {
    const roadmap = withActivity(createRoadmap(header), 'в январе, августе');
    expect(roadmapSchema.parse(roadmap)).toEqual(roadmap);
    expect(roadmap.sections[0]?.activities[0]?.deadline).toMatchObject({
      text: 'в январе, августе',
      kind: 'several',
      ranges: [
        { start: '2023-01-01', end: '2023-01-31' },
        { start: '2023-08-01', end: '2023-08-31' },
      ],
    });
    expect(roadmap.sections[0]?.activities[0]?.status).toBe('planned');
  });

  it('refuses duplicated section or activity ids and a period that ends before it starts', () => {
    const roadmap = withActivity(createRoadmap(header), 'I квартал');
    const section = roadmap.sections[0]!;
    const duplicated = { ...roadmap, sections: [section, { ...section, id: 's2' }] };
    const result = roadmapSchema.safeParse(duplicated);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'the id "a1" appears above already; section and activity ids must be unique.',
    );
    expect(parseOrExplain(roadmapSchema, duplicated)).toMatchObject({
      ok: false,
      issues: [{ path: 'sections[1].activities[0].id', code: 'duplicate-id' }],
    });
    expect(
      roadmapSchema.safeParse({ ...roadmap, period: { start: '2023-12-31', end: '2023-01-01' } }).success,
    ).toBe(false);
  });

  it('refuses an unknown activity form or status', () => {
    const roadmap = withActivity(createRoadmap(header), 'I квартал');
    const activity = roadmap.sections[0]!.activities[0]!;
    const broken = {
      ...roadmap,
      sections: [{ ...roadmap.sections[0]!, activities: [{ ...activity, form: 'lecture' }] }],
    };
    expect(roadmapSchema.safeParse(broken).success).toBe(false);
  });
});

describe('refreshDeadlines', () => {
  it('reads year-less deadlines again when the period moves to another year', () => {
    const roadmap = withActivity(createRoadmap(header), 'I квартал');
    const moved = refreshDeadlines({ ...roadmap, period: { start: '2024-01-01', end: '2024-12-31' } });
    expect(moved.sections[0]?.activities[0]?.deadline?.ranges).toEqual([
      { start: '2024-01-01', end: '2024-03-31' },
    ]);
    expect(moved.sections[0]?.activities[0]?.deadline?.text).toBe('I квартал');
  });
});
