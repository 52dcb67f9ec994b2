import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { calendarDateSchema } from '../deadline/schema.js';
import { isCalendarDate } from '../deadline/calendar.js';
import { recordIdSchema, textSchema } from '../record/schema.js';
import { orderReferenceSchema } from '../roadmap/schema.js';
import { reportIssue } from './issue.js';
import { formatDay, openPeriodSchema } from './period.js';
import {
  assignmentKindIds,
  assignmentPartyRules,
  eventKindsNeedingSchool,
  eventLevels,
  internshipVenues,
  supportEventKindIds,
} from './kinds.js';

// The lists and rules behind the schemas live in kinds.ts, with no zod: re-exported here as before.
export {
  assignmentKinds,
  assignmentPartyRules,
  eventKindsNeedingSchool,
  eventLevels,
  internshipVenues,
  landingEventKinds,
  supportEventKinds,
} from './kinds.js';

/** A school as a party to an assignment; `name` is for schools outside the records (a leader school of another municipality). */
export const schoolPartySchema = /* @__PURE__ */ withMeta(
  z.strictObject({ kind: z.literal('school'), schoolId: recordIdSchema, name: z.optional(textSchema) }),
  { title: 'SchoolParty', description: 'Школа как сторона закрепления.' },
);

/** A teacher of the records as a party to an assignment. */
export const teacherPartySchema = /* @__PURE__ */ withMeta(
  z.strictObject({ kind: z.literal('teacher'), teacherId: recordIdSchema, name: z.optional(textSchema) }),
  { title: 'TeacherParty', description: 'Педагог как сторона закрепления.' },
);

/** A person who is not a teacher of the records: a methodologist, a specialist of the education authority, a director-leader. */
export const personPartySchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    kind: z.literal('person'),
    /** Optional: lets the same mentor be recognised across assignments. */
    id: z.optional(recordIdSchema),
    name: textSchema,
    position: z.optional(textSchema),
    organization: z.optional(textSchema),
  }),
  {
    title: 'PersonParty',
    description:
      'Специалист (методист, специалист управления образования, директор-лидер) как сторона закрепления.',
  },
);

/** Who or what an assignment connects: a school, a teacher, or a person (специалист). */
export const partySchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('kind', [schoolPartySchema, teacherPartySchema, personPartySchema]),
  { title: 'Party', description: 'Сторона закрепления: школа, педагог или специалист.' },
);

/** A party to an assignment. */
export type Party = z.infer<typeof partySchema>;

/** The kind of a party: `school`, `teacher`, `person`. */
export type PartyKind = Party['kind'];

/**
 * The kind of an assignment made by an order: `mentor` (наставник школы или педагога, seed 004),
 * `curator` (куратор — специалист управления образования или ЦООД, seed 002), `curator-school`
 * (школа-куратор, seed 003), `leader-school` (школа-лидер или директор-лидер, проект 500+, seed 001),
 * `tutor` (муниципальный тьютор учителя-предметника, seed 004).
 */
export const assignmentKindSchema = /* @__PURE__ */ withMeta(z.enum(assignmentKindIds), {
  title: 'AssignmentKind',
  description:
    'Вид закрепления: наставник, куратор, школа-куратор, школа-лидер (500+), муниципальный тьютор.',
});

/** The kind of an assignment (вид закрепления). */
export type AssignmentKind = z.infer<typeof assignmentKindSchema>;

// Word forms for the messages, which follow «Поле «…»:» in lower case: who a party is, whom an
// assignment is attached to («за школой»), and what it makes of its party («школой-куратором»).
const partyNominative: Record<PartyKind, { ru: string; en: string; feminine: boolean }> = {
  school: { ru: 'школа', en: 'a school', feminine: true },
  teacher: { ru: 'педагог', en: 'a teacher', feminine: false },
  person: { ru: 'специалист', en: 'a person', feminine: false },
};
const partyInstrumental: Record<PartyKind, string> = {
  school: 'школой',
  teacher: 'педагогом',
  person: 'специалистом',
};
const kindNominative: Record<AssignmentKind, { ru: string; en: string }> = {
  mentor: { ru: 'наставник', en: 'a mentor' },
  curator: { ru: 'куратор', en: 'a curator' },
  'curator-school': { ru: 'школа-куратор', en: 'a curator school' },
  'leader-school': { ru: 'школа-лидер', en: 'a leader school' },
  tutor: { ru: 'тьютор', en: 'a tutor' },
};
const kindInstrumental: Record<AssignmentKind, string> = {
  mentor: 'наставником',
  curator: 'куратором',
  'curator-school': 'школой-куратором',
  'leader-school': 'школой-лидером',
  tutor: 'тьютором',
};

