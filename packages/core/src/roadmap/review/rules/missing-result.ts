import type { ReviewRule } from '../types.js';

/** Every activity needs a planned result (прогнозируемый результат): without it nothing can be checked. */
export const missingResultRule: ReviewRule = {
  id: 'missing-result',
  title: { ru: 'Не указан прогнозируемый результат', en: 'No expected result' },
  severity: 'error',
  scope: 'activity',
  check({ activities }) {
    return activities
      .filter(({ activity }) => !activity.plannedResult?.trim() && !activity.target)
      .map(({ section, activity }) => ({
        place: { sectionId: section.id, activityId: activity.id, field: 'plannedResult' },
        message: { ru: 'Не указан прогнозируемый результат.', en: 'The activity has no expected result.' },
        suggestion: {
          ru: 'Укажите прогнозируемый результат: число, долю, продукт или документ (например, «Разработаны ИОМ для 5 учителей математики»).',
          en: 'Give the expected result: a number, a share, a product or a document (e.g. “individual routes developed for 5 maths teachers”).',
        },
      }));
  },
};
