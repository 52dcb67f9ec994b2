import type { LocalizedText } from '../text/schema.js';
import { normalizeKey } from './normalize.js';
import { cellText, type RawRow, type RawSheet } from './table.js';

/** A field the importer can fill, with the headers files use for it. */
export interface FieldDefinition {
  field: string;
  label: LocalizedText;
  /** Header variants as files write them; compared after `normalizeKey`. */
  headers: readonly string[];
}

/** How one column was mapped: `exact` header, `partial` (the header contains a known one), `manual` (caller's choice), `none`. */
export type ColumnMatchKind = 'exact' | 'partial' | 'manual' | 'none' | 'duplicate';

/** One column of a sheet and the field it fills (`null`: not imported). */
export interface ColumnMatch {
  /** 0-based column index. */
  index: number;
  /** Excel column letter: A, B, …, AA. */
  letter: string;
  /** The header as written (two header rows are joined: «Доля отметок, % 2»). */
  header: string;
  field: string | null;
  match: ColumnMatchKind;
}

/**
 * The mapping detected for a sheet, meant to be shown and edited: which row holds the header,
 * and which column fills which field. Pass an edited copy back through `MappingOverride`.
 */
export interface SheetMapping {
  sheet: string;
  /** Row number (1-based) of the header; with two header rows, of the upper one. */
  headerRow: number;
  /** 1 or 2 header rows (a merged upper header over sub-headers). */
  headerRows: number;
  columns: ColumnMatch[];
}

/** What a caller changes in a detected mapping: the header row, and fields by header text or column letter. */
export interface MappingOverride {
  headerRow?: number;
  headerRows?: 1 | 2;
  /** Header text (as shown in `ColumnMatch.header`) or column letter → field, or `null` to skip the column. */
  columns?: Readonly<Record<string, string | null>>;
}

/** The Excel letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let letter = '';
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letter = String.fromCharCode(65 + remainder) + letter;
    rest = Math.floor((rest - 1) / 26);
  }
  return letter;
}

interface CompiledFields {
  exact: Map<string, string>;
  partial: { field: string; tokens: string[]; length: number }[];
}

function compile(fields: readonly FieldDefinition[]): CompiledFields {
  const exact = new Map<string, string>();
  const partial: CompiledFields['partial'] = [];
  for (const definition of fields) {
    for (const header of [...definition.headers, definition.label.ru]) {
      const key = normalizeKey(header);
      if (!exact.has(key)) exact.set(key, definition.field);
      // Two-letter variants («ОО», «МО») would match inside too many headers.
      if (key.length >= 3)
        partial.push({ field: definition.field, tokens: key.split(' '), length: key.length });
    }
  }
  partial.sort((a, b) => b.length - a.length);
  return { exact, partial };
}

function containsTokens(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++)
      if (haystack[start + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

/** The field a header names, and how sure the match is. */
function matchHeader(
  header: string,
  compiled: CompiledFields,
): { field: string; match: 'exact' | 'partial' } | undefined {
  const key = normalizeKey(header);
  if (key === '') return undefined;
  const exact = compiled.exact.get(key);
  if (exact !== undefined) return { field: exact, match: 'exact' };
  const tokens = key.split(' ');
  for (const candidate of compiled.partial)
    if (containsTokens(tokens, candidate.tokens)) return { field: candidate.field, match: 'partial' };
  return undefined;
}

/** Header texts of a row, with merged cells' value spread over the columns they cover. */
function headerCells(sheet: RawSheet, row: RawRow, width: number): string[] {
  const cells = Array.from({ length: width }, (_, column) => cellText(row.cells[column] ?? null));
  for (const range of sheet.merges) {
    if (range.top > row.row - 1 || range.bottom < row.row - 1) continue;
    const value = cells[range.left] || '';
    for (let column = range.left; column <= range.right && column < width; column++) cells[column] = value;
  }
  return cells;
}

function scoreRow(cells: readonly string[], compiled: CompiledFields): number {
  let score = 0;
  for (const cell of cells) {
    const found = matchHeader(cell, compiled);
    if (found) score += found.match === 'exact' ? 2 : 1;
  }
  return score;
}

