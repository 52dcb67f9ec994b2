import * as z from 'zod/mini';
import { assertArgument } from '../../errors/require-argument.js';
import { describeIssues, formatPath, parseOrExplain, type Issue } from '../../errors/index.js';
import { findUnreadable } from '../../errors/unreadable.js';
import { computeShare, scaledPercentHalfUp, type DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import { indicatorSetSchema, type IndicatorKind, type IndicatorSet, type ShareIndicator } from '../schema.js';
import { explainMismatch, type MismatchExplanation } from './explain.js';
import { impliedPopulations, rangeContains, type PopulationRange } from './implied-population.js';
import { percentText, reconcileMessages } from './messages.js';
import { parsePrintedCount, parsePrintedPercent, type PrintedPercent } from './parse-printed.js';
import { reportedRowSchema } from './schema.js';
import { toDisplayLocale } from '../../text/locale.js';

/** Options of `reconcileTable`. */
export interface ReconcileOptions {
  locale?: DisplayLocale;
  /** Known population sizes by population id (e.g. `{ 'municipality-schools': 18 }`); otherwise inferred. */
  populations?: Record<string, number>;
}

const reconcileOptionsSchema = /* @__PURE__ */ z.strictObject({
  locale: z.optional(z.string()),
  populations: z.optional(
    z.record(z.string(), z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER))),
  ),
});

/** Where the population a row was recomputed with comes from. */
export type PopulationSource = 'stated' | 'given' | 'inferred';

/** A presence or count as a report printed it. */
export type PrintedValue =
  { kind: 'presence'; present: boolean; text: string } | { kind: 'count'; count: number; text: string };

/** The verdict on one row. */
export type RowStatus = 'ok' | 'mismatch' | 'unverifiable' | 'not-a-share' | 'invalid';

/** One printed row, checked. */
export interface ReconciledRow {
  code: string;
  /** The indicator's title, or `null` when the set has no such code. */
  title: string | null;
  kind: IndicatorKind | null;
  /** The population id of a share. */
  populationId: string | null;
  count: number | null;
  /**
   * What a presence or count row printed: «имеется» / «отсутствует» read as presence, a number as a
   * count (seed 001's «имеется» rows and the count 4.8); `null` for shares and when nothing is printed.
   */
  printedValue: PrintedValue | null;
  /** The percentage as printed, and its value and printed decimals. */
  stated: { text: string; percent: number; decimals: number } | null;
  /** The population printed in the row, if any. */
  statedPopulation: number | null;
  /** The population the row was recomputed with. */
  population: { value: number; source: PopulationSource } | null;
  /** The percentage its own count gives, half-up at the indicator's precision (or more if printed with more). */
  recomputed: { percent: number; display: string; precision: number } | null;
  status: RowStatus;
  /** How a mismatching percentage was most likely obtained; `null` when it matches or nothing explains it. */
  explanation: MismatchExplanation | null;
  /** Every whole population the count and the printed percentage fit; `null` when none does. */
  impliedPopulation: PopulationRange | null;
  /** The row implies (or states) a population other than the one its population's rows agree on. */
  populationConflict: boolean;
  /** What was found, in sentences. */
  messages: string[];
  /** Problems reading the row. */
  issues: Issue[];
}

/** A population shared by rows, with the size they agree on and the rows that disagree. */
export interface ReconciledPopulation {
  id: string;
  title: string;
  value: number | null;
  source: PopulationSource | null;
  /** Rows whose printed percentage fits `value`. */
  consistent: string[];
  /** Rows whose printed percentage (or stated population) does not fit `value`. */
  conflicting: string[];
  message: string;
}

/** The outcome of checking a printed table. */
export interface Reconciliation {
  rows: ReconciledRow[];
  populations: ReconciledPopulation[];
  issues: Issue[];
  /** True when every share row matches and no population is in conflict. */
  ok: boolean;
}

interface ReadRow {
  row: ReconciledRow;
  printed: PrintedPercent | null;
  indicator: ShareIndicator | null;
  /** Decimals the comparison uses: the indicator's, or more when the report printed more. */
  precision: number;
}

/**
 * Checks a table as a report printed it: recomputes every percentage from its own count, says
 * how a wrong one was obtained (truncated, rounded up…), infers the population each row implies
 * and flags rows over the same population that imply different ones. Never throws on bad rows.
 */
