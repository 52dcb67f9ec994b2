import type { DeadlineRemark, DeadlineRemarkCode } from './schema.js';

const examplesRu =
  '«до 15 декабря 2020 года», «сентябрь 2021 года», «I квартал 2024», «2023–2024 учебный год»';
const examplesEn = '“до 15 декабря 2020 года” (by 15 December 2020), “сентябрь 2021 года”, “I квартал 2024”';

/** The remark that explains why a deadline text gave no dates, in the words a reviewer would use. */
export function deadlineRemark(code: DeadlineRemarkCode, text: string): DeadlineRemark {
  const quoted = text.trim();
  switch (code) {
    case 'empty':
      return { code, ru: 'Срок не указан.', en: 'No deadline is given.' };
    case 'unrecognised':
      return {
        code,
        ru: `Срок «${quoted}» не распознан. Укажите дату, месяц, квартал или период, например ${examplesRu}.`,
        en: `The deadline “${quoted}” was not recognised. Give a date, month, quarter or period, e.g. ${examplesEn}.`,
      };
    case 'needs-year':
      return {
        code,
        ru: `В сроке «${quoted}» нет года, а период дорожной карты не задан: укажите год.`,
        en: `The deadline “${quoted}” has no year and no roadmap period is known: add the year.`,
      };
    case 'needs-period':
      return {
        code,
        ru: `Периодичность «${quoted}» указана без периода: задайте период дорожной карты или годы.`,
        en: `“${quoted}” gives a frequency but no period: set the roadmap period or the years.`,
      };
    case 'invalid-date':
      return {
        code,
        ru: `В сроке «${quoted}» указана несуществующая дата.`,
        en: `The deadline “${quoted}” names a date that does not exist.`,
      };
    case 'reversed-range':
      return {
        code,
        ru: `В сроке «${quoted}» начало периода позже его окончания.`,
        en: `In the deadline “${quoted}” the start comes after the end.`,
      };
  }
}
