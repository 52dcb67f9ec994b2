import { resourceRiskLabels, schoolCategoryLabels, schoolRoleLabels } from '../school/labels.js';
import type { DisplayLocale } from '../share/index.js';
import { pickText, type LocalizedText } from '../text/index.js';

/** How a message names each allowed value of the SDK's enumerations. */
export const valueLabels: Readonly<Record<string, LocalizedText>> = {
  ...schoolCategoryLabels,
  ...schoolRoleLabels,
  ...resourceRiskLabels,
  presence: { ru: 'наличие («имеется»)', en: 'presence' },
  count: { ru: 'количество', en: 'count' },
  share: { ru: 'доля (количество и процент)', en: 'share (count and percentage)' },
  higher: { ru: 'чем больше, тем лучше', en: 'higher is better' },
  lower: { ru: 'чем меньше, тем лучше', en: 'lower is better' },
  none: { ru: 'без оценки направления', en: 'no better direction' },
  school: { ru: 'школы', en: 'schools' },
  teacher: { ru: 'педагоги', en: 'teachers' },
  counts: { ru: 'введённые вручную количества', en: 'counts typed in' },
  records: { ru: 'записи о школах и педагогах', en: 'school and teacher records' },
};

/** An allowed value with its meaning: `low-results (ШНОР/ШНРО …)`. */
export function describeValue(value: unknown, locale: DisplayLocale): string {
  const text = String(value);
  const label = valueLabels[text];
  return label === undefined ? text : `${text} (${pickText(label, locale)})`;
}
