import type { Issue } from '../errors/index.js';
import {
  compileIndicatorSet,
  isCompiledIndicatorSet,
  type CompiledIndicatorSet,
} from '../indicator/compute/compile.js';
import {
  computeIndicators,
  type ComputeOptions,
  type IndicatorReport,
} from '../indicator/compute/compute.js';
import { computeCountsGrouped } from '../indicator/compute/counts-grouped.js';
import { computeIndicatorsGrouped, type GroupedRecordsInput } from '../indicator/compute/grouped.js';
import type { IndicatorSet } from '../indicator/schema.js';
import type { DisplayLocale } from '../share/index.js';
import {
  aggregateRegion,
  cycleCounts,
  finishCycle,
  type CycleReport,
  type RegionalValue,
} from './compute.js';
import type { MonitoringCycle } from './schema.js';
import { toDisplayLocale } from '../text/locale.js';

/** Options of `computeRegionCycles`. */
export interface ComputeRegionOptions extends ComputeOptions {
  /**
   * The registry's records of the whole region: schools naming their `municipalityId` (the
   * cycles' `territoryId`), their teachers, the municipalities' records (their flags answer
   * presences) and the region's own record. Without it, each cycle's typed answers are used.
   */
  records?: GroupedRecordsInput;
}

/** Many municipalities' cycles of one school year, computed at once, and the region. */
export interface RegionCycles {
  /** Where the values came from: the registry's records (one grouped pass) or the typed answers. */
  source: 'records' | 'counts';
  /** One report per cycle, in the order the cycles were given. */
  municipalities: CycleReport[];
  /**
   * The region's table: counted over all the records (the grouped calculator's total), or from
   * typed answers the municipalities' numerators, denominators and counts summed with shares
   * recomputed half-up (`computeCountsGrouped`); an indicator some municipality did not answer
   * has no regional value there (see `regional` for the partial sums and who is missing).
   */
  region: IndicatorReport | null;
  /** Each indicator summed over the municipalities, naming those without a value. */
  regional: RegionalValue[];
  /** Problems of the cycles as a group (another year, another set, a territory twice, unknown ids). */
  issues: Issue[];
}

function say(locale: DisplayLocale, path: string, code: string, ru: string, en: string): Issue {
  return { path, code, message: locale === 'ru' ? ru : en };
}

/**
 * Computes the cycles of many municipalities (and the region) in one call. From the registry's
 * records, this is one pass of the grouped calculator (`computeIndicatorsGrouped`, by
 * municipality) over every school and teacher of the region — not one call per municipality;
 * each municipality's table equals `computeCycle` over its own records, and the region's is the
 * grouped total. From typed answers, the set is compiled once and each cycle's answers are read.
 * A municipality without a school in the records is `no-data` (never zeros); cycles of another
 * school year or set, a territory listed twice, and schools of a territory with no cycle are
 * reported with the place named.
 *
 * @example
 * const year = computeRegionCycles(cycles2023, municipalMonitoringSet, { records });
 * year.municipalities[0].report.results; year.region?.results;
 */
