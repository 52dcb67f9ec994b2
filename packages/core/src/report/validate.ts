import { parseDeadline } from '../deadline/parse.js';
import { formatPath, parseOrExplain, type Issue } from '../errors/index.js';
import { findUnreadable } from '../errors/unreadable.js';
import { computeShare, type DisplayLocale } from '../share/index.js';
import {
  analyticalReportSchema,
  type AnalyticalReport,
  type InlinePart,
  type RichText,
  type TableCell,
} from './schema.js';
import { sharePercentText } from './values.js';
import { toDisplayLocale } from '../text/locale.js';
import { findProgrammerWords } from '../text/artifacts.js';

/** The outcome of `validateReport`: the report, or why it is refused; warnings either way. */
export type ReportValidation =
  | { ok: true; value: AnalyticalReport; warnings: Issue[] }
  | { ok: false; issues: Issue[]; warnings: Issue[] };

/** Options of `validateReport`. */
export interface ValidateReportOptions {
  locale?: DisplayLocale;
}

const typedPercentKeys = ['percent', 'display', 'percentage'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Finds shares that carry a percentage typed by hand (`percent`, `display`): the model has no place
 * for one, and saying so plainly is kinder than «unknown key».
 */
function typedPercents(input: unknown, locale: DisplayLocale): { issues: Issue[]; paths: Set<string> } {
  const issues: Issue[] = [];
  const paths = new Set<string>();
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
      return;
    }
    if (!isRecord(value)) return;
    if (value['kind'] === 'share') {
      for (const key of typedPercentKeys) {
        if (!(key in value)) continue;
        const keyPath = formatPath([...path, key]);
        paths.add(keyPath);
        const { numerator, denominator, precision } = value;
        const countable =
          Number.isInteger(numerator) &&
          Number.isInteger(denominator) &&
          (numerator as number) >= 0 &&
          (numerator as number) <= (denominator as number);
        const computed = countable
          ? sharePercentText(
              {
                numerator: numerator as number,
                denominator: denominator as number,
                precision: Number.isInteger(precision) ? (precision as number) : 1,
              },
              locale,
            )
          : undefined;
        const typed = String(value[key]);
        issues.push({
          path: keyPath,
          code: 'typed-percent',
          message:
            locale === 'ru'
              ? `Поле «${key}»: процент не вводится вручную — он вычисляется из числителя и знаменателя` +
                (computed === undefined
                  ? '.'
                  : ` (${String(numerator)} из ${String(denominator)} дают ${computed}; указано «${typed}»).`) +
                ' Удалите это поле.'
              : `Field “${key}”: a percentage is not typed in; it is computed from the numerator and denominator` +
                (computed === undefined
                  ? '.'
                  : ` (${String(numerator)} of ${String(denominator)} give ${computed}; “${typed}” was given).`) +
                ' Remove the field.',
        });
      }
    }
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(input, []);
  return { issues, paths };
}

