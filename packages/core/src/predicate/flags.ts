import { schoolCategoryIds as schoolCategories } from '../school/lists.js';
import type { SchoolPredicate, TeacherPredicate } from './schema.js';

/** Flag names a condition reads, by the kind of record that carries them. */
export interface PredicateFlags {
  school: Set<string>;
  teacher: Set<string>;
}

/** Adds to `into.school` every flag name a school condition reads. */
export function collectSchoolPredicateFlags(
  predicate: SchoolPredicate,
  into: PredicateFlags,
): PredicateFlags {
  if ('flag' in predicate) into.school.add(predicate.flag);
  else if ('category' in predicate) {
    // A region's own category is read from the school flag of its id.
    for (const category of Array.isArray(predicate.category) ? predicate.category : [predicate.category])
      if (!(schoolCategories as readonly string[]).includes(category)) into.school.add(category);
  } else if ('all' in predicate) predicate.all.forEach((inner) => collectSchoolPredicateFlags(inner, into));
  else if ('any' in predicate) predicate.any.forEach((inner) => collectSchoolPredicateFlags(inner, into));
  else if ('not' in predicate) collectSchoolPredicateFlags(predicate.not, into);
  else if ('of' in predicate) predicate.of.forEach((inner) => collectSchoolPredicateFlags(inner, into));
  return into;
}

/** Adds every flag name a teacher condition reads: the teacher's own and its school's. */
export function collectTeacherPredicateFlags(
  predicate: TeacherPredicate,
  into: PredicateFlags,
): PredicateFlags {
  if ('flag' in predicate) into.teacher.add(predicate.flag);
  else if ('school' in predicate) collectSchoolPredicateFlags(predicate.school, into);
  else if ('all' in predicate) predicate.all.forEach((inner) => collectTeacherPredicateFlags(inner, into));
  else if ('any' in predicate) predicate.any.forEach((inner) => collectTeacherPredicateFlags(inner, into));
  else if ('not' in predicate) collectTeacherPredicateFlags(predicate.not, into);
  else predicate.of.forEach((inner) => collectTeacherPredicateFlags(inner, into));
  return into;
}
