import { spanOf } from '../deadline/calendar.js';
import type { OpenPeriod } from '../mentorship/period.js';
import type { Assignment, AssignmentKind, SupportEventKind, SupportEvent } from '../mentorship/schema.js';
import { assignmentInWindow, eventInWindow } from '../mentorship/select.js';
import {
  dayInWindow,
  overlapsWindow,
  windowOf,
  type TimeWindow,
  type WindowOptions,
} from '../mentorship/window.js';
import type { Teacher } from '../teacher/schema.js';
import type { DeficitDiagnosis, Iom, IomItem } from './schema.js';

/**
 * The teacher flags ИОМ and support records answer, those of `municipalMonitoringSet` (seed 001):
 * `diagnosed` (3.1), `supported` (4.1), `hasIom` (4.4).
 */
export const iomTeacherFlags = ['diagnosed', 'hasIom', 'supported'] as const;

/** A teacher flag derived from ИОМ and support records. */
export type IomTeacherFlag = (typeof iomTeacherFlags)[number];

/** Support records that reach teachers by name. */
export interface TeacherSupportRecords {
  assignments?: readonly Assignment[];
  events?: readonly SupportEvent[];
}

/** One record that makes a teacher «supported»: an assignment, an event, or an ИОМ activity. */
export type SupportSource =
  | { source: 'assignment'; id: string; kind: AssignmentKind }
  | { source: 'event'; id: string; kind: SupportEventKind }
  | { source: 'iom-item'; iomId: string; itemId: string };

/** What the records say about one teacher in the window, for tracing a count back to records. */
export interface TeacherFacts {
  teacherId: string;
  /** Diagnoses dated in the window. */
  diagnosisIds: string[];
  /** ИОМ in force (active or completed) in the window. */
  iomIds: string[];
  /** Why the teacher counts as supported; empty when not. */
  support: SupportSource[];
}

/** Options of `teacherFlagsFromIoms`. */
export interface TeacherFlagsOptions extends WindowOptions {
  /** Derive only these flags; the others are left as they are. Default: all of `iomTeacherFlags`. */
  only?: readonly IomTeacherFlag[];
  /** Keep a flag already `true` even when the records do not confirm it. Default `false`. */
  keepExisting?: boolean;
}

/** When an activity happened or is planned: its completion day, else its deadline, else the route's period. */
function itemTime(item: IomItem, iom: Iom): OpenPeriod {
  if (item.status === 'done' && item.completedOn !== undefined)
    return { start: item.completedOn, end: item.completedOn };
  return spanOf(item.deadline?.ranges ?? []) ?? iom.period;
}

/** Whether an ИОМ is in force in the window: active or completed, its period meeting the window. */
function inForce(iom: Iom, window: TimeWindow): boolean {
  return (iom.status === 'active' || iom.status === 'completed') && overlapsWindow(iom.period, window);
}

/**
 * What the records say about each teacher in the window (see `windowOf`), by teacher id.
 *
 * The rules:
 * - diagnosed: a diagnosis of the teacher dated in the window;
 * - has an ИОМ: an ИОМ of the teacher, active or completed (not a draft, not cancelled), whose
 *   period shares a day with the window;
 * - supported: any of — a tutor or mentor attached to the teacher (`to` the teacher) for at least
 *   a day of the window; a support event in the window naming the teacher in `teachers` (an event
 *   naming only schools reaches no one by name); an activity of an ИОМ counted above that is in
 *   progress or done, and whose completion day, else deadline, else the route's period, meets the window.
 */
export function collectTeacherFacts(
  diagnoses: readonly DeficitDiagnosis[],
  ioms: readonly Iom[],
  support: TeacherSupportRecords = {},
  options: WindowOptions = {},
): Map<string, TeacherFacts> {
  const window = windowOf(options);
  const facts = new Map<string, TeacherFacts>();
  const of = (teacherId: string): TeacherFacts => {
    let entry = facts.get(teacherId);
    if (entry === undefined)
      facts.set(teacherId, (entry = { teacherId, diagnosisIds: [], iomIds: [], support: [] }));
    return entry;
  };
  for (const diagnosis of diagnoses)
    if (dayInWindow(diagnosis.date, window)) of(diagnosis.teacherId).diagnosisIds.push(diagnosis.id);
  for (const iom of ioms) {
    if (!inForce(iom, window)) continue;
    of(iom.teacherId).iomIds.push(iom.id);
    for (const item of iom.items) {
      if (
        (item.status === 'in-progress' || item.status === 'done') &&
        overlapsWindow(itemTime(item, iom), window)
      )
        of(iom.teacherId).support.push({ source: 'iom-item', iomId: iom.id, itemId: item.id });
    }
  }
  for (const assignment of support.assignments ?? []) {
    if (
      assignment.to.kind === 'teacher' &&
      (assignment.kind === 'tutor' || assignment.kind === 'mentor') &&
      assignmentInWindow(assignment, window)
    )
      of(assignment.to.teacherId).support.push({
        source: 'assignment',
        id: assignment.id,
        kind: assignment.kind,
      });
  }
  for (const event of support.events ?? []) {
    if (!eventInWindow(event, window)) continue;
    for (const teacherId of new Set(event.teachers ?? []))
      of(teacherId).support.push({ source: 'event', id: event.id, kind: event.kind });
  }
  return facts;
}

/**
 * Copies of the teachers with `diagnosed`, `hasIom` and `supported` set from diagnoses, ИОМ,
 * assignments and events (rules: `collectTeacherFacts`), ready for
 * `computeIndicators(set, { kind: 'records', schools, teachers })`. Every derived flag is written,
 * `true` or `false`; the input records are not changed.
 */
export function teacherFlagsFromIoms(
  teachers: readonly Teacher[],
  diagnoses: readonly DeficitDiagnosis[],
  ioms: readonly Iom[],
  support: TeacherSupportRecords = {},
  options: TeacherFlagsOptions = {},
): Teacher[] {
  const facts = collectTeacherFacts(diagnoses, ioms, support, options);
  const names = options.only ?? iomTeacherFlags;
  return teachers.map((teacher) => {
    const fact = facts.get(teacher.id);
    const derived: Record<IomTeacherFlag, boolean> = {
      diagnosed: (fact?.diagnosisIds.length ?? 0) > 0,
      hasIom: (fact?.iomIds.length ?? 0) > 0,
      supported: (fact?.support.length ?? 0) > 0,
    };
    const flags = { ...teacher.flags };
    for (const name of names)
      flags[name] = derived[name] || (options.keepExisting === true && teacher.flags?.[name] === true);
    return { ...teacher, flags };
  });
}