export function computeRegionCycles(
  cycles: readonly MonitoringCycle[],
  set: IndicatorSet | CompiledIndicatorSet,
  options: ComputeRegionOptions = {},
): RegionCycles {
  const locale = toDisplayLocale(options.locale);
  const { records, ...computeOptions } = options;
  const issues: Issue[] = [];
  let compiled: CompiledIndicatorSet | IndicatorSet = set;
  if (!isCompiledIndicatorSet(set)) {
    const result = compileIndicatorSet(set, { locale });
    if (result.ok) compiled = result.value;
  }
  const setId = isCompiledIndicatorSet(compiled) ? compiled.set.id : (compiled as IndicatorSet).id;

  const first = cycles[0];
  const seen = new Set<string>();
  cycles.forEach((cycle, index) => {
    if (seen.has(cycle.territoryId))
      issues.push(
        say(
          locale,
          `cycles[${index}].territoryId`,
          'duplicate-territory',
          `Территория «${cycle.territoryName}» указана дважды: у неё один цикл за учебный год.`,
          `"${cycle.territoryName}" is listed twice: one cycle per school year.`,
        ),
      );
    seen.add(cycle.territoryId);
    if (first !== undefined && cycle.schoolYear !== first.schoolYear)
      issues.push(
        say(
          locale,
          `cycles[${index}].schoolYear`,
          'other-year',
          `Цикл «${cycle.territoryName}» относится к ${cycle.schoolYear} учебному году, а не к ${first.schoolYear}: регион сводится за один год.`,
          `The cycle of "${cycle.territoryName}" is for ${cycle.schoolYear}, not ${first.schoolYear}: a region is summed for one year.`,
        ),
      );
  });

  if (records === undefined) {
    // The counts' group-by: one call over every municipality's typed answers, the region's
    // shares recomputed half-up from the summed numerators and denominators.
    const grouped = computeCountsGrouped(
      compiled,
      cycles.map((cycle) => ({ key: cycle.territoryId, input: cycleCounts(cycle) })),
      computeOptions,
    );
    const municipalities = cycles.map((cycle, index) =>
      finishCycle(cycle, setId, grouped.groups[index]?.report ?? grouped.total, locale),
    );
    return {
      source: 'counts',
      municipalities,
      region: grouped.total,
      regional: aggregateRegion(municipalities),
      issues,
    };
  }

  // The municipalities in the cycles' order, so each group is found by its territory.
  const known = new Map(
    (records.municipalities ?? []).map((municipality) => [municipality.id, municipality]),
  );
  const grouped = computeIndicatorsGrouped(
    compiled,
    {
      ...records,
      municipalities: cycles.map(
        (cycle) => known.get(cycle.territoryId) ?? { id: cycle.territoryId, name: cycle.territoryName },
      ),
    },
    { ...computeOptions, by: 'municipality' },
  );
  const schoolsIn = new Map<string, number>();
  for (const school of records.schools) {
    const key = school.municipalityId ?? '';
    schoolsIn.set(key, (schoolsIn.get(key) ?? 0) + 1);
  }
  const groups = new Map(grouped.groups.map((group) => [group.key, group.report]));
  // Records the calculator refused as a whole (not a list of records) refuse every cycle alike.
  const refusedAll = grouped.groups.length === 0;
  let empty: IndicatorReport | undefined;
  const municipalities = cycles.map((cycle) => {
    if (refusedAll) return finishCycle(cycle, setId, grouped.total, locale);
    const report = groups.get(cycle.territoryId);
    if (report === undefined || (schoolsIn.get(cycle.territoryId) ?? 0) === 0) {
      empty ??= computeIndicators(compiled, { kind: 'counts', answers: {} }, computeOptions);
      return finishCycle(cycle, setId, empty, locale, true);
    }
    return finishCycle(cycle, setId, report, locale);
  });
  for (const key of schoolsIn.keys()) {
    if (seen.has(key)) continue;
    issues.push(
      say(
        locale,
        'records.schools',
        'territory-without-cycle',
        key === ''
          ? 'В реестре есть школы без муниципалитета: в своды муниципалитетов они не вошли, в итог по региону вошли.'
          : `В реестре есть школы муниципалитета «${key}», для которого нет цикла ${first?.schoolYear ?? ''}: в своды муниципалитетов они не вошли, в итог по региону вошли.`,
        key === ''
          ? 'The registry has schools with no municipality: counted in the region, in no municipality.'
          : `The registry has schools of "${key}", which has no cycle: counted in the region, in no municipality.`,
      ),
    );
  }
  return {
    source: 'records',
    municipalities,
    region: grouped.total,
    regional: aggregateRegion(municipalities),
    issues: [...issues, ...grouped.issues],
  };
}
