import type { CalendarDate, ReviewPlace, ReviewRemark, Roadmap } from '@shnro/core';

/**
 * An automatic review remark a person chose to hide, with the reason. It is tied to the rule,
 * the place and the text the remark was about: edit that text and the review speaks again.
 * Kept in the editor's state and its draft (`dismissedRemarks`), not in the roadmap, whose schema
 * has no place for it; the host stores it from `shnro-remark-dismissed`.
 */
export interface RemarkDismissal {
  readonly ruleId: string;
  readonly sectionId: string;
  readonly activityId?: string;
  readonly field: string;
  /** The text the remark was about when it was hidden. */
  readonly text: string;
  /** Why the person hid it («мероприятие согласовано с куратором»). */
  readonly reason: string;
  readonly date: CalendarDate;
  readonly by?: string;
}

/** A review remark hidden by a dismissal. */
export interface DismissedRemark {
  readonly remark: ReviewRemark;
  readonly dismissal: RemarkDismissal;
}

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

/** Whether `value` is a list of dismissals (for drafts and host input). */
export function isDismissalList(value: unknown): value is RemarkDismissal[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        ['ruleId', 'sectionId', 'field', 'text', 'reason', 'date'].every(
          (key) => typeof (item as Record<string, unknown>)[key] === 'string',
        ),
    )
  );
}
