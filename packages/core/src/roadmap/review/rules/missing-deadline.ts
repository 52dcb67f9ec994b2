import type { ReviewRule } from '../types.js';

/** Every activity needs a deadline (срок выполнения). */
export const missingDeadlineRule: ReviewRule = {
  id: 'missing-deadline',
  title: { ru: 'Не указан срок', en: 'No deadline' },
  severity: 'error',
  scope: 'activity',
  check({ activities }) {
    return activities
      .filter(({ activity }) => !activity.deadline?.text.trim())
      .map(({ section, activity }) => ({
        place: { sectionId: section.id, activityId: activity.id, field: 'deadline' },
        message: { ru: 'Не указан срок выполнения мероприятия.', en: 'The activity has no deadline.' },
        suggestion: {
          ru: 'Укажите срок: дату, месяц, квартал или период (например, «до 15 декабря 2020 года», «сентябрь 2021 года», «I квартал 2024»).',
          en: 'Give a deadline: a date, month, quarter or period (e.g. “до 15 декабря 2020 года”, “сентябрь 2021 года”, “I квартал 2024”).',
        },
      }));
  },
};
