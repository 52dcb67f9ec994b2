import {
  compileTeacherPredicate,
  createTeacherTestContext,
  type SchoolTest,
  type TeacherTest,
} from '../../predicate/compile.js';
import type { School } from '../../school/schema.js';
import type { Teacher } from '../../teacher/schema.js';
import { noteInvalid, type InvalidRecords, type RecordGuard } from './record-guards.js';
import type { CountingPlan } from './compile.js';

// Pass 3 of `countGrouped`: teachers, the 600 000 records of a country.

export const maxExamples = 5;

/** Records naming an unknown school: how many, the first, a few examples. */
export interface Unknown {
  count: number;
  firstIndex: number;
  examples: string[];
}

export interface TeacherTally {
  guard: RecordGuard;
  invalid: InvalidRecords;
  unknown: Unknown;
  sizes: Int32Array;
  counts: Int32Array;
}

export type TeacherCounter = (
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

/** Counts teachers by bits: prepares the tables, then runs the hot loop. */
export const countTeachersByBits: TeacherCounter = (plan, schools, teachers, schoolIndex, groupOf, tally) => {
  const { flags, schoolTests } = plan.teacherBits;
  const flagCount = flags.length;
  const schoolBits = new Int32Array(schools.length);
  if (schoolIndex !== null) {
    schoolTests.forEach((test, leaf) => markSchools(schools, test, 1 << (flagCount + leaf), schoolBits));
  }
  const groups = plan.teacherGroups;
  const populations = groups.length;
  const groupMask = new Int32Array(populations);
  const groupTest = groups.map((group) => group.test.bits!.test);
  const firstMember = new Int32Array(populations + 1);
  const memberMask = new Int32Array(plan.teacherMembers);
  const memberTest: (((bits: number) => boolean) | null)[] = [];
  groups.forEach((group, population) => {
    groupMask[population] = group.test.bits!.mask;
    firstMember[population + 1] = firstMember[population]! + group.members.length;
    group.members.forEach((member, offset) => {
      memberMask[firstMember[population]! + offset] = member.test.bits!.mask;
      memberTest.push(member.test.bits!.test);
    });
  });
  const loop: TeacherLoop = {
    flags,
    schoolBits,
    possible: possibleSchools(schoolBits, flagCount, groupMask, groupTest),
    groupOf,
    groupMask,
    groupTest,
    firstMember,
    memberMask,
    memberTest,
  };
  countTeacherBits(teachers, schoolIndex, loop, tally);
};

function markSchools(schools: readonly School[], test: SchoolTest, bit: number, bits: Int32Array): void {
  for (let position = 0; position < schools.length; position++)
    if (test(schools[position] as School)) bits[position]! |= bit;
}

/** Per school: can any population hold for its teachers, whatever their own flags? */
function possibleSchools(
  schoolBits: Int32Array,
  flagCount: number,
  groupMask: Int32Array,
  groupTest: readonly (((bits: number) => boolean) | null)[],
): Uint8Array {
  const schoolPart = ~((1 << flagCount) - 1);
  const possible = new Uint8Array(schoolBits.length);
  for (let position = 0; position < schoolBits.length; position++) {
    const known = schoolBits[position]!;
    for (let population = 0; population < groupMask.length; population++) {
      const required = groupMask[population]! & schoolPart;
      if (groupTest[population] !== null || (known & required) === required) {
        possible[position] = 1;
        break;
      }
    }
  }
  return possible;
}

/** What the teacher loop reads, prepared once per call. */
interface TeacherLoop {
  flags: readonly string[];
  schoolBits: Int32Array;
  possible: Uint8Array;
  groupOf: Int32Array;
  groupMask: Int32Array;
  groupTest: readonly (((bits: number) => boolean) | null)[];
  firstMember: Int32Array;
  memberMask: Int32Array;
  memberTest: readonly (((bits: number) => boolean) | null)[];
}

/**
 * The hot loop, a function of its own so that V8 keeps it optimised from call to call. Each
 * teacher becomes one number: a bit per flag the set reads (read by name once, not once per
 * condition) and the bits of its school's conditions. Populations and numerators that are
 * conjunctions are mask tests on typed arrays, with no call; the rest call a small test.
 */
function countTeacherBits(
  teachers: readonly unknown[],
  schoolIndex: Map<string, number> | null,
  loop: TeacherLoop,
  tally: TeacherTally,
): void {
  const { flags, schoolBits, possible, groupOf, groupMask, groupTest, firstMember, memberMask, memberTest } =
    loop;
  const { guard, invalid, unknown, sizes, counts } = tally;
  const flagCount = flags.length;
  const [name0 = '', name1 = '', name2 = '', name3 = '', name4 = '', name5 = ''] = flags;
  const populations = groupMask.length;
  const memberWidth = memberMask.length;
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
    // A teacher of a school that no population can take (most teachers, for seed 001's target
    // populations) is not read further: its flags cannot change any count.
    if (possible[position] === 0) continue;
    let bits = schoolBits[position]!;
    const own = teacher.flags as Record<string, unknown> | undefined;
    if (own !== undefined) {
      // Unrolled: each read below is a property access site of its own that sees one flag
      // name per call, so V8 caches it like `own.diagnosed`; one read in a loop over names
      // sees them all and is twice as slow over 600 000 teachers.
      let value: unknown;
      let wrong = false;
      if (flagCount > 0) {
        value = own[name0];
        if (value === true) bits |= 1;
        else if (value !== false && value !== undefined) wrong = true;
      }
      if (flagCount > 1) {
        value = own[name1];
        if (value === true) bits |= 2;
        else if (value !== false && value !== undefined) wrong = true;
      }
      if (flagCount > 2) {
        value = own[name2];
        if (value === true) bits |= 4;
        else if (value !== false && value !== undefined) wrong = true;
      }
      if (flagCount > 3) {
        value = own[name3];
        if (value === true) bits |= 8;
        else if (value !== false && value !== undefined) wrong = true;
      }
      if (flagCount > 4) {
        value = own[name4];
        if (value === true) bits |= 16;
        else if (value !== false && value !== undefined) wrong = true;
      }
      if (flagCount > 5) {
        value = own[name5];
        if (value === true) bits |= 32;
        else if (value !== false && value !== undefined) wrong = true;
      }
      for (let flag = 6; flag < flagCount; flag++) {
        value = own[flags[flag]!];
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
}

/** The same count for sets whose teacher conditions read more than 31 flags and school conditions. */
export const countTeachersByTests: TeacherCounter = (
  plan,
  schools,
  teachers,
  schoolIndex,
  groupOf,
  tally,
) => {
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
