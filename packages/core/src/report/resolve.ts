import type { Issue } from '../errors/index.js';
import type { DisplayLocale } from '../share/index.js';
import { formatReportDate } from './date.js';
import type { AnalyticalReport, ReportBlock, TableBlock, TableCell, TableColumn } from './schema.js';
import { validateReport } from './validate.js';
import { renderCell, renderParts, renderRichText } from './values.js';
import { toDisplayLocale } from '../text/locale.js';

/** Horizontal alignment of a table cell. */
export type CellAlign = 'left' | 'center' | 'right';

/** A table cell as printed. */
export interface ResolvedCell {
  text: string;
  align: CellAlign;
  /** The cell holds a value (a number, a share, «имеется»), not words. */
  numeric: boolean;
}

/** A table row as printed: cells, or a group heading spanning the table. */
export type ResolvedRow =
  { kind: 'row'; cells: ResolvedCell[]; total: boolean } | { kind: 'group'; text: string };

/** A table column as printed; `width` is a fraction of the table's width (they sum to 1). */
export interface ResolvedColumn {
  title: string;
  align: CellAlign;
  width: number;
}

/** A table as printed. */
export interface ResolvedTable {
  kind: 'table';
  caption?: string;
  columns: ResolvedColumn[];
  rows: ResolvedRow[];
  notes: string[];
}

/** A block as printed: every value already formatted, every text as typed. */
export type ResolvedBlock =
  | { kind: 'paragraph'; text: string; generated: boolean }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: { text: string; items: string[] }[] }
  | ResolvedTable;

/** A section as printed. */
export interface ResolvedSection {
  id?: string;
  title: string;
  blocks: ResolvedBlock[];
}

/**
 * The report with every value formatted and every label in place, ready for a layout (HTML, DOCX):
 * an exporter only arranges these strings, so no exporter can print a number of its own.
 */
export interface ResolvedReport {
  locale: DisplayLocale;
  /** «Аналитическая справка № 1 от 30.11.2020», for a window title, file name or document properties. */
  documentTitle: string;
  header: { organisation?: string; title: string; subtitle?: string; date: string; place?: string };
  purpose?: { label: string; text: string };
  tasks?: { label: string; items: string[] };
  sections: ResolvedSection[];
  conclusions?: { label: string; items: string[] };
  recommendations?: { label: string; groups: { addressee: string; items: string[] }[] };
  decisions?: { label: string; table: ResolvedTable };
  signature: { position: string; name: string };
}

/** The outcome of `resolveReport`. */
export type ResolveResult =
  { ok: true; value: ResolvedReport; warnings: Issue[] } | { ok: false; issues: Issue[]; warnings: Issue[] };

/** The standard headings and column titles, by language. */
export const reportLabels = {
  ru: {
    purpose: 'Цель',
    tasks: 'Задачи',
    conclusions: 'Выводы',
    recommendations: 'Рекомендации',
    decisions: 'Управленческие решения',
    number: '№',
    decision: 'Управленческое решение',
    deadline: 'Срок',
    responsible: 'Ответственный',
    from: 'от',
  },
  en: {
    purpose: 'Purpose',
    tasks: 'Tasks',
    conclusions: 'Conclusions',
    recommendations: 'Recommendations',
    decisions: 'Management decisions',
    number: 'No.',
    decision: 'Management decision',
    deadline: 'Deadline',
    responsible: 'Responsible',
    from: 'of',
  },
} as const;

function cellAlign(cell: TableCell, column: TableColumn | undefined): CellAlign {
  if (column?.align !== undefined) return column.align;
  return cell.kind === 'text' ? 'left' : 'center';
}

