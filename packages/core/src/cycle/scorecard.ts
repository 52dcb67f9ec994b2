import type { Issue } from '../errors/index.js';
import {
  compileIndicatorSet,
  isCompiledIndicatorSet,
  type CompiledIndicatorSet,
} from '../indicator/compute/compile.js';
import { computeIndicatorsGrouped, type GroupedRecordsInput } from '../indicator/compute/grouped.js';
import type { IndicatorReport } from '../indicator/compute/compute.js';
import type { IndicatorSet } from '../indicator/schema.js';
import type { DisplayLocale } from '../share/index.js';
import { toDisplayLocale } from '../text/locale.js';
import { compareCycles, valueOf, type CycleComparison } from './compare.js';
import { computeCycle, finishCycle, type CycleReport } from './compute.js';
import { completeness, findOutliers, type Completeness, type Outlier, type OutlierRules } from './quality.js';
import type { ApprovalState, MonitoringCycle } from './schema.js';
import { checkTarget, targetFor, type IndicatorTarget, type TargetCheck } from './target.js';

/**
 * One row of a scorecard (сводная таблица мониторинга): a territory's cycle, or one school of a
 * cycle, with everything the core says of it — the table, the previous cycle and the comparison,
 * the outliers, completeness, approval state and each target checked. A page renders it; it
 * decides nothing.
 */
export interface ScorecardRow {
  /** A territory (municipality, region) or a school. */
  level: 'territory' | 'school';
  /** The territory's id or the school's id. */
  id: string;
  name: string;
  /** The row's cycle: for a school, the cycle narrowed to that school (its own form only). */
  cycle: MonitoringCycle;
  report: CycleReport;
  /** The same territory's (or school's) previous cycle, when there is one. */
  previous: CycleReport | null;
  comparison: CycleComparison | null;
  /** Outliers against the previous cycle, by indicator code. */
  outliers: Map<string, Outlier>;
  completeness: Completeness;
  /** The approval state of the row's own answers (the municipality's, or the school's form). */
  approval: ApprovalState | null;
  /** Each indicator with a target for this row, checked against it. */
  targets: Map<string, TargetCheck>;
  /**
   * Indicators whose population the row is outside of (a school that is no ШНРО for «доля
   * педагогов ШНРО»): «не относится», not a missing value. An empty population for another reason
   * (a school with no teacher in the records) is not listed.
   */
  outside: Set<string>;
}

/** Options of the scorecard builders. */
export interface ScorecardOptions {
  /** The previous cycles, matched to the rows by territory. */
  previousCycles?: readonly MonitoringCycle[];
  /** Target values (целевые значения): a row's own (by its id) before the general one. */
  targets?: readonly IndicatorTarget[];
  /** The day completeness and lateness are judged on, `YYYY-MM-DD`. */
  asOf: string;
  outlierRules?: OutlierRules;
  locale?: DisplayLocale | string;
}

/** Options of `schoolScorecard`. */
export interface SchoolScorecardOptions extends Omit<ScorecardOptions, 'previousCycles'> {
  /** The registry's records of the cycle (schools and their teachers). */
  records: GroupedRecordsInput;
  /** The previous cycle of the same territory and the registry's records as they stood then. */
  previous?: { cycle: MonitoringCycle; records: GroupedRecordsInput };
}

/** The rows of a school scorecard, the indicators that read per school, and the problems. */
export interface SchoolScorecard {
  rows: ScorecardRow[];
  /**
   * The indicators a school's own records answer: shares and counts. Presences are the
   * municipality's (its flags), the same in every school's row, so they are left out.
   */
  codes: string[];
  issues: Issue[];
}

function say(locale: DisplayLocale, path: string, code: string, ru: string, en: string): Issue {
  return { path, code, message: locale === 'ru' ? ru : en };
}

function compiledOf(set: IndicatorSet | CompiledIndicatorSet, locale: DisplayLocale) {
  if (isCompiledIndicatorSet(set)) return set;
  const result = compileIndicatorSet(set, { locale });
  return result.ok ? result.value : set;
}

function setIdOf(set: IndicatorSet | CompiledIndicatorSet): string {
  return isCompiledIndicatorSet(set) ? set.set.id : set.id;
}

