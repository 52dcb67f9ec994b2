import type { DisplayLocale } from '../../share/index.js';
import type { CalendarDate } from '../../deadline/schema.js';
import type { RoadmapRemark } from '../schema.js';
import type { ReviewRemark } from './types.js';
import { toDisplayLocale } from '../../text/locale.js';

/**
 * Turns accepted review remarks into the roadmap's own remarks (open, authored, dated), so that the
 * methodologist can return the roadmap with them. Ids are `${idPrefix}-1`, `${idPrefix}-2`, ….
 */
export function toRoadmapRemarks(
  remarks: readonly ReviewRemark[],
  options: { author: string; date: CalendarDate; locale?: DisplayLocale; idPrefix?: string },
): RoadmapRemark[] {
  const locale = toDisplayLocale(options.locale);
  return remarks.map((remark, index) => ({
    id: `${options.idPrefix ?? 'review'}-${index + 1}`,
    target: {
      sectionId: remark.place.sectionId,
      ...(remark.place.activityId ? { activityId: remark.place.activityId } : {}),
      field: remark.place.field,
    },
    author: options.author,
    date: options.date,
    text: `${remark.message[locale]} ${remark.suggestion[locale]}`,
    status: 'open',
    ruleId: remark.ruleId,
  }));
}
