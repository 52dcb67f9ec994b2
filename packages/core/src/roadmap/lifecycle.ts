import type { CalendarDate } from '../deadline/schema.js';
import type { ReviewOptions, ReviewRemark } from './review/types.js';
import type { SubmitProblem } from './submit-check.js';
import type { OrderReference, Roadmap, RoadmapAction, RoadmapRemark, RoadmapStatus } from './schema.js';

// The lifecycle's vocabulary and what a page shows before any step is taken (labels, the actions
// a state allows, open remarks); the steps themselves, which run the review and the submit check,
// are in transition.ts, so that showing a roadmap does not load them.

/** Russian and English names of the roadmap states. */
export const roadmapStatusLabels: Readonly<Record<RoadmapStatus, { ru: string; en: string }>> = {
  draft: { ru: 'черновик', en: 'draft' },
  submitted: { ru: 'на рассмотрении', en: 'submitted' },
  returned: { ru: 'возвращена на доработку', en: 'returned with remarks' },
  approved: { ru: 'утверждена', en: 'approved' },
  'in-progress': { ru: 'реализуется', en: 'in progress' },
  reported: { ru: 'представлен отчёт', en: 'reported' },
};

/** Russian and English names of the actions, as buttons would say them. */
export const roadmapActionLabels: Readonly<Record<RoadmapAction, { ru: string; en: string }>> = {
  submit: { ru: 'направить на рассмотрение', en: 'submit' },
  return: { ru: 'вернуть на доработку', en: 'return with remarks' },
  approve: { ru: 'утвердить', en: 'approve' },
  start: { ru: 'начать реализацию', en: 'start' },
  report: { ru: 'представить отчёт', en: 'report' },
};

/** Which states each action moves a roadmap from, and to. */
export const roadmapTransitions: Readonly<
  Record<RoadmapAction, { from: readonly RoadmapStatus[]; to: RoadmapStatus }>
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  approve: { from: ['submitted'], to: 'approved' },
  start: { from: ['approved'], to: 'in-progress' },
  report: { from: ['in-progress'], to: 'reported' },
};

/** Who acted and when; dates are passed in, never read from the clock, so transitions stay pure. */
export interface Stamp {
  date?: CalendarDate;
  by?: string;
}

/** What each action needs besides the roadmap. */
export interface RoadmapTransitionPayloads {
  submit: Stamp;
  /** Remarks to add; together with those already open there must be at least one. */
  return: Stamp & { remarks?: readonly RoadmapRemark[] };
  /**
   * The approving order, as a reference or as text («приказ № 1699-осн от 30.12.2022»). The automatic
   * review runs again (with `review`, the region's configuration); while a rule of severity `error`
   * fires, or a `warning` rule fires where a reviewer's remark points (see `blockingRemarks`),
   * approval needs `overrideReason`, the reviewer's reason, kept in the history.
   */
  approve: Stamp & {
    order: OrderReference | string;
    allowOpenRemarks?: boolean;
    overrideReason?: string;
    review?: ReviewOptions;
  };
  start: Stamp;
  report: Stamp;
}

/** Why a transition was refused, naming the current and the requested state in both languages. */
export interface RoadmapTransitionError {
  code:
    'illegal-transition' | 'order-required' | 'remark-required' | 'open-remarks' | 'rules-fire' | 'not-ready';
  action: RoadmapAction;
  from: RoadmapStatus;
  to: RoadmapStatus;
  ru: string;
  en: string;
  /** For `rules-fire`: the remarks the review still makes. */
  remarks?: ReviewRemark[];
  /** For `not-ready`: every problem `checkRoadmapForSubmit` found, each with the path of its field. */
  problems?: SubmitProblem[];
}

/** A new roadmap, or the reason the action is not allowed. */
export type RoadmapTransitionResult =
  { ok: true; roadmap: Roadmap } | { ok: false; error: RoadmapTransitionError };

/** What resolving a remark gives: the roadmap, or the review's remarks that still fire there. */
export type ResolveRemarkResult =
  { ok: true; roadmap: Roadmap } | { ok: false; remarks: ReviewRemark[]; ru: string; en: string };

/** The remarks not yet resolved. */
export function openRemarks(roadmap: Roadmap): RoadmapRemark[] {
  return roadmap.remarks.filter((remark) => remark.status === 'open');
}

/** The actions allowed in the roadmap's current state (their payload rules still apply). */
export function availableActions(roadmap: Roadmap): RoadmapAction[] {
  return (Object.keys(roadmapTransitions) as RoadmapAction[]).filter((action) =>
    roadmapTransitions[action].from.includes(roadmap.status),
  );
}

/** The roadmap with one remark marked resolved (устранено). */
export function resolveRemark(roadmap: Roadmap, remarkId: string, date?: CalendarDate): Roadmap {
  return {
    ...roadmap,
    remarks: roadmap.remarks.map((remark) =>
      remark.id === remarkId
        ? { ...remark, status: 'resolved', ...(date ? { resolvedOn: date } : {}) }
        : remark,
    ),
  };
}
