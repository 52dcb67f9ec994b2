import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { calendarDateSchema, type CalendarDate } from '../deadline/schema.js';
import type { ReviewPlace, ReviewRemark } from './review/types.js';
import type { Roadmap } from './schema.js';

/**
 * An automatic review remark a person chose to hide, with the reason (скрытое замечание). It is
 * tied to the rule, the place and the text the remark was about: edit that text and the review
 * speaks again. The roadmap's schema has no place for it: editors keep it beside the roadmap (in
 * their drafts and on the host's server).
 */
export const remarkDismissalSchema = /* @__PURE__ */ withMeta(
  z.object({
    ruleId: z.string(),
    sectionId: z.string(),
    activityId: z.optional(z.string()),
    field: z.string(),
    /** The text the remark was about when it was hidden. */
    text: z.string(),
    /** Why the person hid it («мероприятие согласовано с куратором»). */
    reason: z.string(),
    date: calendarDateSchema,
    by: z.optional(z.string()),
  }),
  {
    title: 'RemarkDismissal',
    description: 'Скрытое замечание автоматической проверки: правило, место, текст и причина.',
  },
);

/** An automatic review remark hidden with a reason. */
export type RemarkDismissal = z.infer<typeof remarkDismissalSchema>;

/** A list of hidden remarks, as editors keep it in drafts and take it from the host. */
export const remarkDismissalListSchema = /* @__PURE__ */ z.array(remarkDismissalSchema);

/** A review remark hidden by a dismissal. */
export interface DismissedRemark {
  readonly remark: ReviewRemark;
  readonly dismissal: RemarkDismissal;
}

// The identity of a dismissal: rule, place and the text as written (trimmed).
const keyOf = (
  ruleId: string,
  place: Pick<ReviewPlace, 'sectionId' | 'activityId' | 'field'>,
  text: string,
) => JSON.stringify([ruleId, place.sectionId, place.activityId ?? '', place.field, text.trim()]);

/** The text at a remark's place: the field of the activity, or the section title. */
export function textAtPlace(roadmap: Roadmap, place: ReviewPlace): string {
  const section = roadmap.sections.find((candidate) => candidate.id === place.sectionId);
  if (!section) return '';
  if (place.activityId === undefined) return place.field === 'title' ? section.title : '';
  const activity = section.activities.find((candidate) => candidate.id === place.activityId);
  if (!activity) return '';
  if (place.field === 'deadline') return activity.deadline?.text ?? '';
  const value = (activity as Record<string, unknown>)[place.field];
  return typeof value === 'string' ? value : '';
}

/** The text a remark is about: its excerpt, else what its place holds now. */
export function remarkText(roadmap: Roadmap, remark: ReviewRemark): string {
  return remark.excerpt ?? textAtPlace(roadmap, remark.place);
}

/** A dismissal of `remark` as it stands in `roadmap`. */
export function dismissalOf(
  roadmap: Roadmap,
  remark: ReviewRemark,
  reason: string,
  date: CalendarDate,
  by?: string,
): RemarkDismissal {
  return {
    ruleId: remark.ruleId,
    sectionId: remark.place.sectionId,
    ...(remark.place.activityId === undefined ? {} : { activityId: remark.place.activityId }),
    field: remark.place.field,
    text: remarkText(roadmap, remark),
    reason,
    date,
    ...(by ? { by } : {}),
  };
}

/** Splits review remarks into those to show and those hidden by a dismissal of the same text. */
export function applyDismissals(
  roadmap: Roadmap,
  remarks: readonly ReviewRemark[],
  dismissals: readonly RemarkDismissal[],
): { shown: ReviewRemark[]; dismissed: DismissedRemark[] } {
  if (dismissals.length === 0) return { shown: [...remarks], dismissed: [] };
  const byKey = new Map(
    dismissals.map((dismissal) => [keyOf(dismissal.ruleId, dismissal, dismissal.text), dismissal]),
  );
  const shown: ReviewRemark[] = [];
  const dismissed: DismissedRemark[] = [];
  for (const remark of remarks) {
    const dismissal = byKey.get(keyOf(remark.ruleId, remark.place, remarkText(roadmap, remark)));
    if (dismissal) dismissed.push({ remark, dismissal });
    else shown.push(remark);
  }
  return { shown, dismissed };
}

/** Whether two dismissals hide the same remark. */
export function sameDismissal(a: RemarkDismissal, b: RemarkDismissal): boolean {
  return keyOf(a.ruleId, a, a.text) === keyOf(b.ruleId, b, b.text);
}

/** The list with `dismissal` in it, replacing one that hides the same remark. */
export function withDismissal(
  dismissals: readonly RemarkDismissal[],
  dismissal: RemarkDismissal,
): RemarkDismissal[] {
  return [...withoutDismissal(dismissals, dismissal), dismissal];
}

/** The list without any dismissal that hides the same remark as `dismissal`. */
export function withoutDismissal(
  dismissals: readonly RemarkDismissal[],
  dismissal: RemarkDismissal,
): RemarkDismissal[] {
  return dismissals.filter((other) => !sameDismissal(other, dismissal));
}
