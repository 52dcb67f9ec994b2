import type { ResourceRisk, School, SchoolCategory } from '../school/schema.js';
import {
  resourceRiskIds as allResourceRisks,
  schoolCategoryIds as schoolCategories,
} from '../school/lists.js';
import type { Teacher } from '../teacher/schema.js';
import type { OneOrMany, SchoolPredicate, TeacherPredicate } from './schema.js';

/** A compiled school condition: true when the school meets it. */
export type SchoolTest = (school: School) => boolean;

/**
 * A compiled teacher condition. `schoolIndex` is the position of the teacher's school in the
 * school list the context was built from, or -1 when the teacher's `schoolId` is unknown.
 */
export type TeacherTest = (teacher: Teacher, schoolIndex: number) => boolean;

/**
 * Called when a teacher flag a condition reads holds something other than `true`, `false` or
 * nothing; the condition then reads it as «нет». Lets a caller check flag values only where
 * they matter, instead of in a separate pass over every record.
 */
export type InvalidFlagHandler = (flag: string, value: unknown) => void;

/** What a teacher condition needs to test a teacher's school without looking it up again. */
export interface TeacherTestContext {
  /** One byte per school (1 = meets the condition), computed once per distinct condition. */
  schoolMatches(predicate: SchoolPredicate): Uint8Array;
  /** Told about teacher flags that are not yes/no (see `InvalidFlagHandler`). */
  onInvalidFlag?: InvalidFlagHandler | undefined;
}

function asList<T>(value: OneOrMany<T>): readonly T[] {
  return Array.isArray(value) ? value : [value as T];
}

// Small arrays (categories, roles, risks) are faster to scan than to hash.
function hasAny<T>(values: readonly T[] | undefined, wanted: readonly T[]): boolean {
  if (values === undefined) return false;
  for (const value of values) if (wanted.includes(value)) return true;
  return false;
}

const isBuiltInCategory = (category: string): category is SchoolCategory =>
  (schoolCategories as readonly string[]).includes(category);

function hasAnyFlag(flags: School['flags'], names: readonly string[]): boolean {
  if (flags === undefined) return false;
  for (const name of names) if (flags[name] === true) return true;
  return false;
}

// Counts the wanted values present, each once, however often a record repeats it.
function countPresent<T>(values: readonly T[] | undefined, wanted: readonly T[]): number {
  if (values === undefined) return 0;
  let count = 0;
  for (const value of wanted) if (values.includes(value)) count++;
  return count;
}

function atLeastOf<R, I>(tests: readonly ((record: R, index: I) => boolean)[], needed: number) {
  return (record: R, index: I): boolean => {
    let hits = 0;
    for (const test of tests) {
      if (test(record, index) && ++hits >= needed) return true;
    }
    return false;
  };
}

// Plain loops: `every`/`some` with an arrow would allocate a closure per record tested.
function allOf<R, I>(tests: readonly ((record: R, index: I) => boolean)[]) {
  return (record: R, index: I): boolean => {
    for (const test of tests) if (!test(record, index)) return false;
    return true;
  };
}

function anyOf<R, I>(tests: readonly ((record: R, index: I) => boolean)[]) {
  return (record: R, index: I): boolean => {
    for (const test of tests) if (test(record, index)) return true;
    return false;
  };
}

