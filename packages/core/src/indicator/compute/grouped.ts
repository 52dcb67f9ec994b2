import * as z from 'zod/mini';
import { describeIssues, type Issue } from '../../errors/index.js';
import { municipalitySchema, type Municipality } from '../../municipality/schema.js';
import type { School } from '../../school/schema.js';
import type { DisplayLocale } from '../../share/index.js';
import type { Teacher } from '../../teacher/schema.js';
import type { IndicatorDefinition, IndicatorSet } from '../schema.js';
import { explainInvalidRecords } from './check-records.js';
import {
  compileIndicatorSet,
  isCompiledIndicatorSet,
  type CompiledIndicatorSet,
  type CountingPlan,
  type PlannedSlot,
} from './compile.js';
import type { ComputeOptions, IndicatorReport } from './compute.js';
import { countGrouped, type GroupBy, type GroupedCounts } from './count-grouped.js';
import { computeMessages } from './messages.js';
import { createReportBuilder, type ReportBuilder } from './report-builder.js';
import type { RawValue } from './result.js';
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
export interface IndicatorGroup {
  /** The municipality id (`by: 'municipality'`) or school id (`by: 'school'`). */
  key: string;
  /** The municipality whose flags answered the group's presences, or `null` when none is known. */
  municipalityId: string | null;
  /** The group's table, built when first read (then kept); the same as if built during the call. */
  report: IndicatorReport;
}

/** Tables for many groups and their total, from one pass over the records. */
export interface GroupedIndicatorReport {
  setId: string;
  locale: DisplayLocale;
  by: GroupBy;
  /** One table per group: the municipalities listed first (in their order), then the others as met. */
  groups: IndicatorGroup[];
  /** The table of all records together (e.g. the region): sums of the groups' counts, shares recomputed. */
  total: IndicatorReport;
  /** Every problem, with paths into the input. */
  issues: Issue[];
  ok: boolean;
}

const groupedEnvelopeSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('records'),
  municipality: z.optional(z.unknown()),
  municipalities: z.optional(z.array(z.unknown())),
  schools: z.array(z.unknown()),
  teachers: z.optional(z.array(z.unknown())),
});

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

function refused(setId: string, options: GroupedComputeOptions, issues: Issue[]): GroupedIndicatorReport {
  const locale = toDisplayLocale(options.locale);
  const total: IndicatorReport = {
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
interface MunicipalityState {
  flags: Record<string, boolean> | undefined;
  present: boolean;
  valid: boolean;
  issues: Issue[];
}

const municipalityKeys = new Set(['id', 'name', 'region', 'flags']);
const flagName = /^[A-Za-z][A-Za-z0-9_-]*$/;

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

// What `municipalitySchema` accepts, checked without zod: a country has thousands of municipalities.
// It may refuse more than the schema (then the schema decides), never less.
export function isPlainValidMunicipality(value: unknown): value is Municipality {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!municipalityKeys.has(key)) return false;
  if (typeof record['id'] !== 'string' || record['id'] === '' || !isText(record['name'])) return false;
  if (record['region'] !== undefined && !isText(record['region'])) return false;
  const flags = record['flags'];
  if (flags === undefined) return true;
  if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) return false;
  // for-in, not Object.entries (no pair arrays); a name seen valid once is not tested again: the
  // municipalities of a country repeat the same few flag names thousands of times.
  for (const name in flags) {
    if (typeof (flags as Record<string, unknown>)[name] !== 'boolean') return false;
    if (validFlagNames.has(name)) continue;
    if (!flagName.test(name)) return false;
    if (validFlagNames.size < 1_000) validFlagNames.add(name);
  }
  return true;
}

const validFlagNames = new Set<string>();

