import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActivity, createRoadmap, type ActivityInput } from '../create.js';
import type { Roadmap, RoadmapActivity, RoadmapSection } from '../schema.js';
import { createRoadmapReviewer, reviewRoadmap } from './review.js';
import type { ReviewOptions, ReviewRule } from './types.js';

const period = { start: '2023-09-01', end: '2024-08-31' };

// Texts that trip each built-in rule, and texts that pass, so random roadmaps make every kind of remark.
const activities = [
  'Разработка ИОМ для 5 учителей математики',
  'Участие в семинаре',
  'Беседа с родителями',
  'Участие в семинаре.',
  'Курсы повышения квалификации по программе «Школа современного учителя»',
  '',
];
const results = [
  'Повышение качества образования',
  'Разработаны ИОМ для 5 учителей математики',
  'Улучшение результатов',
  'Доля обучающихся, выполнивших ВПР на «4» и «5», не ниже 40 %',
  '',
];
const deadlines = [
  'до 1 октября 2023 года',
  'ежеквартально',
  'декабрь 2025 года',
  'когда-нибудь',
  '',
  undefined,
];
const responsibles = ['заместитель директора по УВР Петрова И. А.', '', undefined];
const titles = ['Работа с учителями', 'Совершенствование методических компетенций учителей математики', ''];

const activityInput = fc.record({
  activity: fc.constantFrom(...activities),
  plannedResult: fc.constantFrom(...results),
  deadline: fc.constantFrom(...deadlines),
  responsible: fc.constantFrom(...responsibles),
});

type Input = { activity: string; plannedResult: string; deadline?: string; responsible?: string };

function toActivity(input: Input, id: string, roadmap: Pick<Roadmap, 'period'>): RoadmapActivity {
  const typed: ActivityInput = { id, activity: input.activity, plannedResult: input.plannedResult };
  if (input.deadline !== undefined) typed.deadline = input.deadline;
  if (input.responsible !== undefined) typed.responsible = input.responsible;
  return createActivity(typed, roadmap);
}

function roadmapOf(sections: { title: string; activities: Input[] }[]): Roadmap {
  const roadmap = createRoadmap({
    id: 'rm',
    school: { id: 'school-8', name: 'МБОУ СОШ № 8' },
    title: 'Дорожная карта',
    period,
  });
  let next = 0;
  return {
    ...roadmap,
    sections: sections.map((section, index): RoadmapSection => ({
      id: `s${index}`,
      title: section.title,
      targetGroup: 'teachers',
      activities: section.activities.map((input) => toActivity(input, `a${(next += 1)}`, roadmap)),
    })),
  };
}

/** One edit as the editor makes it: a new object for what changed, the rest kept. */
type Edit =
  | { kind: 'retype'; at: number; input: Input }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'remove'; at: number }
  | { kind: 'add'; to: number; input: Input }
  | { kind: 'retitle'; to: number; title: string }
  | { kind: 'period'; end: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), input: activityInput }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), to: fc.nat(), input: activityInput }),
  fc.record({ kind: fc.constant('retitle' as const), to: fc.nat(), title: fc.constantFrom(...titles) }),
  fc.record({ kind: fc.constant('period' as const), end: fc.constantFrom('2024-08-31', '2026-08-31') }),
);

let added = 0;

