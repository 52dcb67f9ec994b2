import { formatPath } from '../../errors/path.js';
import type { School } from '../../school/schema.js';
import type { CodedRecordIssue } from './coded-issue.js';
import {
  noteInvalid,
  recordGuards,
  type InvalidRecords,
  type RecordGuard,
  type RecordValidation,
} from './record-guards.js';
import type { CountingPlan } from './compile.js';
import { countTeachersByBits, countTeachersByTests, maxExamples, type Unknown } from './count-teachers.js';

/** How records are grouped: by the school's `municipalityId`, or one group per school. */
export type GroupBy = 'municipality' | 'school';

/** Records whose lists are not checked yet (they are checked while counted). */
export interface UncheckedGroupedRecords {
  schools: readonly unknown[];
  teachers?: readonly unknown[] | undefined;
}

/**
 * What one pass counted, one row per group and a last row for schools in no group: population
 * sizes and numerator counts in flat typed arrays (`row * width + position`).
 */
export interface GroupedCounts {
  /** Group keys in order (municipality ids or school ids). */
  keys: string[];
  schoolSizes: Int32Array;
  schoolCounts: Int32Array;
  teacherSizes: Int32Array;
  teacherCounts: Int32Array;
  schoolsUsable: boolean;
  teachersUsable: boolean;
  /** Problems with the records (duplicate records, unknown schools, schools in no group), not yet worded. */
  issues: CodedRecordIssue[];
  /** The schools' positions, when they are usable. */
  invalidSchools: InvalidRecords;
  invalidTeachers: InvalidRecords;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

// A school grouped by municipality must name it well: the fast check plus `municipalityId`.
const fastSchoolGuard = recordGuards('fast').school;
const groupedSchoolGuard: RecordGuard = (record) =>
  fastSchoolGuard(record) &&
  ((record as School).municipalityId === undefined || isId((record as School).municipalityId));

/**
 * Counts every population and numerator of a compiled set for many groups in one pass over
 * schools and one over teachers. `seedKeys` fixes the order of the first groups (the
 * municipalities listed), so a municipality without schools still gets its (empty) row.
 */
export function countGrouped(
  plan: CountingPlan,
  input: UncheckedGroupedRecords,
  by: GroupBy,
  seedKeys: readonly string[],
  validation: RecordValidation,
  upfront: { schools: InvalidRecords; teachers: InvalidRecords } | undefined,
): GroupedCounts {
  const issues: CodedRecordIssue[] = [];
  const guards = recordGuards(validation);
  const invalidSchools = upfront?.schools ?? { indexes: [], count: 0 };
  const invalidTeachers = upfront?.teachers ?? { indexes: [], count: 0 };
  const schools = input.schools;
  const teachers = input.teachers;

  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  for (const key of seedKeys) {
    if (!keyIndex.has(key)) {
      keyIndex.set(key, keys.length);
      keys.push(key);
    }
  }
  // Pass 1: check, index and group schools. A school without a municipality goes to the last row.
  const schoolIndex = new Map<string, number>();
  const groupOf = new Int32Array(schools.length);
  const ungrouped: Unknown = { count: 0, firstIndex: -1, examples: [] };
  const schoolGuard = validation === 'fast' && by === 'municipality' ? groupedSchoolGuard : guards.school;
  const grouping: SchoolGrouping = { keys, keyIndex, schoolIndex, groupOf, unique: true, ungrouped, issues };
  if (invalidSchools.count === 0) groupSchools(schools, by, schoolGuard, invalidSchools, grouping);
  const unique = grouping.unique;
  const rows = keys.length + 1;
  for (let position = 0; position < groupOf.length; position++)
    if (groupOf[position] === -1) groupOf[position] = rows - 1;
  if (ungrouped.count > 0) {
    issues.push({
      path: formatPath(['schools', ungrouped.firstIndex, 'municipalityId']),
      code: 'no-municipality',
      params: { count: ungrouped.count, examples: ungrouped.examples },
    });
  }
  const schoolsUsable = unique && invalidSchools.count === 0;

  const schoolGroups = plan.schoolGroups;
  const teacherGroups = plan.teacherGroups;
  const schoolSizes = new Int32Array(rows * schoolGroups.length);
  const schoolCounts = new Int32Array(rows * plan.schoolMembers);
  const teacherSizes = new Int32Array(rows * teacherGroups.length);
  const teacherCounts = new Int32Array(rows * plan.teacherMembers);

  // Pass 2: count schools.
  if (schoolsUsable) countSchools(plan, schools as readonly School[], groupOf, schoolSizes, schoolCounts);

  // Pass 3: check and count teachers (only checked when the schools are unusable).
  const unknown: Unknown = { count: 0, firstIndex: -1, examples: [] };
  if (teachers !== undefined && invalidTeachers.count === 0) {
    const counter = plan.teacherBits.fits ? countTeachersByBits : countTeachersByTests;
    counter(plan, schools as readonly School[], teachers, schoolsUsable ? schoolIndex : null, groupOf, {
      guard: guards.teacher,
      invalid: invalidTeachers,
      unknown,
      sizes: teacherSizes,
      counts: teacherCounts,
    });
    if (unknown.count > 0) {
      issues.push({
        path: formatPath(['teachers', unknown.firstIndex, 'schoolId']),
        code: 'unknown-school',
        params: { count: unknown.count, examples: unknown.examples },
      });
    }
  }
  const teachersUsable = schoolsUsable && invalidTeachers.count === 0 && unknown.count === 0;
  return {
    keys,
    schoolSizes,
    schoolCounts,
    teacherSizes,
    teacherCounts,
    schoolsUsable,
    teachersUsable,
    issues,
    invalidSchools,
    invalidTeachers,
  };
}

// Each pass is a function of its own: V8 optimises it whole, and keeps it from call to call.
function countSchools(
  plan: CountingPlan,
  schools: readonly School[],
  groupOf: Int32Array,
  schoolSizes: Int32Array,
  schoolCounts: Int32Array,
): void {
  const schoolGroups = plan.schoolGroups;
  const populations = schoolGroups.length;
  const members = plan.schoolMembers;
  for (let position = 0; position < schools.length; position++) {
    const school = schools[position] as School;
    const row = groupOf[position] as number;
    let member = 0;
    for (let population = 0; population < populations; population++) {
      const group = schoolGroups[population]!;
      if (!group.test(school)) {
        member += group.members.length;
        continue;
      }
      schoolSizes[row * populations + population]!++;
      for (const candidate of group.members) {
        if (candidate.test(school)) schoolCounts[row * members + member]!++;
        member++;
      }
    }
  }
}

interface SchoolGrouping {
  keys: string[];
  keyIndex: Map<string, number>;
  schoolIndex: Map<string, number>;
  groupOf: Int32Array;
  unique: boolean;
  ungrouped: Unknown;
  issues: CodedRecordIssue[];
}

/** Pass 1: checks, indexes and groups schools; a school without a municipality gets group -1. */
function groupSchools(
  schools: readonly unknown[],
  by: GroupBy,
  guard: RecordGuard,
  invalid: InvalidRecords,
  grouping: SchoolGrouping,
): void {
  const { keys, keyIndex, schoolIndex, groupOf, ungrouped, issues } = grouping;
  let lastKey: string | undefined;
  let lastGroup = 0;
  for (let position = 0; position < schools.length; position++) {
    const school = schools[position] as School;
    if (!guard(school)) {
      noteInvalid(invalid, position);
      continue;
    }
    const id = school.id;
    // One hash operation per school: a duplicate leaves the size unchanged. Its position then
    // overwrites the first one's, which no longer matters: schools with a duplicate are not counted.
    const before = schoolIndex.size;
    schoolIndex.set(id, position);
    if (schoolIndex.size === before) {
      grouping.unique = false;
      issues.push({
        path: formatPath(['schools', position, 'id']),
        code: 'duplicate-id',
        params: { record: 'school', id },
      });
      continue;
    }
    const key = by === 'school' ? id : school.municipalityId;
    if (key === undefined) {
      groupOf[position] = -1;
      if (ungrouped.count++ === 0) ungrouped.firstIndex = position;
      if (ungrouped.examples.length < maxExamples) ungrouped.examples.push(id);
      continue;
    }
    // Exports list schools municipality by municipality: the last group is usually the one.
    let group: number | undefined;
    if (key === lastKey) {
      group = lastGroup;
    } else {
      group = keyIndex.get(key);
      if (group === undefined) {
        group = keys.length;
        keyIndex.set(key, group);
        keys.push(key);
      }
      lastKey = key;
      lastGroup = group;
    }
    groupOf[position] = group;
  }
}
