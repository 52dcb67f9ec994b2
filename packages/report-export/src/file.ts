import { formatReportDate, type ReportHeader } from '@shnro/core';

/** The media type of a DOCX file, for a `Blob` or an HTTP response. */
export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The media type of the printable HTML. */
export const htmlMimeType = 'text/html;charset=utf-8';

/**
 * A file name for the report from its heading: «Аналитическая справка № 1 от 30.11.2020.docx», without
 * the characters Windows refuses in file names.
 */
export function reportFileName(
  report: { header: Pick<ReportHeader, 'title' | 'number' | 'date'> },
  extension: 'docx' | 'html',
): string {
  const { title, number, date } = report.header;
  const name = `${title}${number === undefined ? '' : ` № ${number}`} от ${formatReportDate(date, 'numeric')}`;
  const base = name
    // Control characters and what Windows refuses: \ / : * ? " < > |
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 150);
  return `${base || 'report'}.${extension}`;
}