function applyEdit(roadmap: Roadmap, change: Edit): Roadmap {
  const places = roadmap.sections.flatMap((section, s) => section.activities.map((_, a) => ({ s, a })));
  const sectionAt = (n: number) => n % roadmap.sections.length;
  const withSections = (sections: RoadmapSection[]): Roadmap => ({ ...roadmap, sections });
  switch (change.kind) {
    case 'period':
      return { ...roadmap, period: { ...roadmap.period, end: change.end } };
    case 'retitle':
      return withSections(
        roadmap.sections.map((section, s) =>
          s === sectionAt(change.to) ? { ...section, title: change.title } : section,
        ),
      );
    case 'add': {
      const target = sectionAt(change.to);
      const activity = toActivity(change.input, `n${(added += 1)}`, roadmap);
      return withSections(
        roadmap.sections.map((section, s) =>
          s === target ? { ...section, activities: [...section.activities, activity] } : section,
        ),
      );
    }
    default: {
      const place = places[change.at % Math.max(places.length, 1)];
      if (!place) return roadmap;
      const activity = roadmap.sections[place.s]!.activities[place.a]!;
      const without = roadmap.sections.map((section, s) =>
        s === place.s
          ? { ...section, activities: section.activities.filter((_, a) => a !== place.a) }
          : section,
      );
      if (change.kind === 'remove') return withSections(without);
      if (change.kind === 'move') {
        const target = sectionAt(change.to);
        return withSections(
          without.map((section, s) =>
            s === target ? { ...section, activities: [activity, ...section.activities] } : section,
          ),
        );
      }
      const retyped = toActivity(change.input, activity.id, roadmap);
      return withSections(
        roadmap.sections.map((section, s) =>
          s === place.s
            ? { ...section, activities: section.activities.map((old, a) => (a === place.a ? retyped : old)) }
            : section,
        ),
      );
    }
  }
}

const roadmapArbitrary = fc
  .array(
    fc.record({ title: fc.constantFrom(...titles), activities: fc.array(activityInput, { maxLength: 6 }) }),
    { minLength: 1, maxLength: 3 },
  )
  .map(roadmapOf);

