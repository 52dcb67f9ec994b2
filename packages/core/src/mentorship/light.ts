import {
  invalid,
  readArray,
  readByKind,
  readCalendarDate,
  readLiteral,
  readOneOf,
  readRecordId,
  readStrict,
  readText,
  type LightReader,
} from '../record/light.js';
import type { OpenPeriod } from './period.js';
import {
  assignmentKinds,
  assignmentPartyRules,
  eventKindsNeedingSchool,
  eventLevels,
  internshipVenues,
  supportEventKinds,
} from './kinds.js';
import type { Assignment, Party, SupportEvent } from './schema.js';

// What `assignmentSchema` and `supportEventSchema` make of a record, read without zod, with their
// rules (who may be attached to whom, an event's dates and schools) as verdicts only: a record
// they refuse comes back `invalid`, and the schema, loaded then, says why. light.test.ts holds
// each reader and its schema together.

/** `openPeriodSchema`: a start, maybe an end, not before the start. */
export const readOpenPeriod: LightReader<OpenPeriod> = (value) => {
  const period = readStrict<OpenPeriod>({ start: [readCalendarDate], end: [readCalendarDate, 'optional'] })(
    value,
  );
  return period !== invalid && period.end !== undefined && period.end < period.start ? invalid : period;
};

const readOrder = /* @__PURE__ */ readStrict({
  number: [readText],
  date: [readCalendarDate],
  issuer: [readText, 'optional'],
  title: [readText, 'optional'],
});

const readParty: LightReader<Party> = /* @__PURE__ */ readByKind<Party>({
  school: readStrict({
    kind: [readLiteral('school')],
    schoolId: [readRecordId],
    name: [readText, 'optional'],
  }),
  teacher: readStrict({
    kind: [readLiteral('teacher')],
    teacherId: [readRecordId],
    name: [readText, 'optional'],
  }),
  person: readStrict({
    kind: [readLiteral('person')],
    id: [readRecordId, 'optional'],
    name: [readText],
    position: [readText, 'optional'],
    organization: [readText, 'optional'],
  }),
});

const readAssignmentShape = /* @__PURE__ */ readStrict<Assignment>({
  id: [readRecordId],
  kind: [readOneOf(assignmentKinds)],
  from: [readParty],
  to: [readParty],
  period: [readOpenPeriod],
  order: [readOrder, 'optional'],
  subjects: [readArray(readText), 'optional'],
  note: [readText, 'optional'],
});

/** What `assignmentSchema` makes of an assignment (закрепление), or `invalid`. */
export const readAssignment: LightReader<Assignment> = (value) => {
  const assignment = readAssignmentShape(value);
  if (assignment === invalid) return invalid;
  const { kind, from, to } = assignment;
  const rules = assignmentPartyRules[kind];
  if (!rules.from.includes(from.kind) || !rules.to.includes(to.kind)) return invalid;
  const same =
    (from.kind === 'school' && to.kind === 'school' && from.schoolId === to.schoolId) ||
    (from.kind === 'teacher' && to.kind === 'teacher' && from.teacherId === to.teacherId);
  return same ? invalid : assignment;
};

const readCount: LightReader<number> = (value) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : invalid;

const readEventShape = /* @__PURE__ */ readStrict<SupportEvent>({
  id: [readRecordId],
  kind: [readOneOf(supportEventKinds)],
  date: [readCalendarDate],
  endDate: [readCalendarDate, 'optional'],
  level: [readOneOf(eventLevels), 'optional'],
  venue: [readOneOf(internshipVenues), 'optional'],
  schools: [readArray(readRecordId)],
  teachers: [readArray(readRecordId), 'optional'],
  participantCount: [readCount, 'optional'],
  topic: [readText],
  outcome: [readText, 'optional'],
  organizer: [readText, 'optional'],
  assignmentId: [readRecordId, 'optional'],
});

/** What `supportEventSchema` makes of a support event (мероприятие поддержки), or `invalid`. */
export const readSupportEvent: LightReader<SupportEvent> = (value) => {
  const event = readEventShape(value);
  if (event === invalid) return invalid;
  if (event.endDate !== undefined && event.endDate < event.date) return invalid;
  if (eventKindsNeedingSchool.includes(event.kind) && event.schools.length === 0) return invalid;
  const named = event.teachers?.length ?? 0;
  return event.participantCount !== undefined && event.participantCount < named ? invalid : event;
};
