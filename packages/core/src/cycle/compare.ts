import { defaultDynamicsPolicy, toleranceFor, type DynamicsPolicy } from '../dynamics/policy.js';
import type { Issue } from '../errors/index.js';
import type { IndicatorResult } from '../indicator/compute/result.js';
import type { BetterDirection } from '../indicator/schema.js';
import { roundHalfUp, type DisplayLocale } from '../share/index.js';
import type { CycleReport } from './compute.js';
import { toDisplayLocale } from '../text/locale.js';

/**
 * How an indicator stands in two cycles: `compared` (both values), `missing-before` /
 * `missing-after` (no value in one cycle: not judged, never a zero), `added` (not in the first
 * cycle's set), `removed` (dropped from the set in the second cycle).
 */
export type ComparisonStatus = 'compared' | 'missing-before' | 'missing-after' | 'added' | 'removed';

/** Which way a value moved: up, down, not at all (within the policy's tolerance). */
export type ChangeDirection = 'up' | 'down' | 'same';

/** Whether the move is for the better, given the indicator's `betterDirection`. */
export type ChangeAssessment = 'better' | 'worse' | 'unchanged' | 'neutral';

/** A value of one cycle, as the table prints it. */
export interface CycleValue {
  /** The percentage of a share, the count, 1/0 for a presence; `null` when missing. */
  value: number | null;
  /** The count behind a share («7 школ»). */
  numerator: number | null;
  denominator: number | null;
  /** «38,9%», «3», «имеется»; `null` when missing. */
  display: string | null;
}

/** One indicator in two cycles. */
export interface IndicatorComparison {
  code: string;
  title: string;
  kind: IndicatorResult['kind'];
  status: ComparisonStatus;
  before: CycleValue | null;
  after: CycleValue | null;
  /** After minus before: п.п. for shares, units for counts, 1/−1 for a presence gained or lost. */
  change: number | null;
  unit: 'percentage-points' | 'units' | 'presence' | null;
  direction: ChangeDirection | null;
  assessment: ChangeAssessment | null;
}

/** The comparison of two cycles (seed 001's year over year, seed 003's initial and final monitoring). */
export interface CycleComparison {
  before: { cycleId: string; schoolYear: string; stage?: string };
  after: { cycleId: string; schoolYear: string; stage?: string };
  rows: IndicatorComparison[];
  /** Schools in the first cycle and not in the second (left the registry), and the reverse. */
  schoolsLeft: string[];
  schoolsJoined: string[];
  policy: DynamicsPolicy;
  issues: Issue[];
}

/** The unit a change (or a gap to a target) of an indicator of this kind is counted in. */
export function changeUnitOf(kind: IndicatorResult['kind']): 'percentage-points' | 'units' | 'presence' {
  return kind === 'share' ? 'percentage-points' : kind === 'count' ? 'units' : 'presence';
}

/** A calculator's result as a table prints it: the value, its counts and its text; `null` when missing. */
export function valueOf(result: IndicatorResult | undefined): CycleValue | null {
  if (result === undefined) return null;
  switch (result.kind) {
    case 'share':
      return result.percent === null
        ? null
        : {
            value: result.percent,
            numerator: result.numerator,
            denominator: result.denominator,
            display: result.display,
          };
    case 'count':
      return result.count === null
        ? null
        : { value: result.count, numerator: result.count, denominator: null, display: result.display };
    case 'presence':
      return result.present === null
        ? null
        : { value: result.present ? 1 : 0, numerator: null, denominator: null, display: result.display };
  }
}

function assess(direction: ChangeDirection, better: BetterDirection): ChangeAssessment {
  if (direction === 'same') return 'unchanged';
  if (better === 'none') return 'neutral';
  return (direction === 'up') === (better === 'higher') ? 'better' : 'worse';
}

function cycleLabel(report: CycleReport): string {
  const stage = report.cycle.stage === undefined ? '' : `, ${report.cycle.stage}`;
  return `${report.cycle.territoryName}, ${report.cycle.schoolYear}${stage}`;
}

/**
 * Compares two computed cycles indicator by indicator: both values, the change (п.п. for shares,
 * units for counts), its direction under the dynamics policy's tolerance (п.п. for shares, баллы
 * for counts), and whether it is for the better. An indicator missing in either cycle, added to or
 * removed from the set, is listed with its status and a sentence naming it — never compared with
 * an invented zero. Schools that left the registry between the cycles, or joined it, are listed.
 */
