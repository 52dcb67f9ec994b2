import type { School } from '../school/schema.js';
import type { Assignment, SupportEvent } from './schema.js';
import { assignmentInWindow, eventInWindow, isLanding } from './select.js';
import { windowOf, type WindowOptions } from './window.js';

/**
 * The school flags mentorship records answer. Those of `municipalMonitoringSet` (seed 001):
 * `hasLeaderSchool` (4.10), `methodologicalLanding` (4.11), `inMunicipalEvents` (4.5),
 * `inRegionalEvents` (4.6), `inFederalEvents` (4.7), `teamInternshipElsewhere` (4.9); and two a
 * region may count: `hasCurator` (school-curator or curator specialist), `hasMentor`.
 */
export const mentorshipSchoolFlags = [
  'hasCurator',
  'hasLeaderSchool',
  'hasMentor',
  'methodologicalLanding',
  'inMunicipalEvents',
  'inRegionalEvents',
  'inFederalEvents',
  'teamInternshipElsewhere',
] as const;

/** A school flag derived from mentorship records. */
export type MentorshipSchoolFlag = (typeof mentorshipSchoolFlags)[number];

/** Options of `schoolFlagsFromMentorship`. */
export interface SchoolFlagsOptions extends WindowOptions {
  /** Derive only these flags; the others are left as they are. Default: all of `mentorshipSchoolFlags`. */
  only?: readonly MentorshipSchoolFlag[];
  /**
   * Keep a flag that is already `true` even when the records do not confirm it (the records are
   * not the only source). Default `false`: the records decide, so a stale «да» does not linger.
   */
  keepExisting?: boolean;
}

/** Adds the flags one assignment gives its school. */
function assignmentFlags(assignment: Assignment, into: Set<MentorshipSchoolFlag>): void {
  if (assignment.kind === 'curator' || assignment.kind === 'curator-school') into.add('hasCurator');
  else if (assignment.kind === 'leader-school') into.add('hasLeaderSchool');
  else if (assignment.kind === 'mentor') into.add('hasMentor');
}

/** Adds the flags one event gives each school it names. */
function eventFlags(event: SupportEvent, into: Set<MentorshipSchoolFlag>): void {
  if (isLanding(event)) into.add('methodologicalLanding');
  if (event.level === 'municipal' || event.level === 'inter-municipal') into.add('inMunicipalEvents');
  else if (event.level === 'regional') into.add('inRegionalEvents');
  else if (event.level === 'federal') into.add('inFederalEvents');
  if (event.kind === 'internship' && (event.venue === 'other-municipality' || event.venue === 'other-region'))
    into.add('teamInternshipElsewhere');
}

/**
 * The flags each school earns from the records in the window, by school id.
 *
 * Rule: an assignment counts when its period shares a day with the window and it is attached to
 * the school (`to`); an event counts when one of its days is in the window and it names the school
 * in `schools`. Events count for the level they state (`level`); an event without a level feeds no
 * level flag. An internship counts as «elsewhere» only with `venue` another municipality or region.
 */
export function mentorshipFlagsBySchool(
  assignments: readonly Assignment[],
  events: readonly SupportEvent[],
  options: WindowOptions = {},
): Map<string, Set<MentorshipSchoolFlag>> {
  const window = windowOf(options);
  const bySchool = new Map<string, Set<MentorshipSchoolFlag>>();
  const flagsOf = (schoolId: string): Set<MentorshipSchoolFlag> => {
    let flags = bySchool.get(schoolId);
    if (flags === undefined) bySchool.set(schoolId, (flags = new Set()));
    return flags;
  };
  for (const assignment of assignments) {
    if (assignment.to.kind === 'school' && assignmentInWindow(assignment, window))
      assignmentFlags(assignment, flagsOf(assignment.to.schoolId));
  }
  for (const event of events) {
    if (!eventInWindow(event, window)) continue;
    for (const schoolId of event.schools) eventFlags(event, flagsOf(schoolId));
  }
  return bySchool;
}

/**
 * Copies of the schools with the mentorship flags set from assignments and events (rule:
 * `mentorshipFlagsBySchool`), ready for `computeIndicators(set, { kind: 'records', schools })`.
 * Every derived flag is written, `true` or `false`, so the calculator counts it rather than
 * reporting it missing; the input records are not changed.
 */
export function schoolFlagsFromMentorship(
  schools: readonly School[],
  assignments: readonly Assignment[],
  events: readonly SupportEvent[],
  options: SchoolFlagsOptions = {},
): School[] {
  const derived = mentorshipFlagsBySchool(assignments, events, options);
  const names = options.only ?? mentorshipSchoolFlags;
  return schools.map((school) => {
    const earned = derived.get(school.id);
    const flags = { ...school.flags };
    for (const name of names) {
      const value = earned?.has(name) ?? false;
      flags[name] = value || (options.keepExisting === true && school.flags?.[name] === true);
    }
    return { ...school, flags };
  });
}