describe('createRoadmapReviewer (инкрементальная автоматическая проверка)', () => {
  it('gives exactly what reviewRoadmap gives after every edit of a random editing session', () => {
    fc.assert(
      fc.property(roadmapArbitrary, fc.array(edit, { maxLength: 12 }), (start, edits) => {
        const reviewer = createRoadmapReviewer();
        let roadmap = start;
        expect(reviewer.review(roadmap)).toEqual(reviewRoadmap(roadmap));
        for (const change of edits) {
          roadmap = applyEdit(roadmap, change);
          expect(reviewer.review(roadmap)).toEqual(reviewRoadmap(roadmap));
        }
      }),
      { seed: 20261207, numRuns: 80 },
    );
  }, 60_000);

  it('reads again only the activity that was retyped, and keeps the other remarks as the same objects', () => {
    const roadmap = roadmapOf([
      {
        title: 'Работа с учителями',
        activities: [
          { activity: 'Участие в семинаре', plannedResult: 'Повышение качества образования' },
          {
            activity: 'Беседа с родителями',
            plannedResult: 'Улучшение результатов',
            deadline: 'когда-нибудь',
          },
          { activity: 'Участие в семинаре', plannedResult: '', deadline: 'декабрь 2025 года' },
        ],
      },
    ]);
    const reviewer = createRoadmapReviewer();
    const first = reviewer.review(roadmap);
    expect(reviewer.stats).toEqual({ reviewed: 3, reused: 0 });

    const section = roadmap.sections[0]!;
    const edited: Roadmap = {
      ...roadmap,
      sections: [
        {
          ...section,
          activities: section.activities.map((activity, index) =>
            index === 1
              ? { ...activity, plannedResult: 'Разработаны ИОМ для 5 учителей математики' }
              : activity,
          ),
        },
      ],
    };
    const second = reviewer.review(edited);
    expect(reviewer.stats).toEqual({ reviewed: 1, reused: 2 });
    expect(second).toEqual(reviewRoadmap(edited));

    const untouched = (remarks: typeof first, id: string) =>
      remarks.filter((remark) => remark.place.activityId === id && remark.ruleId !== 'duplicate-activity');
    const kept = untouched(second, 'a1');
    expect(kept.length).toBeGreaterThan(0);
    kept.forEach((remark, index) => expect(remark).toBe(untouched(first, 'a1')[index]));
    // The retyped activity's result remark went away with its vague text.
    expect(
      second.some((remark) => remark.place.activityId === 'a2' && remark.ruleId === 'vague-result'),
    ).toBe(false);
    expect(first.some((remark) => remark.place.activityId === 'a2' && remark.ruleId === 'vague-result')).toBe(
      true,
    );
  });

  it('reads every activity again when the period changes, since deadlines are judged against it', () => {
    const roadmap = roadmapOf([
      {
        title: 'Работа с учителями',
        activities: [{ activity: 'Беседа', plannedResult: '', deadline: 'декабрь 2025 года' }],
      },
    ]);
    const reviewer = createRoadmapReviewer();
    const before = reviewer.review(roadmap);
    expect(before.map((remark) => remark.ruleId)).toContain('deadline-outside-period');
    const longer = { ...roadmap, period: { ...roadmap.period, end: '2026-08-31' } };
    const after = reviewer.review(longer);
    expect(reviewer.stats).toEqual({ reviewed: 1, reused: 0 });
    expect(after.map((remark) => remark.ruleId)).not.toContain('deadline-outside-period');
    expect(after).toEqual(reviewRoadmap(longer));
  });

  it('keeps a region’s options: severities, disabled rules and its own rules of either scope', () => {
    const perActivity: ReviewRule = {
      id: 'region-short-activity',
      title: { ru: 'Слишком короткое мероприятие', en: 'Activity too short' },
      severity: 'info',
      scope: 'activity',
      check: ({ activities }) =>
        activities
          .filter(({ activity }) => activity.activity.length < 12)
          .map(({ section, activity }) => ({
            place: { sectionId: section.id, activityId: activity.id, field: 'activity' },
            message: { ru: 'Короткое мероприятие.', en: 'A short activity.' },
            suggestion: { ru: 'Опишите подробнее.', en: 'Describe it in more detail.' },
          })),
    };
    const wholeRoadmap: ReviewRule = {
      id: 'region-activity-count',
      title: { ru: 'Мало мероприятий', en: 'Few activities' },
      severity: 'warning',
      check: ({ roadmap, activities }) =>
        activities.length < 3 && roadmap.sections[0]
          ? [
              {
                place: { sectionId: roadmap.sections[0].id, field: 'title' },
                message: { ru: 'Мало мероприятий.', en: 'Few activities.' },
                suggestion: { ru: 'Добавьте мероприятия.', en: 'Add activities.' },
              },
            ]
          : [],
    };
    const options: ReviewOptions = {
      rules: [perActivity, wholeRoadmap],
      disable: ['missing-responsible'],
      severity: { 'vague-result': 'error' },
    };
    fc.assert(
      fc.property(roadmapArbitrary, fc.array(edit, { maxLength: 6 }), (start, edits) => {
        const reviewer = createRoadmapReviewer(options);
        let roadmap = start;
        expect(reviewer.review(roadmap)).toEqual(reviewRoadmap(roadmap, options));
        for (const change of edits) {
          roadmap = applyEdit(roadmap, change);
          expect(reviewer.review(roadmap)).toEqual(reviewRoadmap(roadmap, options));
        }
      }),
      { seed: 7, numRuns: 40 },
    );
  }, 60_000);

  it('prepares a long roadmap in slices, after which the review reads nothing again', () => {
    const roadmap = roadmapOf([
      {
        title: 'Работа с учителями',
        activities: Array.from({ length: 10 }, (_, index) => ({
          activity: activities[index % activities.length]!,
          plannedResult: results[index % results.length]!,
          deadline: 'ноябрь 2023 года',
        })),
      },
    ]);
    const reviewer = createRoadmapReviewer();
    let slices = 0;
    let asked = 0;
    // Each slice stops after three activities: four slices read all ten.
    while (!reviewer.prepare(roadmap, () => ++asked % 4 === 0)) slices += 1;
    expect(slices).toBe(3);
    expect(reviewer.review(roadmap)).toEqual(reviewRoadmap(roadmap));
    expect(reviewer.stats).toEqual({ reviewed: 0, reused: 10 });
    // Nothing left to read: done at once, without asking.
    asked = 0;
    expect(reviewer.prepare(roadmap, () => (asked += 1) > 0)).toBe(true);
    expect(asked).toBe(0);
  });

  it('refuses a roadmap that fails the schema with the same message as reviewRoadmap', () => {
    const broken = {
      ...roadmapOf([{ title: 'Работа', activities: [] }]),
      period: { start: 'вчера' },
    } as unknown as Roadmap;
    const message = (() => {
      try {
        reviewRoadmap(broken);
      } catch (error) {
        return (error as Error).message;
      }
      return undefined;
    })();
    expect(message).toMatch(/«start»/);
    expect(() => createRoadmapReviewer().review(broken)).toThrow(message);
  });
});
