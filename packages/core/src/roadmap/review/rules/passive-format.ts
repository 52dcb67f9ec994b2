import { activityFormLabels, passiveActivityForms } from '../../activity-form-values.js';
import { inferActivityForm } from '../../infer-form.js';
import type { ReviewRule } from '../types.js';
import { findPhrase, namesProductOrApplication } from '../vocabulary.js';

/**
 * Seed 000: «Пассивное участие в семинаре не даст повышения качества преподаваемых предметов» — a
 * passive format (seminar, conversation, meeting, course) with no product and no application in practice.
 */
export const passiveFormatRule: ReviewRule = {
  id: 'passive-format',
  title: {
    ru: 'Пассивный формат без продукта или применения в практике',
    en: 'Passive format with no product or practice',
  },
  severity: 'warning',
  scope: 'activity',
  check({ activities, vocabulary }) {
    return activities.flatMap(({ section, activity }) => {
      const form = activity.form ?? inferActivityForm(activity.activity);
      const passiveWord = findPhrase(activity.activity, vocabulary.passiveMarkers);
      if (!passiveActivityForms.includes(form) && !passiveWord) return [];
      const written = [
        activity.activity,
        activity.plannedResult ?? '',
        ...(activity.evidence ?? []).map((e) => e.description),
      ];
      if (activity.target || written.some((text) => namesProductOrApplication(text, vocabulary))) return [];
      const label = passiveActivityForms.includes(form)
        ? activityFormLabels[form]
        : { ru: passiveWord?.phrase ?? '', en: passiveWord?.phrase ?? '' };
      return [
        {
          place: { sectionId: section.id, activityId: activity.id, field: 'activity' },
          excerpt: activity.activity,
          message: {
            ru: `Пассивный формат («${label.ru}»): участие само по себе не даст повышения качества без продукта или применения в практике.`,
            en: `A passive format (${label.en}): taking part alone changes nothing without a product or use in practice.`,
          },
          suggestion: {
            ru:
              'Укажите, что участники сделают по итогам (например, применение в практике обучения технологии ' +
              'или элементов технологии; отчёт о результатах и т.д.).',
            en:
              'State what participants will do afterwards (e.g. apply the technique or its elements in their ' +
              'lessons; report on the results, etc.).',
          },
        },
      ];
    });
  },
};