function given(kind: PartyKind): string {
  const party = partyNominative[kind];
  return `${party.feminine ? 'указана' : 'указан'} ${party.ru}`;
}

interface RawAssignment {
  kind: AssignmentKind;
  from: Party;
  to: Party;
}

// The shape alone cannot say that a tutor is attached to a teacher, not to a school.
function checkParties(assignment: RawAssignment, context: z.core.$RefinementCtx<RawAssignment>): void {
  const rules = assignmentPartyRules[assignment.kind];
  const kind = kindNominative[assignment.kind];
  if (!rules.from.includes(assignment.from.kind)) {
    reportIssue(context, ['from'], 'wrong-party', {
      ru: `${kindInstrumental[assignment.kind]} может быть только ${rules.from.map((party) => partyNominative[party].ru).join(' или ')}, а ${given(assignment.from.kind)}.`,
      en: `only ${rules.from.map((party) => partyNominative[party].en).join(' or ')} can be ${kind.en}, but ${partyNominative[assignment.from.kind].en} is given.`,
    });
  }
  if (!rules.to.includes(assignment.to.kind)) {
    reportIssue(context, ['to'], 'wrong-party', {
      ru: `${kind.ru} закрепляется только за ${rules.to.map((party) => partyInstrumental[party]).join(' или ')}, а ${given(assignment.to.kind)}.`,
      en: `${kind.en} is attached to ${rules.to.map((party) => partyNominative[party].en).join(' or ')} only, but ${partyNominative[assignment.to.kind].en} is given.`,
    });
  }
  const from = assignment.from;
  const to = assignment.to;
  const same =
    (from.kind === 'school' && to.kind === 'school' && from.schoolId === to.schoolId) ||
    (from.kind === 'teacher' && to.kind === 'teacher' && from.teacherId === to.teacherId);
  if (same) {
    reportIssue(context, ['to'], 'assigned-to-itself', {
      ru: `закрепление за самим собой: в полях from и to указан${from.kind === 'school' ? 'а одна и та же школа' : ' один и тот же педагог'}.`,
      en: `assigned to itself: from and to name the same ${from.kind}.`,
    });
  }
}

/**
 * An assignment made by an order (закрепление приказом): a mentor, curator, curator school, leader
 * school or tutor (`from`) attached to a school or teacher (`to`) for a period, with the order's
 * number and date. Which parties each kind connects is checked (`assignmentPartyRules`).
 */
export const assignmentSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: recordIdSchema,
      kind: assignmentKindSchema,
      from: partySchema,
      to: partySchema,
      period: openPeriodSchema,
      order: z.optional(orderReferenceSchema),
      /** The subjects a tutor works on (учитель-предметник): «математика», «русский язык». */
      subjects: z.optional(z.array(textSchema)),
      note: z.optional(textSchema),
    })
    .check(z.superRefine(checkParties)),
  {
    title: 'Assignment',
    description:
      'Закрепление приказом: наставник, куратор, школа-куратор, школа-лидер или тьютор → школа или педагог; срок и реквизиты приказа.',
  },
);

/** An assignment by order (закрепление). */
export type Assignment = z.infer<typeof assignmentSchema>;

/**
 * The kind of a support event: `methodological-landing` (методический десант),
 * `managerial-landing` (управленческий десант), `consultation`, `visit` (выезд специалистов в ОО),
 * `seminar`, `masterclass`, `workshop` (педагогическая мастерская), `internship` (стажировка),
 * `festival`, `meeting` (совещание, заседание).
 */
export const supportEventKindSchema = /* @__PURE__ */ withMeta(z.enum(supportEventKindIds), {
  title: 'SupportEventKind',
  description:
    'Вид мероприятия поддержки: методический или управленческий десант, консультация, выезд, семинар, мастер-класс, педагогическая мастерская, стажировка, фестиваль, совещание.',
});

