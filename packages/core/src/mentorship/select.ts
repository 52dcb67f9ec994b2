import { landingEventKinds } from './kinds.js';
import type { Assignment, AssignmentKind, SupportEvent } from './schema.js';
import { dayInWindow, overlapsWindow, type TimeWindow } from './window.js';

/** Whether an assignment is in force for at least one day of the window. */
export function assignmentInWindow(assignment: Assignment, window: TimeWindow): boolean {
  return overlapsWindow(assignment.period, window);
}

/** Whether an event took place (at least one of its days) in the window. */
export function eventInWindow(event: SupportEvent, window: TimeWindow): boolean {
  if (event.endDate === undefined) return dayInWindow(event.date, window);
  return overlapsWindow({ start: event.date, end: event.endDate }, window);
}

/** Whether an event is a landing (методический или управленческий десант). */
export function isLanding(event: SupportEvent): boolean {
  return landingEventKinds.includes(event.kind);
}

/** The assignments of the given kinds attached to a school, in force in the window. */
export function schoolAssignments(
  assignments: readonly Assignment[],
  schoolId: string,
  kinds: readonly AssignmentKind[],
  window: TimeWindow,
): Assignment[] {
  return assignments.filter(
    (assignment) =>
      assignment.to.kind === 'school' &&
      assignment.to.schoolId === schoolId &&
      kinds.includes(assignment.kind) &&
      assignmentInWindow(assignment, window),
  );
}
