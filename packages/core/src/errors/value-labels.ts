import { resourceRiskLabels, schoolCategoryLabels, schoolRoleLabels } from '../school/labels.js';
import type { DisplayLocale } from '../share/index.js';
import { pickText, type LocalizedText } from '../text/index.js';
import { toDisplayLocale } from '../text/locale.js';

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
  // Record kinds (`entity`) and party kinds alike: one word fits both.
  school: { ru: 'школа', en: 'school' },
  teacher: { ru: 'педагог', en: 'teacher' },
  counts: { ru: 'введённые вручную количества', en: 'counts typed in' },
  records: { ru: 'записи о школах и педагогах', en: 'school and teacher records' },
  // Assignment kinds (закрепление по приказу); the school-to-school ones come with the roles above.
  mentor: { ru: 'наставник', en: 'mentor' },
  curator: { ru: 'куратор', en: 'curator' },
  tutor: { ru: 'муниципальный тьютор', en: 'municipal tutor' },
  person: { ru: 'специалист', en: 'person' },
};

/** An allowed value with its meaning: `low-results (ШНОР/ШНРО …)`. */
export function describeValue(value: unknown, requested: DisplayLocale): string {
  const locale = toDisplayLocale(requested);
  const text = String(value);
  const label = valueLabels[text];
  return label === undefined ? text : `${text} (${pickText(label, locale)})`;
}
