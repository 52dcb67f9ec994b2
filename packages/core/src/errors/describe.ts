import type * as z from 'zod/mini';
import type { DisplayLocale } from '../share/index.js';
import type { Issue } from './issue.js';
import { labelForPath } from './labels.js';
import { formatPath } from './path.js';
import { quote, showValue } from './quote.js';
import { describeValue } from './value-labels.js';
import { isMissingValue, messageForZodIssue } from './zod-messages.js';
import { toDisplayLocale } from '../text/locale.js';

type ZodIssue = z.core.$ZodIssue;

/** Options of `describeIssues`. */
export interface DescribeOptions {
  /** Prepended to every path, e.g. `['schools', 3]` when one record was parsed alone. */
  pathPrefix?: readonly PropertyKey[];
  /** Added to every issue (the calculator names the indicator concerned). */
  indicatorCode?: string;
}

/**
 * Turns a zod error into issues a methodologist can act on: each with the path of the field
 * (`schools[3].categories[0]`), a kebab-case code and a sentence in Russian (or English),
 * never a stack trace. Unions are unfolded to the variant the input was meant to be.
 */
export function describeIssues(
  error: z.core.$ZodError | readonly ZodIssue[],
  requested: DisplayLocale = 'ru',
  options: DescribeOptions = {},
): Issue[] {
  const locale = toDisplayLocale(requested);
  const issues = 'issues' in error ? error.issues : error;
  const out: Issue[] = [];
  for (const issue of issues) walk(issue, options.pathPrefix ?? [], locale, out);
  if (options.indicatorCode !== undefined)
    for (const issue of out) issue.indicatorCode = options.indicatorCode;
  return out;
}

function push(out: Issue[], path: readonly PropertyKey[], code: string, message: string): void {
  out.push({ path: formatPath(path), code, message });
}

function walk(issue: ZodIssue, prefix: readonly PropertyKey[], locale: DisplayLocale, out: Issue[]): void {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'invalid_union':
      return walkUnion(issue, path, locale, out);
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        push(
          out,
          keyPath,
          'unrecognized-key',
          messageForZodIssue(issue, labelForPath(keyPath, locale), locale),
        );
      }
      return;
    case 'invalid_key': {
      const name = showValue(path[path.length - 1]);
      const message =
        locale === 'ru'
          ? `Имя ${quote(name, locale)} в неверном формате: ожидается латинский идентификатор, например hasIom.`
          : `The name ${quote(name, locale)} has the wrong format: expected a Latin identifier such as hasIom.`;
      push(out, path, 'invalid-key', message);
      return;
    }
    case 'custom': {
      const reason = issue.params?.['reason'];
      push(
        out,
        path,
        typeof reason === 'string' ? reason : 'custom',
        messageForZodIssue(issue, labelForPath(path, locale), locale),
      );
      return;
    }
    default:
      push(
        out,
        path,
        issue.code.replace(/_/g, '-'),
        messageForZodIssue(issue, labelForPath(path, locale), locale),
      );
  }
}

type UnionIssue = Extract<ZodIssue, { code: 'invalid_union' }>;

function walkUnion(
  issue: UnionIssue,
  path: readonly PropertyKey[],
  locale: DisplayLocale,
  out: Issue[],
): void {
  // A discriminated union whose discriminator (e.g. `kind`) has an unknown value: zod's path already ends with it.
  if (issue.errors.length === 0 && issue.discriminator !== undefined) {
    const given = isRecord(issue.input) ? issue.input[issue.discriminator] : undefined;
    const allowed = (('options' in issue ? issue.options : undefined) ?? []).map((value) =>
      describeValue(value, locale),
    );
    const field = quote(labelForPath(path, locale), locale);
    const message =
      given === undefined
        ? locale === 'ru'
          ? `Поле ${field} обязательно, но не заполнено. Допустимые значения: ${allowed.join('; ')}.`
          : `Field ${field} is required but missing. Allowed values: ${allowed.join('; ')}.`
        : locale === 'ru'
          ? `Поле ${field}: недопустимое значение ${quote(showValue(given), locale)}. Допустимые значения: ${allowed.join('; ')}.`
          : `Field ${field}: invalid value ${quote(showValue(given), locale)}. Allowed values: ${allowed.join('; ')}.`;
    push(out, path, given === undefined ? 'invalid-type' : 'invalid-value', message);
    return;
  }
  const branch = intendedBranch(issue.errors);
  if (branch !== undefined) {
    for (const inner of branch) walk(inner, path, locale, out);
    return;
  }
  push(out, path, 'invalid-union', unknownFormMessage(issue.errors, path, locale));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How far a union variant is from the input at the union's own level: a wrong type weighs
 * most, each unknown or missing key one. Problems deeper down mean the variant was meant.
 */
function distance(branch: readonly ZodIssue[]): number {
  let score = 0;
  for (const issue of branch) {
    if (issue.path.length === 0) {
      if (issue.code === 'invalid_type') score += 2;
      else if (issue.code === 'unrecognized_keys') score += issue.keys.length;
      else score += 1;
    } else if (issue.path.length === 1 && isMissingValue(issue)) {
      score += 1;
    }
  }
  return score;
}

/** The variant the input was most likely meant to be, when one stands out; otherwise none. */
function intendedBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  let best: readonly ZodIssue[] | undefined;
  let bestScore = Infinity;
  let tie = false;
  for (const branch of branches) {
    const score = distance(branch);
    if (score < bestScore) {
      best = branch;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

/**
 * The message for an input that fits no variant: names the keys nobody expects and lists
 * the keys each variant is written with (for conditions: category, role, flag, …).
 */
function unknownFormMessage(
  branches: readonly (readonly ZodIssue[])[],
  path: readonly PropertyKey[],
  locale: DisplayLocale,
): string {
  const expectedKeys: string[] = [];
  let unknownKeys: Set<string> | undefined;
  for (const branch of branches) {
    const missing = branch
      .filter((issue) => issue.path.length === 1 && isMissingValue(issue))
      .map((issue) => String(issue.path[0]));
    if (missing.length > 0) {
      const form = missing.join(' + ');
      if (!expectedKeys.includes(form)) expectedKeys.push(form);
    }
    for (const issue of branch) {
      if (issue.path.length === 0 && issue.code === 'unrecognized_keys') {
        const keys = new Set(issue.keys);
        unknownKeys =
          unknownKeys === undefined ? keys : new Set([...unknownKeys].filter((key) => keys.has(key)));
      }
    }
  }
  const field = quote(labelForPath(path, locale), locale);
  const unknown = [...(unknownKeys ?? [])];
  const ru = locale === 'ru';
  let message = ru
    ? `Поле ${field}: значение не подходит ни под один допустимый вариант.`
    : `Field ${field}: the value matches none of the allowed forms.`;
  if (unknown.length > 0) {
    const keys = unknown.map((key) => quote(key, locale)).join(', ');
    message = ru ? `Поле ${field}: неизвестный ключ ${keys}.` : `Field ${field}: unknown key ${keys}.`;
  }
  if (expectedKeys.length > 0) {
    message += ru
      ? ` Ожидается ровно один из вариантов: ${expectedKeys.join(', ')}.`
      : ` Expected exactly one of: ${expectedKeys.join(', ')}.`;
  }
  return message;
}
