import { parseOrExplain, type Issue, type ParseResult } from '../errors/index.js';
import { findUnreadable } from '../errors/unreadable.js';
import { parseOrderReference } from '../roadmap/order.js';
import type { OrderReference } from '../roadmap/schema.js';
import type { DisplayLocale } from '../share/index.js';
import { assignmentSchema, type Assignment } from './schema.js';
import { toDisplayLocale } from '../text/locale.js';

/** What a person types for an assignment: the order may be its text as a document writes it. */
export type AssignmentInput = Omit<Assignment, 'order'> & { order?: OrderReference | string };

function unrecognisedOrder(text: string, locale: DisplayLocale): Issue {
  return {
    path: 'order',
    code: 'unrecognised-order',
    message:
      locale === 'ru'
        ? `Поле «Приказ»: не удалось распознать номер и дату приказа в тексте «${text}». Пример: «приказ № 1699-осн от 30.12.2022».`
        : `Field "Order": no order number and date found in "${text}". Example: «приказ № 1699-осн от 30.12.2022».`,
  };
}

/**
 * Checks an assignment (`AssignmentInput`) typed in a form or read from a file, reading an order written as text
 * («приказом … 30 декабря 2022 г. № 1699-осн») with `parseOrderReference`. Returns the assignment,
 * or every problem with Russian (or English) messages naming the field; never throws.
 */
export function createAssignment(
  input: unknown,
  options: { locale?: DisplayLocale } = {},
): ParseResult<Assignment> {
  const locale = toDisplayLocale(options.locale);
  // Reading `order` below must not throw on a getter or a proxy: such input is refused first.
  const unreadable = findUnreadable(input, locale);
  if (unreadable !== undefined) return { ok: false, issues: [unreadable] };
  const issues: Issue[] = [];
  let candidate = input;
  if (isObject(input) && typeof input['order'] === 'string') {
    const text = input['order'];
    const order = parseOrderReference(text);
    if (order === undefined) issues.push(unrecognisedOrder(text, locale));
    const { order: _typed, ...rest } = input;
    candidate = order === undefined ? rest : { ...rest, order };
  }
  const parsed = parseOrExplain(assignmentSchema, candidate, { locale });
  if (parsed.ok && issues.length === 0) return parsed;
  return { ok: false, issues: [...issues, ...(parsed.ok ? [] : parsed.issues)] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
