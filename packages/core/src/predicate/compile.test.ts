import { describe, expect, it } from 'vitest';
import { parseOrExplain } from '../errors/index.js';
import type { School, Teacher } from '../index.js';
import {
  compileTeacherPredicate,
  createTeacherTestContext,
  matchesSchool,
  matchesTeacher,
  schoolPredicateSchema,
  teacherPredicateSchema,
  type SchoolPredicate,
} from './index.js';

const lowResults: School = {
  id: 'a',
  name: 'СОШ № 1',
  categories: ['low-results'],
  roles: ['internship-site'],
  resourceRisks: ['no-stable-internet', 'staff-shortage'],
  flags: { hasQualityProgramme: true, hasIup: false },
};
const ordinary: School = { id: 'b', name: 'СОШ № 2' };

describe('school conditions', () => {
  it('tests categories as «any of» and roles as one value or a list', () => {
    expect(matchesSchool({ category: ['low-results', 'unfavourable-conditions'] }, lowResults)).toBe(true);
    expect(matchesSchool({ category: 'unfavourable-conditions' }, lowResults)).toBe(false);
    expect(matchesSchool({ role: 'internship-site' }, lowResults)).toBe(true);
    expect(matchesSchool({ role: ['curator-school', 'leader-school'] }, lowResults)).toBe(false);
    expect(matchesSchool({ category: 'low-results' }, ordinary)).toBe(false);
  });

  it('reads a flag as set only when it is true; an absent flag is «нет»', () => {
    expect(matchesSchool({ flag: 'hasQualityProgramme' }, lowResults)).toBe(true);
    expect(matchesSchool({ flag: 'hasIup' }, lowResults)).toBe(false);
    expect(matchesSchool({ flag: 'hasIup' }, ordinary)).toBe(false);
    expect(matchesSchool({ not: { flag: 'hasIup' } }, ordinary)).toBe(true);
  });

  it('counts resource risks, by default all three, or among a chosen few', () => {
    expect(matchesSchool({ resourceRisks: { atLeast: 2 } }, lowResults)).toBe(true);
    expect(matchesSchool({ resourceRisks: { atLeast: 3 } }, lowResults)).toBe(false);
    expect(
      matchesSchool(
        { resourceRisks: { atLeast: 2, of: ['no-stable-internet', 'too-few-computers'] } },
        lowResults,
      ),
    ).toBe(false);
    expect(matchesSchool({ resourceRisk: 'staff-shortage' }, lowResults)).toBe(true);
  });

  it('combines conditions with all, any, not and atLeast', () => {
    const predicate: SchoolPredicate = {
      all: [
        { category: 'low-results' },
        { any: [{ flag: 'hasIup' }, { role: 'internship-site' }] },
        { not: { flag: 'hasIup' } },
      ],
    };
    expect(matchesSchool(predicate, lowResults)).toBe(true);
    expect(
      matchesSchool(
        {
          atLeast: 2,
          of: [{ flag: 'hasIup' }, { flag: 'hasQualityProgramme' }, { category: 'low-results' }],
        },
        lowResults,
      ),
    ).toBe(true);
    expect(
      matchesSchool({ atLeast: 2, of: [{ flag: 'hasIup' }, { flag: 'hasQualityProgramme' }] }, lowResults),
    ).toBe(false);
    expect(matchesSchool({ all: [] }, ordinary)).toBe(true);
  });
});

describe('teacher conditions', () => {
  const teacher: Teacher = { id: 't1', schoolId: 'a', flags: { hasIom: true } };

  it('test the teacher’s own flags and its school', () => {
    expect(
      matchesTeacher(
        { all: [{ flag: 'hasIom' }, { school: { category: 'low-results' } }] },
        teacher,
        lowResults,
      ),
    ).toBe(true);
    expect(matchesTeacher({ school: { category: 'low-results' } }, teacher, ordinary)).toBe(false);
    expect(matchesTeacher({ flag: 'diagnosed' }, teacher, lowResults)).toBe(false);
  });

  it('find no school for a teacher whose school is unknown', () => {
    expect(matchesTeacher({ school: { all: [] } }, teacher, undefined)).toBe(false);
    expect(matchesTeacher({ not: { school: { category: 'low-results' } } }, teacher, undefined)).toBe(true);
  });

  it('report a flag that is not yes/no to the caller, and read it as «нет»', () => {
    const reported: [string, unknown][] = [];
    const context = createTeacherTestContext([lowResults], (flag, value) => reported.push([flag, value]));
    const hasIom = compileTeacherPredicate({ flag: 'hasIom' }, context);
    expect(hasIom({ id: 't2', schoolId: 'a', flags: { hasIom: 'да' as unknown as boolean } }, 0)).toBe(false);
    expect(hasIom(teacher, 0)).toBe(true);
    expect(reported).toEqual([['hasIom', 'да']]);
  });

  it('evaluate each distinct school condition once per school list', () => {
    const context = createTeacherTestContext([lowResults, ordinary]);
    const inTarget = compileTeacherPredicate({ school: { category: ['low-results'] } }, context);
    const again = context.schoolMatches({ category: ['low-results'] });
    expect([...again]).toEqual([1, 0]);
    expect(context.schoolMatches({ category: ['low-results'] })).toBe(again);
    expect(inTarget(teacher, 0)).toBe(true);
    expect(inTarget(teacher, 1)).toBe(false);
  });
});

describe('condition schemas', () => {
  it('accept the JSON forms of the catalogue', () => {
    expect(schoolPredicateSchema.safeParse({ resourceRisks: { atLeast: 2 } }).success).toBe(true);
    expect(
      teacherPredicateSchema.safeParse({ school: { category: ['low-results', 'unfavourable-conditions'] } })
        .success,
    ).toBe(true);
  });

  it('refuse a condition with two keys or an unknown one, naming the key', () => {
    const misspelt = parseOrExplain(schoolPredicateSchema, { categroy: ['low-results'] });
    expect(misspelt).toMatchObject({ ok: false, issues: [{ path: '', code: 'invalid-union' }] });
    expect(!misspelt.ok && misspelt.issues[0]?.message).toMatch(
      /неизвестный ключ «categroy».*category, role, flag/,
    );
    expect(parseOrExplain(schoolPredicateSchema, { flag: 'hasIup', role: 'internship-site' }).ok).toBe(false);
  });

  it('refuse a teacher test on schools only ({ category } is a school condition)', () => {
    expect(teacherPredicateSchema.safeParse({ category: 'low-results' }).success).toBe(false);
  });
});
