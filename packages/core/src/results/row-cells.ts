import type { ColumnMatch } from '../registry/columns.js';
import { looksLikeFormula, normalizeNumber, readText } from '../registry/normalize.js';
import type { ProblemList } from '../registry/problem.js';
import type { CellValue, RawRow } from '../registry/table.js';

// Reading one cell of a results row: where it is, its figure, and what is refused or warned of.

/** The year a school year ends in, from a date: September to December count toward the next year. */
export function schoolYearEnd(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 9 ? year + 1 : year;
}

export const cellAt = (row: RawRow, column: ColumnMatch | undefined): CellValue | undefined =>
  column === undefined ? undefined : row.cells[column.index];

/** Where a problem is: the row, the column's header and the cell's text. */
export const whereAt = (row: RawRow, column: ColumnMatch | undefined) => ({
  row: row.row,
  column: column?.header ?? '',
  value: column ? (readText(row.cells[column.index]) ?? '') : '',
});

export const integerCount = { integer: true, min: 0 } as const;
export const percentRange = { min: 0, max: 100 } as const;
export const nonNegative = { min: 0 } as const;
export const markRange = { min: 1, max: 5 } as const;

/**
 * Text that a spreadsheet would run as a formula («=HYPERLINK(…)», «+cmd|…»): kept as text, never
 * evaluated, and said, in case the file was tampered with (CSV injection).
 */
export function warnFormula(
  row: RawRow,
  column: ColumnMatch | undefined,
  text: string | undefined,
  list: ProblemList,
): void {
  if (text === undefined || column === undefined || !formulaStart.has(text.charCodeAt(0))) return;
  if (!looksLikeFormula(text)) return;
  list.warning(
    'formula-like-text',
    {
      ru: `значение начинается с «${text[0]}» и похоже на формулу; оно сохранено как текст и не вычислялось.`,
      en: `the value starts with "${text[0]}" and looks like a formula; it is kept as text and was not evaluated.`,
    },
    { row: row.row, column: column.header, value: text },
  );
}

// «=», «+», «-», «@», tab, CR: the first characters a spreadsheet reads as the start of a formula.
const formulaStart = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/** A figure of a row: its number, `undefined` when the cell is empty, `null` when refused (and listed). */
export function readFigure(
  row: RawRow,
  column: ColumnMatch | undefined,
  rule: Parameters<typeof normalizeNumber>[1],
  list: ProblemList,
): number | undefined | null {
  if (column === undefined) return undefined;
  const value = normalizeNumber(row.cells[column.index], rule);
  if (value.ok) return value.value;
  list.error(value.code, value.message, whereAt(row, column));
  return null;
}

/** Lists a count above the participants (true when it is). */
export function countAbove(
  row: RawRow,
  column: ColumnMatch | undefined,
  count: number | undefined | null,
  participants: number,
  list: ProblemList,
): boolean {
  if (typeof count !== 'number' || count <= participants) return false;
  list.error(
    'count-above-participants',
    {
      ru: `${count} больше числа участников (${participants}).`,
      en: `${count} is more than the ${participants} participants.`,
    },
    whereAt(row, column),
  );
  return true;
}
