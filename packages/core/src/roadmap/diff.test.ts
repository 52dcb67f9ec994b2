import { describe, expect, it } from 'vitest';
import { createActivity, createRoadmap } from './create.js';
import { ShnroArgumentError } from '../errors/argument-error.js';
import { diffRoadmaps } from './diff.js';
import type { Roadmap } from './schema.js';

const header = createRoadmap({
  id: 'rm-8',
  school: { id: 'school-8', name: 'МБОУ СОШ № 8' },
  title: 'Дорожная карта по повышению качества образования',
  period: { start: '2023-01-01', end: '2023-12-31' },
});

/** Seven activities in two sections, as the roadmap of the two-tab report had. */
function seven(texts: string[] = []): Roadmap {
  const activity = (index: number) =>
    createActivity(
      {
        id: `a${index}`,
        activity: texts[index] ?? `Мероприятие ${index}`,
        plannedResult: `Результат ${index}`,
        deadline: 'I квартал',
      },
      header,
    );
  return {
    ...header,
    sections: [
      {
        id: 's1',
        title: 'Работа с педагогами',
        targetGroup: 'teachers',
        activities: [0, 1, 2, 3].map(activity),
      },
      {
        id: 's2',
        title: 'Работа с обучающимися',
        targetGroup: 'students',
        activities: [4, 5, 6].map(activity),
      },
    ],
  };
}

describe('diffRoadmaps', () => {
  it('finds nothing between a roadmap and its copy', () => {
    const diff = diffRoadmaps(seven(), structuredClone(seven()));
    expect(diff.same).toBe(true);
    expect(diff.activities).toEqual([]);
    expect(diff.activityCount).toEqual({ ours: 7, theirs: 7 });
  });

  it('tells two versions of seven activities apart by what differs, not by their count', () => {
    const ours = seven();
    const theirs = seven([]);
    theirs.sections[1]!.activities[1] = {
      ...theirs.sections[1]!.activities[1]!,
      plannedResult: 'Доля «2» снижена до 10 %',
    };
    const diff = diffRoadmaps(ours, theirs);
    expect(diff.same).toBe(false);
    expect(diff.activityCount).toEqual({ ours: 7, theirs: 7 });
    expect(diff.activities).toEqual([
      {
        activityId: 'a5',
        sectionId: 's2',
        number: '2.2',
        name: 'Мероприятие 5',
        change: 'changed',
        fields: [
          {
            field: 'plannedResult',
            label: { ru: 'Прогнозируемый результат', en: 'Planned result' },
            ours: 'Результат 5',
            theirs: 'Доля «2» снижена до 10 %',
          },
        ],
      },
    ]);
  });

  it('lists activities only in one version with their texts, and changed headers and section titles', () => {
    const ours = seven();
    const theirs = seven();
    theirs.title = 'Программа повышения качества образования';
    theirs.sections[0]!.title = 'Повышение квалификации педагогов';
    const removed = theirs.sections[0]!.activities.splice(3, 1)[0]!;
    theirs.sections[1]!.activities.push(
      createActivity({ id: 'a7', activity: 'Родительский всеобуч', responsible: 'Завуч' }, header),
    );
    const diff = diffRoadmaps(ours, theirs);
    expect(diff.header).toEqual([
      {
        field: 'title',
        label: { ru: 'Название', en: 'Title' },
        ours: 'Дорожная карта по повышению качества образования',
        theirs: 'Программа повышения качества образования',
      },
    ]);
    expect(diff.sections).toEqual([
      {
        sectionId: 's1',
        number: '1',
        change: 'changed',
        fields: [
          {
            field: 'sectionTitle',
            label: { ru: 'Название раздела', en: 'Section title' },
            ours: 'Работа с педагогами',
            theirs: 'Повышение квалификации педагогов',
          },
        ],
      },
    ]);
    expect(
      diff.activities.map(({ activityId, number, change, name }) => ({ activityId, number, change, name })),
    ).toEqual([
      { activityId: removed.id, number: '1.4', change: 'only-ours', name: 'Мероприятие 3' },
      { activityId: 'a7', number: '2.4', change: 'only-theirs', name: 'Родительский всеобуч' },
    ]);
    // An activity only in one version shows every field it has, against nothing.
    const added = diff.activities[1]!.fields;
    expect(added.find((item) => item.field === 'activity')).toMatchObject({
      ours: '',
      theirs: 'Родительский всеобуч',
    });
    expect(added.find((item) => item.field === 'responsible')).toMatchObject({ ours: '', theirs: 'Завуч' });
    expect(added.every((item) => item.ours === '' && item.theirs !== '')).toBe(true);
  });

  it('matches activities by id, so moving one is no change of its text', () => {
    const ours = seven();
    const theirs = seven();
    const moved = theirs.sections[0]!.activities.shift()!;
    theirs.sections[1]!.activities.push(moved);
    const diff = diffRoadmaps(ours, theirs);
    expect(diff.activities).toEqual([]);
  });

  it('refuses values that are no roadmaps with the documented error, never another', () => {
    const broken = { ...seven(), title: ['не', { текст: true }] } as unknown as Roadmap;
    expect(() => diffRoadmaps(seven(), broken)).toThrow(ShnroArgumentError);
    expect(() => diffRoadmaps(seven(), null as unknown as Roadmap)).toThrow(
      /diffRoadmaps: аргументы «ours» и «theirs»/,
    );
  });
});
