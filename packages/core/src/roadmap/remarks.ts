import type { DisplayLocale } from '../share/index.js';
import type { CalendarDate } from '../deadline/schema.js';
import { toRoadmapRemarks } from './review/remarks.js';
import type { ReviewRemark } from './review/types.js';
import type { RemarkTarget, Roadmap, RoadmapRemark } from './schema.js';

/** Whether a reviewer's remark still waits to be resolved (не устранено). */
export function isOpenRemark(remark: Pick<RoadmapRemark, 'status'>): boolean {
  return remark.status === 'open';
}

/** Every id a roadmap uses for sections, activities and remarks. */
export function usedIds(roadmap: Roadmap): Set<string> {
  const ids = new Set<string>();
  for (const section of roadmap.sections) {
    ids.add(section.id);
    for (const activity of section.activities) ids.add(activity.id);
  }
  for (const remark of roadmap.remarks) ids.add(remark.id);
  return ids;
}

/** An id with `prefix` that `taken` does not hold: `${prefix}-1`, `${prefix}-2`, … */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  let number = taken.size + 1;
  while (taken.has(`${prefix}-${number}`)) number += 1;
  return `${prefix}-${number}`;
}

/**
 * Whether the reviewer already accepted this review remark as a remark of the roadmap (принято):
 * an open remark from the same rule about the same field of the same activity (or, for a section,
 * of the same section). An activity keeps its remarks when it moves to another section.
 */
export function isReviewRemarkAccepted(remarks: readonly RoadmapRemark[], remark: ReviewRemark): boolean {
  const { sectionId, activityId, field } = remark.place;
  return remarks.some(
    (own) =>
      isOpenRemark(own) &&
      own.ruleId === remark.ruleId &&
      own.target.field === field &&
      (activityId !== undefined
        ? own.target.activityId === activityId
        : own.target.activityId === undefined && own.target.sectionId === sectionId),
  );
}

/** The review remarks the reviewer has not yet turned into remarks of the roadmap. */
export function unacceptedReviewRemarks(roadmap: Roadmap, remarks: readonly ReviewRemark[]): ReviewRemark[] {
  return remarks.filter((remark) => !isReviewRemarkAccepted(roadmap.remarks, remark));
}

/** Who writes a remark and when. */
export interface RemarkStamp {
  readonly author: string;
  readonly date: CalendarDate;
}

/** A new open remark of the reviewer (замечание проверяющего) with an id the roadmap does not use. */
export function createRemark(
  roadmap: Roadmap,
  target: RemarkTarget,
  text: string,
  stamp: RemarkStamp,
): RoadmapRemark {
  return {
    id: freshId('remark', usedIds(roadmap)),
    target,
    author: stamp.author,
    date: stamp.date,
    text,
    status: 'open',
  };
}

/**
 * Review remarks accepted as remarks of the roadmap, worded by the core, numbered
 * `review-N-1`, `review-N-2`, … under a prefix none of whose numbers the roadmap uses yet.
 */
export function acceptReviewRemarks(
  roadmap: Roadmap,
  remarks: readonly ReviewRemark[],
  stamp: RemarkStamp & { readonly locale?: DisplayLocale },
): RoadmapRemark[] {
  const taken = usedIds(roadmap);
  let prefix = freshId('review', taken);
  while (remarks.some((_, index) => taken.has(`${prefix}-${index + 1}`))) {
    taken.add(prefix);
    prefix = freshId('review', taken);
  }
  return toRoadmapRemarks(remarks, {
    author: stamp.author,
    date: stamp.date,
    ...(stamp.locale ? { locale: stamp.locale } : {}),
    idPrefix: prefix,
  });
}
