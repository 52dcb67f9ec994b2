import type * as z from 'zod/mini';
import type { DisplayLocale } from '../share/index.js';
import { quote, showValue } from './quote.js';
import { describeValue } from './value-labels.js';

type ZodIssue = z.core.$ZodIssue;

const expectedNames: Record<string, { ru: string; en: string }> = {
  string: { ru: 'текст', en: 'text' },
  number: { ru: 'число', en: 'a number' },
  int: { ru: 'целое число', en: 'a whole number' },
  boolean: { ru: 'да или нет (true/false)', en: 'yes or no (true/false)' },
  array: { ru: 'список', en: 'a list' },
  object: { ru: 'объект с полями', en: 'an object with fields' },
  record: { ru: 'объект с полями', en: 'an object with fields' },
  null: { ru: 'пустое значение (null)', en: 'null' },
};

/** What a format check expects, in words: a date for `date`, a link for `url`, an identifier otherwise. */
function expectedFormat(format: string, locale: DisplayLocale): string {
  const ru = locale === 'ru';
  switch (format) {
    case 'date':
      return ru
        ? 'существующая дата ГГГГ-ММ-ДД, например 2023-09-01'
        : 'an existing date YYYY-MM-DD, such as 2023-09-01';
    case 'url':
      return ru ? 'адрес ссылки, например https://example.ru/doc' : 'a link such as https://example.ru/doc';
    case 'email':
      return ru ? 'адрес электронной почты' : 'an e-mail address';
    default:
      return ru ? 'латинский идентификатор, например hasIom' : 'a Latin identifier such as hasIom';
  }
}

/** How a message names the type of a received value. */
function receivedName(value: unknown, locale: DisplayLocale): string {
  const ru = locale === 'ru';
  if (value === null) return ru ? 'пустое значение (null)' : 'null';
  if (Array.isArray(value)) return ru ? 'список' : 'a list';
  switch (typeof value) {
    case 'string':
      return ru ? `текст ${quote(showValue(value), locale)}` : `text ${quote(showValue(value), locale)}`;
    case 'number':
      // NaN and Infinity are numbers to JavaScript but not to a person: name them for what they are.
      if (Number.isNaN(value)) return ru ? 'нечисловое значение (NaN)' : 'a non-number (NaN)';
      if (!Number.isFinite(value))
        return ru
          ? `бесконечность (${value > 0 ? '' : '-'}Infinity)`
          : `infinity (${value > 0 ? '' : '-'}Infinity)`;
      return ru ? `число ${showValue(value).replace('.', ',')}` : `the number ${showValue(value)}`;
    case 'boolean':
      return ru ? `логическое значение ${String(value)}` : `the boolean ${String(value)}`;
    case 'object':
      return ru ? 'объект' : 'an object';
    default:
      return typeof value;
  }
}

/**
 * Whether an `invalid_type` issue means the field is absent. zod keeps the input only when
 * asked to (`reportInput`); without it, its own message says «received undefined».
 */
export function isMissingValue(issue: ZodIssue): boolean {
  // A missing field typed «one value or a list» fails as a union; every variant saw the same
  // input, so one variant reporting «received undefined» means the field is absent.
  if (issue.code === 'invalid_union') {
    return issue.errors.some((branch) =>
      branch.some((inner) => inner.path.length === 0 && isMissingValue(inner)),
    );
  }
  if (issue.code !== 'invalid_type') return false;
  if ('input' in issue && issue.input !== undefined) return false;
  return 'input' in issue || /received undefined/.test(issue.message);
}

function hasInput(issue: ZodIssue): boolean {
  return 'input' in issue && issue.input !== undefined;
}

function bound(value: number | bigint, locale: DisplayLocale): string {
  return locale === 'ru' ? String(value).replace('.', ',') : String(value);
}

/**
 * One sentence for one zod issue (unions and unknown keys are unfolded by `describeIssues`
 * before they get here). `field` is the field's name, already resolved from the path.
 */
