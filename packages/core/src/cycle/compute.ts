import type { Issue } from '../errors/index.js';
import {
  computeIndicators,
  type ComputeOptions,
  type IndicatorReport,
} from '../indicator/compute/compute.js';
import type { CountsInput, IndicatorAnswer, RecordsInput } from '../indicator/input.js';
import type { IndicatorSet } from '../indicator/schema.js';
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

/**
 * Computes a cycle's monitoring table with `computeIndicators`: from the registry's records when
 * given, else from the municipality's typed answers. A cycle for a year with no answers at all is
 * `no-data` with a sentence naming the cycle; its indicators are missing, not zero.
 */
export function computeCycle(
  cycle: MonitoringCycle,
  set: IndicatorSet,
  options: ComputeCycleOptions = {},
): CycleReport {
  const locale = toDisplayLocale(options.locale);
  const issues: Issue[] = [];
  if (set.id !== cycle.indicatorSetId) {
    issues.push(
      issue(
        'indicatorSetId',
        'set-mismatch',
        locale,
        `Цикл «${cycle.territoryName}, ${cycle.schoolYear}» собран по набору показателей «${cycle.indicatorSetId}», а для расчёта передан набор «${set.id}».`,
        `Cycle "${cycle.territoryName}, ${cycle.schoolYear}" uses the indicator set "${cycle.indicatorSetId}"; "${set.id}" was given.`,
      ),
    );
  }
  const { records, ...computeOptions } = options;
  const input = records ?? cycleCounts(cycle);
  const report = computeIndicators(set, input, computeOptions);
  const answered = report.results.some((result) => result.status !== 'missing');
  if (!answered && report.results.length > 0) {
    issues.push(
      issue(
        'units',
        'no-data',
        locale,
        `В цикле «${cycle.territoryName}, ${cycle.schoolYear}» нет ни одного ответа: показатели не рассчитаны (нулями не заполняются).`,
        `Cycle "${cycle.territoryName}, ${cycle.schoolYear}" has no answers: nothing was computed (no zeros are filled in).`,
      ),
    );
  }
  const status = report.results.length === 0 ? 'refused' : answered ? 'computed' : 'no-data';
  return { cycle, report, issues, status };
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