function isSubHeader(upper: readonly string[], lower: readonly string[], compiled: CompiledFields): boolean {
  // A sub-header row holds short labels under a spread upper label: «Доля отметок, %» over «2», «5».
  let joined = 0;
  for (let column = 0; column < lower.length; column++) {
    const text = lower[column] ?? '';
    if (text === '') continue;
    if (/^\d+([.,]\d+)?$/.test(text) && !isSpread(upper, column)) return false;
    const parent = upper[column] ?? '';
    if (parent !== '' && isSpread(upper, column) && matchHeader(`${parent} ${text}`, compiled)) joined++;
  }
  return joined > 0;
}

function isSpread(cells: readonly string[], column: number): boolean {
  const value = cells[column] ?? '';
  return value !== '' && (cells[column - 1] === value || cells[column + 1] === value);
}

/**
 * Finds the header among the first rows (a title such as «Реестр ОО на 01.09.2024» may stand
 * above it) and maps each column to a field. Two header rows are recognised when the upper one
 * is merged over sub-headers. `override` replaces what was detected.
 */
export function detectMapping(
  sheet: RawSheet,
  fields: readonly FieldDefinition[],
  override: MappingOverride = {},
): SheetMapping {
  const compiled = compile(fields);
  const width = sheet.rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
  const candidates = sheet.rows.slice(0, 15);
  let headerIndex = -1;
  if (override.headerRow !== undefined)
    headerIndex = sheet.rows.findIndex((row) => row.row === override.headerRow);
  else {
    let best = 0;
    candidates.forEach((row, index) => {
      const score = scoreRow(headerCells(sheet, row, width), compiled);
      if (score > best) {
        best = score;
        headerIndex = index;
      }
    });
  }
  if (headerIndex < 0) return { sheet: sheet.name, headerRow: 0, headerRows: 1, columns: [] };

  const upperRow = sheet.rows[headerIndex]!;
  // CSV has no merges: an empty cell after a label in the upper row continues that label.
  const upper = headerCells(sheet, upperRow, width);
  const spreadUpper = upper.map((text, column) => {
    if (text !== '' || sheet.merges.length > 0) return text;
    for (let left = column - 1; left >= 0; left--) if (upper[left] !== '') return upper[left]!;
    return '';
  });
  const lowerRow = sheet.rows[headerIndex + 1];
  const lower = lowerRow ? headerCells(sheet, lowerRow, width) : [];
  const twoRows =
    override.headerRows !== undefined
      ? override.headerRows === 2
      : lowerRow !== undefined && isSubHeader(spreadUpper, lower, compiled);

  const used = new Set<string>();
  const columns: ColumnMatch[] = [];
  for (let index = 0; index < width; index++) {
    const top = twoRows ? spreadUpper[index]! : upper[index]!;
    const below = twoRows ? (lower[index] ?? '') : '';
    const header = below !== '' && below !== top ? (top !== '' ? `${top} ${below}` : below) : top;
    const letter = columnLetter(index);
    const manual =
      override.columns?.[header] !== undefined ? override.columns[header] : override.columns?.[letter];
    let field: string | null = null;
    let match: ColumnMatchKind = 'none';
    if (manual !== undefined) {
      field = manual;
      match = 'manual';
    } else {
      const found =
        (below !== '' ? (matchHeader(header, compiled) ?? matchHeader(below, compiled)) : undefined) ??
        matchHeader(top, compiled);
      if (found) {
        field = found.field;
        match = found.match;
      }
    }
    if (field !== null && match !== 'manual' && used.has(field)) match = 'duplicate';
    if (field !== null && match !== 'duplicate') used.add(field);
    if (header === '' && field === null) continue;
    columns.push({ index, letter, header, field: match === 'duplicate' ? null : field, match });
  }
  return { sheet: sheet.name, headerRow: upperRow.row, headerRows: twoRows ? 2 : 1, columns };
}

/** The rows below the header of a mapping. */
export function dataRows(sheet: RawSheet, mapping: SheetMapping): RawRow[] {
  const first = mapping.headerRow + mapping.headerRows - 1;
  return sheet.rows.filter((row) => row.row > first);
}

/**
 * The override after a person chooses the column of one field (or none, `letter` null): a field
 * fills one column, so the column that held it before is skipped; the earlier choices of `override`
 * are kept. Columns are named by letter, which stays right when two headers read the same.
 */
export function chooseColumn(
  mapping: SheetMapping,
  override: MappingOverride | undefined,
  field: string,
  letter: string | null,
): MappingOverride {
  const columns: Record<string, string | null> = { ...override?.columns };
  for (const column of mapping.columns)
    if (column.field === field && column.letter !== letter) columns[column.letter] = null;
  if (letter !== null) columns[letter] = field;
  return { ...override, columns };
}