/** Turns a school condition into a function, once, so that counting does not re-read the JSON. */
export function compileSchoolPredicate(predicate: SchoolPredicate): SchoolTest {
  if ('category' in predicate) {
    const wanted = asList(predicate.category);
    const builtIn = wanted.filter(isBuiltInCategory);
    // A region's own category reaches the calculator as a school flag of its id (registryToRecords).
    const own = wanted.filter((category) => !isBuiltInCategory(category));
    if (own.length === 0) return (school) => hasAny(school.categories, builtIn);
    return (school) => hasAny(school.categories, builtIn) || hasAnyFlag(school.flags, own);
  }
  if ('role' in predicate) {
    const wanted = asList(predicate.role);
    return (school) => hasAny(school.roles, wanted);
  }
  if ('flag' in predicate) {
    const name = predicate.flag;
    return (school) => school.flags?.[name] === true;
  }
  if ('resourceRisk' in predicate) {
    const wanted = asList(predicate.resourceRisk);
    return (school) => hasAny(school.resourceRisks, wanted);
  }
  if ('resourceRisks' in predicate) {
    const { atLeast } = predicate.resourceRisks;
    const wanted: readonly ResourceRisk[] = predicate.resourceRisks.of ?? allResourceRisks;
    return (school) => countPresent(school.resourceRisks, wanted) >= atLeast;
  }
  if ('all' in predicate) return unary(allOf(predicate.all.map(compileSchoolPredicate)));
  if ('any' in predicate) return unary(anyOf(predicate.any.map(compileSchoolPredicate)));
  if ('not' in predicate) {
    const inner = compileSchoolPredicate(predicate.not);
    return (school) => !inner(school);
  }
  return unary(atLeastOf(predicate.of.map(compileSchoolPredicate), predicate.atLeast));
}

function unary(test: (school: School, index: undefined) => boolean): SchoolTest {
  return (school) => test(school, undefined);
}

/**
 * Turns a teacher condition into a function. A `{ school: … }` test reads a table the context
 * computed once for all schools, so a teacher costs one array read, not a school look-up.
 */
export function compileTeacherPredicate(
  predicate: TeacherPredicate,
  context: TeacherTestContext,
): TeacherTest {
  if ('flag' in predicate) {
    const name = predicate.flag;
    const report = context.onInvalidFlag;
    if (report === undefined) return (teacher) => teacher.flags?.[name] === true;
    return (teacher) => {
      const value: unknown = teacher.flags?.[name];
      if (value === true) return true;
      if (value !== false && value !== undefined) report(name, value);
      return false;
    };
  }
  if ('school' in predicate) {
    const table = context.schoolMatches(predicate.school);
    return (_teacher, schoolIndex) => schoolIndex >= 0 && table[schoolIndex] === 1;
  }
  const compile = (inner: TeacherPredicate) => compileTeacherPredicate(inner, context);
  if ('all' in predicate) return allOf(predicate.all.map(compile));
  if ('any' in predicate) return anyOf(predicate.any.map(compile));
  if ('not' in predicate) {
    const inner = compile(predicate.not);
    return (teacher, schoolIndex) => !inner(teacher, schoolIndex);
  }
  return atLeastOf(predicate.of.map(compile), predicate.atLeast);
}

/**
 * A context over a list of schools: each distinct school condition is evaluated for every
 * school once per context (the condition's JSON text is the memo key).
 */
export function createTeacherTestContext(
  schools: readonly School[],
  onInvalidFlag?: InvalidFlagHandler,
): TeacherTestContext {
  const tables = new Map<string, Uint8Array>();
  return {
    onInvalidFlag,
    schoolMatches(predicate) {
      const key = JSON.stringify(predicate);
      let table = tables.get(key);
      if (table === undefined) {
        const test = compileSchoolPredicate(predicate);
        table = new Uint8Array(schools.length);
        for (let index = 0; index < schools.length; index++) {
          table[index] = test(schools[index] as School) ? 1 : 0;
        }
        tables.set(key, table);
      }
      return table;
    },
  };
}

/** Whether one school meets a condition (for one-off checks; compile for many records). */
export function matchesSchool(predicate: SchoolPredicate, school: School): boolean {
  return compileSchoolPredicate(predicate)(school);
}

/** Whether one teacher meets a condition, given the teacher's school (or `undefined` if unknown). */
export function matchesTeacher(
  predicate: TeacherPredicate,
  teacher: Teacher,
  school: School | undefined,
): boolean {
  const schools = school === undefined ? [] : [school];
  return compileTeacherPredicate(predicate, createTeacherTestContext(schools))(
    teacher,
    school === undefined ? -1 : 0,
  );
}
