import { formatPath, type Issue } from '../../errors/index.js';
import {
  compileTeacherPredicate,
  createTeacherTestContext,
  type TeacherTest,
} from '../../predicate/compile.js';
import type { School } from '../../school/schema.js';
import type { DisplayLocale } from '../../share/index.js';
import type { Teacher } from '../../teacher/schema.js';
import {
  checkAllRecords,
  noteInvalid,
  recordGuards,
  type InvalidRecords,
  type RecordGuard,
  type RecordValidation,
} from './check-records.js';
import type { CountingPlan } from './compile.js';
import { computeMessages } from './messages.js';

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
  /** Problems with the records (bad or duplicate records, unknown schools, schools in no group). */
  issues: Issue[];
  /** The schools' positions, when they are usable. */
  invalidSchools: InvalidRecords;
  invalidTeachers: InvalidRecords;
}

const maxExamples = 5;

interface Unknown {
  count: number;
  firstIndex: number;
  examples: string[];
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

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
  locale: DisplayLocale,
): GroupedCounts {
  const issues: Issue[] = [];
  const guards = recordGuards(validation);
  const upfront = validation === 'full' ? checkAllRecords(input) : undefined;
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
  let unique = true;
  const ungrouped: Unknown = { count: 0, firstIndex: -1, examples: [] };
  const schoolGuard: RecordGuard =
    by === 'municipality'
      ? (record) =>
          guards.school(record) &&
          ((record as School).municipalityId === undefined || isId((record as School).municipalityId))
      : guards.school;
  if (invalidSchools.count === 0) {
    for (let position = 0; position < schools.length; position++) {
      const school = schools[position] as School;
      if (!schoolGuard(school)) {
        noteInvalid(invalidSchools, position);
        continue;
      }
      const id = school.id;
      if (schoolIndex.has(id)) {
        unique = false;
        issues.push({
          path: formatPath(['schools', position, 'id']),
          code: 'duplicate-id',
          message: computeMessages.duplicateSchoolId(id, locale),
        });
        continue;
      }
      schoolIndex.set(id, position);
      const key = by === 'school' ? id : school.municipalityId;
      if (key === undefined) {
        groupOf[position] = -1;
        if (ungrouped.count++ === 0) ungrouped.firstIndex = position;
        if (ungrouped.examples.length < maxExamples) ungrouped.examples.push(id);
        continue;
      }
      let group = keyIndex.get(key);
      if (group === undefined) {
        group = keys.length;
        keyIndex.set(key, group);
        keys.push(key);
      }
      groupOf[position] = group;
    }
  }
  const rows = keys.length + 1;
  for (let position = 0; position < groupOf.length; position++)
    if (groupOf[position] === -1) groupOf[position] = rows - 1;
  if (ungrouped.count > 0) {
    issues.push({
      path: formatPath(['schools', ungrouped.firstIndex, 'municipalityId']),
      code: 'no-municipality',
      message: computeMessages.schoolsWithoutMunicipality(ungrouped.count, ungrouped.examples, locale),
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
  if (schoolsUsable) {
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
        message: computeMessages.unknownSchool(unknown.count, unknown.examples, locale),
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

interface TeacherTally {
  guard: RecordGuard;
  invalid: InvalidRecords;
  unknown: Unknown;
  sizes: Int32Array;
  counts: Int32Array;
}

type TeacherCounter = (
  plan: CountingPlan,
  schools: readonly School[],
  teachers: readonly unknown[],
  schoolIndex: Map<string, number> | null,
  groupOf: Int32Array,
  tally: TeacherTally,
) => void;

function noteUnknown(unknown: Unknown, index: number, teacher: Teacher): void {
  if (unknown.count++ === 0) unknown.firstIndex = index;
  if (unknown.examples.length < maxExamples) unknown.examples.push(`${teacher.id} → ${teacher.schoolId}`);
}

/**
 * The hot loop. Each teacher becomes one number: a bit per flag the set reads (read by name
 * once, not once per condition) and the bits of its school's conditions (a table made once per
 * call). Populations and numerators that are conjunctions are mask tests on typed arrays, with
 * no call; the rest call a small test on the same number.
 */
const countTeachersByBits: TeacherCounter = (plan, schools, teachers, schoolIndex, groupOf, tally) => {
  const { flags, schoolTests } = plan.teacherBits;
  const flagCount = flags.length;
  const schoolBits = new Int32Array(schools.length);
  if (schoolIndex !== null) {
    schoolTests.forEach((test, leaf) => {
      const bit = 1 << (flagCount + leaf);
      for (let position = 0; position < schools.length; position++)
        if (test(schools[position] as School)) schoolBits[position]! |= bit;
    });
  }
  const groups = plan.teacherGroups;
  const populations = groups.length;
  const memberWidth = plan.teacherMembers;
  const groupMask = new Int32Array(populations);
  const groupTest = groups.map((group) => group.test.bits!.test);
  const firstMember = new Int32Array(populations + 1);
  const memberMask = new Int32Array(memberWidth);
  const memberTest: (((bits: number) => boolean) | null)[] = [];
  groups.forEach((group, population) => {
    groupMask[population] = group.test.bits!.mask;
    firstMember[population + 1] = firstMember[population]! + group.members.length;
    group.members.forEach((member, offset) => {
      memberMask[firstMember[population]! + offset] = member.test.bits!.mask;
      memberTest.push(member.test.bits!.test);
    });
  });
  const { guard, invalid, unknown, sizes, counts } = tally;
  // Exports list teachers school by school: remembering the last school saves most look-ups.
  let lastSchoolId: unknown;
  let lastPosition: number | undefined;
  for (let index = 0; index < teachers.length; index++) {
    const teacher = teachers[index] as Teacher;
    if (!guard(teacher)) {
      noteInvalid(invalid, index);
      continue;
    }
    if (schoolIndex === null) continue;
    let position: number | undefined;
    if (teacher.schoolId === lastSchoolId) {
      position = lastPosition;
    } else {
      position = schoolIndex.get(teacher.schoolId);
      lastSchoolId = teacher.schoolId;
      lastPosition = position;
    }
    if (position === undefined) {
      noteUnknown(unknown, index, teacher);
      continue;
    }
    let bits = schoolBits[position]!;
    const own = teacher.flags;
    if (own !== undefined) {
      let wrong = false;
      for (let flag = 0; flag < flagCount; flag++) {
        const value: unknown = own[flags[flag]!];
        if (value === true) bits |= 1 << flag;
        else if (value !== false && value !== undefined) wrong = true;
      }
      // A flag the set reads that is not yes/no spoils the list; zod explains it afterwards.
      if (wrong) noteInvalid(invalid, index);
    }
    const row = groupOf[position]!;
    for (let population = 0; population < populations; population++) {
      const mask = groupMask[population]!;
      const test = groupTest[population];
      if (test === null || test === undefined ? (bits & mask) !== mask : !test(bits)) continue;
      sizes[row * populations + population]!++;
      const end = firstMember[population + 1]!;
      for (let member = firstMember[population]!; member < end; member++) {
        const memberBits = memberMask[member]!;
        const check = memberTest[member];
        if (check === null || check === undefined ? (bits & memberBits) === memberBits : check(bits))
          counts[row * memberWidth + member]!++;
      }
    }
  }
};

/** The same count for sets whose teacher conditions read more than 31 flags and school conditions. */
const countTeachersByTests: TeacherCounter = (plan, schools, teachers, schoolIndex, groupOf, tally) => {
  const { guard, invalid, unknown, sizes, counts } = tally;
  let alarm = false;
  const context = createTeacherTestContext(schools, () => {
    alarm = true;
  });
  const groups = plan.teacherGroups.map((group) => ({
    test: compileTeacherPredicate(group.test.where, context),
    members: group.members.map((member) => compileTeacherPredicate(member.test.where, context)),
  }));
  const populations = groups.length;
  const memberWidth = plan.teacherMembers;
  for (let index = 0; index < teachers.length; index++) {
    const teacher = teachers[index] as Teacher;
    if (!guard(teacher)) {
      noteInvalid(invalid, index);
      continue;
    }
    if (schoolIndex === null) continue;
    const position = schoolIndex.get(teacher.schoolId);
    if (position === undefined) {
      noteUnknown(unknown, index, teacher);
      continue;
    }
    const row = groupOf[position]!;
    let member = 0;
    groups.forEach((group, population) => {
      if (!group.test(teacher, position)) {
        member += group.members.length;
        return;
      }
      sizes[row * populations + population]!++;
      for (const test of group.members as TeacherTest[]) {
        if (test(teacher, position)) counts[row * memberWidth + member]!++;
        member++;
      }
    });
    if (alarm) {
      alarm = false;
      noteInvalid(invalid, index);
    }
  }
};
