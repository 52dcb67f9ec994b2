import type { Issue } from '../../errors/index.js';
import { parseOrExplain } from '../../errors/index.js';
import { compileSchoolPredicate, type SchoolTest } from '../../predicate/compile.js';
import type { RecordQuery, SchoolPredicate, TeacherPredicate } from '../../predicate/schema.js';
import type { DisplayLocale } from '../../share/index.js';
import { collectSetFlags, type SetFlags } from '../flags.js';
import { indicatorSetSchema, type IndicatorDefinition, type IndicatorSet } from '../schema.js';
import { compileTeacherBits, type BitTest, type TeacherBits } from './teacher-bits.js';
import { toDisplayLocale } from '../../text/locale.js';

/** A numerator counted within its population, by its position in the counting tables. */
export interface PlannedMember<Test> {
  /** The indicator's code. */
  code: string;
  test: Test;
}

/** One population (or «every record») with the numerators counted over it. */
export interface PlannedGroup<Test> {
  test: Test;
  members: PlannedMember<Test>[];
}

/**
 * Where an indicator's count is found after counting: the entity, the population's position
 * and the member's position in the flat member list of that entity.
 */
export interface PlannedSlot {
  entity: 'school' | 'teacher';
  population: number;
  member: number;
}

/** A teacher condition: its bit test (when the set's conditions fit in bits) and its JSON. */
export interface TeacherCondition {
  bits: BitTest | null;
  where: TeacherPredicate;
}

/** The counting plan of a set: what is tested per school and per teacher, decided once. */
export interface CountingPlan {
  schoolGroups: PlannedGroup<SchoolTest>[];
  teacherGroups: PlannedGroup<TeacherCondition>[];
  /** How many school (teacher) numerators there are over all groups. */
  schoolMembers: number;
  teacherMembers: number;
  /** The teacher flags and school conditions a teacher is reduced to, one bit each. */
  teacherBits: TeacherBits;
  slots: Map<string, PlannedSlot>;
}

/**
 * An indicator set validated and compiled once (скомпилированный набор показателей): its
 * conditions turned into tests, its teacher conditions into bit masks, its counting plan laid
 * out. Pass it to `computeIndicators` or `computeIndicatorsGrouped` as often as needed; the set
 * is not validated again. Treat it as opaque: only `set` and `flags` are meant to be read.
 */
export interface CompiledIndicatorSet {
  readonly kind: 'compiled-indicator-set';
  /** The validated set (a copy: changing the original later changes nothing here). */
  readonly set: IndicatorSet;
  /** The flags the set reads, by the record that carries them. */
  readonly flags: SetFlags;
  /** @internal The counting plan. */
  readonly plan: CountingPlan;
}

/** The outcome of `compileIndicatorSet`: the compiled set, or issues naming the fields of the set. */
export type CompileResult = { ok: true; value: CompiledIndicatorSet } | { ok: false; issues: Issue[] };

/** Options of `compileIndicatorSet`. */
export interface CompileOptions {
  /** Language of the issues: `ru` (default) or `en`. */
  locale?: DisplayLocale;
}

const everyRecord = '*';

function queryOf(indicator: IndicatorDefinition): RecordQuery | undefined {
  if (indicator.kind === 'share') return indicator.numerator.counts;
  if (indicator.kind === 'count') return indicator.counts;
  return undefined;
}

/** Whether a value is a compiled set (and not a set still to be validated). */
export function isCompiledIndicatorSet(value: unknown): value is CompiledIndicatorSet {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'compiled-indicator-set' &&
    'plan' in value
  );
}

/**
 * Validates an indicator set (JSON a region edits, or `municipalMonitoringSet`) and compiles it
 * for counting. Bad sets give issues with paths under `set`, never an exception.
 */
export function compileIndicatorSet(set: IndicatorSet, options: CompileOptions = {}): CompileResult {
  const parsed = parseOrExplain(indicatorSetSchema, set, {
    locale: toDisplayLocale(options.locale),
    pathPrefix: ['set'],
  });
  if (!parsed.ok) return parsed;
  return { ok: true, value: compileValidSet(parsed.value) };
}

/** Compiles a set already validated by `indicatorSetSchema`. */
export function compileValidSet(set: IndicatorSet): CompiledIndicatorSet {
  return { kind: 'compiled-indicator-set', set, flags: collectSetFlags(set), plan: planCounting(set) };
}

const acceptSchool: SchoolTest = () => true;
const all: SchoolPredicate = { all: [] };

function planCounting(set: IndicatorSet): CountingPlan {
  const populations = new Map(set.populations.map((population) => [population.id, population]));
  const schoolKeys = new Map<string, PlannedGroup<SchoolTest>>();
  const teacherKeys = new Map<
    string,
    { where: TeacherPredicate; codes: { code: string; where: TeacherPredicate }[] }
  >();
  const slots = new Map<string, PlannedSlot>();
  const schoolGroups: PlannedGroup<SchoolTest>[] = [];
  let schoolMembers = 0;
  const teacherOrder: string[] = [];

  for (const indicator of set.indicators) {
    const query = queryOf(indicator);
    if (query === undefined || indicator.kind === 'presence') continue;
    const key = indicator.population ?? everyRecord;
    const population = indicator.population === undefined ? undefined : populations.get(indicator.population);
    if (query.entity === 'school') {
      let group = schoolKeys.get(key);
      if (group === undefined) {
        const test =
          population?.entity === 'school' ? compileSchoolPredicate(population.where) : acceptSchool;
        group = { test, members: [] };
        schoolKeys.set(key, group);
        schoolGroups.push(group);
      }
      group.members.push({ code: indicator.code, test: compileSchoolPredicate(query.where) });
    } else {
      let group = teacherKeys.get(key);
      if (group === undefined) {
        group = { where: population?.entity === 'teacher' ? population.where : { school: all }, codes: [] };
        teacherKeys.set(key, group);
        teacherOrder.push(key);
      }
      group.codes.push({ code: indicator.code, where: query.where });
    }
  }

  // Counters are laid out group by group, as the counting loop walks them.
  schoolGroups.forEach((group, population) => {
    for (const member of group.members)
      slots.set(member.code, { entity: 'school', population, member: schoolMembers++ });
  });

  // Teacher conditions are compiled together: they share one bit per flag and school condition.
  const teacherPlans = teacherOrder.map((key) => teacherKeys.get(key)!);
  const predicates = teacherPlans.flatMap((group) => [
    group.where,
    ...group.codes.map((entry) => entry.where),
  ]);
  const teacherBits = compileTeacherBits(predicates);
  let cursor = 0;
  const next = (): TeacherCondition => {
    const where = predicates[cursor] as TeacherPredicate;
    const bits = teacherBits.fits ? (teacherBits.tests[cursor] as BitTest) : null;
    cursor++;
    return { bits, where };
  };
  let teacherMembers = 0;
  const teacherGroups = teacherPlans.map((group, population): PlannedGroup<TeacherCondition> => {
    const test = next();
    const members = group.codes.map((entry) => {
      slots.set(entry.code, { entity: 'teacher', population, member: teacherMembers++ });
      return { code: entry.code, test: next() };
    });
    return { test, members };
  });
  return { schoolGroups, teacherGroups, schoolMembers, teacherMembers, teacherBits, slots };
}
