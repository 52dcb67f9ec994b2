import type { AssignmentKind, PartyKind, SupportEventKind } from './schema.js';

// The lists behind the mentorship enums and the rule of who is attached to whom, as plain data:
// the schemas build on them, and the coverage and the light check read them with no zod.

/** The kinds of an assignment (see `assignmentKindSchema`). */
export const assignmentKindIds = ['mentor', 'curator', 'curator-school', 'leader-school', 'tutor'] as const;

/** Every assignment kind. */
export const assignmentKinds: readonly AssignmentKind[] = assignmentKindIds;

/** Which parties each kind of assignment connects: who is attached (`from`) to whom (`to`). */
export const assignmentPartyRules: Readonly<
  Record<AssignmentKind, { from: readonly PartyKind[]; to: readonly PartyKind[] }>
> = {
  mentor: { from: ['person', 'teacher'], to: ['school', 'teacher'] },
  curator: { from: ['person', 'teacher'], to: ['school'] },
  'curator-school': { from: ['school'], to: ['school'] },
  'leader-school': { from: ['school', 'person'], to: ['school'] },
  tutor: { from: ['person', 'teacher'], to: ['teacher'] },
};

/** The kinds of a support event (see `supportEventKindSchema`). */
export const supportEventKindIds = [
  'methodological-landing',
  'managerial-landing',
  'consultation',
  'visit',
  'seminar',
  'masterclass',
  'workshop',
  'internship',
  'festival',
  'meeting',
] as const;

/** Every support event kind. */
export const supportEventKinds: readonly SupportEventKind[] = supportEventKindIds;

/** The kinds that are a landing (десант) of a municipal or regional team, indicator 4.11 of seed 001. */
export const landingEventKinds: readonly SupportEventKind[] = [
  'methodological-landing',
  'managerial-landing',
];

/** The levels of an event (уровни мероприятия). */
export const eventLevels = ['school', 'municipal', 'inter-municipal', 'regional', 'federal'] as const;

/** Where an internship takes place (места стажировки). */
export const internshipVenues = ['own-municipality', 'other-municipality', 'other-region'] as const;

/** A landing and a visit go to a school: without one they did not happen anywhere. */
export const eventKindsNeedingSchool: readonly SupportEventKind[] = [
  'methodological-landing',
  'managerial-landing',
  'visit',
];
