import { safeParse, type core } from 'zod/mini';
import type { DisplayLocale } from '../share/index.js';
import { describeIssues } from './describe.js';
import type { ParseResult } from './issue.js';
import { toDisplayLocale } from '../text/locale.js';
import { unreadableInput } from './unreadable.js';

/** Options of `parseOrExplain`. */
export interface ParseOptions {
  locale?: DisplayLocale;
  /** Prepended to every issue path, e.g. `['schools']` when a list is parsed alone. */
  pathPrefix?: readonly PropertyKey[];
}

/**
 * Parses untrusted input (JSON from a form, a file, another system) with a schema and returns
 * either the value or issues with Russian (or English) messages and field paths (any zod 4
 * schema: the core's zod/mini ones or classic ones). Never throws
 * for bad input: data that cannot even be read (a getter that throws, a proxy, nesting deeper
 * than `maxInputDepth`) comes back as an issue at its place too.
 */
export function parseOrExplain<S extends core.$ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): ParseResult<core.output<S>> {
  const locale = toDisplayLocale(options.locale);
  const prefix = options.pathPrefix ?? [];
  try {
    // reportInput keeps the offending value in each issue, so messages can quote it.
    const result = safeParse(schema, input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    const describeOptions = options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix };
    return { ok: false, issues: describeIssues(result.error, locale, describeOptions) };
  } catch {
    // zod reads getters and recurses into lazy schemas: hostile input makes it throw, not fail.
    return { ok: false, issues: [unreadableInput(input, locale, prefix)] };
  }
}
