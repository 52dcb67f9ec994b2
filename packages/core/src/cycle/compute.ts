import type { Issue } from '../errors/index.js';
import {
  computeIndicators,
  type ComputeOptions,
  type IndicatorReport,
} from '../indicator/compute/compute.js';
import type { CountsInput, IndicatorAnswer, RecordsInput } from '../indicator/input.js';
import type { IndicatorSet } from '../indicator/schema.js';
import { isCompiledIndicatorSet, type CompiledIndicatorSet } from '../indicator/compute/compile.js';
import type { DisplayLocale } from '../share/index.js';
import type { MonitoringCycle } from './schema.js';
import { toDisplayLocale } from '../text/locale.js';

/** What a cycle's computation gives: the indicator table and the problems of the cycle itself. */
export interface CycleReport {
  cycle: MonitoringCycle;
  report: IndicatorReport;
  /** Problems of the cycle (no data, set mismatch), each naming the place. */
  issues: Issue[];
  /** `no-data` when nobody answered anything: the table is all «нет данных», never zeros. */
  status: 'computed' | 'no-data' | 'refused';
}

/** Options of `computeCycle`. */
export interface ComputeCycleOptions extends ComputeOptions {
  /** Count from the registry's records instead of the municipality's typed answers. */
  records?: RecordsInput;
}

function issue(path: string, code: string, locale: DisplayLocale, ru: string, en: string): Issue {
  return { path, code, message: locale === 'ru' ? ru : en };
}

/** The municipality's typed answers of a cycle as the calculator's counts input. */
export function cycleCounts(cycle: MonitoringCycle): CountsInput {
  const municipal = cycle.units.find((unit) => unit.level === 'municipality');
  const answers: Record<string, IndicatorAnswer> = {};
  for (const [code, answer] of Object.entries(municipal?.answers ?? {})) answers[code] = answer.value;
  return {
    kind: 'counts',
    ...(cycle.populations === undefined ? {} : { populations: { ...cycle.populations } }),
    answers,
  };
}

/** The set's id, whether it is given as written or compiled once by `compileIndicatorSet`. */
function setIdOf(set: IndicatorSet | CompiledIndicatorSet): string {
  return isCompiledIndicatorSet(set) ? set.set.id : set.id;
}

function cycleName(cycle: MonitoringCycle): string {
  return `${cycle.territoryName}, ${cycle.schoolYear}`;
}

/**
 * The cycle's own checks around a computed table: the set it was collected with, and whether
 * anything was answered at all. Shared by `computeCycle` and `computeRegionCycles`, so one
 * municipality's cycle reads the same whichever way it was computed.
 */
export function finishCycle(
  cycle: MonitoringCycle,
  setId: string,
  report: IndicatorReport,
  locale: DisplayLocale,
  noSchools = false,
): CycleReport {
  const issues: Issue[] = [];
  if (setId !== cycle.indicatorSetId) {
    issues.push(
      issue(
        'indicatorSetId',
        'set-mismatch',
        locale,
        `Цикл «${cycleName(cycle)}» собран по набору показателей «${cycle.indicatorSetId}», а для расчёта передан набор «${setId}».`,
        `Cycle "${cycleName(cycle)}" uses the indicator set "${cycle.indicatorSetId}"; "${setId}" was given.`,
      ),
    );
  }
  const answered = !noSchools && report.results.some((result) => result.status !== 'missing');
  if (noSchools) {
    issues.push(
      issue(
        'records.schools',
        'no-data',
        locale,
        `В реестре нет ни одной школы территории «${cycle.territoryName}» за ${cycle.schoolYear} учебный год: показатели цикла не рассчитаны (нулями не заполняются).`,
        `The registry has no school of "${cycle.territoryName}" for ${cycle.schoolYear}: the cycle's indicators were not computed (no zeros are filled in).`,
      ),
    );
  } else if (!answered && report.results.length > 0) {
    issues.push(
      issue(
        'units',
        'no-data',
        locale,
        `В цикле «${cycleName(cycle)}» нет ни одного ответа: показатели не рассчитаны (нулями не заполняются).`,
        `Cycle "${cycleName(cycle)}" has no answers: nothing was computed (no zeros are filled in).`,
      ),
    );
  }
  const status = report.results.length === 0 ? 'refused' : answered ? 'computed' : 'no-data';
  return { cycle, report, issues, status };
}

// A territory without a single school in the registry: every indicator missing, as a cycle
// nobody answered — never the zeros that counting an empty list would give.
function unanswered(set: IndicatorSet | CompiledIndicatorSet, options: ComputeOptions): IndicatorReport {
  return computeIndicators(set, { kind: 'counts', answers: {} }, options);
}

/**
 * Computes a cycle's monitoring table with `computeIndicators`: from the registry's records when
 * given, else from the municipality's typed answers. A cycle for a year with no answers at all,
 * or whose territory has no school in the records, is `no-data` with a sentence naming the
 * cycle; its indicators are missing, not zero. For many municipalities at once use
 * `computeRegionCycles` (one pass of the grouped calculator).
 */
export function computeCycle(
  cycle: MonitoringCycle,
  set: IndicatorSet | CompiledIndicatorSet,
  options: ComputeCycleOptions = {},
): CycleReport {
  const locale = toDisplayLocale(options.locale);
  const { records, ...computeOptions } = options;
  const noSchools = records !== undefined && Array.isArray(records.schools) && records.schools.length === 0;
  const report = noSchools
    ? unanswered(set, computeOptions)
    : computeIndicators(set, records ?? cycleCounts(cycle), computeOptions);
  return finishCycle(cycle, setIdOf(set), report, locale, noSchools);
}

/** One indicator of the region: the municipalities' counts summed, and which municipalities had no value. */
export interface RegionalValue {
  code: string;
  kind: 'presence' | 'count' | 'share';
  /** Shares: summed numerators and denominators; counts: the sum; presences: municipalities with «имеется». */
  numerator: number | null;
  denominator: number | null;
  /** Municipalities (territory ids) whose value is missing or invalid: the sum is over the others. */
  missingIn: string[];
}

/**
 * The region from its municipalities' cycles in one call: each indicator summed over the
 * municipalities that have a value (numerators and denominators of shares, counts; for presences,
 * how many municipalities have it over how many answered). Municipalities without a value are
 * listed, not counted as zero.
 */
export function aggregateRegion(reports: readonly CycleReport[]): RegionalValue[] {
  const byCode = new Map<string, RegionalValue>();
  for (const { cycle, report } of reports) {
    for (const result of report.results) {
      let row = byCode.get(result.code);
      if (row === undefined) {
        row = { code: result.code, kind: result.kind, numerator: null, denominator: null, missingIn: [] };
        byCode.set(result.code, row);
      }
      if (result.kind === 'share' && result.numerator !== null && result.denominator !== null) {
        row.numerator = (row.numerator ?? 0) + result.numerator;
        row.denominator = (row.denominator ?? 0) + result.denominator;
      } else if (result.kind === 'count' && result.count !== null) {
        row.numerator = (row.numerator ?? 0) + result.count;
      } else if (result.kind === 'presence' && result.present !== null) {
        row.numerator = (row.numerator ?? 0) + (result.present ? 1 : 0);
        row.denominator = (row.denominator ?? 0) + 1;
      } else {
        row.missingIn.push(cycle.territoryId);
      }
    }
  }
  return [...byCode.values()];
}
