import {
  collectSchoolPredicateFlags,
  collectTeacherPredicateFlags,
  type PredicateFlags,
} from '../predicate/flags.js';
import type { RecordQuery } from '../predicate/schema.js';
import type { IndicatorSet } from './schema.js';

/** The flag names an indicator set reads, by the record that carries them. */
export interface SetFlags {
  /** Flags of the municipality that answer presences. */
  municipality: string[];
  /** Flags of schools (including those teacher conditions read through `{ school: … }`). */
  school: string[];
  /** Flags of teachers. */
  teacher: string[];
}

function collectQuery(query: RecordQuery | undefined, into: PredicateFlags): void {
  if (query === undefined) return;
  if (query.entity === 'school') collectSchoolPredicateFlags(query.where, into);
  else collectTeacherPredicateFlags(query.where, into);
}

/**
 * Lists every flag name a set reads, in the set's order: what a system feeding records (or
 * deriving flags from ИОМ and mentorship records) must fill in.
 */
export function collectSetFlags(set: IndicatorSet): SetFlags {
  const flags: PredicateFlags = { school: new Set(), teacher: new Set() };
  const municipality = new Set<string>();
  for (const population of set.populations) {
    if (population.entity === 'school') collectSchoolPredicateFlags(population.where, flags);
    else collectTeacherPredicateFlags(population.where, flags);
  }
  for (const indicator of set.indicators) {
    if (indicator.kind === 'presence') {
      if (indicator.municipalityFlag !== undefined) municipality.add(indicator.municipalityFlag);
    } else if (indicator.kind === 'count') {
      collectQuery(indicator.counts, flags);
    } else {
      collectQuery(indicator.numerator.counts, flags);
    }
  }
  return { municipality: [...municipality], school: [...flags.school], teacher: [...flags.teacher] };
}
