import { compileSchoolPredicate, type SchoolTest } from '../../predicate/compile.js';
import type { SchoolPredicate, TeacherPredicate } from '../../predicate/schema.js';

/**
 * A teacher condition over the teacher's bits: with `test` null the condition is a conjunction,
 * true when `(bits & mask) === mask` (the counting loop tests it inline, with no call); otherwise
 * `test(bits)` decides.
 */
export interface BitTest {
  mask: number;
  test: ((bits: number) => boolean) | null;
}

/**
 * Teacher conditions reduced to bits, decided once per set: bit `i` is the teacher's flag
 * `flags[i]`, bit `flags.length + j` is «the teacher's school meets `schools[j]`». A teacher is
 * then read once (its flags by name, its school's bits from a table) and every population and
 * numerator is a mask test on one number.
 */
export interface TeacherBits {
  flags: string[];
  schools: SchoolPredicate[];
  schoolTests: SchoolTest[];
  /** One test per predicate given, in order. */
  tests: BitTest[];
  /** False when the conditions read more than 31 flags and school conditions: no bits then. */
  fits: boolean;
  /** The predicates, for counting without bits when they do not fit. */
  predicates: TeacherPredicate[];
}

const maxBits = 31;

function collectLeaves(
  predicate: TeacherPredicate,
  flags: Map<string, number>,
  schools: Map<string, SchoolPredicate>,
): void {
  if ('flag' in predicate) {
    if (!flags.has(predicate.flag)) flags.set(predicate.flag, flags.size);
  } else if ('school' in predicate) {
    const key = JSON.stringify(predicate.school);
    if (!schools.has(key)) schools.set(key, predicate.school);
  } else if ('all' in predicate) {
    for (const inner of predicate.all) collectLeaves(inner, flags, schools);
  } else if ('any' in predicate) {
    for (const inner of predicate.any) collectLeaves(inner, flags, schools);
  } else if ('not' in predicate) {
    collectLeaves(predicate.not, flags, schools);
  } else {
    for (const inner of predicate.of) collectLeaves(inner, flags, schools);
  }
}

function holds(test: BitTest, bits: number): boolean {
  return test.test === null ? (bits & test.mask) === test.mask : test.test(bits);
}

function isSingleBit(test: BitTest): boolean {
  return test.test === null && test.mask !== 0 && (test.mask & (test.mask - 1)) === 0;
}

function compileBits(
  predicate: TeacherPredicate,
  flagBit: Map<string, number>,
  schoolBit: Map<string, number>,
): BitTest {
  if ('flag' in predicate) return { mask: 1 << flagBit.get(predicate.flag)!, test: null };
  if ('school' in predicate)
    return { mask: 1 << schoolBit.get(JSON.stringify(predicate.school))!, test: null };
  const compile = (inner: TeacherPredicate) => compileBits(inner, flagBit, schoolBit);
  if ('all' in predicate) {
    const inner = predicate.all.map(compile);
    if (inner.every((test) => test.test === null))
      return { mask: inner.reduce((mask, test) => mask | test.mask, 0), test: null };
    return {
      mask: 0,
      test: (bits) => {
        for (const test of inner) if (!holds(test, bits)) return false;
        return true;
      },
    };
  }
  if ('any' in predicate) {
    const inner = predicate.any.map(compile);
    if (inner.every(isSingleBit)) {
      const mask = inner.reduce((union, test) => union | test.mask, 0);
      return { mask: 0, test: (bits) => (bits & mask) !== 0 };
    }
    return {
      mask: 0,
      test: (bits) => {
        for (const test of inner) if (holds(test, bits)) return true;
        return false;
      },
    };
  }
  if ('not' in predicate) {
    const inner = compile(predicate.not);
    return { mask: 0, test: (bits) => !holds(inner, bits) };
  }
  const inner = predicate.of.map(compile);
  const needed = predicate.atLeast;
  return {
    mask: 0,
    test: (bits) => {
      let hits = 0;
      for (const test of inner) if (holds(test, bits) && ++hits >= needed) return true;
      return false;
    },
  };
}

/** Reduces teacher conditions to bit tests over the flags and school conditions they read. */
export function compileTeacherBits(predicates: TeacherPredicate[]): TeacherBits {
  const flagBit = new Map<string, number>();
  const schoolLeaves = new Map<string, SchoolPredicate>();
  for (const predicate of predicates) collectLeaves(predicate, flagBit, schoolLeaves);
  const flags = [...flagBit.keys()];
  const schools = [...schoolLeaves.values()];
  const schoolTests = schools.map(compileSchoolPredicate);
  const fits = flags.length + schools.length <= maxBits;
  if (!fits) return { flags, schools, schoolTests, tests: [], fits, predicates };
  const schoolBit = new Map([...schoolLeaves.keys()].map((key, index) => [key, flags.length + index]));
  const tests = predicates.map((predicate) => compileBits(predicate, flagBit, schoolBit));
  return { flags, schools, schoolTests, tests, fits, predicates };
}
