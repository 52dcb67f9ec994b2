import { formatPath } from '../../errors/path.js';
import {
  compileSchoolPredicate,
  compileTeacherPredicate,
  createTeacherTestContext,
} from '../../predicate/compile.js';
import type { SchoolTest, TeacherTest, TeacherTestContext } from '../../predicate/compile.js';
import type { RecordQuery } from '../../predicate/schema.js';
import type { School } from '../../school/schema.js';
import type { DisplayLocale } from '../../share/index.js';
import type { Teacher } from '../../teacher/schema.js';
import type { IndicatorDefinition, IndicatorSet, Population } from '../schema.js';
import type { RecordsExplainer } from './explain.js';
import {
  noteInvalid,
  recordGuards,
  type InvalidRecords,
  type RecordGuard,
  type RecordValidation,
} from './record-guards.js';
import type { Evaluation } from './from-counts.js';
import type { CodedRecordIssue } from './coded-issue.js';
import type { RawValue } from './result.js';

/** Records input whose lists are not checked yet (they are checked while counted). */
export interface UncheckedRecords {
  municipality?: unknown;
  schools: readonly unknown[];
  teachers?: readonly unknown[] | undefined;
}

/** A numerator counted within a population group. */
interface Member<Test> {
  code: string;
  test: Test;
  count: number;
}

/** Records of one population, tested once each, with every numerator over it. */
interface Group<Test> {
  test: Test;
  size: number;
  members: Member<Test>[];
}

const everyRecord = '*';
const maxExamples = 5;

function queryOf(indicator: IndicatorDefinition): RecordQuery | undefined {
  if (indicator.kind === 'share') return indicator.numerator.counts;
  if (indicator.kind === 'count') return indicator.counts;
  return undefined;
}

function noInvalid(): InvalidRecords {
  return { indexes: [], count: 0 };
}

/**
 * Evaluates every indicator of the set by counting records: one pass over schools to check and
 * index them, one to count them, one over teachers to check and count them. Each population is
 * tested once per record and each numerator only within its population.
 */
export function evaluateRecords<I>(
  set: IndicatorSet,
  input: UncheckedRecords,
  validation: RecordValidation,
  locale: DisplayLocale,
  explainer: RecordsExplainer<I>,
): Evaluation<I> {
  const values = new Map<string, RawValue>();
  const issues = new Map<string, I[]>(set.indicators.map((indicator) => [indicator.code, []]));
  const general =
    input.municipality === undefined
      ? []
      : explainer.municipality(input.municipality, ['municipality'], locale);
  const municipalityValid = general.length === 0;
  const guards = recordGuards(validation);
  const upfront = explainer.upfront(input, validation);
  const schools = input.schools;
  const teachers = input.teachers;

  // Pass 1: check and index schools. Nothing is counted from a list with a bad record.
  const invalidSchools = upfront?.schools ?? noInvalid();
  const schoolIndex =
    invalidSchools.count === 0
      ? indexSchools(schools, guards.school, invalidSchools, (issue) =>
          general.push(explainer.say(issue, locale)),
        )
      : null;
  const schoolsUsable = schoolIndex !== null && invalidSchools.count === 0;
  const checkedSchools = schools as readonly School[];

  // A teacher flag that is not yes/no raises the alarm while the teacher is tested; the pass then notes the teacher.
  const alarm = { raised: false };
  const context = createTeacherTestContext(checkedSchools, () => {
    alarm.raised = true;
  });
  const plan = schoolsUsable ? planGroups(set, context) : null;
  if (plan !== null) countSchools(checkedSchools, [...plan.schoolGroups.values()]);

  const invalidTeachers = upfront?.teachers ?? noInvalid();
  let unknownSchools = 0;
  if (teachers !== undefined && invalidTeachers.count === 0) {
    const groups = plan === null ? [] : [...plan.teacherGroups.values()];
    const unknown = countTeachers(
      teachers,
      schoolsUsable ? schoolIndex : null,
      groups,
      guards.teacher,
      invalidTeachers,
      alarm,
    );
    unknownSchools = unknown.count;
    if (unknown.count > 0) {
      general.push(
        explainer.say(
          {
            path: formatPath(['teachers', unknown.firstIndex, 'schoolId']),
            code: 'unknown-school',
            params: { count: unknown.count, examples: unknown.examples },
          },
          locale,
        ),
      );
    }
  }
  general.push(...explainer.records(schools, 'schools', invalidSchools, locale));
  if (teachers !== undefined)
    general.push(...explainer.records(teachers, 'teachers', invalidTeachers, locale));
  const teachersUsable = schoolsUsable && invalidTeachers.count === 0 && unknownSchools === 0;

  for (const indicator of set.indicators) {
    values.set(
      indicator.code,
      valueOf(indicator, input, municipalityValid, schoolsUsable, teachersUsable, plan),
    );
  }
  return { values, issues, general };
}

