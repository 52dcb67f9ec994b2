export { periodSchema, openPeriodSchema, formatDay, type Period, type OpenPeriod } from './period.js';
export { windowOf, overlapsWindow, dayInWindow, type TimeWindow, type WindowOptions } from './window.js';
export {
  schoolPartySchema,
  teacherPartySchema,
  personPartySchema,
  partySchema,
  assignmentKindSchema,
  assignmentKinds,
  assignmentPartyRules,
  assignmentSchema,
  supportEventKindSchema,
  supportEventKinds,
  landingEventKinds,
  eventLevelSchema,
  internshipVenueSchema,
  supportEventSchema,
  type Party,
  type PartyKind,
  type AssignmentKind,
  type Assignment,
  type SupportEventKind,
  type EventLevel,
  type InternshipVenue,
  type SupportEvent,
} from './schema.js';
export {
  assignmentKindLabels,
  partyKindLabels,
  supportEventKindLabels,
  eventLevelLabels,
  internshipVenueLabels,
} from './labels.js';
export { readAssignment, readOpenPeriod, readSupportEvent } from './light.js';
export { createAssignment, type AssignmentInput } from './create.js';
export { assignmentInWindow, eventInWindow, isLanding, schoolAssignments } from './select.js';
export {
  mentorshipSchoolFlags,
  mentorshipFlagsBySchool,
  schoolFlagsFromMentorship,
  type MentorshipSchoolFlag,
  type SchoolFlagsOptions,
} from './aggregate.js';
export {
  mentorshipCoverage,
  coverageGapLabels,
  coverageGapInstruments,
  type CoverageParty,
  type CoverageLanding,
  type CoverageGap,
  type SchoolCoverage,
  type CoverageTotals,
  type MentorshipCoverage,
  type CoverageOptions,
} from './coverage.js';
