import type { SchoolPredicate, TeacherPredicate } from '../../predicate/schema.js';
import { schoolCategoryIds as schoolCategories } from '../../school/lists.js';
import type { DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/pick.js';
import type { IndicatorDefinition, IndicatorSet } from '../schema.js';
import type { CodedRecordIssue } from './coded-issue.js';

// A category that is not built in is read as the school flag of its id (the registry writes a
// region's own categories so). A typo («shnsu» for unfavourable-conditions) is then a flag nobody
// has, and the indicator would silently count zero schools: it is refused instead, naming the id.

const builtIn = new Set<string>(schoolCategories);

function schoolCategoriesOf(predicate: SchoolPredicate, into: Set<string>): void {
  if ('category' in predicate) {
    for (const id of Array.isArray(predicate.category) ? predicate.category : [predicate.category])
      if (!builtIn.has(id)) into.add(id);
  } else if ('all' in predicate) for (const inner of predicate.all) schoolCategoriesOf(inner, into);
  else if ('any' in predicate) for (const inner of predicate.any) schoolCategoriesOf(inner, into);
  else if ('not' in predicate) schoolCategoriesOf(predicate.not, into);
  else if ('of' in predicate) for (const inner of predicate.of) schoolCategoriesOf(inner, into);
}

function teacherCategoriesOf(predicate: TeacherPredicate, into: Set<string>): void {
  if ('school' in predicate) schoolCategoriesOf(predicate.school, into);
  else if ('all' in predicate) for (const inner of predicate.all) teacherCategoriesOf(inner, into);
  else if ('any' in predicate) for (const inner of predicate.any) teacherCategoriesOf(inner, into);
  else if ('not' in predicate) teacherCategoriesOf(predicate.not, into);
  else if ('of' in predicate) for (const inner of predicate.of) teacherCategoriesOf(inner, into);
}

/** The region's own category ids an indicator's population and numerator read. */
function ownCategories(set: IndicatorSet, indicator: IndicatorDefinition): Set<string> {
  const ids = new Set<string>();
  if (indicator.kind === 'presence') return ids;
  const query = indicator.kind === 'share' ? indicator.numerator.counts : indicator.counts;
  if (query !== undefined) {
    if (query.entity === 'school') schoolCategoriesOf(query.where, ids);
    else teacherCategoriesOf(query.where, ids);
  }
  const populationId = indicator.population;
  const population = set.populations.find((candidate) => candidate.id === populationId);
  if (population?.entity === 'school') schoolCategoriesOf(population.where, ids);
  else if (population?.entity === 'teacher') teacherCategoriesOf(population.where, ids);
  return ids;
}

/** An indicator refused because it reads a category no school has and nobody defined. */
export interface UnknownCategoryProblem {
  code: string;
  ids: string[];
  issue: CodedRecordIssue;
}

/**
 * The indicators that read a category which is neither built in nor carried by any school of the
 * records (as the flag of its id, `true` or `false`, the way `registryToRecords` writes a
 * region's catalogue): each with a coded issue naming the ids (and the title in `locale`). Empty for sets
 * that read only built-in categories, without looking at a single school.
 */
export function findUnknownCategories(
  set: IndicatorSet,
  schools: readonly unknown[],
  locale: DisplayLocale,
): UnknownCategoryProblem[] {
  const perIndicator = set.indicators.map((indicator) => ownCategories(set, indicator));
  const wanted = new Set<string>();
  for (const ids of perIndicator) for (const id of ids) wanted.add(id);
  if (wanted.size === 0) return [];
  const carried = new Set<string>();
  for (const school of schools) {
    const flags = (school as { flags?: unknown } | null)?.flags;
    if (typeof flags !== 'object' || flags === null) continue;
    for (const id of wanted) if (typeof (flags as Record<string, unknown>)[id] === 'boolean') carried.add(id);
    if (carried.size === wanted.size) return [];
  }
  const problems: UnknownCategoryProblem[] = [];
  set.indicators.forEach((indicator, index) => {
    const ids = [...perIndicator[index]!].filter((id) => !carried.has(id));
    if (ids.length === 0) return;
    problems.push({
      code: indicator.code,
      ids,
      issue: {
        path: `set.indicators[${index}]`,
        code: 'unknown-category',
        indicatorCode: indicator.code,
        params: { title: pickText(indicator.title, locale), ids },
      },
    });
  });
  return problems;
}