/** The kind of a support event (вид мероприятия). */
export type SupportEventKind = z.infer<typeof supportEventKindSchema>;

/** The level of an event: school, municipal, inter-municipal, regional, federal (indicators 4.5–4.7 of seed 001). */
export const eventLevelSchema = /* @__PURE__ */ withMeta(z.enum(eventLevels), {
  title: 'EventLevel',
  description: 'Уровень мероприятия: школьный, муниципальный, межмуниципальный, региональный, федеральный.',
});

/** The level of an event (уровень мероприятия). */
export type EventLevel = z.infer<typeof eventLevelSchema>;

/** Where an internship takes place, relative to the school's municipality (indicator 4.9 of seed 001). */
export const internshipVenueSchema = /* @__PURE__ */ withMeta(z.enum(internshipVenues), {
  title: 'InternshipVenue',
  description: 'Место стажировки: свой муниципалитет, другое МСО региона, другой субъект РФ.',
});

/** Where an internship takes place. */
export type InternshipVenue = z.infer<typeof internshipVenueSchema>;

interface RawEvent {
  kind: SupportEventKind;
  date: string;
  endDate?: string | undefined;
  schools: string[];
  teachers?: string[] | undefined;
  participantCount?: number | undefined;
}

function checkEvent(event: RawEvent, context: z.core.$RefinementCtx<RawEvent>): void {
  if (isCalendarDate(event.endDate) && isCalendarDate(event.date) && event.endDate < event.date) {
    reportIssue(context, ['endDate'], 'end-before-start', {
      ru: `дата окончания мероприятия (${formatDay(event.endDate)}) раньше даты его начала (${formatDay(event.date)}).`,
      en: `the event ends (${formatDay(event.endDate, 'en')}) before it starts (${formatDay(event.date, 'en')}).`,
    });
  }
  if (eventKindsNeedingSchool.includes(event.kind) && event.schools.length === 0) {
    reportIssue(context, ['schools'], 'no-school', {
      ru: 'укажите школу, в которой проведено мероприятие: десант и выезд проводятся в школе.',
      en: 'name the school the event took place in: a landing or a visit goes to a school.',
    });
  }
  const named = event.teachers?.length ?? 0;
  if (event.participantCount !== undefined && event.participantCount < named) {
    reportIssue(context, ['participantCount'], 'fewer-participants-than-named', {
      ru: `участников (${event.participantCount}) меньше, чем названо педагогов (${named}).`,
      en: `fewer participants (${event.participantCount}) than teachers named (${named}).`,
    });
  }
}

/**
 * A support event (мероприятие поддержки): a methodological landing, a consultation, a visit, a
 * seminar …; its date, the schools it concerns, the teachers who took part (by id) or their number,
 * the topic and the outcome. `level` and `venue` let it answer indicators 4.5–4.7 and 4.9 of seed 001.
 */
export const supportEventSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: recordIdSchema,
      kind: supportEventKindSchema,
      date: calendarDateSchema,
      /** The last day of an event that lasts several days. */
      endDate: z.optional(calendarDateSchema),
      level: z.optional(eventLevelSchema),
      /** For an internship: where it took place. */
      venue: z.optional(internshipVenueSchema),
      /** The schools the event concerns (visited, or whose teams took part). */
      schools: z.array(recordIdSchema),
      /** The teachers who took part, by id: only they count as reached by support. */
      teachers: z.optional(z.array(recordIdSchema)),
      /** How many took part in all, when not everyone is named. */
      participantCount: z.optional(z.number().check(z.int(), z.minimum(0))),
      topic: textSchema,
      outcome: z.optional(textSchema),
      organizer: z.optional(textSchema),
      /** The assignment under which the event was held (a curator school's visit). */
      assignmentId: z.optional(recordIdSchema),
    })
    .check(z.superRefine(checkEvent)),
  {
    title: 'SupportEvent',
    description: 'Мероприятие поддержки: вид, дата, школы, участники, тема, результат.',
  },
);

/** A support event (мероприятие поддержки). */
export type SupportEvent = z.infer<typeof supportEventSchema>;
