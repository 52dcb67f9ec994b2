import type { OrderReference } from '../roadmap/schema.js';
import { compileClassificationRules } from '../school/classify.js';
import type { School, SchoolCategory } from '../school/schema.js';
import { computeShare, type DisplayLocale, type ShareValue } from '../share/index.js';
import { instrumentsFor } from '../support-model/instruments.js';
import type { SupportInstrument, SupportModel } from '../support-model/schema.js';
import type { Teacher } from '../teacher/schema.js';
import type { LocalizedText } from '../text/schema.js';
import type { OpenPeriod } from './period.js';
import type { Assignment, AssignmentKind, Party, SupportEvent, SupportEventKind } from './schema.js';
import { assignmentInWindow, eventInWindow, isLanding, schoolAssignments } from './select.js';
import { windowOf, type TimeWindow, type WindowOptions } from './window.js';
import { toDisplayLocale } from '../text/locale.js';

/** Who supports a school, as a coverage row lists them. */
export interface CoverageParty {
  assignmentId: string;
  kind: AssignmentKind;
  /** The school's or person's name as the records give it (the id when there is no name). */
  name: string;
  period: OpenPeriod;
  order?: OrderReference;
}

/** A landing (десант) held in a school. */
export interface CoverageLanding {
  eventId: string;
  kind: SupportEventKind;
  date: string;
  topic: string;
}

/** What a target school lacks: no curator, no leader school, no mentor, no landing in the period. */
export type CoverageGap = 'no-curator' | 'no-leader-school' | 'no-mentor' | 'no-landing';

/** The instruments whose absence each gap reports: a gap is named only where one of them is used. */
export const coverageGapInstruments: Readonly<Record<CoverageGap, readonly SupportInstrument[]>> = {
  'no-curator': ['curator-specialist', 'curator-school'],
  'no-leader-school': ['leader-school'],
  'no-mentor': ['school-mentor'],
  'no-landing': ['methodological-visit'],
};

/** How a coverage table names each gap. */
export const coverageGapLabels: Readonly<Record<CoverageGap, LocalizedText>> = {
  'no-curator': { ru: 'не закреплён куратор (школа-куратор)', en: 'no curator (curator school)' },
  'no-leader-school': { ru: 'не определена школа-лидер', en: 'no leader school' },
  'no-mentor': { ru: 'не закреплён наставник', en: 'no mentor' },
  'no-landing': { ru: 'не проводился методический десант', en: 'no methodological landing' },
};

/** One row of the coverage table: a target school and who supports it in the period. */
export interface SchoolCoverage {
  schoolId: string;
  schoolName: string;
  /** Curator schools and curator specialists. */
  curators: CoverageParty[];
  leaderSchools: CoverageParty[];
  mentors: CoverageParty[];
  /** Teachers of the school with a tutor or mentor of their own; `null` without teacher records. */
  tutoredTeachers: number | null;
  /** Teachers of the school in the records; `null` without teacher records. */
  teachers: number | null;
  landings: CoverageLanding[];
  /** Every support event naming the school in the period, landings included. */
  eventCount: number;
  gaps: CoverageGap[];
}

/** The totals of the coverage table: each a share of the target schools (or their teachers). */
export interface CoverageTotals {
  schools: number;
  withCurator: ShareValue;
  withLeaderSchool: ShareValue;
  withMentor: ShareValue;
  withLanding: ShareValue;
  /** Landings held in target schools in all. */
  landingCount: number;
  /** Teachers of target schools with a tutor or mentor, over all their teachers; `null` without teacher records. */
  tutoredTeachers: ShareValue | null;
}

/** The coverage of target schools by mentorship: a row per school and the totals. */
export interface MentorshipCoverage {
  rows: SchoolCoverage[];
  totals: CoverageTotals;
}

/** Options of `mentorshipCoverage`. */
export interface CoverageOptions extends WindowOptions {
  /** Which schools are targets: default ШНОР/ШНРО and ШНСУ (categories assigned or given by the default rules). */
  categories?: readonly SchoolCategory[];
  /** Teacher records, to count tutored teachers per school. */
  teachers?: readonly Teacher[];
  /**
   * The municipalities' support models: a school's gaps name only instruments its municipality
   * uses (a district without leader schools is not told that none is attached). A school whose
   * municipality has no model is judged on every instrument.
   */
  supportModels?: readonly SupportModel[];
  locale?: DisplayLocale;
  /** Decimals of the shares (default 1, as seed 001). */
  precision?: number;
}

const defaultCategories: readonly SchoolCategory[] = ['low-results', 'unfavourable-conditions'];

function partyName(
  party: Party,
  schools: ReadonlyMap<string, School>,
  teachers: ReadonlyMap<string, Teacher>,
): string {
  if (party.kind === 'school') return schools.get(party.schoolId)?.name ?? party.name ?? party.schoolId;
  if (party.kind === 'teacher') return teachers.get(party.teacherId)?.name ?? party.name ?? party.teacherId;
  return party.name;
}

