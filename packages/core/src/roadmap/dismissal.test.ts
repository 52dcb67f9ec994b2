import { describe, expect, it } from 'vitest';
import { createActivity, createRoadmap } from './create.js';
import {
  applyDismissals,
  dismissalOf,
  remarkDismissalListSchema,
  remarkDismissalSchema,
  sameDismissal,
  textAtPlace,
  withDismissal,
  withoutDismissal,
} from './dismissal.js';
import type { ReviewRemark } from './review/types.js';
import type { Roadmap } from './schema.js';

const header = createRoadmap({
  id: 'rm',
  school: { id: 's', name: 'МБОУ СОШ № 8' },
  title: 'Дорожная карта',
  period: { start: '2020-09-01', end: '2021-08-31' },
});
const roadmap: Roadmap = {
  ...header,
  sections: [
    {
      id: 'teachers',
      title: 'Работа с педагогами',
      targetGroup: 'teachers',
      activities: [
        createActivity(
          {
            id: 'conversation',
            activity: 'Собеседование',
            plannedResult: 'Повышение качества образования',
            deadline: 'в сентябре',
          },
          header,
        ),
      ],
    },
  ],
};

const remark: ReviewRemark = {
  ruleId: 'vague-result',
  severity: 'warning',
  place: { sectionId: 'teachers', activityId: 'conversation', field: 'plannedResult' },
  excerpt: 'Повышение качества образования',
  message: { ru: 'm', en: 'm' },
  suggestion: { ru: 's', en: 's' },
};

describe('dismissed review remarks', () => {
  it('hides a dismissed review remark only while the text it was about is the same', () => {
    const dismissal = dismissalOf(roadmap, remark, 'согласовано', '2020-12-01');
    expect(applyDismissals(roadmap, [remark], [dismissal]).shown).toEqual([]);
    expect(applyDismissals(roadmap, [remark], [dismissal]).dismissed).toEqual([{ remark, dismissal }]);
    const edited = { ...remark, excerpt: 'Повышение качества образования в 5 классах' };
    expect(applyDismissals(roadmap, [edited], [dismissal]).shown).toEqual([edited]);
  });

  it('reads the text at a place when the remark quotes none', () => {
    const { excerpt: _excerpt, ...unquoted } = remark;
    const dismissal = dismissalOf(roadmap, unquoted, 'согласовано', '2020-12-01', 'Иванова');
    expect(dismissal).toEqual({
      ruleId: 'vague-result',
      sectionId: 'teachers',
      activityId: 'conversation',
      field: 'plannedResult',
      text: 'Повышение качества образования',
      reason: 'согласовано',
      date: '2020-12-01',
      by: 'Иванова',
    });
    expect(textAtPlace(roadmap, { sectionId: 'teachers', field: 'title' })).toBe('Работа с педагогами');
    expect(
      textAtPlace(roadmap, { sectionId: 'teachers', activityId: 'conversation', field: 'deadline' }),
    ).toBe('в сентябре');
    expect(textAtPlace(roadmap, { sectionId: 'gone', field: 'title' })).toBe('');
  });

  it('knows one remark hidden twice as one, ignoring the reason and surrounding spaces', () => {
    const first = dismissalOf(roadmap, remark, 'согласовано', '2020-12-01');
    const again = { ...first, text: ` ${first.text} `, reason: 'иначе', date: '2020-12-02' };
    expect(sameDismissal(first, again)).toBe(true);
    expect(withDismissal([first], again)).toEqual([again]);
    expect(withoutDismissal([first], again)).toEqual([]);
    expect(sameDismissal(first, { ...first, field: 'activity' })).toBe(false);
  });

  it('checks dismissals from drafts and hosts with a schema, naming the bad field', () => {
    const dismissal = dismissalOf(roadmap, remark, 'согласовано', '2020-12-01');
    expect(remarkDismissalListSchema.parse([dismissal])).toEqual([dismissal]);
    const bad = remarkDismissalSchema.safeParse({ ...dismissal, reason: 5 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['reason']);
    expect(remarkDismissalListSchema.safeParse({}).success).toBe(false);
    expect(remarkDismissalSchema.safeParse({ ...dismissal, date: 'вчера' }).success).toBe(false);
  });
});