export function reconcileTable(
  set: IndicatorSet,
  rows: readonly unknown[],
  options: ReconcileOptions = {},
): Reconciliation {
  assertArgument('reconcileTable', 'options', reconcileOptionsSchema, options);
  const locale = toDisplayLocale(options.locale);
  const parsedSet = parseOrExplain(indicatorSetSchema, set, { locale, pathPrefix: ['set'] });
  if (!parsedSet.ok) return { rows: [], populations: [], issues: parsedSet.issues, ok: false };
  const validSet = parsedSet.value;
  const table = parseOrExplain(z.array(z.unknown()), rows, { locale, pathPrefix: ['rows'] });
  if (!table.ok) return { rows: [], populations: [], issues: table.issues, ok: false };

  const read = table.value.map((raw, index) => readRow(validSet, raw, index, locale));
  const populations = validSet.populations
    .filter((population) => read.some((entry) => entry.row.populationId === population.id))
    .map((population) => {
      const members = read.filter((entry) => entry.row.populationId === population.id);
      const { value, source } = populationSize(members, options.populations?.[population.id]);
      const consistent: string[] = [];
      const conflicting: string[] = [];
      for (const entry of members) {
        checkRow(entry, value, source, locale);
        if (entry.row.populationConflict) conflicting.push(entry.row.code);
        else if (entry.row.impliedPopulation !== null) consistent.push(entry.row.code);
      }
      const title = pickText(population.title, locale);
      return {
        id: population.id,
        title,
        value,
        source,
        consistent,
        conflicting,
        message: reconcileMessages.population(title, value, source, consistent, conflicting, locale),
      };
    });

  const result = read.map((entry) => entry.row);
  const issues = result.flatMap((row) => row.issues);
  const ok =
    issues.length === 0 &&
    result.every((row) => row.status !== 'mismatch' && !row.populationConflict) &&
    populations.every((population) => population.conflicting.length === 0);
  return { rows: result, populations, issues, ok };
}

function emptyRow(code: string): ReconciledRow {
  return {
    code,
    title: null,
    kind: null,
    populationId: null,
    count: null,
    printedValue: null,
    stated: null,
    statedPopulation: null,
    population: null,
    recomputed: null,
    status: 'invalid',
    explanation: null,
    impliedPopulation: null,
    populationConflict: false,
    messages: [],
    issues: [],
  };
}

const presentWords = /^(?:имеется|имеются|есть|да|в наличии|yes|present)$/iu;
const absentWords = /^(?:не имеется|отсутствует|отсутствуют|нет|no|absent)$/iu;

/** «имеется» → presence, «3» → a count, «-» or nothing → `null`. */
function readPrintedValue(printed: unknown, locale: DisplayLocale): PrintedValue | null {
  if (typeof printed === 'string') {
    const text = printed.trim().replace(/\.$/u, '');
    if (presentWords.test(text))
      return { kind: 'presence', present: true, text: locale === 'en' ? 'present' : 'имеется' };
    if (absentWords.test(text))
      return { kind: 'presence', present: false, text: locale === 'en' ? 'absent' : 'отсутствует' };
  }
  const count = parsePrintedCount(printed as number | string | null | undefined);
  return count === null || count === undefined ? null : { kind: 'count', count, text: String(count) };
}

/** Reads one printed row: its indicator, count, percentage, population and implied populations. */
function readRow(set: IndicatorSet, raw: unknown, index: number, locale: DisplayLocale): ReadRow {
  // A row that cannot be read (a getter that throws, a proxy) is reported at its place, not thrown.
  const unreadableRow = findUnreadable(raw, locale, ['rows', index]);
  if (unreadableRow !== undefined) {
    const row = emptyRow('');
    row.issues = [unreadableRow];
    return { row, printed: null, indicator: null, precision: 0 };
  }
  const parsed = reportedRowSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const row = emptyRow(
      typeof (raw as { code?: unknown } | null)?.code === 'string' ? (raw as { code: string }).code : '',
    );
    row.issues = describeIssues(parsed.error, locale, { pathPrefix: ['rows', index] });
    return { row, printed: null, indicator: null, precision: 0 };
  }
  const { code } = parsed.data;
  const row = emptyRow(code);
  const indicator = set.indicators.find((candidate) => candidate.code === code);
  if (indicator === undefined) {
    const message = reconcileMessages.unknownIndicator(code, locale);
    row.issues.push({ path: formatPath(['rows', index, 'code']), code: 'unknown-indicator', message });
    row.messages.push(message);
    return { row, printed: null, indicator: null, precision: 0 };
  }
  row.title = pickText(indicator.title, locale);
  row.kind = indicator.kind;
  if (indicator.kind !== 'share') {
    row.status = 'not-a-share';
    row.printedValue = readPrintedValue(parsed.data.count ?? parsed.data.percent, locale);
    row.messages.push(reconcileMessages.notAShare(locale));
    return { row, printed: null, indicator: null, precision: 0 };
  }
  row.populationId = indicator.population;

  const unreadable = (field: 'count' | 'percent' | 'population', printed: unknown) => {
    const message = reconcileMessages.unreadable(field, printed, locale);
    row.issues.push({
      path: formatPath(['rows', index, field]),
      code: 'unreadable-number',
      message,
      indicatorCode: code,
    });
  };
  const count = parsePrintedCount(parsed.data.count);
  if (count === undefined) unreadable('count', parsed.data.count);
  const printed = parsePrintedPercent(parsed.data.percent);
  if (printed === undefined) unreadable('percent', parsed.data.percent);
  const statedPopulation = parsePrintedCount(parsed.data.population);
  if (statedPopulation === undefined) unreadable('population', parsed.data.population);
  if (row.issues.length > 0) {
    row.messages.push(...row.issues.map((issue) => issue.message));
    return { row, printed: null, indicator, precision: indicator.precision };
  }

  row.count = count ?? null;
  row.statedPopulation = statedPopulation ?? null;
  const precision = Math.max(indicator.precision, printed?.decimals ?? 0);
  if (printed !== null && printed !== undefined) {
    row.stated = {
      text: percentText(printed.scaled, printed.decimals, locale),
      percent: printed.value,
      decimals: printed.decimals,
    };
    if (row.count !== null) {
      // A report drops trailing zeros («100%» in a table of tenths), so the printed value is read at `precision`.
      row.impliedPopulation = impliedPopulations(
        row.count,
        printed.scaled * 10 ** (precision - printed.decimals),
        precision,
      );
      row.messages.push(reconcileMessages.implied(row.count, row.stated.text, row.impliedPopulation, locale));
    }
  }
  row.status = 'unverifiable';
  return { row, printed: printed ?? null, indicator, precision };
}

