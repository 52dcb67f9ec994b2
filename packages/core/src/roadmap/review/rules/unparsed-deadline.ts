import type { ReviewRule } from '../types.js';

/** A deadline that gives no dates («по мере необходимости») cannot be checked or tracked. */
export const unparsedDeadlineRule: ReviewRule = {
  id: 'unparsed-deadline',
  title: { ru: 'Срок не распознан', en: 'Deadline not recognised' },
  severity: 'warning',
  scope: 'activity',
  check({ activities, readDeadline }) {
    return activities.flatMap(({ section, activity }) => {
      const text = activity.deadline?.text.trim();
      if (!text) return [];
      const parsed = readDeadline(text);
      if (parsed.ranges.length > 0 || !parsed.remark) return [];
      return [
        {
          place: { sectionId: section.id, activityId: activity.id, field: 'deadline' },
          excerpt: text,
          message: { ru: parsed.remark.ru, en: parsed.remark.en },
          suggestion: {
            ru: 'Запишите срок так, чтобы его можно было проверить: «до 15 декабря 2020 года», «январь, август 2023», «ежеквартально», «2023–2024 учебный год».',
            en: 'Write the deadline so it can be checked: “до 15 декабря 2020 года”, “январь, август 2023”, “ежеквартально”, “2023–2024 учебный год”.',
          },
        },
      ];
    });
  },
};
