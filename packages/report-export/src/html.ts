import type { DisplayLocale, ResolvedBlock, ResolvedReport, ResolvedTable } from '@shnro/core';
import { resolveOrThrow } from './errors.js';

/** Options of `reportToHtml`. */
export interface HtmlOptions {
  /** Numbers and standard headings: `ru` (default) or `en`. */
  locale?: DisplayLocale;
  /** Start every section on a new page (default false: only tables and headings are kept whole). */
  pageBreakBeforeSections?: boolean;
  /** A nonce for the one `<style>` element, for pages whose Content-Security-Policy requires it. */
  styleNonce?: string;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute: nothing from the data becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => escapes[character] ?? character);
}

const styles = `
@page { size: A4; margin: 2cm; }
@page { @bottom-center { content: counter(page); font: 12pt "Times New Roman", "Liberation Serif", serif; } }
:root { color-scheme: light; }
html { background: #fff; color: #000; }
body { margin: 0; font-family: "Times New Roman", "Liberation Serif", "PT Serif", Times, serif; font-size: 14pt; line-height: 1.5; hyphens: auto; }
@media screen {
  html { background: #e9e9e9; }
  .report { box-sizing: border-box; width: 21cm; min-height: 29.7cm; margin: 1cm auto; padding: 2cm; background: #fff; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); }
}
.report-header { text-align: center; margin-bottom: 12pt; }
.report-header p { text-indent: 0; text-align: center; }
.organisation { font-weight: bold; text-transform: uppercase; margin-bottom: 12pt; }
h1 { font-size: 14pt; font-weight: bold; margin: 0; }
.subtitle { font-weight: bold; }
.date-place { display: flex; justify-content: space-between; margin-top: 12pt; }
h2 { font-size: 14pt; font-weight: bold; margin: 12pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 14pt; font-weight: bold; font-style: italic; margin: 6pt 0 3pt; break-after: avoid; page-break-after: avoid; }
p { margin: 0; text-indent: 1.25cm; text-align: justify; orphans: 2; widows: 2; }
.label { font-weight: bold; }
ol, ul { margin: 0 0 6pt; padding-left: 1.25cm; }
li { text-align: justify; }
ol.numbered { list-style: none; counter-reset: item; }
ol.numbered > li { counter-increment: item; position: relative; }
ol.numbered > li::before { content: counter(item) ")"; position: absolute; left: -1.25cm; width: 1cm; text-align: right; }
ul { list-style-type: disc; }
li > ul { margin: 0; list-style-type: "– "; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 6pt 0; font-size: 12pt; line-height: 1.2; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 3pt; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; overflow-wrap: break-word; }
thead th { text-align: center; vertical-align: middle; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.group th { text-align: left; font-weight: bold; background: #f0f0f0; }
tr.group { break-after: avoid; page-break-after: avoid; }
tr.total td { font-weight: bold; }
.align-left { text-align: left; }
.align-center { text-align: center; }
.align-right { text-align: right; }
.notes { font-size: 12pt; line-height: 1.2; margin-bottom: 6pt; }
.notes p { text-indent: 0; }
section.page-break { break-before: page; page-break-before: always; }
.signature { display: flex; justify-content: space-between; align-items: flex-end; gap: 1cm; margin-top: 36pt; break-inside: avoid; page-break-inside: avoid; }
.signature .position { max-width: 60%; }
.signature .name { white-space: nowrap; }
`;