export function messageForZodIssue(issue: ZodIssue, field: string, locale: DisplayLocale): string {
  const ru = locale === 'ru';
  const subject = ru ? `Поле ${quote(field, locale)}` : `Field ${quote(field, locale)}`;
  switch (issue.code) {
    case 'invalid_type': {
      if (isMissingValue(issue))
        return ru ? `${subject} обязательно, но не заполнено.` : `${subject} is required but missing.`;
      const nonFinite = typeof issue.input === 'number' && !Number.isFinite(issue.input);
      const expected = nonFinite
        ? ru
          ? 'конечное число'
          : 'a finite number'
        : (expectedNames[issue.expected]?.[locale] ?? issue.expected);
      const received = hasInput(issue) ? receivedName(issue.input, locale) : undefined;
      if (ru) return `${subject}: ожидается ${expected}${received ? `, а указано ${received}` : ''}.`;
      return `${subject}: expected ${expected}${received ? `, got ${received}` : ''}.`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => describeValue(value, locale)).join('; ');
      const given = hasInput(issue) ? ` ${quote(showValue(issue.input), locale)}` : '';
      if (issue.values.length === 1) {
        return ru
          ? `${subject}: недопустимое значение${given}; ожидается ${describeValue(issue.values[0], locale)}.`
          : `${subject}: invalid value${given}; expected ${describeValue(issue.values[0], locale)}.`;
      }
      return ru
        ? `${subject}: недопустимое значение${given}. Допустимые значения: ${allowed}.`
        : `${subject}: invalid value${given}. Allowed values: ${allowed}.`;
    }
    case 'too_small': {
      const min = bound(issue.minimum, locale);
      if (issue.origin === 'string') {
        return ru ? `${subject} не может быть пустым.` : `${subject} cannot be empty.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return ru
          ? `${subject}: список должен содержать не меньше ${min} ${Number(issue.minimum) === 1 ? 'элемента' : 'элементов'}.`
          : `${subject}: the list needs at least ${min} item${Number(issue.minimum) === 1 ? '' : 's'}.`;
      }
      return ru
        ? `${subject}: значение должно быть ${issue.inclusive === false ? 'больше' : 'не меньше'} ${min}.`
        : `${subject}: the value must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${min}.`;
    }
    case 'too_big': {
      const max = bound(issue.maximum, locale);
      if (issue.origin === 'string') {
        return ru
          ? `${subject}: текст длиннее ${max} знаков.`
          : `${subject}: the text is longer than ${max} characters.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return ru
          ? `${subject}: в списке больше ${max} элементов.`
          : `${subject}: the list has more than ${max} items.`;
      }
      return ru
        ? `${subject}: значение должно быть ${issue.inclusive === false ? 'меньше' : 'не больше'} ${max}.`
        : `${subject}: the value must be ${issue.inclusive === false ? 'less than' : 'at most'} ${max}.`;
    }
    case 'invalid_format': {
      const given = hasInput(issue) ? ` ${quote(showValue(issue.input), locale)}` : '';
      const expected = expectedFormat(issue.format, locale);
      return ru
        ? `${subject}: значение${given} в неверном формате (ожидается ${expected}).`
        : `${subject}: the value${given} has the wrong format (expected ${expected}).`;
    }
    case 'not_multiple_of':
      return ru
        ? `${subject}: значение должно быть кратно ${issue.divisor}.`
        : `${subject}: the value must be a multiple of ${issue.divisor}.`;
    case 'unrecognized_keys':
      return ru
        ? `${subject} не предусмотрено (возможно, опечатка в имени поля; свои признаки записывайте в flags).`
        : `${subject} is not expected (perhaps a misspelt field name; put your own attributes in flags).`;
    case 'invalid_key':
      return ru ? `${subject}: недопустимое имя ключа.` : `${subject}: invalid key.`;
    case 'invalid_union':
      return ru
        ? `${subject}: значение не подходит ни под один из допустимых вариантов.`
        : `${subject}: the value matches none of the allowed forms.`;
    case 'invalid_element':
      return ru ? `${subject}: недопустимый элемент.` : `${subject}: invalid element.`;
    case 'custom': {
      const messages = issue.params?.['messages'] as { ru?: string; en?: string } | undefined;
      const text = messages?.[locale] ?? messages?.ru;
      return text === undefined ? `${subject}: ${issue.message}` : `${subject}: ${text}`;
    }
  }
}
