import type { DisplayLocale } from '@shnro/core';
import { resolveOrThrow } from './errors.js';

/** Options of `reportToDocx`. */
export interface DocxOptions {
  /** Numbers and standard headings: `ru` (default) or `en`. */
  locale?: DisplayLocale;
  /** Start every section on a new page (default false). */
  pageBreakBeforeSections?: boolean;
}

/**
 * The report as a DOCX file (Word, LibreOffice): A4 with 2 cm margins, Times New Roman 14 pt,
 * headings as Word heading styles, tables with borders and a header row repeated on every page,
 * numbered «1)» lists restarting in every list, page numbers, the signature line at the end.
 * Works in Node and in browsers (no `Buffer`); the `docx` library is loaded on the first call, in
 * a chunk of its own. Throws `ReportExportError` for a report `validateReport` refuses.
 */
export async function reportToDocx(
  report: unknown,
  options: DocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const resolved = resolveOrThrow(report, options.locale ?? 'ru');
  const { packDocx } = await import('./docx-document.js');
  return packDocx(resolved, options);
}
