import type { Issue } from '../../errors/issue.js';
import type { Municipality } from '../../municipality/schema.js';
import type { School } from '../../school/schema.js';
import type { DisplayLocale } from '../../share/index.js';
import type { Teacher } from '../../teacher/schema.js';
import type { IndicatorSet } from '../schema.js';
import { zodRecordsExplainer } from './check-records.js';
import { compileValidSet, isCompiledIndicatorSet, type CompiledIndicatorSet } from './compile.js';
import type { ComputeOptions, IndicatorReport } from './compute.js';
import { countGrouped, type GroupBy, type GroupedCounts } from './count-grouped.js';
import { createValueReader } from './group-values.js';
import type { RecordsExplainer } from './explain.js';
import { createReportBuilder, type ReportBuilder } from './report-builder.js';
import { toDisplayLocale } from '../../text/locale.js';
import { findUnknownCategories } from './unknown-categories.js';

export type { GroupBy } from './count-grouped.js';

/**
 * Records of many municipalities (or schools) to count in one pass: the schools (each naming
 * its `municipalityId`), their teachers, the municipalities whose flags answer each group's
 * presences, and the record of the whole (e.g. the region) whose flags answer the total's.
 */
export interface GroupedRecordsInput {
  kind: 'records';
  /** The whole (a region): its flags answer the presences of `total`. */
  municipality?: Municipality;
  /** The municipalities: their flags answer each group's presences; their order is the groups' order. */
  municipalities?: Municipality[];
  schools: School[];
  teachers?: Teacher[];
}

/** Options of `computeIndicatorsGrouped`. */
export interface GroupedComputeOptions extends ComputeOptions {
  /** `municipality` (by each school's `municipalityId`) or `school` (one group per school). */
  by: GroupBy;
}

/** One group's table: what `computeIndicators` gives for that municipality's (or school's) records. */
export interface IndicatorGroup<I = Issue> {
  /** The municipality id (`by: 'municipality'`) or school id (`by: 'school'`). */
  key: string;
  /** The municipality whose flags answered the group's presences, or `null` when none is known. */
  municipalityId: string | null;
  /** The group's table, built when first read (then kept); the same as if built during the call. */
  report: IndicatorReport<I>;
}

/**
 * Tables for many groups and their total, from one pass over the records. `I` is `Issue` (worded)
 * for the validating API, `CodedIssue` for the light entry.
 */
export interface GroupedIndicatorReport<I = Issue> {
  setId: string;
  locale: DisplayLocale;
  by: GroupBy;
  /** One table per group: the municipalities listed first (in their order), then the others as met. */
  groups: IndicatorGroup<I>[];
  /** The table of all records together (e.g. the region): sums of the groups' counts, shares recomputed. */
  total: IndicatorReport<I>;
  /** Every problem, with paths into the input. */
  issues: I[];
  ok: boolean;
}

const envelopeKeys = new Set(['kind', 'municipality', 'municipalities', 'schools', 'teachers']);

function looksLikeEnvelope(input: unknown): input is {
  kind: 'records';
  municipality?: unknown;
  municipalities?: unknown[];
  schools: unknown[];
  teachers?: unknown[];
} {
  if (typeof input !== 'object' || input === null) return false;
  const value = input as Record<string, unknown>;
  if (value['kind'] !== 'records' || !Array.isArray(value['schools'])) return false;
  for (const list of ['teachers', 'municipalities'])
    if (value[list] !== undefined && !Array.isArray(value[list])) return false;
  return Object.keys(value).every((key) => envelopeKeys.has(key));
}

function refused<I>(setId: string, options: GroupedComputeOptions, issues: I[]): GroupedIndicatorReport<I> {
  const locale = toDisplayLocale(options.locale);
  const total: IndicatorReport<I> = {
    setId,
    locale,
    source: 'records',
    sections: [],
    results: [],
    issues,
    missing: [],
    ok: false,
  };
  return { setId, locale, by: options.by, groups: [], total, issues, ok: false };
}

/** A municipality record checked against its schema: its flags, or why it cannot answer. */
interface MunicipalityState<I> {
  flags: Record<string, boolean> | undefined;
  present: boolean;
  valid: boolean;
  issues: I[];
}

const absent: MunicipalityState<never> = { flags: undefined, present: false, valid: true, issues: [] };