function tableHtml(table: ResolvedTable, id: string, css: string[]): string {
  table.columns.forEach((column, index) =>
    css.push(`#${id} col:nth-child(${index + 1}) { width: ${(column.width * 100).toFixed(2)}%; }`),
  );
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column.title)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      if (row.kind === 'group')
        return `<tr class="group"><th colspan="${table.columns.length}" scope="colgroup">${escapeHtml(row.text)}</th></tr>`;
      const cells = row.cells
        .map(
          (cell) =>
            `<td class="align-${cell.align}${cell.numeric ? ' value' : ''}">${escapeHtml(cell.text)}</td>`,
        )
        .join('');
      return `<tr${row.total ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  const caption = table.caption === undefined ? '' : `<caption>${escapeHtml(table.caption)}</caption>`;
  const notes =
    table.notes.length === 0
      ? ''
      : `\n<div class="notes">${table.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}</div>`;
  return `<table id="${id}">${caption}<colgroup>${table.columns.map(() => '<col>').join('')}</colgroup><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>${notes}`;
}

function listHtml(ordered: boolean, items: { text: string; items: string[] }[]): string {
  const open = ordered ? '<ol class="numbered">' : '<ul>';
  const close = ordered ? '</ol>' : '</ul>';
  const entries = items
    .map((item) => {
      const nested =
        item.items.length === 0
          ? ''
          : `<ul>${item.items.map((sub) => `<li>${escapeHtml(sub)}</li>`).join('')}</ul>`;
      return `<li>${escapeHtml(item.text)}${nested}</li>`;
    })
    .join('\n');
  return `${open}\n${entries}\n${close}`;
}

function blockHtml(block: ResolvedBlock, nextTableId: () => string, css: string[]): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p${block.generated ? ' class="generated"' : ''}>${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'list':
      return listHtml(block.ordered, block.items);
    case 'table':
      return tableHtml(block, nextTableId(), css);
  }
}

function withColon(text: string): string {
  return /[:.]$/u.test(text) ? text : `${text}:`;
}

/** The body of the report as HTML, with the per-table CSS it needs. */
function reportBody(report: ResolvedReport, options: HtmlOptions): { html: string; css: string[] } {
  const css: string[] = [];
  let tables = 0;
  const nextTableId = () => `report-table-${++tables}`;
  const out: string[] = ['<article class="report">', '<header class="report-header">'];
  const { header } = report;
  if (header.organisation !== undefined)
    out.push(`<p class="organisation">${escapeHtml(header.organisation)}</p>`);
  out.push(`<h1>${escapeHtml(header.title)}</h1>`);
  if (header.subtitle !== undefined) out.push(`<p class="subtitle">${escapeHtml(header.subtitle)}</p>`);
  out.push(
    `<p class="date-place"><span class="date">${escapeHtml(header.date)}</span><span class="place">${escapeHtml(header.place ?? '')}</span></p>`,
    '</header>',
  );
  if (report.purpose !== undefined)
    out.push(
      `<p class="purpose"><span class="label">${escapeHtml(report.purpose.label)}:</span> ${escapeHtml(report.purpose.text)}</p>`,
    );
  if (report.tasks !== undefined)
    out.push(
      `<div class="tasks"><p class="label">${escapeHtml(report.tasks.label)}:</p>`,
      listHtml(
        true,
        report.tasks.items.map((text) => ({ text, items: [] })),
      ),
      '</div>',
    );
  const breakClass = options.pageBreakBeforeSections === true ? ' class="page-break"' : '';
  for (const section of report.sections) {
    const id = section.id === undefined ? '' : ` id="section-${escapeHtml(section.id)}"`;
    out.push(`<section${id}${breakClass}>`, `<h2>${escapeHtml(section.title)}</h2>`);
    for (const block of section.blocks) out.push(blockHtml(block, nextTableId, css));
    out.push('</section>');
  }
  if (report.conclusions !== undefined)
    out.push(
      `<section class="conclusions"><h2>${escapeHtml(report.conclusions.label)}</h2>`,
      listHtml(
        true,
        report.conclusions.items.map((text) => ({ text, items: [] })),
      ),
      '</section>',
    );
  if (report.recommendations !== undefined) {
    out.push(`<section class="recommendations"><h2>${escapeHtml(report.recommendations.label)}</h2>`);
    for (const group of report.recommendations.groups)
      out.push(
        `<h3>${escapeHtml(withColon(group.addressee))}</h3>`,
        listHtml(
          true,
          group.items.map((text) => ({ text, items: [] })),
        ),
      );
    out.push('</section>');
  }
  if (report.decisions !== undefined)
    out.push(
      `<section class="decisions"><h2>${escapeHtml(report.decisions.label)}</h2>`,
      tableHtml(report.decisions.table, nextTableId(), css),
      '</section>',
    );
  out.push(
    `<footer class="signature"><span class="position">${escapeHtml(report.signature.position)}</span><span class="name">${escapeHtml(report.signature.name)}</span></footer>`,
    '</article>',
  );
  return { html: out.join('\n'), css };
}

/**
 * The report as a standalone, printable HTML document: A4 pages with 2 cm margins, Times New Roman,
 * tables with borders and repeated heads, no row split across pages, the signature kept whole. Every
 * text is escaped; no script is included. Throws `ReportExportError` (with the issues) for a report
 * `validateReport` refuses.
 */
export function reportToHtml(report: unknown, options: HtmlOptions = {}): string {
  const locale = options.locale ?? 'ru';
  const resolved = resolveOrThrow(report, locale);
  const { html, css } = reportBody(resolved, options);
  const nonce = options.styleNonce === undefined ? '' : ` nonce="${escapeHtml(options.styleNonce)}"`;
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(resolved.documentTitle)}</title>`,
    `<style${nonce}>${styles}${css.join('\n')}\n</style>`,
    '</head>',
    '<body>',
    html,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
