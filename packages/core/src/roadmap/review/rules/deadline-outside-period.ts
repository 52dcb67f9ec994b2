import { rangesOverlap } from '../../../deadline/calendar.js';
import { formatDateRange } from '../../../deadline/format.js';
import type { DateRange } from '../../../deadline/schema.js';
import type { ReviewRule } from '../types.js';

/**
 * Whether a deadline lies outside the roadmap's period. Judged by overlap, not containment: a school
 * year that began before the roadmap («2020/2021 учебный год» in a roadmap approved in December 2020)
 * is its frame, not a defect. Still outside: a deadline that shares no day with the period, or one
 * that ends after the period ends (the work cannot be reported within the roadmap).
 */
export function outsidePeriod(range: DateRange, period: DateRange): boolean {
  return !rangesOverlap(range, period) || range.end > period.end;
}

/** A deadline that falls outside the roadmap's period cannot be part of it. */
export const deadlineOutsidePeriodRule: ReviewRule = {
  id: 'deadline-outside-period',
  title: { ru: 'Срок вне периода дорожной карты', en: 'Deadline outside the roadmap period' },
  severity: 'warning',
  scope: 'activity',
  check({ roadmap, activities, readDeadline }) {
    const period = roadmap.period;
    return activities.flatMap(({ section, activity }) => {
      const text = activity.deadline?.text.trim();
      if (!text) return [];
      const outside = readDeadline(text).ranges.find((range) => outsidePeriod(range, period));
      if (!outside) return [];
      return [
        {
          place: { sectionId: section.id, activityId: activity.id, field: 'deadline' },
          excerpt: text,
          message: {
            ru: `Срок «${text}» (${formatDateRange(outside)}) выходит за период дорожной карты (${formatDateRange(period)}).`,
            en: `The deadline “${text}” (${formatDateRange(outside, 'en')}) falls outside the roadmap period (${formatDateRange(period, 'en')}).`,
          },
          suggestion: {
            ru: 'Перенесите срок в период дорожной карты или измените период.',
            en: 'Move the deadline into the roadmap period or change the period.',
          },
        },
      ];
    });
  },
};