function checkMunicipalityAt<I>(
  value: unknown,
  path: PropertyKey[],
  locale: DisplayLocale,
  explainer: RecordsExplainer<I>,
): MunicipalityState<I> {
  if (value === undefined) return absent;
  const issues = explainer.municipality(value, path, locale);
  if (issues.length === 0)
    return { flags: (value as Municipality).flags, present: true, valid: true, issues };
  return { flags: undefined, present: true, valid: false, issues };
}

// Titles and sentences are looked up once per compiled set and language, not once per table.
const builders = new WeakMap<CompiledIndicatorSet, Partial<Record<DisplayLocale, ReportBuilder>>>();

function reportBuilderOf(compiled: CompiledIndicatorSet, locale: DisplayLocale): ReportBuilder {
  let byLocale = builders.get(compiled);
  if (byLocale === undefined) builders.set(compiled, (byLocale = {}));
  return (byLocale[locale] ??= createReportBuilder(compiled.set, locale));
}

/**
 * A group whose report is built when first read: an own, enumerable property as before (JSON,
 * spreads, structured clones and deep equality see it), backed by the counts kept in typed arrays.
 */
export function lazyGroup<I>(
  key: string,
  municipalityId: string | null,
  build: () => IndicatorReport<I>,
): IndicatorGroup<I> {
  let report: IndicatorReport<I> | undefined;
  return {
    key,
    municipalityId,
    get report() {
      return (report ??= build());
    },
    set report(value) {
      report = value;
    },
  };
}

/**
 * Computes an indicator set for many municipalities (or schools) and their total in one pass
 * over the records: schools are indexed and grouped once, teachers counted once into typed
 * arrays per group. Each group's table equals `computeIndicators` over that group's records;
 * the total equals `computeIndicators` over all of them (with `municipality` as the whole's
 * record). Pass a set compiled once by `compileIndicatorSet` to skip its validation.
 *
 * @example
 * const compiled = compileIndicatorSet(municipalMonitoringSet);
 * if (compiled.ok) {
 *   const region = computeIndicatorsGrouped(compiled.value, records, { by: 'municipality' });
 *   region.groups[0].report.results; region.total.results;
 * }
 */
export function computeIndicatorsGrouped(
  set: CompiledIndicatorSet | IndicatorSet,
  input: GroupedRecordsInput,
  options: GroupedComputeOptions,
): GroupedIndicatorReport {
  return computeGroupedWith(set, input, options, zodRecordsExplainer);
}

