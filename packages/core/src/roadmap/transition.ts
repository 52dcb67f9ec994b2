import { isCalendarDate } from '../deadline/calendar.js';
import { calendarDateSchema, type CalendarDate } from '../deadline/schema.js';
import { formatOrderReference, parseOrderReference } from './order.js';
import { lowerFirst } from '../text/case.js';
import { reviewRoadmap } from './review/review.js';
import type { ReviewOptions, ReviewRemark } from './review/types.js';
import { submitProblems, type SubmitProblem } from './submit-check.js';
import * as z from 'zod/mini';
import {
  roadmapActionLabels,
  roadmapStatusLabels,
  roadmapTransitions as transitions,
  openRemarks,
  resolveRemark,
  type Stamp,
  type ResolveRemarkResult,
  type RoadmapTransitionError,
  type RoadmapTransitionPayloads,
  type RoadmapTransitionResult,
} from './lifecycle.js';
import {
  roadmapActionSchema,
  roadmapRemarkSchema,
  roadmapSchema,
  type OrderReference,
  type Roadmap,
  type RoadmapAction,
  type RoadmapRemark,
  type RoadmapStatus,
} from './schema.js';
import { assertArgument } from '../errors/require-argument.js';

// The lifecycle's steps (переходы): each checks its payload, and approval and submission run the
// automatic review and the submit check; lifecycle.ts holds what a page shows before a step.

/** Whether a review remark's place lies within what a reviewer's remark points at. */
function within(found: ReviewRemark, target: RoadmapRemark['target']): boolean {
  if (target.sectionId === undefined || found.place.sectionId !== target.sectionId) return false;
  if (target.activityId === undefined) return found.place.activityId === undefined;
  if (found.place.activityId !== target.activityId) return false;
  return target.field === undefined || found.place.field === target.field;
}

/**
 * The review remarks that hold an approval back: every rule of severity `error`, and a `warning`
 * rule that still fires where a reviewer's remark points (open or marked resolved) — the place was
 * looked at, so marking it resolved with the text unchanged does not pass.
 */
export function blockingRemarks(roadmap: Roadmap, options?: ReviewOptions): ReviewRemark[] {
  return reviewRoadmap(roadmap, options).filter(
    (found) =>
      found.severity === 'error' ||
      (found.severity === 'warning' && roadmap.remarks.some((remark) => within(found, remark.target))),
  );
}

// «общая формулировка: «Повышение качества образования»; срок вне периода: «сентябрь 2021»».
function describeFiring(remarks: readonly ReviewRemark[], locale: 'ru' | 'en'): string {
  const shown = remarks.slice(0, 3).map((remark) => lowerFirst(remark.message[locale].replace(/\.$/u, '')));
  const more = remarks.length - shown.length;
  const tail = more > 0 ? (locale === 'ru' ? `; и ещё ${more}` : `; and ${more} more`) : '';
  return `${shown.join('; ')}${tail}`;
}

/**
 * The remarks the review still makes at a remark's place: its own rule when it names one, every rule
 * otherwise. Empty when the text has been put right.
 */
export function recheckRemark(
  roadmap: Roadmap,
  remark: Pick<RoadmapRemark, 'target' | 'ruleId'>,
  options?: ReviewOptions,
): ReviewRemark[] {
  return reviewRoadmap(roadmap, options).filter(
    (found) =>
      (remark.ruleId === undefined || found.ruleId === remark.ruleId) &&
      found.place.sectionId === remark.target.sectionId &&
      (found.place.activityId ?? '') === (remark.target.activityId ?? '') &&
      found.place.field === remark.target.field,
  );
}

/**
 * Marks a remark resolved after re-running the review at its place: while the rule still fires there,
 * the remark stays open, unless the reviewer gives `overrideReason` (kept with the remark).
 */
