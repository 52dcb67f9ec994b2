import type { DisplayLocale } from '../share/format-number.js';
import type { LocalizedText } from '../text/schema.js';
import { toDisplayLocale } from '../text/locale.js';

/**
 * Where a problem is in an imported file: the file, its sheet (XLSX), the row number as the
 * person sees it in Excel or a text editor (1-based) and the column header as written there.
 */
export interface ImportLocation {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/** How serious an import problem is: an `error` keeps the row out, a `warning` lets it in. */
export type ImportSeverity = 'error' | 'warning';

/**
 * A problem found while importing a file (ошибка импорта), in Russian with English: where it
 * is, a stable kebab-case code, and the value as it was typed so nothing is lost.
 */
export interface ImportProblem extends ImportLocation {
  severity: ImportSeverity;
  code: string;
  message: LocalizedText;
  /** The cell's text as read from the file. */
  value?: string;
}

/** «файл «x.csv», лист «Школы», строка 5, столбец «ИНН»» — where a problem is, as a sentence part. */
export function describeLocation(location: ImportLocation, requested: DisplayLocale = 'ru'): string {
  const locale = toDisplayLocale(requested);
  const parts: string[] = [];
  if (locale === 'ru') {
    parts.push(`файл «${location.file}»`);
    if (location.sheet !== undefined) parts.push(`лист «${location.sheet}»`);
    if (location.row !== undefined) parts.push(`строка ${location.row}`);
    if (location.column !== undefined) parts.push(`столбец «${location.column}»`);
  } else {
    parts.push(`file "${location.file}"`);
    if (location.sheet !== undefined) parts.push(`sheet "${location.sheet}"`);
    if (location.row !== undefined) parts.push(`row ${location.row}`);
    if (location.column !== undefined) parts.push(`column "${location.column}"`);
  }
  return parts.join(', ');
}

/** The full sentence of a problem: where, then what («файл «x.csv», строка 5, столбец «ИНН»: …»). */
export function describeImportProblem(problem: ImportProblem, locale: DisplayLocale = 'ru'): string {
  const text = locale === 'en' ? (problem.message.en ?? problem.message.ru) : problem.message.ru;
  return `${describeLocation(problem, locale)}: ${text}`;
}

/** Collects problems for one file (and sheet), so every call site names where it is the same way. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  constructor(
    readonly file: string,
    readonly sheet?: string,
  ) {}

  add(
    severity: ImportSeverity,
    code: string,
    message: LocalizedText,
    where: { row?: number; column?: string; value?: string } = {},
  ): void {
    const problem: ImportProblem = { severity, code, message, file: this.file };
    if (this.sheet !== undefined) problem.sheet = this.sheet;
    if (where.row !== undefined) problem.row = where.row;
    if (where.column !== undefined) problem.column = where.column;
    if (where.value !== undefined) problem.value = where.value;
    this.items.push(problem);
  }

  error(
    code: string,
    message: LocalizedText,
    where?: { row?: number; column?: string; value?: string },
  ): void {
    this.add('error', code, message, where);
  }

  warning(
    code: string,
    message: LocalizedText,
    where?: { row?: number; column?: string; value?: string },
  ): void {
    this.add('warning', code, message, where);
  }
}