/** The row's parts that follow from its report and its previous one, whatever the row is. */
function finishRow(
  level: ScorecardRow['level'],
  id: string,
  name: string,
  report: CycleReport,
  previous: CycleReport | null,
  approval: ApprovalState | null,
  options: ScorecardOptions | SchoolScorecardOptions,
  locale: DisplayLocale,
  outside: Set<string> = new Set(),
): ScorecardRow {
  const outliers = previous === null ? [] : findOutliers(previous, report, options.outlierRules, locale);
  const targets = options.targets ?? [];
  return {
    level,
    id,
    name,
    cycle: report.cycle,
    report,
    previous,
    comparison: previous === null ? null : compareCycles(previous, report, { locale }),
    outliers: new Map(outliers.map((outlier) => [outlier.code, outlier])),
    completeness: completeness(report.cycle, options.asOf),
    approval,
    targets: new Map(
      report.report.results.flatMap((result) => {
        const target = targetFor(targets, result.code, id);
        return target === undefined ? [] : [[result.code, checkTarget(result, target)] as const];
      }),
    ),
    outside,
  };
}

/**
 * A scorecard of territories: one row per cycle (a municipality, or the region), computed with
 * `computeCycle` and judged against the same territory's previous cycle. The approval state is
 * that of the territory's own answers.
 *
 * @example
 * territoryScorecard([kansk2023], municipalMonitoringSet, { previousCycles: [kansk2022], asOf: '2023-06-20' });
 */
export function territoryScorecard(
  cycles: readonly MonitoringCycle[],
  set: IndicatorSet | CompiledIndicatorSet,
  options: ScorecardOptions,
): ScorecardRow[] {
  const locale = toDisplayLocale(options.locale);
  const compiled = compiledOf(set, locale);
  return cycles.map((cycle) => {
    const report = computeCycle(cycle, compiled, { locale });
    const before = options.previousCycles?.find((candidate) => candidate.territoryId === cycle.territoryId);
    const previous = before === undefined ? null : computeCycle(before, compiled, { locale });
    const own = cycle.units.find((unit) => unit.level === cycle.level || unit.unitId === cycle.territoryId);
    return finishRow(
      'territory',
      cycle.territoryId,
      cycle.territoryName,
      report,
      previous,
      own?.state ?? null,
      options,
      locale,
    );
  });
}

/** The cycle as one school sees it: the school's own form only, named for the school. */
function narrowTo(cycle: MonitoringCycle, schoolId: string, schoolName: string): MonitoringCycle {
  return {
    ...cycle,
    territoryId: schoolId,
    territoryName: schoolName,
    units: cycle.units.filter((unit) => unit.level === 'school' && unit.unitId === schoolId),
    exceptions: cycle.exceptions.filter((exception) => exception.unitId === schoolId),
  };
}

/** The records of the cycle's territory: a municipality's cycle takes only its own schools. */
function recordsOf(cycle: MonitoringCycle, records: GroupedRecordsInput): GroupedRecordsInput {
  if (cycle.level !== 'municipality') return records;
  const schools = records.schools.filter(
    (school) => school.municipalityId === undefined || school.municipalityId === cycle.territoryId,
  );
  const ids = new Set(schools.map((school) => school.id));
  return {
    ...records,
    schools,
    ...(records.teachers === undefined
      ? {}
      : { teachers: records.teachers.filter((teacher) => ids.has(teacher.schoolId)) }),
  };
}

/** The record kind (`school`, `teacher`) each share of the set is taken over, by code. */
function shareEntities(set: IndicatorSet | CompiledIndicatorSet): Map<string, string> {
  const plain = isCompiledIndicatorSet(set) ? set.set : set;
  const entities = new Map(plain.populations.map((population) => [population.id, population.entity]));
  return new Map(
    plain.indicators.flatMap((indicator) =>
      indicator.kind === 'share' ? [[indicator.code, entities.get(indicator.population) ?? '']] : [],
    ),
  );
}

/**
 * The indicators a school is outside the population of: an empty population over schools (the
 * school does not meet it), or over teachers when the school has teachers in the records (none
 * of them is in it). A school with no teacher recorded is not outside: its value is unknown.
 */
function outsideOf(report: IndicatorReport, entities: Map<string, string>, teachers: number): Set<string> {
  return new Set(
    report.results
      .filter(
        (result) =>
          result.status === 'empty-population' && (entities.get(result.code) === 'school' || teachers > 0),
      )
      .map((result) => result.code),
  );
}

const yes = { ru: 'да', en: 'yes' } as const;
const no = { ru: 'нет', en: 'no' } as const;

/**
 * A share over schools, taken over one school, is whether that school meets it: «да» or «нет»
 * reads better than «100%» or «0%». The numbers stay, so the comparison and targets are unchanged.
 */
function sayYesOrNo(report: IndicatorReport, codes: Set<string>, locale: DisplayLocale): IndicatorReport {
  return {
    ...report,
    results: report.results.map((result) =>
      result.kind === 'share' &&
      codes.has(result.code) &&
      result.denominator === 1 &&
      result.numerator !== null
        ? { ...result, display: (result.numerator === 1 ? yes : no)[locale] }
        : result,
    ),
  };
}

