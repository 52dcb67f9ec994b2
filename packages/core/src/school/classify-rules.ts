import { compileSchoolPredicate } from '../predicate/compile.js';
import type { ClassificationRule } from './classify.js';
import { schoolCategoryIds as schoolCategories } from './lists.js';
import type { School, SchoolCategory } from './schema.js';

/**
 * Seed 001's rule: a school is at risk of declining results (`risk-of-decline`) when at
 * least two of the three resource risks hold.
 */
export const defaultClassificationRules: readonly ClassificationRule[] = [
  {
    category: 'risk-of-decline',
    when: {
      atLeast: 2,
      of: [
        { resourceRisk: 'no-stable-internet' },
        { resourceRisk: 'too-few-computers' },
        { resourceRisk: 'staff-shortage' },
      ],
    },
    description: {
      ru:
        'Школа в зоне риска снижения образовательных результатов, если зафиксированы хотя бы два из трёх ' +
        'рисков: отсутствие устойчивого доступа в интернет, отсутствие достаточного количества компьютерной ' +
        'техники, дефицит педагогических кадров.',
      en: 'At risk of declining results when at least two of three resource risks hold: no stable internet, too few computers, staff shortage.',
    },
  },
];

/**
 * Compiles rules once into a function giving a school's categories: those assigned to it plus
 * those its rules give, each once, in the canonical order (ШНОР, ШНСУ, зона риска).
 */
export function compileClassificationRules(
  rules: readonly ClassificationRule[] = defaultClassificationRules,
): (school: School) => SchoolCategory[] {
  const tests = rules.map((rule) => ({ category: rule.category, test: compileSchoolPredicate(rule.when) }));
  return (school) => {
    const categories = new Set<SchoolCategory>(school.categories ?? []);
    for (const { category, test } of tests)
      if (!categories.has(category) && test(school)) categories.add(category);
    return schoolCategories.filter((category) => categories.has(category));
  };
}

/** The categories a school has: assigned ones plus those the rules (by default seed 001's) give. */
export function classifySchool(
  school: School,
  rules: readonly ClassificationRule[] = defaultClassificationRules,
): SchoolCategory[] {
  return compileClassificationRules(rules)(school);
}

/**
 * Copies of the schools with the categories their rules give added, so that
 * `{ category: 'risk-of-decline' }` in an indicator also finds schools classified by rule.
 */
export function classifySchools(
  schools: readonly School[],
  rules: readonly ClassificationRule[] = defaultClassificationRules,
): School[] {
  const classify = compileClassificationRules(rules);
  return schools.map((school) => ({ ...school, categories: classify(school) }));
}
