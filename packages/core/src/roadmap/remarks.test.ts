import { describe, expect, it } from 'vitest';
import { createRoadmap } from './create.js';
import {
  acceptReviewRemarks,
  createRemark,
  freshId,
  isOpenRemark,
  isReviewRemarkAccepted,
  unacceptedReviewRemarks,
  usedIds,
} from './remarks.js';
import type { ReviewRemark } from './review/types.js';
import type { Roadmap, RoadmapRemark } from './schema.js';

const roadmap: Roadmap = {
  ...createRoadmap({
    id: 'rm',
    school: { id: 's', name: 'S' },
    title: 'T',
    period: { start: '2020-09-01', end: '2021-08-31' },
  }),
  sections: [
    {
      id: 'section-1',
      title: 'A',
      targetGroup: 'teachers',
      activities: [{ id: 'a1', activity: 'x', status: 'planned' }],
    },
    { id: 's2', title: 'B', targetGroup: 'students', activities: [] },
  ],
};

const review = (place: ReviewRemark['place'], ruleId = 'vague-result'): ReviewRemark => ({
  ruleId,
  severity: 'warning',
  place,
  message: { ru: 'Результат сформулирован неконкретно.', en: 'The result is vague.' },
  suggestion: { ru: 'Укажите измеримый результат.', en: 'State a measurable result.' },
});

const own = (
  id: string,
  target: RoadmapRemark['target'],
  status: 'open' | 'resolved' = 'open',
): RoadmapRemark => ({
  id,
  target,
  author: 'Методист',
  date: '2020-11-30',
  text: 't',
  status,
  ruleId: 'vague-result',
});

describe('reviewer remarks', () => {
  it('counts a review remark accepted while an open remark of its rule is about the same field', () => {
    const onActivity = review({ sectionId: 'section-1', activityId: 'a1', field: 'plannedResult' });
    const onSection = review({ sectionId: 's2', field: 'title' });
    const remarks = [own('r1', { sectionId: 'section-1', activityId: 'a1', field: 'plannedResult' })];
    expect(isReviewRemarkAccepted(remarks, onActivity)).toBe(true);
    expect(isReviewRemarkAccepted(remarks, { ...onActivity, ruleId: 'other' })).toBe(false);
    expect(
      isReviewRemarkAccepted(remarks, { ...onActivity, place: { ...onActivity.place, field: 'problem' } }),
    ).toBe(false);
    // Resolved remarks no longer hold it: the review may be accepted again.
    expect(
      isReviewRemarkAccepted(
        [own('r1', { sectionId: 'section-1', activityId: 'a1', field: 'plannedResult' }, 'resolved')],
        onActivity,
      ),
    ).toBe(false);
    // An activity that moved to another section keeps its accepted remark.
    expect(
      isReviewRemarkAccepted(
        [own('r1', { sectionId: 's2', activityId: 'a1', field: 'plannedResult' })],
        onActivity,
      ),
    ).toBe(true);
    // A section's remark is not an activity's.
    expect(
      isReviewRemarkAccepted([own('r2', { sectionId: 's2', activityId: 'a9', field: 'title' })], onSection),
    ).toBe(false);
    expect(isReviewRemarkAccepted([own('r2', { sectionId: 's2', field: 'title' })], onSection)).toBe(true);
    const withRemarks = { ...roadmap, remarks };
    expect(unacceptedReviewRemarks(withRemarks, [onActivity, onSection])).toEqual(
      [onActivity, onSection].slice(1),
    );
  });

  it('builds a reviewer remark open, authored, dated, with an id the roadmap does not use', () => {
    const remark = createRemark(roadmap, { sectionId: 's2' }, 'Уточните раздел.', {
      author: 'Викульева О. Г.',
      date: '2020-11-30',
    });
    expect(remark).toEqual({
      id: freshId('remark', usedIds(roadmap)),
      target: { sectionId: 's2' },
      author: 'Викульева О. Г.',
      date: '2020-11-30',
      text: 'Уточните раздел.',
      status: 'open',
    });
    expect(isOpenRemark(remark)).toBe(true);
    expect(usedIds(roadmap).has(remark.id)).toBe(false);
    expect(usedIds(roadmap)).toEqual(new Set(['section-1', 'a1', 's2']));
  });

  it('numbers accepted review remarks under a prefix whose numbers are all free', () => {
    // review-4-1 is taken (4 = the count of used ids + 1), so the prefix moves on.
    const taken = { ...roadmap, remarks: [own('review-4-1', {})] };
    const accepted = acceptReviewRemarks(
      taken,
      [
        review({ sectionId: 'section-1', activityId: 'a1', field: 'plannedResult' }),
        review({ sectionId: 's2', field: 'title' }),
      ],
      { author: 'Методист', date: '2020-11-30', locale: 'ru' },
    );
    expect(accepted.map((remark) => remark.id)).toEqual(['review-5-1', 'review-5-2']);
    expect(accepted[0]).toMatchObject({
      target: { sectionId: 'section-1', activityId: 'a1', field: 'plannedResult' },
      text: 'Результат сформулирован неконкретно. Укажите измеримый результат.',
      status: 'open',
      ruleId: 'vague-result',
    });
    const ids = new Set([...usedIds(taken), ...accepted.map((remark) => remark.id)]);
    expect(ids.size).toBe(usedIds(taken).size + 2);
  });
});