/** Every text the author typed and every sentence, with its path, for the percentage scan. */
function* texts(report: AnalyticalReport): Generator<[PropertyKey[], string]> {
  const rich = function* (text: RichText, path: PropertyKey[]): Generator<[PropertyKey[], string]> {
    if (typeof text === 'string') yield [path, text];
    else yield* parts(text, path);
  };
  const parts = function* (
    list: readonly InlinePart[],
    path: PropertyKey[],
  ): Generator<[PropertyKey[], string]> {
    for (const [index, part] of list.entries())
      // A cited figure is the source's own, flagged on purpose: it is not traced to a share.
      if (part.kind === 'text' && part.cited !== true) yield [[...path, index, 'text'], part.text];
  };
  if (report.purpose !== undefined) yield [['purpose'], report.purpose];
  for (const [index, task] of report.tasks.entries()) yield [['tasks', index], task];
  for (const [s, section] of report.sections.entries()) {
    for (const [b, block] of section.blocks.entries()) {
      const at: PropertyKey[] = ['sections', s, 'blocks', b];
      if (block.kind === 'paragraph' || block.kind === 'heading') yield [[...at, 'text'], block.text];
      else if (block.kind === 'sentence') yield* parts(block.parts, [...at, 'parts']);
      else if (block.kind === 'list') {
        for (const [i, item] of block.items.entries()) {
          yield* rich(item.text, [...at, 'items', i, 'text']);
          for (const [j, sub] of (item.items ?? []).entries())
            yield* rich(sub, [...at, 'items', i, 'items', j]);
        }
      } else {
        for (const [r, row] of block.rows.entries()) {
          if (!('cells' in row)) continue;
          for (const [c, cell] of row.cells.entries())
            if (cell.kind === 'text') yield [[...at, 'rows', r, 'cells', c, 'text'], cell.text];
        }
        for (const [n, note] of (block.notes ?? []).entries()) yield* rich(note, [...at, 'notes', n]);
      }
    }
  }
  for (const [index, conclusion] of report.conclusions.entries())
    yield* rich(conclusion, ['conclusions', index]);
  for (const [g, group] of report.recommendations.entries())
    for (const [i, item] of group.items.entries()) yield* rich(item, ['recommendations', g, 'items', i]);
  for (const [index, decision] of report.decisions.entries())
    yield [['decisions', index, 'text'], decision.text];
}

/** Every share value of the report with its path. */
function* shares(
  report: AnalyticalReport,
): Generator<[PropertyKey[], { numerator: number; denominator: number; precision: number }]> {
  const fromParts = function* (list: readonly (InlinePart | TableCell)[], path: PropertyKey[]) {
    for (const [index, part] of list.entries()) {
      if (part.kind === 'share') yield [[...path, index], part] as [PropertyKey[], typeof part];
      if (part.kind === 'share-change') {
        yield [[...path, index, 'from'], { ...part.from, precision: part.precision }] as [
          PropertyKey[],
          { numerator: number; denominator: number; precision: number },
        ];
        yield [[...path, index, 'to'], { ...part.to, precision: part.precision }] as [
          PropertyKey[],
          { numerator: number; denominator: number; precision: number },
        ];
      }
    }
  };
  const rich = function* (text: RichText, path: PropertyKey[]) {
    if (typeof text !== 'string') yield* fromParts(text, path);
  };
  for (const [s, section] of report.sections.entries()) {
    for (const [b, block] of section.blocks.entries()) {
      const at: PropertyKey[] = ['sections', s, 'blocks', b];
      if (block.kind === 'sentence') yield* fromParts(block.parts, [...at, 'parts']);
      else if (block.kind === 'list') {
        for (const [i, item] of block.items.entries()) {
          yield* rich(item.text, [...at, 'items', i, 'text']);
          for (const [j, sub] of (item.items ?? []).entries())
            yield* rich(sub, [...at, 'items', i, 'items', j]);
        }
      } else if (block.kind === 'table') {
        for (const [r, row] of block.rows.entries())
          if ('cells' in row) yield* fromParts(row.cells, [...at, 'rows', r, 'cells']);
        for (const [n, note] of (block.notes ?? []).entries()) yield* rich(note, [...at, 'notes', n]);
      }
    }
  }
  for (const [index, conclusion] of report.conclusions.entries())
    yield* rich(conclusion, ['conclusions', index]);
  for (const [g, group] of report.recommendations.entries())
    for (const [i, item] of group.items.entries()) yield* rich(item, ['recommendations', g, 'items', i]);
}

// «38,9%», «38.9 %», «100%»: a percentage typed into the author's words.
const percentPattern = /(\d+(?:[.,]\d+)?)\s?%/gu;

/** «38,90» and «38.9» are the same percentage as «38,9». */
function normalisePercent(number: string): string {
  return String(Number(number.replace(',', '.')));
}

