/**
 * @shnro/report-export: the analytical report of @shnro/core as printable HTML and as DOCX.
 * Runs in Node and in browsers.
 */
export { reportToHtml, escapeHtml, type HtmlOptions } from './html.js';
export { reportToDocx, type DocxOptions } from './docx.js';
export { ReportExportError } from './errors.js';
export { reportFileName, docxMimeType, htmlMimeType } from './file.js';