function coverageParty(
  assignment: Assignment,
  schools: ReadonlyMap<string, School>,
  teachers: ReadonlyMap<string, Teacher>,
): CoverageParty {
  const party: CoverageParty = {
    assignmentId: assignment.id,
    kind: assignment.kind,
    name: partyName(assignment.from, schools, teachers),
    period: assignment.period,
  };
  if (assignment.order !== undefined) party.order = assignment.order;
  return party;
}

/** Teacher ids with a tutor or mentor of their own in the window. */
function tutoredTeacherIds(assignments: readonly Assignment[], window: TimeWindow): Set<string> {
  const ids = new Set<string>();
  for (const assignment of assignments) {
    if (
      assignment.to.kind === 'teacher' &&
      (assignment.kind === 'tutor' || assignment.kind === 'mentor') &&
      assignmentInWindow(assignment, window)
    )
      ids.add(assignment.to.teacherId);
  }
  return ids;
}

/**
 * Which target schools (ШНОР и ШНСУ by default) have a curator, a leader school, a mentor and a
 * landing visit in the period, with their names, orders and dates; and the totals as shares
 * (`computeShare`, rounded half-up) so that «28,6%» always comes with its «2 из 7».
 */
export function mentorshipCoverage(
  schools: readonly School[],
  assignments: readonly Assignment[],
  events: readonly SupportEvent[],
  options: CoverageOptions = {},
): MentorshipCoverage {
  const window = windowOf(options);
  const categoriesOf = compileClassificationRules();
  const wanted = options.categories ?? defaultCategories;
  const schoolsById = new Map(schools.map((school) => [school.id, school]));
  const teachersById = new Map((options.teachers ?? []).map((teacher) => [teacher.id, teacher]));
  const tutored = tutoredTeacherIds(assignments, window);
  const eventsInWindow = events.filter((event) => eventInWindow(event, window));

  const rows = schools
    .filter((school) => categoriesOf(school).some((category) => wanted.includes(category)))
    .map((school): SchoolCoverage => {
      const party = (kinds: readonly AssignmentKind[]) =>
        schoolAssignments(assignments, school.id, kinds, window).map((assignment) =>
          coverageParty(assignment, schoolsById, teachersById),
        );
      const curators = party(['curator-school', 'curator']);
      const leaderSchools = party(['leader-school']);
      const mentors = party(['mentor']);
      const named = eventsInWindow.filter((event) => event.schools.includes(school.id));
      const landings = named.filter(isLanding).map((event) => ({
        eventId: event.id,
        kind: event.kind,
        date: event.date,
        topic: event.topic,
      }));
      const ownTeachers = options.teachers?.filter((teacher) => teacher.schoolId === school.id);
      const inUse = instrumentsFor(options.supportModels, school.municipalityId);
      const uses = (gap: CoverageGap) =>
        inUse === undefined || coverageGapInstruments[gap].some((instrument) => inUse.includes(instrument));
      const gaps: CoverageGap[] = [];
      if (curators.length === 0 && uses('no-curator')) gaps.push('no-curator');
      if (leaderSchools.length === 0 && uses('no-leader-school')) gaps.push('no-leader-school');
      if (mentors.length === 0 && uses('no-mentor')) gaps.push('no-mentor');
      if (landings.length === 0 && uses('no-landing')) gaps.push('no-landing');
      return {
        schoolId: school.id,
        schoolName: school.name,
        curators,
        leaderSchools,
        mentors,
        tutoredTeachers:
          ownTeachers === undefined ? null : ownTeachers.filter((t) => tutored.has(t.id)).length,
        teachers: ownTeachers === undefined ? null : ownTeachers.length,
        landings,
        eventCount: named.length,
        gaps,
      };
    });

  const shareOptions = { locale: toDisplayLocale(options.locale), precision: options.precision ?? 1 };
  const share = (count: number) => computeShare(count, rows.length, shareOptions);
  const teacherTotal = rows.reduce((sum, row) => sum + (row.teachers ?? 0), 0);
  const tutoredTotal = rows.reduce((sum, row) => sum + (row.tutoredTeachers ?? 0), 0);
  return {
    rows,
    totals: {
      schools: rows.length,
      withCurator: share(rows.filter((row) => row.curators.length > 0).length),
      withLeaderSchool: share(rows.filter((row) => row.leaderSchools.length > 0).length),
      withMentor: share(rows.filter((row) => row.mentors.length > 0).length),
      withLanding: share(rows.filter((row) => row.landings.length > 0).length),
      landingCount: rows.reduce((sum, row) => sum + row.landings.length, 0),
      tutoredTeachers:
        options.teachers === undefined ? null : computeShare(tutoredTotal, teacherTotal, shareOptions),
    },
  };
}
