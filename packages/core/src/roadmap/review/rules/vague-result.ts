import { quotable } from '../../text.js';
import type { ReviewRule } from '../types.js';
import { nominalisedImprovement } from '../phrase.js';
import { findPhrase, isCheckableResult } from '../vocabulary.js';

/**
 * Seed 000, remark 1: a general formulation that names no concrete planned change
 * («Повышение качества образования», «Повышение качества преподаваемых предметов»). Recognised by
 * its shape — an improvement of an abstract quality with no number, share, product, document or
 * observable outcome — so new wordings are caught too; a region's own phrases are added to it.
 */
export const vagueResultRule: ReviewRule = {
  id: 'vague-result',
  title: {
    ru: 'Общие формулировки, не отражающие конкретных планируемых изменений',
    en: 'General formulations naming no concrete change',
  },
  severity: 'warning',
  scope: 'activity',
  supersedes: ['unmeasurable-result'],
  check({ activities, vocabulary }) {
    return activities.flatMap(({ section, activity }) => {
      const result = activity.plannedResult?.trim() ?? '';
      if (!result || activity.target || isCheckableResult(result, vocabulary)) return [];
      if (!nominalisedImprovement(result) && !findPhrase(result, vocabulary.vaguePhrases)) return [];
      return [
        {
          place: { sectionId: section.id, activityId: activity.id, field: 'plannedResult' },
          excerpt: result,
          message: {
            ru: `Общая формулировка, не отражающая конкретных планируемых изменений: «${quotable(result)}».`,
            en: `A general formulation that names no concrete planned change: “${quotable(result)}”.`,
          },
          suggestion: {
            ru:
              'Необходимо конкретизировать прогнозируемый результат (например, разработка индивидуального ' +
              'образовательного маршрута; доля обучающихся, выполнивших работу на «4» и «5», не ниже …% и т.д.).',
            en:
              'Make the expected result concrete (e.g. an individual educational route developed; the share of ' +
              'students scoring 4 or 5 on the test at least …%, etc.).',
          },
        },
      ];
    });
  },
};
