/**
 * A file as the importer sees it before any meaning is given to its columns: sheets of rows of
 * cells. CSV gives one sheet of text cells; XLSX gives its sheets with numbers, booleans and
 * dates (as ISO `YYYY-MM-DD` text) as Excel stored them.
 */

/** A cell's value: text, a number, a yes/no, or empty. */
export type CellValue = string | number | boolean | null;

/** A row of a sheet, with its number as the person sees it (1-based). */
export interface RawRow {
  row: number;
  cells: CellValue[];
}

/** A rectangle of merged cells (0-based rows and columns, inclusive). */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet of a file (a CSV file is one sheet named after the file). */
export interface RawSheet {
  name: string;
  /** Hidden in Excel: imported all the same, and said so, since a hidden sheet is easy to forget. */
  hidden: boolean;
  rows: RawRow[];
  merges: MergedRange[];
}

/** The text of a cell, trimmed; empty text for an empty cell. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value).replace('.', ',');
  return value ? 'да' : 'нет';
}

/** True when every cell of the row is empty. */
export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((cell) => cellText(cell) === '');
}
