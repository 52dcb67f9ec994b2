import fc from 'fast-check';
import { ShnroArgumentError } from '../../src/errors/argument-error.js';
import { materialize } from './hostile.js';

/** One public entry point of the core and how to call it with generated arguments. */
export interface FuzzTarget {
  /** The entry point as the table prints it: `parseDeadline`, `parseOrExplain(iomSchema)`. */
  name: string;
  args: fc.Arbitrary<unknown[]>;
  call: (args: unknown[]) => unknown;
  /** A problem with a returned result, in words, or `undefined` when it is fine. */
  check?: (result: unknown, args: unknown[]) => string | undefined;
  /** Cases in the fixed-seed CI share; `pnpm fuzz` runs ten times as many. Costly entry points get fewer. */
  ciCases: number;
}

/** What one entry point did with its cases. */
export interface FuzzRow {
  name: string;
  cases: number;
  /** Cases that threw something other than `ShnroArgumentError`, returned a broken result or took over a second. */
  failures: number;
  /** Cases refused with the documented `ShnroArgumentError` (not failures). */
  refused: number;
  /** The first failure, described. */
  firstFailure?: string;
  milliseconds: number;
}

// Generous: the machine is shared, and a GC pause must not fail CI; a hang or exponential blow-up still shows.
const slowCase = 2_500;

/** Why a thrown value breaks the contract, or `undefined` when it is a proper `ShnroArgumentError`. */
function thrownProblem(error: unknown): string | undefined {
  if (!(error instanceof ShnroArgumentError)) {
    const name = error instanceof Error ? error.constructor.name : typeof error;
    const message = error instanceof Error ? error.message : '';
    return `threw ${name}: ${message.slice(0, 160)}`;
  }
  if (!/[а-яё]/i.test(error.message))
    return `ShnroArgumentError without Russian: ${error.message.slice(0, 120)}`;
  if (!error.messages.en) return 'ShnroArgumentError without English';
  if (!/^[a-z]+(-[a-z0-9]+)*$/.test(error.code))
    return `ShnroArgumentError code «${error.code}» is not kebab-case`;
  if (!error.argument) return 'ShnroArgumentError names no argument';
  return undefined;
}

/** Scans a result (bounded) for signs of a bug: an SDK fault reported as an issue, «Na,N», «[object Object]». */
export function resultProblem(result: unknown): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: result, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited < 20_000) {
    const { value, depth } = stack.pop()!;
    visited += 1;
    if (typeof value === 'string') {
      if (value.includes('Na,N') || value.includes('NaN%')) return `printed «${value.slice(0, 80)}»`;
      if (value.includes('[object Object]')) return `printed «[object Object]» in «${value.slice(0, 80)}»`;
      continue;
    }
    if (typeof value !== 'object' || value === null || depth > 30) continue;
    if ((value as { code?: unknown }).code === 'check-failed')
      return 'an issue says the SDK failed (check-failed)';
    for (const item of Object.values(value)) stack.push({ value: item, depth: depth + 1 });
  }
  return undefined;
}

function describeArgs(args: unknown[]): string {
  return args
    .map((arg) => {
      try {
        const text = JSON.stringify(arg, (_key, value: unknown) =>
          typeof value === 'bigint'
            ? `${value}n`
            : typeof value === 'number' && !Number.isFinite(value)
              ? String(value)
              : value,
        );
        return text === undefined ? String(arg) : text.length > 200 ? `${text.slice(0, 197)}…` : text;
      } catch {
        return '<unprintable>';
      }
    })
    .join(', ');
}

/** Runs `cases` generated calls of one entry point from `seed` and counts what went wrong. */
export function runTarget(target: FuzzTarget, seed: number, cases: number): FuzzRow {
  const row: FuzzRow = { name: target.name, cases: 0, failures: 0, refused: 0, milliseconds: 0 };
  const started = performance.now();
  fc.check(
    fc.property(target.args, (args) => {
      row.cases += 1;
      const before = performance.now();
      let problem: string | undefined;
      try {
        const result = target.call(materialize(args) as unknown[]);
        problem = target.check?.(result, args) ?? resultProblem(result);
      } catch (error) {
        problem = thrownProblem(error);
        if (problem === undefined) row.refused += 1;
      }
      const took = performance.now() - before;
      if (problem === undefined && took > slowCase) problem = `took ${Math.round(took)} ms`;
      if (problem !== undefined) {
        row.failures += 1;
        row.firstFailure ??= `${problem}\n    with (${describeArgs(args)})`;
      }
      return true;
    }),
    { seed, numRuns: cases, endOnFailure: true },
  );
  row.milliseconds = Math.round(performance.now() - started);
  return row;
}

/** The table `pnpm fuzz` prints: cases and failures per entry point. */
export function formatTable(rows: readonly FuzzRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length), 'entry point'.length);
  const line = (name: string, cases: string, refused: string, failures: string, ms: string) =>
    `${name.padEnd(width)}  ${cases.padStart(8)}  ${refused.padStart(8)}  ${failures.padStart(8)}  ${ms.padStart(8)}`;
  const total = rows.reduce(
    (sum, row) => ({
      cases: sum.cases + row.cases,
      refused: sum.refused + row.refused,
      failures: sum.failures + row.failures,
      ms: sum.ms + row.milliseconds,
    }),
    { cases: 0, refused: 0, failures: 0, ms: 0 },
  );
  return [
    line('entry point', 'cases', 'refused', 'failures', 'ms'),
    line('-'.repeat(width), '--------', '--------', '--------', '--------'),
    ...rows.map((row) =>
      line(row.name, String(row.cases), String(row.refused), String(row.failures), String(row.milliseconds)),
    ),
    line('-'.repeat(width), '--------', '--------', '--------', '--------'),
    line(
      `total (${rows.length} entry points)`,
      String(total.cases),
      String(total.refused),
      String(total.failures),
      String(total.ms),
    ),
  ].join('\n');
}