function warningsOf(report: AnalyticalReport, locale: DisplayLocale): Issue[] {
  const warnings: Issue[] = [];
  const ru = locale === 'ru';
  const known = new Set<string>();
  for (const [path, share] of shares(report)) {
    const computed = computeShare(share.numerator, share.denominator, {
      precision: share.precision,
      locale: 'ru',
    });
    if (computed.display === null) {
      warnings.push({
        path: formatPath(path),
        code: 'empty-population',
        message: ru
          ? `Доля от пустой совокупности (${share.numerator} из 0): процент не вычисляется, в справке будет «—».`
          : `A share of an empty population (${share.numerator} of 0): no percentage, the report prints “—”.`,
      });
      continue;
    }
    known.add(normalisePercent(computed.display.slice(0, -1)));
  }
  for (const [path, text] of texts(report)) {
    for (const match of text.matchAll(percentPattern)) {
      const number = normalisePercent(match[1] ?? '');
      if (known.has(number)) continue;
      warnings.push({
        path: formatPath(path),
        code: 'untraced-percent',
        message: ru
          ? `В тексте указан процент «${match[0]}», который не получается ни из одной доли справки: замените его долей с числителем и знаменателем.`
          : `The text states “${match[0]}”, which no share of the report gives: replace it with a share with its numerator and denominator.`,
      });
    }
  }
  const titled: [PropertyKey[], string][] = [
    ...report.sections.map((section, s): [PropertyKey[], string] => [
      ['sections', s, 'title'],
      section.title,
    ]),
    ...report.decisions.map((decision, d): [PropertyKey[], string] => [
      ['decisions', d, 'responsible'],
      decision.responsible,
    ]),
  ];
  for (const [path, text] of [...texts(report), ...titled]) {
    const found = findProgrammerWords(text);
    if (found.length === 0) continue;
    warnings.push({
      path: formatPath(path),
      code: 'programmer-words',
      message: ru
        ? `В тексте справки остались служебные слова программы (${found.map((word) => `«${word}»`).join(', ')}): «${text}». Проверьте данные, из которых построен текст.`
        : `The report's text carries a program's words (${found.map((word) => `“${word}”`).join(', ')}): “${text}”. Check the data the text was built from.`,
    });
  }
  const referenceYear = Number(report.header.date.slice(0, 4));
  for (const [index, decision] of report.decisions.entries()) {
    const path = formatPath(['decisions', index, 'deadline']);
    const { deadline } = decision;
    if (deadline.remark !== undefined) {
      warnings.push({
        path,
        code: 'unparsed-deadline',
        message: ru ? deadline.remark.ru : deadline.remark.en,
      });
      continue;
    }
    const reparsed = parseDeadline(deadline.text, { referenceYear });
    if (JSON.stringify(reparsed.ranges) !== JSON.stringify(deadline.ranges)) {
      warnings.push({
        path,
        code: 'stale-deadline',
        message: ru
          ? `Срок «${deadline.text}» не совпадает с сохранёнными датами: создайте решение заново через managementDecision.`
          : `The deadline “${deadline.text}” does not match its stored dates: create the decision again with managementDecision.`,
      });
    }
  }
  return warnings;
}

/**
 * Checks a report before it is printed: the shape (Russian messages with field paths), that every
 * share counts no more than its population, that every table row has a cell per column, and that no
 * share carries a percentage typed by hand. Warns (without refusing) about percentages typed into the
 * author's text that no share of the report gives, shares of empty populations, and deadlines that
 * could not be read. Never throws.
 */
export function validateReport(input: unknown, options: ValidateReportOptions = {}): ReportValidation {
  const locale = toDisplayLocale(options.locale);
  // Too deep or unreadable input is refused before any walk over it could overflow the stack.
  const unreadable = findUnreadable(input, locale);
  if (unreadable !== undefined) return { ok: false, issues: [unreadable], warnings: [] };
  const typed = typedPercents(input, locale);
  const parsed = parseOrExplain(analyticalReportSchema, input, { locale });
  if (!parsed.ok || typed.issues.length > 0) {
    const others = parsed.ok ? [] : parsed.issues.filter((issue) => !typed.paths.has(issue.path));
    return { ok: false, issues: [...typed.issues, ...others], warnings: [] };
  }
  return { ok: true, value: parsed.value, warnings: warningsOf(parsed.value, locale) };
}