export function compareCycles(
  before: CycleReport,
  after: CycleReport,
  options: { policy?: DynamicsPolicy; locale?: DisplayLocale } = {},
): CycleComparison {
  const locale = toDisplayLocale(options.locale);
  const policy = options.policy ?? defaultDynamicsPolicy;
  const issues: Issue[] = [];
  const note = (path: string, code: string, ru: string, en: string) =>
    issues.push({ path, code, message: locale === 'ru' ? ru : en });
  // A cycle with no data at all (or refused) is named once; its indicators are not listed one by
  // one as missing, and nothing is compared with it.
  const empty = [before, after].filter((report) => report.status !== 'computed');
  for (const report of empty) {
    note(
      report === before ? 'before' : 'after',
      'cycle-no-data',
      `В цикле «${cycleLabel(report)}» нет данных: сравнение с ним невозможно, изменения показателей не рассчитаны (нулями не заполняются).`,
      `Cycle "${cycleLabel(report)}" has no data: nothing can be compared with it (no zeros are filled in).`,
    );
  }
  const earlier = new Map(before.report.results.map((result) => [result.code, result]));
  const later = new Map(after.report.results.map((result) => [result.code, result]));
  const codes = [...later.keys(), ...[...earlier.keys()].filter((code) => !later.has(code))];
  const rows: IndicatorComparison[] = codes.map((code) => {
    const first = earlier.get(code);
    const second = later.get(code);
    const any = (second ?? first) as IndicatorResult;
    const row: IndicatorComparison = {
      code,
      title: any.title,
      kind: any.kind,
      status: 'compared',
      before: valueOf(first),
      after: valueOf(second),
      change: null,
      unit: null,
      direction: null,
      assessment: null,
    };
    // A refused cycle has no table at all: its indicators are missing, not added or removed.
    if (first === undefined && empty.includes(before)) {
      row.status = 'missing-before';
      return row;
    }
    if (second === undefined && empty.includes(after)) {
      row.status = 'missing-after';
      return row;
    }
    if (first === undefined) {
      row.status = 'added';
      note(
        `rows.${code}`,
        'indicator-added',
        `Показатель ${code} «${any.title}» не входил в набор цикла «${cycleLabel(before)}»: сравнение невозможно.`,
        `Indicator ${code} was not in the set of "${cycleLabel(before)}": nothing to compare.`,
      );
      return row;
    }
    if (second === undefined) {
      row.status = 'removed';
      note(
        `rows.${code}`,
        'indicator-removed',
        `Показатель ${code} «${any.title}» исключён из набора в цикле «${cycleLabel(after)}»: сравнение невозможно.`,
        `Indicator ${code} was removed from the set in "${cycleLabel(after)}": nothing to compare.`,
      );
      return row;
    }
    if (row.before === null || row.after === null) {
      const which = row.before === null ? before : after;
      row.status = row.before === null ? 'missing-before' : 'missing-after';
      if (empty.includes(which)) return row;
      note(
        `rows.${code}`,
        row.status,
        `Показатель ${code} «${any.title}»: нет значения в цикле «${cycleLabel(which)}», изменение не рассчитано.`,
        `Indicator ${code}: no value in "${cycleLabel(which)}", no change computed.`,
      );
      return row;
    }
    const change = roundHalfUp(row.after.value! - row.before.value!, 10);
    row.change = change;
    row.unit = changeUnitOf(any.kind);
    const tolerance =
      any.kind === 'share'
        ? toleranceFor(policy, 'percentage-points')
        : any.kind === 'count'
          ? toleranceFor(policy, 'points')
          : 0;
    row.direction = change > tolerance ? 'up' : change < -tolerance ? 'down' : 'same';
    row.assessment = assess(row.direction, any.betterDirection);
    return row;
  });
  const schoolsOf = (report: CycleReport) =>
    new Set(report.cycle.units.filter((unit) => unit.level === 'school').map((unit) => unit.unitId));
  const firstSchools = schoolsOf(before);
  const secondSchools = schoolsOf(after);
  const schoolsLeft = [...firstSchools].filter((id) => !secondSchools.has(id));
  const schoolsJoined = [...secondSchools].filter((id) => !firstSchools.has(id));
  for (const id of schoolsLeft) {
    const name = before.cycle.units.find((unit) => unit.unitId === id)?.name ?? id;
    note(
      `schools.${id}`,
      'school-left',
      `Школа «${name}» участвовала в цикле «${cycleLabel(before)}», но отсутствует в цикле «${cycleLabel(after)}» (выбыла из реестра): её показатели не сравниваются.`,
      `School "${name}" took part in "${cycleLabel(before)}" but is absent from "${cycleLabel(after)}" (left the registry): not compared.`,
    );
  }
  const describe = (report: CycleReport) => ({
    cycleId: report.cycle.id,
    schoolYear: report.cycle.schoolYear,
    ...(report.cycle.stage === undefined ? {} : { stage: report.cycle.stage }),
  });
  return {
    before: describe(before),
    after: describe(after),
    rows,
    schoolsLeft,
    schoolsJoined,
    policy,
    issues,
  };
}