/**
 * Each school's table, by school id, from one grouped pass over the records; `schoolShares` are
 * the codes of the shares over schools, which read «да» or «нет».
 */
function bySchool(
  set: IndicatorSet | CompiledIndicatorSet,
  records: GroupedRecordsInput,
  schoolShares: Set<string>,
  locale: DisplayLocale,
): { reports: Map<string, IndicatorReport>; issues: Issue[] } {
  const grouped = computeIndicatorsGrouped(set, records, { by: 'school', locale });
  return {
    reports: new Map(
      grouped.groups.map((group) => [group.key, sayYesOrNo(group.report, schoolShares, locale)]),
    ),
    issues: grouped.issues,
  };
}

/**
 * A scorecard of the schools of one cycle (сводная таблица по школам): one row per school of the
 * registry's records, its indicators counted from its own records in one grouped pass
 * (`computeIndicatorsGrouped` by school), judged against the same school in the previous cycle's
 * records, with the school's own form's completeness and approval state and its targets (a
 * school's own target before the general one). A share over schools reads «да» or «нет» for the
 * school (its numbers stay 100 and 0); a share whose population the school is outside of is listed
 * in the row's `outside` («не относится»), while a school with no teacher in the records has no
 * value for shares of teachers. A school that joined since the previous cycle has
 * no previous row; a school that left is named in `issues`, never shown with zeros.
 *
 * @example
 * const card = schoolScorecard(kansk2023, municipalMonitoringSet, { records, previous: { cycle: kansk2022, records: records2022 }, asOf: '2023-06-20' });
 * card.rows.map((row) => row.name); card.codes;
 */
export function schoolScorecard(
  cycle: MonitoringCycle,
  set: IndicatorSet | CompiledIndicatorSet,
  options: SchoolScorecardOptions,
): SchoolScorecard {
  const locale = toDisplayLocale(options.locale);
  const compiled = compiledOf(set, locale);
  const setId = setIdOf(compiled);
  const records = recordsOf(cycle, options.records);
  const entities = shareEntities(compiled);
  const schoolShares = new Set(
    [...entities].flatMap(([code, entity]) => (entity === 'school' ? [code] : [])),
  );
  const current = bySchool(compiled, records, schoolShares, locale);
  const issues = [...current.issues];
  const earlier = options.previous;
  const previousRecords = earlier === undefined ? undefined : recordsOf(earlier.cycle, earlier.records);
  const before =
    earlier === undefined || previousRecords === undefined
      ? undefined
      : bySchool(compiled, previousRecords, schoolShares, locale);

  const teachersOf = new Map<string, number>();
  for (const teacher of records.teachers ?? [])
    teachersOf.set(teacher.schoolId, (teachersOf.get(teacher.schoolId) ?? 0) + 1);

  const rows = records.schools.flatMap((school) => {
    const report = current.reports.get(school.id);
    if (report === undefined) return [];
    const own = narrowTo(cycle, school.id, school.name);
    const then = before?.reports.get(school.id);
    const previous =
      earlier === undefined || then === undefined
        ? null
        : finishCycle(narrowTo(earlier.cycle, school.id, school.name), setId, then, locale);
    const approval = own.units[0]?.state ?? null;
    return [
      finishRow(
        'school',
        school.id,
        school.name,
        finishCycle(own, setId, report, locale),
        previous,
        approval,
        options,
        locale,
        outsideOf(report, entities, teachersOf.get(school.id) ?? 0),
      ),
    ];
  });

  if (earlier !== undefined && previousRecords !== undefined) {
    const present = new Set(records.schools.map((school) => school.id));
    for (const school of previousRecords.schools) {
      if (present.has(school.id)) continue;
      issues.push(
        say(
          locale,
          `previous.records.schools.${school.id}`,
          'school-left',
          `Школа «${school.name}» была в реестре цикла ${earlier.cycle.schoolYear}, но её нет в реестре цикла ${cycle.schoolYear} (выбыла): строки в сводной таблице нет.`,
          `School "${school.name}" was in the registry of ${earlier.cycle.schoolYear} but not of ${cycle.schoolYear} (left): it has no row.`,
        ),
      );
    }
  }

  const first = rows[0]?.report.report.results ?? [];
  const codes = first.filter((result) => result.kind !== 'presence').map((result) => result.code);
  return { rows, codes, issues };
}

/** A row's value of an indicator for sorting: the percentage, the count, 1/0; `null` when missing. */
export function scorecardValue(row: ScorecardRow, code: string): number | null {
  const compared = row.comparison?.rows.find((entry) => entry.code === code)?.after?.value;
  if (compared !== undefined) return compared;
  return valueOf(row.report.report.results.find((entry) => entry.code === code))?.value ?? null;
}
