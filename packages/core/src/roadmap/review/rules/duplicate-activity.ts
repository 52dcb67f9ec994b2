import { comparisonKey, quotable } from '../../text.js';
import type { ActivityEntry, ReviewRule } from '../types.js';

/** The same activity twice (after folding case, word forms and punctuation) is a copy-paste or a merge to make. */
export const duplicateActivityRule: ReviewRule = {
  id: 'duplicate-activity',
  title: { ru: 'Повторяющиеся мероприятия', en: 'Duplicated activities' },
  severity: 'warning',
  check({ activities }) {
    const firstByKey = new Map<string, ActivityEntry>();
    return activities.flatMap((entry) => {
      const key = comparisonKey(entry.activity.activity);
      if (!key) return [];
      const first = firstByKey.get(key);
      if (!first) {
        firstByKey.set(key, entry);
        return [];
      }
      const where = first.section.id === entry.section.id ? '' : ` (раздел «${first.section.title}»)`;
      const whereEn = first.section.id === entry.section.id ? '' : ` (section “${first.section.title}”)`;
      return [
        {
          place: { sectionId: entry.section.id, activityId: entry.activity.id, field: 'activity' },
          excerpt: entry.activity.activity,
          message: {
            ru: `Мероприятие повторяет мероприятие «${quotable(first.activity.activity)}»${where}.`,
            en: `The activity repeats “${quotable(first.activity.activity)}”${whereEn}.`,
          },
          suggestion: {
            ru: 'Объедините мероприятия или уточните, чем они различаются (участники, срок, результат).',
            en: 'Merge the activities or say how they differ (participants, deadline, result).',
          },
        },
      ];
    });
  },
};
