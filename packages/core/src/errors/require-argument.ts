import type * as z from 'zod/mini';
import { refuseArgument } from './argument-error.js';
import { parseOrExplain } from './parse.js';

// Apart from `argument-error.ts` on purpose: `computeShare` throws `ShnroArgumentError` without
// pulling the message machinery of `parseOrExplain` into its bundle (size budget).

/**
 * Checks a typed argument against its schema and leaves it as it is (no trimming, no copy), or
 * throws `ShnroArgumentError` naming the function, the argument and the first problem.
 */
export function assertArgument<S extends z.core.$ZodType>(
  functionName: string,
  argument: string,
  schema: S,
  value: unknown,
): asserts value is z.output<S> {
  requireArgument(functionName, argument, schema, value);
}

/**
 * Checks a typed argument against its schema and returns the parsed value, or throws
 * `ShnroArgumentError` whose message names the function, the argument and the first problem.
 */
export function requireArgument<S extends z.core.$ZodType>(
  functionName: string,
  argument: string,
  schema: S,
  value: unknown,
): z.output<S> {
  const parsed = parseOrExplain(schema, value, { pathPrefix: [argument] });
  if (parsed.ok) return parsed.value;
  const english = parseOrExplain(schema, value, { pathPrefix: [argument], locale: 'en' });
  const first = parsed.issues[0];
  const firstEn = english.ok ? undefined : english.issues[0];
  const more = parsed.issues.length - 1;
  refuseArgument(
    functionName,
    first?.path || argument,
    first?.code ?? 'invalid-argument',
    {
      ru:
        `${functionName}: аргумент «${argument}» не подходит. ${first?.message ?? ''}` +
        (more > 0 ? ` (и ещё замечаний: ${more})` : ''),
      en:
        `${functionName}: the argument "${argument}" is not valid. ${firstEn?.message ?? ''}` +
        (more > 0 ? ` (and ${more} more)` : ''),
    },
    parsed.issues,
  );
}
