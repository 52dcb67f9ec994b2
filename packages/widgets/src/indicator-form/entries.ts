import {
  formatPath,
  indicatorName,
  type CountsInput,
  type IndicatorAnswer,
  type IndicatorDefinition,
  type IndicatorSet,
  type Issue,
} from '@shnro/core';
import { formatMessage, type WidgetLocale } from '../shared/localize.js';
import { readTypedNumber } from '../shared/typed-number.js';
import { indicatorFormMessages } from './messages.js';

/**
 * What the person typed, exactly as typed, by field key: «12,5» and «abc» are kept, never
 * converted away. A presence holds `yes`, `no` or an empty string.
 */
export type IndicatorFormEntries = Record<string, string>;

/** The role of a field within its indicator. */
export type FieldRole = 'presence' | 'count' | 'numerator' | 'denominator';

/** One input of the form. */
export interface FormField {
  /** The core's issue path for this field (`answers["1.5"].numerator`), so issues map exactly. */
  readonly key: string;
  readonly code: string;
  readonly role: FieldRole;
}

/** The field key of an indicator's field: the path the core's issues name it by. */
export function fieldKey(code: string, role: FieldRole): string {
  return role === 'numerator' || role === 'denominator'
    ? formatPath(['answers', code, role])
    : formatPath(['answers', code]);
}

/** The fields an indicator asks for: yes/no, a count, or a count and its population. */
export function fieldsOf(indicator: IndicatorDefinition): FormField[] {
  const field = (role: FieldRole): FormField => ({
    key: fieldKey(indicator.code, role),
    code: indicator.code,
    role,
  });
  if (indicator.kind === 'presence') return [field('presence')];
  if (indicator.kind === 'count') return [field('count')];
  return [field('numerator'), field('denominator')];
}

/** Every field of a set, in the set's order. */
export function fieldsOfSet(set: IndicatorSet): FormField[] {
  return set.indicators.flatMap(fieldsOf);
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * The entries that show `input` (or nothing) with known population sizes prefilled. A share's
 * population comes from its own answer, else from the input's `populations`, else from
 * `known` (the host's); a number that is not right is kept for the core to name.
 */
export function entriesFromInput(
  set: IndicatorSet,
  input: CountsInput | undefined,
  known: Readonly<Record<string, number>> | undefined,
): IndicatorFormEntries {
  const entries: IndicatorFormEntries = {};
  const answers: Record<string, unknown> = input?.answers ?? {};
  for (const indicator of set.indicators) {
    const answer = answers[indicator.code];
    switch (indicator.kind) {
      case 'presence':
        entries[fieldKey(indicator.code, 'presence')] =
          answer === true ? 'yes' : answer === false ? 'no' : text(answer);
        break;
      case 'count':
        entries[fieldKey(indicator.code, 'count')] = text(answer);
        break;
      case 'share': {
        const pair =
          typeof answer === 'object' && answer !== null
            ? (answer as { numerator?: unknown; denominator?: unknown })
            : { numerator: answer };
        entries[fieldKey(indicator.code, 'numerator')] = text(pair.numerator);
        entries[fieldKey(indicator.code, 'denominator')] = text(
          pair.denominator ?? input?.populations?.[indicator.population] ?? known?.[indicator.population],
        );
      }
    }
  }
  // Answers to codes the set does not have are kept (nothing given is dropped) but not shown.
  for (const [code, answer] of Object.entries(answers)) {
    if (!set.indicators.some((indicator) => indicator.code === code))
      entries[fieldKey(code, 'count')] = typeof answer === 'object' ? JSON.stringify(answer) : text(answer);
  }
  return entries;
}

/** Fills the empty population fields from known sizes; never touches what was typed. */
export function prefillPopulations(
  set: IndicatorSet,
  entries: IndicatorFormEntries,
  known: Readonly<Record<string, number>> | undefined,
): IndicatorFormEntries {
  if (!known) return entries;
  let changed: IndicatorFormEntries | undefined;
  for (const indicator of set.indicators) {
    if (indicator.kind !== 'share') continue;
    const key = fieldKey(indicator.code, 'denominator');
    const size = known[indicator.population];
    if ((entries[key] ?? '') === '' && size !== undefined) {
      changed ??= { ...entries };
      changed[key] = String(size);
    }
  }
  return changed ?? entries;
}

/** The counts input the entries give, and the entries that are no number or choice at all. */
export interface BuiltInput {
  /** What the core computes: answers only, each share with its own population. */
  readonly input: CountsInput;
  /** Problems of entries that could not be read, by field key, each naming its indicator. */
  readonly unreadable: ReadonlyMap<string, Issue>;
}

/**
 * Converts the typed text into the core's counts input. Reading numbers is the widget's job;
 * every rule on them (whole, non-negative, within the population) is left to the core. An
 * indicator with an unreadable field is left out of the input, and the problem says why.
 */
export function buildCountsInput(
  set: IndicatorSet,
  entries: IndicatorFormEntries,
  locale: WidgetLocale,
): BuiltInput {
  const answers: Record<string, IndicatorAnswer> = {};
  const unreadable = new Map<string, Issue>();
  const messages = indicatorFormMessages[locale];

  const number = (indicator: IndicatorDefinition, role: FieldRole): number | null | undefined => {
    const key = fieldKey(indicator.code, role);
    const typed = readTypedNumber(entries[key] ?? '');
    if (typed.kind === 'empty') return null;
    if (typed.kind === 'number') return typed.value;
    unreadable.set(key, {
      path: key,
      code: 'not-a-number',
      indicatorCode: indicator.code,
      message: formatMessage(messages.notANumber, {
        name: indicatorName(indicator, locale),
        text: typed.text,
      }),
    });
    return undefined;
  };

  for (const indicator of set.indicators) {
    switch (indicator.kind) {
      case 'presence': {
        const key = fieldKey(indicator.code, 'presence');
        const raw = entries[key] ?? '';
        if (raw === 'yes' || raw === 'no') answers[indicator.code] = raw === 'yes';
        else if (raw !== '')
          unreadable.set(key, {
            path: key,
            code: 'not-a-choice',
            indicatorCode: indicator.code,
            message: formatMessage(messages.notAChoice, {
              name: indicatorName(indicator, locale),
              text: raw,
            }),
          });
        break;
      }
      case 'count': {
        const count = number(indicator, 'count');
        if (typeof count === 'number') answers[indicator.code] = count;
        break;
      }
      case 'share': {
        // Both fields are read, so both can carry their own message.
        const numerator = number(indicator, 'numerator');
        const denominator = number(indicator, 'denominator');
        if (typeof numerator !== 'number' || denominator === undefined) break;
        answers[indicator.code] = denominator === null ? { numerator } : { numerator, denominator };
      }
    }
  }
  return { input: { kind: 'counts', answers }, unreadable };
}