export function resolveRemarkChecked(
  roadmap: Roadmap,
  remarkId: string,
  options: { date?: CalendarDate; overrideReason?: string; review?: ReviewOptions } = {},
): ResolveRemarkResult {
  const remark = roadmap.remarks.find((candidate) => candidate.id === remarkId);
  if (!remark) return { ok: true, roadmap };
  const still = remark.ruleId === undefined ? [] : recheckRemark(roadmap, remark, options.review);
  const reason = options.overrideReason?.trim();
  if (still.length > 0 && !reason) {
    const first = still[0] as ReviewRemark;
    return {
      ok: false,
      remarks: still,
      ru: `Замечание не устранено — ${lowerFirst(first.message.ru)} Исправьте текст или укажите обоснование.`,
      en: `The remark is not resolved: ${lowerFirst(first.message.en)} Fix the text or give a reason.`,
    };
  }
  const resolved = resolveRemark(roadmap, remarkId, options.date);
  if (still.length === 0 || !reason) return { ok: true, roadmap: resolved };
  return {
    ok: true,
    roadmap: {
      ...resolved,
      remarks: resolved.remarks.map((candidate) =>
        candidate.id === remarkId ? { ...candidate, resolution: reason } : candidate,
      ),
    },
  };
}

function quoted(status: RoadmapStatus, locale: 'ru' | 'en'): string {
  return locale === 'ru' ? `«${roadmapStatusLabels[status].ru}»` : `“${roadmapStatusLabels[status].en}”`;
}

function refuse(
  code: RoadmapTransitionError['code'],
  roadmap: Roadmap,
  action: RoadmapAction,
  ru: string,
  en: string,
): RoadmapTransitionResult {
  return { ok: false, error: { code, action, from: roadmap.status, to: transitions[action].to, ru, en } };
}

function illegal(roadmap: Roadmap, action: RoadmapAction): RoadmapTransitionResult {
  const { from, to } = transitions[action];
  const label = roadmapActionLabels[action];
  return refuse(
    'illegal-transition',
    roadmap,
    action,
    `Действие «${label.ru}» недоступно: дорожная карта в состоянии ${quoted(roadmap.status, 'ru')}, ` +
      `а в состояние ${quoted(to, 'ru')} она переходит только из состояния ${from.map((s) => quoted(s, 'ru')).join(' или ')}.`,
    `Cannot ${label.en}: the roadmap is ${quoted(roadmap.status, 'en')}, and it becomes ${quoted(to, 'en')} ` +
      `only from ${from.map((s) => quoted(s, 'en')).join(' or ')}.`,
  );
}

function notReady(roadmap: Roadmap, problems: SubmitProblem[]): RoadmapTransitionResult {
  const list = (locale: 'ru' | 'en') => problems.map((problem) => problem.messages[locale]).join(' ');
  const refused = refuse(
    'not-ready',
    roadmap,
    'submit',
    `Дорожную карту нельзя направить на рассмотрение, пока не исправлено (${problems.length}): ${list('ru')}`,
    `The roadmap cannot be submitted until this is fixed (${problems.length}): ${list('en')}`,
  );
  if (!refused.ok) refused.error.problems = problems;
  return refused;
}

function orderOf(order: OrderReference | string | undefined): OrderReference | undefined {
  if (typeof order === 'string') return parseOrderReference(order);
  return order?.number.trim() && isCalendarDate(order.date) ? order : undefined;
}

// The fields every action's payload shares, checked so a wrong one is refused by name instead of
// crashing; other fields (`review`, `overrideReason`) pass through to their own rules.
const transitionPayloadSchema = /* @__PURE__ */ z.looseObject({
  date: z.optional(calendarDateSchema),
  by: z.optional(z.string()),
  remarks: z.optional(z.array(roadmapRemarkSchema)),
  // A blank number is the transition's own refusal (`order-required`), not a wrong argument.
  order: z.optional(z.union([z.looseObject({ number: z.string(), date: z.string() }), z.string()])),
  allowOpenRemarks: z.optional(z.boolean()),
});

