import type { ReviewRule } from '../types.js';

/** Every activity needs a responsible person (ответственный). */
export const missingResponsibleRule: ReviewRule = {
  id: 'missing-responsible',
  title: { ru: 'Не указан ответственный', en: 'No responsible person' },
  severity: 'error',
  scope: 'activity',
  check({ activities }) {
    return activities
      .filter(({ activity }) => !activity.responsible?.trim())
      .map(({ section, activity }) => ({
        place: { sectionId: section.id, activityId: activity.id, field: 'responsible' },
        message: {
          ru: 'Не указан ответственный за мероприятие.',
          en: 'No one is responsible for the activity.',
        },
        suggestion: {
          ru: 'Укажите ответственного: должность и фамилию с инициалами (например, «заместитель директора по УВР Петрова И. А.»).',
          en: 'Name the responsible person: position and name (e.g. “deputy head for teaching, I. A. Petrova”).',
        },
      }));
  },
};
