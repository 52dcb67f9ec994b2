import { differenceInCalendarDays } from 'date-fns';
import { fromCalendarDate } from '../deadline/calendar.js';
import { parseDeadline } from '../deadline/parse.js';
import { deadlineStatus, type DeadlineStatus } from '../deadline/status.js';
import type { DeadlineContext, ParsedDeadline } from '../deadline/schema.js';
import type { Issue } from '../errors/index.js';
import type { Roadmap, RoadmapActivity } from '../roadmap/schema.js';
import type { DisplayLocale } from '../share/index.js';
import type { Addressee, DecisionRecord, DecisionStatus } from './schema.js';
import { toDisplayLocale } from '../text/locale.js';

/** An activity found for a decision, with its roadmap's school. */
export interface LinkedActivity {
  roadmapId: string;
  schoolId: string;
  schoolName: string;
  activity: RoadmapActivity;
  /** Where the activity stands on the decision's `asOf`: done, in progress, overdue… */
  state: DeadlineStatus;
}

/** A decision followed on a date: its deadline read, its real status, and the activities answering it. */
export interface FollowedDecision {
  decision: DecisionRecord;
  /** `null` when the decision has no deadline. */
  deadline: ParsedDeadline | null;
  /** The last day of the deadline; `null` when none or unreadable. */
  dueOn: string | null;
  /** The stored status, or `overdue` when the date passed the deadline and it is not done. */
  status: DecisionStatus;
  overdue: boolean;
  /** Whole days past the last day of the deadline when overdue (1 the day after), else `null`. */
  daysOverdue: number | null;
  activities: LinkedActivity[];
  /** Of the linked activities, how many are done. */
  activitiesDone: number;
  /** Unreadable deadline, links to activities that do not exist: each names the decision. */
  issues: Issue[];
}

/** Options of `followDecision`. */
export interface FollowOptions {
  /** The date to judge on, `YYYY-MM-DD`. */
  asOf: string;
  roadmaps?: readonly Roadmap[];
  /** For deadlines written without a year («в течение декабря»). */
  deadlineContext?: DeadlineContext;
  locale?: DisplayLocale;
}

/** «управлению образования», «учителям математики» — who the decision is for, in words. */
export function addresseeName(addressee: Addressee, locale: DisplayLocale = 'ru'): string {
  switch (addressee.kind) {
    case 'subject-teachers':
      return `${locale === 'en' ? 'teachers' : 'учителя'}: ${addressee.subjects.join(', ')}`;
    default:
      return addressee.name;
  }
}

// A long decision is named by its first words, cut at a word boundary, so the message stays readable.
function shortText(text: string): string {
  if (text.length <= 80) return text;
  const cut = text.slice(0, 78);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * Follows a recommendation or decision on a date: reads its deadline with `parseDeadline`, calls
 * it overdue when the last day passed and it is not done, and finds the roadmap activities linked
 * to it. An unreadable deadline is kept as written and reported, never guessed; a link to a
 * roadmap or activity that does not exist is reported with the decision's words.
 */
export function followDecision(decision: DecisionRecord, options: FollowOptions): FollowedDecision {
  const locale = toDisplayLocale(options.locale);
  const issues: Issue[] = [];
  const note = (path: string, code: string, ru: string, en: string) =>
    issues.push({ path, code, message: locale === 'ru' ? ru : en });
  const deadline =
    decision.deadline === undefined ? null : parseDeadline(decision.deadline, options.deadlineContext ?? {});
  const dueOn = deadline?.ranges.at(-1)?.end ?? null;
  if (deadline !== null && dueOn === null) {
    note(
      `decisions.${decision.id}.deadline`,
      'unreadable-deadline',
      `Срок «${decision.deadline}» решения «${shortText(decision.text)}» не распознан: просрочку определить нельзя, уточните срок.${deadline.remark ? ` ${deadline.remark.ru}` : ''}`,
      `The deadline "${decision.deadline}" of "${shortText(decision.text)}" could not be read: overdue cannot be judged.`,
    );
  }
  const overdue = decision.status !== 'done' && dueOn !== null && options.asOf > dueOn;
  const activities: LinkedActivity[] = [];
  const byId = new Map((options.roadmaps ?? []).map((roadmap) => [roadmap.id, roadmap]));
  for (const link of decision.activities) {
    const roadmap = byId.get(link.roadmapId);
    const activity = roadmap?.sections
      .flatMap((section) => section.activities)
      .find((candidate) => candidate.id === link.activityId);
    if (roadmap === undefined || activity === undefined) {
      note(
        `decisions.${decision.id}.activities`,
        'unknown-activity',
        `Решение «${shortText(decision.text)}» ссылается на мероприятие «${link.activityId}» дорожной карты «${link.roadmapId}», которого нет.`,
        `Decision "${shortText(decision.text)}" links to activity "${link.activityId}" of roadmap "${link.roadmapId}", which does not exist.`,
      );
      continue;
    }
    activities.push({
      roadmapId: roadmap.id,
      schoolId: roadmap.school.id,
      schoolName: roadmap.school.name,
      activity,
      state: deadlineStatus(activity.deadline, activity.status, options.asOf),
    });
  }
  return {
    decision,
    deadline,
    dueOn,
    status: overdue ? 'overdue' : decision.status,
    overdue,
    daysOverdue:
      overdue && dueOn !== null
        ? differenceInCalendarDays(fromCalendarDate(options.asOf), fromCalendarDate(dueOn))
        : null,
    activities,
    activitiesDone: activities.filter((entry) => entry.activity.status === 'done').length,
    issues,
  };
}

/** Follows every decision; the result keeps their order. */
export function followDecisions(
  decisions: readonly DecisionRecord[],
  options: FollowOptions,
): FollowedDecision[] {
  return decisions.map((decision) => followDecision(decision, options));
}

/** The decisions an activity answers: the way back from a roadmap to the council's recommendations. */
export function decisionsAnsweredBy(
  decisions: readonly DecisionRecord[],
  roadmapId: string,
  activityId: string,
): DecisionRecord[] {
  return decisions.filter((decision) =>
    decision.activities.some((link) => link.roadmapId === roadmapId && link.activityId === activityId),
  );
}

/** How many decisions stand in each state, of how many: the line above a table of decisions. */
export interface DecisionsSummary {
  total: number;
  byStatus: Record<DecisionStatus, number>;
  /** Decisions whose deadline could not be read, so overdue could not be judged. */
  unreadableDeadlines: number;
}

/** Counts followed decisions by their real status (overdue found from the date, not as stored). */
export function summarizeDecisions(followed: readonly FollowedDecision[]): DecisionsSummary {
  const byStatus: Record<DecisionStatus, number> = { planned: 0, 'in-progress': 0, done: 0, overdue: 0 };
  let unreadableDeadlines = 0;
  for (const entry of followed) {
    byStatus[entry.status] += 1;
    if (entry.deadline !== null && entry.dueOn === null) unreadableDeadlines += 1;
  }
  return { total: followed.length, byStatus, unreadableDeadlines };
}
