import type { DisplayLocale } from '../share/index.js';
import type { Issue } from './issue.js';
import { toDisplayLocale } from '../text/locale.js';

/** A message in both languages of the SDK. */
export interface ArgumentMessages {
  ru: string;
  en: string;
}

/**
 * The one error the core throws (ошибка в аргументе функции): a function was called with an
 * argument it cannot work with. `message` is Russian; `messages.en` is the English text.
 * Functions that read untrusted data (forms, files) never throw it: they return issues instead.
 */
export class ShnroArgumentError extends Error {
  override readonly name = 'ShnroArgumentError';
  /** A stable kebab-case code: `invalid-argument`, `not-whole-count`, `count-above-population`, … */
  readonly code: string;
  /** The function that refused the argument: `computeShare`. */
  readonly functionName: string;
  /** The argument and the place inside it: `numerator`, `iom.items[2].deadline`. */
  readonly argument: string;
  /** The message in Russian and English. */
  readonly messages: ArgumentMessages;
  /** What is wrong inside the argument, field by field, when it is an object (Russian). */
  readonly issues: readonly Issue[];

  constructor(options: {
    functionName: string;
    argument: string;
    code: string;
    messages: ArgumentMessages;
    issues?: readonly Issue[];
  }) {
    super(options.messages.ru);
    this.functionName = options.functionName;
    this.argument = options.argument;
    this.code = options.code;
    this.messages = options.messages;
    this.issues = options.issues ?? [];
  }

  /** The message in the requested language; Russian for any tag but English. */
  messageIn(locale: DisplayLocale): string {
    return this.messages[toDisplayLocale(locale)];
  }
}

/** Throws `ShnroArgumentError` for `argument` of `functionName`. */
export function refuseArgument(
  functionName: string,
  argument: string,
  code: string,
  messages: ArgumentMessages,
  issues?: readonly Issue[],
): never {
  throw new ShnroArgumentError({ functionName, argument, code, messages, ...(issues ? { issues } : {}) });
}

/** A short rendering of an argument for a message; never throws, whatever the value. */
export function showArgument(value: unknown): string {
  try {
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      return String(value);
    if (typeof value === 'string') return `«${value.length > 40 ? `${value.slice(0, 37)}…` : value}»`;
    if (value === null || value === undefined) return String(value);
    if (Array.isArray(value)) return 'список';
    return typeof value === 'object' ? 'объект' : typeof value;
  } catch {
    return 'нечитаемое значение';
  }
}

/**
 * Copies the options object of `functionName`, refusing anything but an object (or `undefined`)
 * and options whose reading throws (a getter, a proxy), so the function never trips over them.
 */
export function readOptions<T extends object>(functionName: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  try {
    if (typeof options === 'object' && options !== null && !Array.isArray(options)) return { ...options };
  } catch {
    // Falls through to the refusal below.
  }
  return refuseArgument(functionName, 'options', 'invalid-options', {
    ru: `${functionName}: «options» должно быть объектом с полями настроек, а указано ${showArgument(options)}.`,
    en: `${functionName}: "options" must be an object of settings; got ${showArgument(options)}.`,
  });
}