/** `computeIndicatorsGrouped` with the checks and wording of `explainer` (the light entry's or zod's). */
export function computeGroupedWith<I>(
  set: CompiledIndicatorSet | IndicatorSet,
  input: GroupedRecordsInput,
  options: GroupedComputeOptions,
  explainer: RecordsExplainer<I>,
): GroupedIndicatorReport<I> {
  const locale = toDisplayLocale(options.locale);
  let compiled: CompiledIndicatorSet;
  if (isCompiledIndicatorSet(set)) {
    compiled = set;
  } else {
    const result = explainer.set(set, locale);
    if (!result.ok) {
      const id = typeof set === 'object' && set !== null && typeof set.id === 'string' ? set.id : '';
      return refused(id, options, result.issues);
    }
    compiled = compileValidSet(result.value);
  }
  const validSet = compiled.set;
  if (!looksLikeEnvelope(input))
    return refused(validSet.id, options, explainer.envelope(input, 'grouped', locale));

  const whole = checkMunicipalityAt(input.municipality, ['municipality'], locale, explainer);
  const municipalities = new Map<string, MunicipalityState<I>>();
  const municipalityIssues: I[] = [...whole.issues];
  const seedKeys: string[] = [];
  (input.municipalities ?? []).forEach((record, index) => {
    const state = checkMunicipalityAt(record, ['municipalities', index], locale, explainer);
    municipalityIssues.push(...state.issues);
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') return;
    if (municipalities.has(id)) {
      municipalityIssues.push(
        explainer.say(
          {
            path: `municipalities[${index}].id`,
            code: 'duplicate-id',
            params: { record: 'municipality', id },
          },
          locale,
        ),
      );
      municipalities.set(id, { ...state, valid: false });
      return;
    }
    municipalities.set(id, state);
    if (options.by === 'municipality') seedKeys.push(id);
  });

  const counts = countGrouped(
    compiled.plan,
    input,
    options.by,
    seedKeys,
    options.validation ?? 'fast',
    explainer.upfront(input, options.validation ?? 'fast'),
  );
  const recordIssues = [
    ...counts.issues.map((issue) => explainer.say(issue, locale)),
    ...explainer.records(input.schools, 'schools', counts.invalidSchools, locale),
    ...(input.teachers === undefined
      ? []
      : explainer.records(input.teachers, 'teachers', counts.invalidTeachers, locale)),
  ];

  // A category nobody defined is refused in every group, never counted as zero schools.
  const unknownCategories = findUnknownCategories(validSet, input.schools, locale);
  recordIssues.push(...unknownCategories.map((problem) => explainer.say(problem.issue, locale)));
  const refusedCodes = new Set(unknownCategories.map((problem) => problem.code));
  // Each indicator's counting slot (or refusal), looked up once per call, not once per table.
  const slots = validSet.indicators.map((indicator) =>
    refusedCodes.has(indicator.code) ? null : compiled.plan.slots.get(indicator.code),
  );
  const readValues = createValueReader(validSet, compiled.plan, slots, input.teachers !== undefined);
  const build = reportBuilderOf(compiled, locale);
  const schoolMunicipality =
    options.by === 'school' ? municipalityOfSchools(input.schools as readonly School[]) : undefined;
  const presenceFlags = validSet.indicators.map((indicator) =>
    indicator.kind === 'presence' ? indicator.municipalityFlag : undefined,
  );
  // Each group's presences, read now: 0 no, 1 yes, 2 not stated (one byte per indicator).
  const presences = new Uint8Array(counts.keys.length * presenceFlags.length);
  const groups = counts.keys.map((key, row): IndicatorGroup<I> => {
    const municipalityId = schoolMunicipality === undefined ? key : (schoolMunicipality.get(key) ?? null);
    const state: MunicipalityState<I> =
      municipalityId === null ? absent : (municipalities.get(municipalityId) ?? absent);
    notePresences(presenceFlags, state, presences, row);
    // The counts and the presences are read now; the 25 result objects of each of 2,000 tables
    // only when the table is read, so a caller reading a few groups does not build the rest.
    const general = state.issues.length === 0 ? recordIssues : [...recordIssues, ...state.issues];
    return lazyGroup(key, state.present ? municipalityId : null, () =>
      build(readValues(counts, row, state.valid, presences), general),
    );
  });
  const totals = sumRows(counts);
  const wholePresences = new Uint8Array(presenceFlags.length);
  notePresences(presenceFlags, whole, wholePresences, 0);
  const total = build(readValues(totals, 0, whole.valid, wholePresences), [...whole.issues, ...recordIssues]);
  const issues = [...municipalityIssues, ...recordIssues];
  return { setId: validSet.id, locale, by: options.by, groups, total, issues, ok: issues.length === 0 };
}

function municipalityOfSchools(schools: readonly School[]): Map<string, string> {
  const byId = new Map<string, string>();
  for (const school of schools)
    if (school.municipalityId !== undefined && !byId.has(school.id))
      byId.set(school.id, school.municipalityId);
  return byId;
}

/** The counts of every row added up: the total's single row. */
function sumRows(counts: GroupedCounts): GroupedCounts {
  const rows = counts.keys.length + 1;
  const sum = (table: Int32Array): Int32Array => {
    const width = table.length / rows;
    const total = new Int32Array(width);
    for (let row = 0; row < rows; row++)
      for (let column = 0; column < width; column++) total[column]! += table[row * width + column]!;
    return total;
  };
  return {
    ...counts,
    schoolSizes: sum(counts.schoolSizes),
    schoolCounts: sum(counts.schoolCounts),
    teacherSizes: sum(counts.teacherSizes),
    teacherCounts: sum(counts.teacherCounts),
  };
}

/** Reads a group's presence flags into its row of `table` (0 no, 1 yes, 2 not stated). */
function notePresences(
  flags: readonly (string | undefined)[],
  municipality: MunicipalityState<unknown>,
  table: Uint8Array,
  row: number,
): void {
  const own = municipality.flags;
  for (let position = 0; position < flags.length; position++) {
    const flag = flags[position];
    if (flag === undefined) continue;
    const value = own?.[flag];
    table[row * flags.length + position] = value === undefined ? 2 : value ? 1 : 0;
  }
}
