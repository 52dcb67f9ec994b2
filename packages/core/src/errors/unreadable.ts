import type { DisplayLocale } from '../share/index.js';
import type { Issue } from './issue.js';
import { formatPath } from './path.js';

/**
 * How deep input may nest (объекты в объектах). Real data nests a dozen levels; a limit keeps
 * recursive checks from running out of stack on hostile input, and says so plainly instead.
 */
export const maxInputDepth = 64;

/**
 * Finds why input could not be read at all: nesting deeper than `maxInputDepth`, or a property
 * whose reading throws (a getter, a proxy). Walks without recursion, so it cannot overflow itself.
 * Returns `undefined` when every value up to the limit reads fine.
 */
export function findUnreadable(
  input: unknown,
  locale: DisplayLocale,
  prefix: readonly PropertyKey[] = [],
  depthLimit = maxInputDepth,
): Issue | undefined {
  // Depth-first with enter/exit frames: an object met again while still open is a cycle; one met
  // again after it was closed is only shared (allowed, and not walked twice).
  const open = new Set<object>();
  const done = new Set<object>();
  type Frame = { value: unknown; path: PropertyKey[]; exit?: true };
  const stack: Frame[] = [{ value: input, path: [...prefix] }];
  while (stack.length > 0) {
    const { value, path, exit } = stack.pop() as Frame;
    if (typeof value !== 'object' || value === null) continue;
    if (exit) {
      open.delete(value);
      done.add(value);
      continue;
    }
    if (done.has(value)) continue;
    if (open.has(value)) return tooDeep(path, locale, depthLimit);
    if (path.length - prefix.length > depthLimit) return tooDeep(path, locale, depthLimit);
    open.add(value);
    stack.push({ value, path, exit: true });
    try {
      const keys = Array.isArray(value) ? value.map((_item, index) => index) : Object.keys(value);
      for (const key of keys) {
        let child: unknown;
        try {
          child = (value as Record<PropertyKey, unknown>)[key];
        } catch {
          return unreadableAt([...path, key], locale);
        }
        stack.push({ value: child, path: [...path, key] });
      }
    } catch {
      return unreadableAt(path, locale);
    }
  }
  return undefined;
}

/** The issue for input that made a check itself fail: where it is unreadable, or `check-failed`. */
export function unreadableInput(
  input: unknown,
  locale: DisplayLocale,
  prefix: readonly PropertyKey[] = [],
): Issue {
  return findUnreadable(input, locale, prefix) ?? checkFailed(prefix, locale);
}

/**
 * The input reads fine, yet checking it failed: a fault of the SDK, not of the data. Reported as
 * an issue (never thrown) with its own code, so tests and `pnpm fuzz` can count it as a bug.
 */
function checkFailed(path: readonly PropertyKey[], locale: DisplayLocale): Issue {
  return {
    path: formatPath(path),
    code: 'check-failed',
    message:
      locale === 'ru'
        ? 'Данные не удалось проверить из-за ошибки в SDK. Сообщите разработчикам, приложив эти данные.'
        : 'The data could not be checked because of a fault in the SDK. Please report it with the data.',
  };
}

function tooDeep(path: readonly PropertyKey[], locale: DisplayLocale, limit: number): Issue {
  return {
    path: formatPath(path),
    code: 'too-deep',
    message:
      locale === 'ru'
        ? `Данные вложены глубже ${limit} уровней или ссылаются сами на себя (${formatPath(path) || 'корень'}): такие данные не разбираются. Проверьте, как они сформированы.`
        : `The data nests deeper than ${limit} levels or refers to itself (${formatPath(path) || 'root'}) and is not read. Check how it was produced.`,
  };
}

function unreadableAt(path: readonly PropertyKey[], locale: DisplayLocale): Issue {
  const where = formatPath(path);
  return {
    path: where,
    code: 'unreadable-value',
    message:
      locale === 'ru'
        ? `Значение ${where ? `поля «${where}» ` : ''}не удалось прочитать: это не обычные данные (объект с ошибкой при чтении). Передайте данные в виде JSON.`
        : `The value ${where ? `of "${where}" ` : ''}could not be read: it is not plain data (reading it fails). Pass the data as JSON.`,
  };
}
