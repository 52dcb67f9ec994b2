/**
 * One cell of a CSV for Excel: plain text, or text Excel must not turn into a number or a
 * date (a code «1.5» would become 1 May in a Russian Excel).
 */
export type ExcelCsvCell = string | { readonly text: string };

/** The byte order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

// Cells Excel would run as a formula (OWASP «CSV injection»): free text from a set is guarded.
const formulaStart = /^[=+\-@\t\r]/;

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function cell(value: ExcelCsvCell): string {
  if (typeof value !== 'string') return quote(`=${quote(value.text)}`);
  return quote(formulaStart.test(value) ? `'${value}` : value);
}

/**
 * Writes rows as a CSV a Russian Excel opens by double-click: UTF-8 with a BOM, `;` between
 * cells, every cell quoted, CRLF line ends. Numbers are expected already written with a
 * decimal comma («38,9»).
 */
export function toExcelCsv(rows: readonly (readonly ExcelCsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
