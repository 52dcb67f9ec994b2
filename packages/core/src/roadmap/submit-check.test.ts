import { describe, expect, it } from 'vitest';
import { createActivity, createRoadmap } from './create.js';
import { transitionRoadmap } from './transition.js';
import type { Roadmap } from './schema.js';
import { checkRoadmapForSubmit, submitTextLimits } from './submit-check.js';

const header = createRoadmap({
  id: 'rm-8',
  school: { id: 'school-8', name: 'МБОУ СОШ № 8' },
  title: 'Дорожная карта по повышению качества образования',
  period: { start: '2023-01-01', end: '2023-12-31' },
});

function roadmapWith(
  sectionTitle: string,
  activities: { id: string; activity: string; plannedResult?: string }[],
): Roadmap {
  return {
    ...header,
    sections: [
      {
        id: 's1',
        title: sectionTitle,
        targetGroup: 'teachers',
        activities: activities.map((input) => createActivity({ ...input, deadline: 'I квартал' }, header)),
      },
    ],
  };
}

const ready = roadmapWith('Повышение квалификации', [
  { id: 'a1', activity: 'Курсы повышения квалификации', plannedResult: 'Прошли курсы 12 педагогов' },
]);

describe('checkRoadmapForSubmit', () => {
  it('finds nothing in a roadmap that is ready', () => {
    expect(checkRoadmapForSubmit(ready)).toEqual([]);
  });

  it('lists an empty activity, a blank section title and a 100 000-character field, each with its place', () => {
    const roadmap = roadmapWith('   ', [
      { id: 'a1', activity: ' ' },
      { id: 'a2', activity: 'Семинар', plannedResult: 'я'.repeat(100_000) },
    ]);
    const problems = checkRoadmapForSubmit(roadmap);
    expect(problems.map(({ path, code, target }) => ({ path, code, target }))).toEqual([
      { path: 'sections[0].title', code: 'blank-section-title', target: { sectionId: 's1', field: 'title' } },
      {
        path: 'sections[0].activities[0].activity',
        code: 'empty-activity',
        target: { sectionId: 's1', activityId: 'a1', field: 'activity' },
      },
      {
        path: 'sections[0].activities[1].plannedResult',
        code: 'text-too-long',
        target: { sectionId: 's1', activityId: 'a2', field: 'plannedResult' },
      },
    ]);
    expect(problems[0]!.message).toBe('Раздел 1: не заполнено название раздела.');
    expect(problems[1]!.message).toBe(
      'Мероприятие 1.1: не заполнено, что будет сделано. Заполните или удалите строку.',
    );
    expect(problems[2]!.message).toBe(
      'Мероприятие 1.2, поле «Прогнозируемый результат»: текст длиной 100\u00a0000 знаков, а допустимо не больше 5\u00a0000 знаков. Сократите его.',
    );
    expect(problems[2]!.messages.en).toBe(
      'Activity 1.2, field “Planned result”: the text is 100,000 characters long; at most 5,000 characters are allowed. Shorten it.',
    );
    expect(checkRoadmapForSubmit(roadmap, 'en')[0]!.message).toBe('Section 1: the section has no title.');
  });

  it('allows texts up to the limit and refuses one character more', () => {
    const at = roadmapWith('Раздел', [{ id: 'a1', activity: 'я'.repeat(submitTextLimits.text) }]);
    const over = roadmapWith('Раздел', [{ id: 'a1', activity: 'я'.repeat(submitTextLimits.text + 1) }]);
    expect(checkRoadmapForSubmit(at)).toEqual([]);
    expect(checkRoadmapForSubmit(over).map((problem) => problem.code)).toEqual(['text-too-long']);
  });
});

describe('submitting through transitionRoadmap', () => {
  it('refuses while the check fires, listing every problem, and submits once they are fixed', () => {
    const broken = roadmapWith('', [{ id: 'a1', activity: '' }]);
    const refused = transitionRoadmap(broken, 'submit');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('not-ready');
    expect(refused.error.problems?.map((problem) => problem.path)).toEqual([
      'sections[0].title',
      'sections[0].activities[0].activity',
    ]);
    expect(refused.error.ru).toBe(
      'Дорожную карту нельзя направить на рассмотрение, пока не исправлено (2): ' +
        'Раздел 1: не заполнено название раздела. ' +
        'Мероприятие 1.1: не заполнено, что будет сделано. Заполните или удалите строку.',
    );
    expect(refused.error.en).toContain('The roadmap cannot be submitted until this is fixed (2)');
    expect(transitionRoadmap(ready, 'submit').ok).toBe(true);
  });

  it('applies to a resubmission after a return as well', () => {
    const returned: Roadmap = {
      ...roadmapWith('Раздел', [{ id: 'a1', activity: '   ' }]),
      status: 'returned',
    };
    const result = transitionRoadmap(returned, 'submit');
    expect(result.ok ? undefined : result.error.code).toBe('not-ready');
  });
});