/**
 * The size rows over one population are checked against: given in the options, else the size
 * most rows state, else the one most rows' printed percentages fit (the smallest on a tie).
 */
function populationSize(
  members: readonly ReadRow[],
  given: number | undefined,
): { value: number | null; source: PopulationSource | null } {
  if (given !== undefined) return { value: given, source: 'given' };
  const stated = new Map<number, number>();
  for (const { row } of members)
    if (row.statedPopulation !== null)
      stated.set(row.statedPopulation, (stated.get(row.statedPopulation) ?? 0) + 1);
  if (stated.size > 0) {
    const [value] = [...stated].sort(([a, countA], [b, countB]) => countB - countA || a - b)[0] ?? [];
    if (value !== undefined) return { value, source: 'stated' };
  }
  const ranges = members
    .map((entry) => entry.row.impliedPopulation)
    .filter((range): range is PopulationRange => range !== null);
  let best: number | null = null;
  let bestCover = 0;
  // The best-covered population is always some range's smallest end.
  for (const candidate of ranges.map((range) => range.smallest).sort((a, b) => a - b)) {
    const cover = ranges.filter((range) => rangeContains(range, candidate)).length;
    if (cover > bestCover) {
      best = candidate;
      bestCover = cover;
    }
  }
  return best === null ? { value: null, source: null } : { value: best, source: 'inferred' };
}

/** Recomputes a row's percentage with its population and says whether the printed one matches. */
function checkRow(
  entry: ReadRow,
  groupValue: number | null,
  groupSource: PopulationSource | null,
  locale: DisplayLocale,
): void {
  const { row, printed, indicator } = entry;
  if (indicator === null || row.issues.length > 0) return;
  const population =
    row.statedPopulation !== null
      ? { value: row.statedPopulation, source: 'stated' as const }
      : groupValue !== null && groupSource !== null
        ? { value: groupValue, source: groupSource }
        : null;
  row.population = population;
  if (groupValue !== null) {
    if (row.statedPopulation !== null && row.statedPopulation !== groupValue) {
      row.populationConflict = true;
      row.messages.push(reconcileMessages.statedPopulationConflict(row.statedPopulation, groupValue, locale));
    } else if (row.impliedPopulation !== null && !rangeContains(row.impliedPopulation, groupValue)) {
      row.populationConflict = true;
      row.messages.push(reconcileMessages.populationConflict(row.impliedPopulation, groupValue, locale));
    } else if (row.impliedPopulation === null && printed !== null && row.count !== null) {
      // No population at all gives this percentage: it cannot agree with the others (the message is already there).
      row.populationConflict = true;
    }
  }
  if (row.count === null || printed === null) {
    row.status = 'unverifiable';
    row.messages.push(reconcileMessages.notStated(row.count === null ? 'count' : 'percent', locale));
    return;
  }
  if (population === null || population.value === 0) {
    row.status = 'unverifiable';
    row.messages.push(reconcileMessages.unverifiable(locale));
    return;
  }
  if (row.count > population.value) {
    row.status = 'mismatch';
    row.messages.push(reconcileMessages.countAbovePopulation(row.count, population.value, locale));
    return;
  }
  const share = computeShare(row.count, population.value, { precision: entry.precision, locale });
  const display = share.display ?? '';
  row.recomputed = { percent: share.percent ?? 0, display, precision: entry.precision };
  const stated = printed.scaled * 10 ** (entry.precision - printed.decimals);
  if (scaledPercentHalfUp(row.count, population.value, entry.precision) === stated) {
    row.status = 'ok';
    row.messages.push(reconcileMessages.matches(row.count, population.value, display, locale));
    return;
  }
  row.status = 'mismatch';
  row.explanation = explainMismatch(row.count, population.value, printed, indicator.precision);
  row.messages.push(
    reconcileMessages.mismatch(row.stated?.text ?? '', row.count, population.value, display, locale),
    reconcileMessages.explanation(row.explanation, locale),
  );
}