function checkMunicipalityAt(value: unknown, path: PropertyKey[], locale: DisplayLocale): MunicipalityState {
  if (value === undefined) return { flags: undefined, present: false, valid: true, issues: [] };
  if (isPlainValidMunicipality(value)) return { flags: value.flags, present: true, valid: true, issues: [] };
  const result = municipalitySchema.safeParse(value, { reportInput: true });
  if (result.success) return { flags: result.data.flags, present: true, valid: true, issues: [] };
  return {
    flags: undefined,
    present: true,
    valid: false,
    issues: describeIssues(result.error, locale, { pathPrefix: path }),
  };
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
function lazyGroup(key: string, municipalityId: string | null, build: () => IndicatorReport): IndicatorGroup {
  let report: IndicatorReport | undefined;
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

const absent: MunicipalityState = { flags: undefined, present: false, valid: true, issues: [] };

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
  const locale = toDisplayLocale(options.locale);
  let compiled: CompiledIndicatorSet;
  if (isCompiledIndicatorSet(set)) {
    compiled = set;
  } else {
    const result = compileIndicatorSet(set, { locale });
    if (!result.ok) {
      const id = typeof set === 'object' && set !== null && typeof set.id === 'string' ? set.id : '';
      return refused(id, options, result.issues);
    }
    compiled = result.value;
  }
  const validSet = compiled.set;
  if (!looksLikeEnvelope(input)) {
    const envelope = groupedEnvelopeSchema.safeParse(input, { reportInput: true });
    return refused(validSet.id, options, envelope.success ? [] : describeIssues(envelope.error, locale));
  }

  const whole = checkMunicipalityAt(input.municipality, ['municipality'], locale);
  const municipalities = new Map<string, MunicipalityState>();
  const municipalityIssues: Issue[] = [...whole.issues];
  const seedKeys: string[] = [];
  (input.municipalities ?? []).forEach((record, index) => {
    const state = checkMunicipalityAt(record, ['municipalities', index], locale);
    municipalityIssues.push(...state.issues);
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') return;
    if (municipalities.has(id)) {
      municipalityIssues.push({
        path: `municipalities[${index}].id`,
        code: 'duplicate-id',
        message: computeMessages.duplicateMunicipalityId(id, locale),
      });
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
    locale,
  );
  const recordIssues = [
    ...counts.issues,
    ...explainInvalidRecords(input.schools, 'schools', counts.invalidSchools, locale),
    ...(input.teachers === undefined
      ? []
      : explainInvalidRecords(input.teachers, 'teachers', counts.invalidTeachers, locale)),
  ];

  // A category nobody defined is refused in every group, never counted as zero schools.
  const unknownCategories = findUnknownCategories(validSet, input.schools, locale);
  recordIssues.push(...unknownCategories.map((problem) => problem.issue));
  const refusedCodes = new Set(unknownCategories.map((problem) => problem.code));
  const hasTeachers = input.teachers !== undefined;
  const build = reportBuilderOf(compiled, locale);
  const schoolMunicipality =
    options.by === 'school' ? municipalityOfSchools(input.schools as readonly School[]) : undefined;
  const presenceFlags = validSet.indicators.map((indicator) =>
    indicator.kind === 'presence' ? indicator.municipalityFlag : undefined,
  );
  // Each group's presences, read now: 0 no, 1 yes, 2 not stated (one byte per indicator).
  const presences = new Uint8Array(counts.keys.length * presenceFlags.length);
  const groups = counts.keys.map((key, row): IndicatorGroup => {
    const municipalityId = schoolMunicipality === undefined ? key : (schoolMunicipality.get(key) ?? null);
    const state = municipalityId === null ? absent : (municipalities.get(municipalityId) ?? absent);
    notePresences(presenceFlags, state, presences, row);
    // The counts and the presences are read now; the 25 result objects of each of 2,000 tables
    // only when the table is read, so a caller reading a few groups does not build the rest.
    return lazyGroup(key, state.present ? municipalityId : null, () =>
      build(valuesOf(validSet, compiled.plan, counts, row, state, presences, hasTeachers, refusedCodes), [
        ...recordIssues,
        ...state.issues,
      ]),
    );
  });
  const totals = sumRows(counts);
  const wholePresences = new Uint8Array(presenceFlags.length);
  notePresences(presenceFlags, whole, wholePresences, 0);
  const total = build(
    valuesOf(validSet, compiled.plan, totals, 0, whole, wholePresences, hasTeachers, refusedCodes),
    [...whole.issues, ...recordIssues],
  );
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
  municipality: MunicipalityState,
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

function valuesOf(
  set: IndicatorSet,
  plan: CountingPlan,
  counts: GroupedCounts,
  row: number,
  municipality: MunicipalityState,
  presences: Uint8Array,
  hasTeachers: boolean,
  refused: ReadonlySet<string>,
): RawValue[] {
  const width = set.indicators.length;
  return set.indicators.map((indicator, position) =>
    refused.has(indicator.code)
      ? { kind: 'invalid' }
      : valueOf(
          indicator,
          plan,
          plan.slots.get(indicator.code),
          counts,
          row,
          municipality,
          presences[row * width + position]!,
          hasTeachers,
        ),
  );
}

function valueOf(
  indicator: IndicatorDefinition,
  plan: CountingPlan,
  slot: PlannedSlot | undefined,
  counts: GroupedCounts,
  row: number,
  municipality: MunicipalityState,
  presence: number,
  hasTeachers: boolean,
): RawValue {
  if (indicator.kind === 'presence') {
    const flag = indicator.municipalityFlag;
    if (flag === undefined) return { kind: 'missing', reason: 'not-countable' };
    if (!municipality.valid) return { kind: 'invalid' };
    return presence === 2
      ? { kind: 'missing', reason: 'no-municipality-flag', detail: flag }
      : { kind: 'presence', present: presence === 1 };
  }
  if (slot === undefined) return { kind: 'missing', reason: 'not-countable' };
  if (slot.entity === 'teacher' && !hasTeachers) return { kind: 'missing', reason: 'no-teacher-records' };
  const usable = slot.entity === 'school' ? counts.schoolsUsable : counts.teachersUsable;
  if (!usable) return { kind: 'invalid' };
  const school = slot.entity === 'school';
  const sizes = school ? counts.schoolSizes : counts.teacherSizes;
  const members = school ? counts.schoolCounts : counts.teacherCounts;
  const count = members[row * (school ? plan.schoolMembers : plan.teacherMembers) + slot.member]!;
  if (indicator.kind === 'count') return { kind: 'count', count };
  const populations = school ? plan.schoolGroups.length : plan.teacherGroups.length;
  return { kind: 'share', numerator: count, denominator: sizes[row * populations + slot.population]! };
}