/**
 * Moves a roadmap along its lifecycle and returns a new roadmap (the given one is not changed), or an
 * error that names the current and requested state. Approving needs an order number and date and no
 * open remarks (unless `allowOpenRemarks`); returning needs at least one open remark; submitting
 * needs a roadmap `checkRoadmapForSubmit` finds nothing in (`not-ready` lists each problem with
 * its path); resubmitting after a return raises the version. A `roadmap`, `action` or `payload`
 * that is not of its type throws `ShnroArgumentError`.
 */
export function transitionRoadmap<A extends RoadmapAction>(
  roadmap: Roadmap,
  action: A,
  payload?: RoadmapTransitionPayloads[A],
): RoadmapTransitionResult {
  assertArgument('transitionRoadmap', 'roadmap', roadmapSchema, roadmap);
  assertArgument('transitionRoadmap', 'action', roadmapActionSchema, action);
  assertArgument('transitionRoadmap', 'payload', z.optional(transitionPayloadSchema), payload);
  const { from, to } = transitions[action];
  if (!from.includes(roadmap.status)) return illegal(roadmap, action);
  const stamp: Stamp = payload ?? {};
  let next: Roadmap = { ...roadmap, status: to };
  let override: { reason: string; ruleIds: string[] } | undefined;

  if (action === 'submit') {
    const problems = submitProblems(roadmap);
    if (problems.length > 0) return notReady(roadmap, problems);
  }

  if (action === 'return') {
    const added = (payload as RoadmapTransitionPayloads['return'] | undefined)?.remarks ?? [];
    next = { ...next, remarks: [...roadmap.remarks, ...added] };
    if (openRemarks(next).length === 0) {
      return refuse(
        'remark-required',
        roadmap,
        action,
        'Вернуть дорожную карту на доработку можно только с замечаниями: добавьте хотя бы одно открытое замечание.',
        'A roadmap can only be returned with remarks: add at least one open remark.',
      );
    }
  }

  if (action === 'approve') {
    const approval = payload as RoadmapTransitionPayloads['approve'] | undefined;
    const order = orderOf(approval?.order);
    if (!order) {
      return refuse(
        'order-required',
        roadmap,
        action,
        'Для утверждения нужен приказ: укажите его номер и дату (например, «приказ № 1699-осн от 30.12.2022»).',
        'Approval needs an order: give its number and date (e.g. “приказ № 1699-осн от 30.12.2022”).',
      );
    }
    const open = openRemarks(roadmap).length;
    if (open > 0 && !approval?.allowOpenRemarks) {
      return refuse(
        'open-remarks',
        roadmap,
        action,
        `Нельзя утвердить дорожную карту (${formatOrderReference(order)}): не сняты замечания — ${open}. ` +
          'Отметьте их как устранённые или верните дорожную карту на доработку.',
        `Cannot approve the roadmap: ${open} remark(s) are still open. Resolve them or return the roadmap.`,
      );
    }
    const firing = blockingRemarks(roadmap, approval?.review);
    const reason = approval?.overrideReason?.trim();
    if (firing.length > 0 && !reason) {
      const refused = refuse(
        'rules-fire',
        roadmap,
        action,
        `Нельзя утвердить дорожную карту: автоматическая проверка по-прежнему находит замечания — ${firing.length} ` +
          `(${describeFiring(firing, 'ru')}). Исправьте текст или укажите обоснование утверждения.`,
        `Cannot approve the roadmap: the automatic review still finds ${firing.length} remark(s) ` +
          `(${describeFiring(firing, 'en')}). Fix the text or give a reason for approving.`,
      );
      if (!refused.ok) refused.error.remarks = firing;
      return refused;
    }
    if (firing.length > 0 && reason) {
      override = { reason, ruleIds: [...new Set(firing.map((remark) => remark.ruleId))] };
    }
    next = { ...next, approval: order };
  }

  if (action === 'submit' && roadmap.status === 'returned') next = { ...next, version: roadmap.version + 1 };

  const entry = {
    action,
    from: roadmap.status,
    to,
    ...(stamp.date ? { date: stamp.date } : {}),
    ...(stamp.by ? { by: stamp.by } : {}),
    ...(override ? { override } : {}),
  };
  return { ok: true, roadmap: { ...next, history: [...roadmap.history, entry] } };
}
