import { describe, expect, it } from 'vitest';
import type { Teacher } from '../teacher/schema.js';
import { exampleDiagnosis, exampleIom } from './example.js';
import type { Iom } from './schema.js';
import { iomSummary } from './summary.js';

const teachers: Teacher[] = [
  { id: 't22-math', schoolId: 's22' },
  { id: 't22-rus', schoolId: 's22' },
  { id: 't22-hist', schoolId: 's22' },
  { id: 't1-math', schoolId: 's1' },
];

/** A second route, a draft: a draft is not in force and counts for nobody. */
const draft: Iom = { ...exampleIom, id: 'iom-draft', teacherId: 't22-rus', status: 'draft' };

describe('iomSummary', () => {
  it('gives the shares of teachers by the same rules as the indicators, and the routes in force', () => {
    const summary = iomSummary(teachers, [exampleDiagnosis], [exampleIom, draft], { asOf: '2023-10-01' });
    expect(summary.teachers).toBe(4);
    expect(summary.withIom).toMatchObject({ numerator: 1, denominator: 4, display: '25%' });
    expect(summary.diagnosed).toMatchObject({ numerator: 1, denominator: 4 });
    expect(summary.routes.map((route) => route.iomId)).toEqual(['iom-t22-math']);
    // 6 activities, 1 cancelled: 5 count, 2 of them done (the course and the open lesson).
    expect(summary.itemsDone).toMatchObject({ numerator: 2, denominator: 5, display: '40%' });
    expect(summary.routesWithOverdue).toMatchObject({ numerator: 1, denominator: 1 });
    expect(summary.unknownTeacherRoutes).toEqual([]);
  });

  it('before anything fell due no route is overdue', () => {
    const summary = iomSummary(teachers, [exampleDiagnosis], [exampleIom], { asOf: '2023-02-10' });
    expect(summary.routesWithOverdue).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('names routes of teachers missing from the records instead of dropping them', () => {
    const stray: Iom = { ...exampleIom, id: 'iom-stray', teacherId: 'nobody' };
    const summary = iomSummary(teachers, [], [exampleIom, stray], { asOf: '2023-10-01' });
    expect(summary.unknownTeacherRoutes).toEqual(['iom-stray']);
    expect(summary.withIom.numerator).toBe(1);
    expect(summary.routes).toHaveLength(2);
  });

  it('an empty municipality gives no percentage, not zero', () => {
    const summary = iomSummary([], [], [], { asOf: '2023-10-01' });
    expect(summary.withIom).toMatchObject({ numerator: 0, denominator: 0, percent: null, display: null });
    expect(summary.itemsDone.display).toBeNull();
  });
});