function resolveTable(table: TableBlock, locale: DisplayLocale): ResolvedTable {
  const weights = table.columns.map((column) => column.width ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const resolved: ResolvedTable = {
    kind: 'table',
    columns: table.columns.map((column, index) => ({
      title: column.title,
      align: column.align ?? 'left',
      width: (weights[index] ?? 1) / total,
    })),
    rows: table.rows.map((row): ResolvedRow => {
      if (!('cells' in row)) return { kind: 'group', text: row.group };
      return {
        kind: 'row',
        total: row.total === true,
        cells: row.cells.map((cell, index) => ({
          text: renderCell(cell, locale),
          align: cellAlign(cell, table.columns[index]),
          numeric: cell.kind !== 'text',
        })),
      };
    }),
    notes: (table.notes ?? []).map((note) => renderRichText(note, locale)),
  };
  if (table.caption !== undefined) resolved.caption = table.caption;
  return resolved;
}

function resolveBlock(block: ReportBlock, locale: DisplayLocale): ResolvedBlock {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', text: block.text, generated: false };
    case 'sentence':
      return { kind: 'paragraph', text: renderParts(block.parts, locale), generated: true };
    case 'heading':
      return { kind: 'heading', text: block.text };
    case 'list':
      return {
        kind: 'list',
        ordered: block.ordered,
        items: block.items.map((item) => ({
          text: renderRichText(item.text, locale),
          items: (item.items ?? []).map((sub) => renderRichText(sub, locale)),
        })),
      };
    case 'table':
      return resolveTable(block, locale);
  }
}

/** Lays out a report already validated (see `resolveReport`). */
function layout(report: AnalyticalReport, locale: DisplayLocale): ResolvedReport {
  const labels = reportLabels[locale];
  const headings = report.headings ?? {};
  const { header } = report;
  const title = header.number === undefined ? header.title : `${header.title} № ${header.number}`;
  const resolved: ResolvedReport = {
    locale,
    documentTitle: `${title} ${labels.from} ${formatReportDate(header.date, 'numeric', locale)}`,
    header: { title, date: formatReportDate(header.date, header.dateStyle ?? 'long', locale) },
    sections: report.sections.map((section) => {
      const out: ResolvedSection = {
        title: section.title,
        blocks: section.blocks.map((block) => resolveBlock(block, locale)),
      };
      if (section.id !== undefined) out.id = section.id;
      return out;
    }),
    signature: { position: report.author.position, name: report.author.name },
  };
  if (header.organisation !== undefined) resolved.header.organisation = header.organisation;
  if (header.subtitle !== undefined) resolved.header.subtitle = header.subtitle;
  if (header.place !== undefined) resolved.header.place = header.place;
  if (report.purpose !== undefined)
    resolved.purpose = { label: headings.purpose ?? labels.purpose, text: report.purpose };
  if (report.tasks.length > 0)
    resolved.tasks = { label: headings.tasks ?? labels.tasks, items: [...report.tasks] };
  if (report.conclusions.length > 0)
    resolved.conclusions = {
      label: headings.conclusions ?? labels.conclusions,
      items: report.conclusions.map((item) => renderRichText(item, locale)),
    };
  if (report.recommendations.length > 0)
    resolved.recommendations = {
      label: headings.recommendations ?? labels.recommendations,
      groups: report.recommendations.map((group) => ({
        addressee: group.addressee,
        items: group.items.map((item) => renderRichText(item, locale)),
      })),
    };
  if (report.decisions.length > 0) {
    resolved.decisions = {
      label: headings.decisions ?? labels.decisions,
      table: resolveTable(
        {
          kind: 'table',
          columns: [
            { title: labels.number, align: 'center', width: 0.6 },
            { title: labels.decision, width: 5 },
            { title: labels.deadline, width: 2 },
            { title: labels.responsible, width: 2.5 },
          ],
          rows: report.decisions.map((decision, index) => ({
            cells: [
              { kind: 'text', text: String(index + 1) },
              { kind: 'text', text: decision.text },
              { kind: 'text', text: decision.deadline.text.trim() === '' ? '—' : decision.deadline.text },
              { kind: 'text', text: decision.responsible },
            ],
          })),
        },
        locale,
      ),
    };
  }
  return resolved;
}

/** Options of `resolveReport`. */
export interface ResolveOptions {
  /** Language of numbers (decimal comma or point) and of the standard headings; default `ru`. */
  locale?: DisplayLocale;
}

/**
 * Validates a report (`validateReport`) and formats it for printing: every share through
 * `computeShare`, every count with its noun, every change from its two values. Refuses, with issues,
 * a report that would print a number its counts do not give. Never throws.
 */
export function resolveReport(input: unknown, options: ResolveOptions = {}): ResolveResult {
  const locale = toDisplayLocale(options.locale);
  const validation = validateReport(input, { locale });
  if (!validation.ok) return validation;
  return { ok: true, value: layout(validation.value, locale), warnings: validation.warnings };
}
