import type { EventLevel, SupportEvent } from '../mentorship/schema.js';
import { eventInWindow } from '../mentorship/select.js';
import { dayInWindow, windowOf, type WindowOptions } from '../mentorship/window.js';
import type { Teacher } from '../teacher/schema.js';
import type { Iom } from './schema.js';

/** Which teachers a count is about: those of these schools (the ШНОР), in the window. */
export interface ReachOptions extends WindowOptions {
  /** Count only teachers of these schools (e.g. the low-results schools); default every teacher given. */
  schoolIds?: readonly string[];
}

/**
 * How many distinct teachers a kind of support reached, and by which records: a teacher at three
 * events counts once, and a figure in a справка («41 педагог ШНОР …») can be traced back to them.
 */
export interface TeacherReach {
  count: number;
  /** The teachers counted, in the order of the teacher list. */
  teacherIds: string[];
  /** For each teacher counted, the ids of the records that count them (events, or ИОМ activities as `iomId/itemId`). */
  sources: Record<string, string[]>;
  /** Teachers named in the records but absent from the teacher list: not counted, never guessed. */
  unknownTeacherIds: string[];
}

function reach(
  teachers: readonly Teacher[],
  named: Map<string, string[]>,
  options: ReachOptions,
): TeacherReach {
  const known = new Map(teachers.map((teacher) => [teacher.id, teacher]));
  const schools = options.schoolIds === undefined ? undefined : new Set(options.schoolIds);
  const teacherIds = teachers
    .filter((teacher) => named.has(teacher.id) && (schools === undefined || schools.has(teacher.schoolId)))
    .map((teacher) => teacher.id);
  return {
    count: teacherIds.length,
    teacherIds,
    sources: Object.fromEntries(teacherIds.map((id) => [id, named.get(id)!])),
    unknownTeacherIds: [...named.keys()].filter((id) => !known.has(id)),
  };
}

function add(named: Map<string, string[]>, teacherId: string, source: string): void {
  const list = named.get(teacherId);
  if (list === undefined) named.set(teacherId, [source]);
  else if (!list.includes(source)) list.push(source);
}

/**
 * The teachers who took part in support events of the given levels in the window (seed 004: «41
 * педагог ШНОР стал участником краевых мероприятий» — `levels: ['regional']`). Only teachers named
 * in an event count: an event that gives a number of participants without names reaches no one
 * by name, and an event without a level is not assumed to be of one.
 */
export function teachersAtEvents(
  teachers: readonly Teacher[],
  events: readonly SupportEvent[],
  options: ReachOptions & { levels?: readonly EventLevel[] } = {},
): TeacherReach {
  const window = windowOf(options);
  const named = new Map<string, string[]>();
  for (const event of events) {
    if (!eventInWindow(event, window)) continue;
    if (options.levels !== undefined && (event.level === undefined || !options.levels.includes(event.level)))
      continue;
    for (const teacherId of event.teachers ?? []) add(named, teacherId, event.id);
  }
  return reach(teachers, named, options);
}

function sameProvider(a: string, b: string): boolean {
  const normal = (text: string) => text.trim().toLowerCase().replaceAll('ё', 'е').replace(/\s+/gu, ' ');
  return normal(a) === normal(b);
}

/**
 * The teachers who completed a course of their ИОМ in the window (seed 004: «41 педагог ШНОР прошли
 * курсы повышения квалификации в ГБОУ ИРО Краснодарского края» — `provider`): an activity of kind
 * `course`, done, with its completion day in the window, of an ИОМ that was not cancelled. A
 * course planned or in progress, or done without a date, is not counted as passed.
 */
export function teachersWithCourses(
  teachers: readonly Teacher[],
  ioms: readonly Iom[],
  options: ReachOptions & { provider?: string } = {},
): TeacherReach {
  const window = windowOf(options);
  const named = new Map<string, string[]>();
  for (const iom of ioms) {
    if (iom.status === 'cancelled') continue;
    for (const item of iom.items) {
      if (item.kind !== 'course' || item.status !== 'done' || item.completedOn === undefined) continue;
      if (!dayInWindow(item.completedOn, window)) continue;
      if (
        options.provider !== undefined &&
        (item.provider === undefined || !sameProvider(item.provider, options.provider))
      )
        continue;
      add(named, iom.teacherId, `${iom.id}/${item.id}`);
    }
  }
  return reach(teachers, named, options);
}