function valueOf(
  indicator: IndicatorDefinition,
  input: UncheckedRecords,
  municipalityValid: boolean,
  schoolsUsable: boolean,
  teachersUsable: boolean,
  plan: Plan | null,
): RawValue {
  if (indicator.kind === 'presence') {
    const flag = indicator.municipalityFlag;
    if (flag === undefined) return { kind: 'missing', reason: 'not-countable' };
    if (!municipalityValid) return { kind: 'invalid' };
    const value = (input.municipality as { flags?: Record<string, boolean> } | undefined)?.flags?.[flag];
    return value === undefined
      ? { kind: 'missing', reason: 'no-municipality-flag', detail: flag }
      : { kind: 'presence', present: value };
  }
  const query = queryOf(indicator);
  if (query === undefined) return { kind: 'missing', reason: 'not-countable' };
  if (query.entity === 'teacher' && input.teachers === undefined)
    return { kind: 'missing', reason: 'no-teacher-records' };
  const usable = query.entity === 'school' ? schoolsUsable : teachersUsable;
  const counted = plan?.byCode.get(indicator.code);
  if (!usable || counted === undefined) return { kind: 'invalid' };
  return indicator.kind === 'count'
    ? { kind: 'count', count: counted.member.count }
    : { kind: 'share', numerator: counted.member.count, denominator: counted.group.size };
}

/** Schools by id, checking each record; an id that occurs twice would count a school twice. */
function indexSchools(
  schools: readonly unknown[],
  guard: RecordGuard,
  invalid: InvalidRecords,
  report: (issue: CodedRecordIssue) => void,
): Map<string, number> | null {
  const index = new Map<string, number>();
  let unique = true;
  for (let position = 0; position < schools.length; position++) {
    const school = schools[position];
    if (!guard(school)) {
      noteInvalid(invalid, position);
      continue;
    }
    const id = (school as School).id;
    if (index.has(id)) {
      unique = false;
      report({
        path: formatPath(['schools', position, 'id']),
        code: 'duplicate-id',
        params: { record: 'school', id },
      });
    } else {
      index.set(id, position);
    }
  }
  return unique ? index : null;
}

/** The groups to count: one per population used (or every record), each with its numerators. */
interface Plan {
  schoolGroups: Map<string, Group<SchoolTest>>;
  teacherGroups: Map<string, Group<TeacherTest>>;
  byCode: Map<string, { group: Group<unknown>; member: Member<unknown> }>;
}

function planGroups(set: IndicatorSet, context: TeacherTestContext): Plan {
  const populations = new Map<string, Population>(
    set.populations.map((population) => [population.id, population]),
  );
  const plan: Plan = { schoolGroups: new Map(), teacherGroups: new Map(), byCode: new Map() };
  for (const indicator of set.indicators) {
    const query = queryOf(indicator);
    if (query === undefined || indicator.kind === 'presence') continue;
    const key = indicator.population ?? everyRecord;
    const population = indicator.population === undefined ? undefined : populations.get(indicator.population);
    if (query.entity === 'school') {
      let group = plan.schoolGroups.get(key);
      if (group === undefined) {
        group = {
          test: population?.entity === 'school' ? compileSchoolPredicate(population.where) : () => true,
          size: 0,
          members: [],
        };
        plan.schoolGroups.set(key, group);
      }
      const member: Member<SchoolTest> = {
        code: indicator.code,
        test: compileSchoolPredicate(query.where),
        count: 0,
      };
      group.members.push(member);
      plan.byCode.set(indicator.code, { group, member });
    } else {
      let group = plan.teacherGroups.get(key);
      if (group === undefined) {
        const test: TeacherTest =
          population?.entity === 'teacher' ? compileTeacherPredicate(population.where, context) : () => true;
        group = { test, size: 0, members: [] };
        plan.teacherGroups.set(key, group);
      }
      const member: Member<TeacherTest> = {
        code: indicator.code,
        test: compileTeacherPredicate(query.where, context),
        count: 0,
      };
      group.members.push(member);
      plan.byCode.set(indicator.code, { group, member });
    }
  }
  return plan;
}

function countSchools(schools: readonly School[], groups: readonly Group<SchoolTest>[]): void {
  for (let index = 0; index < schools.length; index++) {
    const school = schools[index] as School;
    for (const group of groups) {
      if (!group.test(school)) continue;
      group.size++;
      for (const member of group.members) if (member.test(school)) member.count++;
    }
  }
}

/**
 * Checks and counts teachers. `schoolIndex` is `null` when the schools are unusable: then the
 * teachers are only checked, so that all problems are reported at once.
 */
function countTeachers(
  teachers: readonly unknown[],
  schoolIndex: Map<string, number> | null,
  groups: readonly Group<TeacherTest>[],
  guard: RecordGuard,
  invalid: InvalidRecords,
  alarm: { raised: boolean },
): { count: number; firstIndex: number; examples: string[] } {
  const unknown = { count: 0, firstIndex: -1, examples: [] as string[] };
  // Exports list teachers school by school: remembering the last school saves most look-ups.
  let lastSchoolId: string | undefined;
  let lastPosition: number | undefined;
  for (let index = 0; index < teachers.length; index++) {
    const record = teachers[index];
    if (!guard(record)) {
      noteInvalid(invalid, index);
      continue;
    }
    if (schoolIndex === null) continue;
    const teacher = record as Teacher;
    let position: number | undefined;
    if (teacher.schoolId === lastSchoolId) {
      position = lastPosition;
    } else {
      position = schoolIndex.get(teacher.schoolId);
      lastSchoolId = teacher.schoolId;
      lastPosition = position;
    }
    if (position === undefined) {
      if (unknown.count++ === 0) unknown.firstIndex = index;
      if (unknown.examples.length < maxExamples) unknown.examples.push(`${teacher.id} → ${teacher.schoolId}`);
      continue;
    }
    for (const group of groups) {
      if (!group.test(teacher, position)) continue;
      group.size++;
      for (const member of group.members) if (member.test(teacher, position)) member.count++;
    }
    if (alarm.raised) {
      alarm.raised = false;
      noteInvalid(invalid, index);
    }
  }
  return unknown;
}
