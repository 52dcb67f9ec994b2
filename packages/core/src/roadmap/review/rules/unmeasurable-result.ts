import { quotable } from '../../text.js';
import type { ReviewRule } from '../types.js';
import { isCheckableResult } from '../vocabulary.js';

/**
 * Seed 000, remark 2: a planned result that cannot be measured — no number, share, product or
 * document, no observable criterion («Восстановление в памяти учащихся тем, пройденных за год»).
 */
export const unmeasurableResultRule: ReviewRule = {
  id: 'unmeasurable-result',
  title: { ru: 'Прогнозируемый результат не измеряем', en: 'The expected result cannot be measured' },
  severity: 'warning',
  scope: 'activity',
  check({ activities, vocabulary }) {
    return activities.flatMap(({ section, activity }) => {
      const result = activity.plannedResult?.trim() ?? '';
      if (!result || activity.target || isCheckableResult(result, vocabulary)) return [];
      return [
        {
          place: { sectionId: section.id, activityId: activity.id, field: 'plannedResult' },
          excerpt: result,
          message: {
            ru: `Прогнозируемый результат не измеряем: «${quotable(result)}» не свидетельствует о качестве.`,
            en: `The expected result cannot be measured: “${quotable(result)}” says nothing about quality.`,
          },
          suggestion: {
            ru:
              'Укажите, по чему будет видно достижение результата: число, долю, продукт или документ. Качество ' +
              'определяется, например, умением решать учебно-практические и учебно-познавательные задачи ' +
              '(доля обучающихся, справившихся с ними, не ниже …%).',
            en:
              'State what will show the result is reached: a number, a share, a product or a document. Quality ' +
              'shows, for example, in solving practical and cognitive learning tasks (the share of students who ' +
              'solve them, at least …%).',
          },
        },
      ];
    });
  },
};
