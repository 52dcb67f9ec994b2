import {
  describeImportProblem,
  type ColumnMatch,
  type DisplayLocale,
  type FieldDefinition,
  type PreviewRow,
  type SheetReport,
} from '@shnro/core';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { WindowController } from './window-controller.js';

/** One sheet's preview, worked out once per import: the columns shown and the rows, all or with problems. */
export interface PreviewModel {
  sheet: SheetReport;
  columns: ColumnMatch[];
  /** Header as written → field, to mark the cell a problem names. */
  fieldOfHeader: Map<string, string>;
  rows: readonly PreviewRow[];
  /** Per row of `rows`, its problems said in words and the fields they mark; none for a clean row. */
  notes: readonly (RowNote | undefined)[];
  errors: number;
  warnings: number;
}

/** A row's problems, worked out once: the words said and the fields whose cells are marked. */
export interface RowNote {
  said: string;
  marked: ReadonlySet<string>;
}

/**
 * The preview of a sheet: its imported columns, and its rows (only those with problems if asked),
 * with every problem said once here, at import, so that a scroll only picks rows.
 */
export function previewModel(sheet: SheetReport, onlyProblems: boolean, locale: DisplayLocale): PreviewModel {
  const columns = sheet.mapping.columns.filter((column) => column.field !== null);
  const fieldOfHeader = new Map(columns.map((column) => [column.header, column.field!]));
  let errors = 0;
  let warnings = 0;
  for (const row of sheet.preview)
    if (row.status === 'error') errors++;
    else if (row.status === 'warning') warnings++;
  const rows = onlyProblems ? sheet.preview.filter((row) => row.problems.length > 0) : sheet.preview;
  const notes = rows.map((row): RowNote | undefined =>
    row.problems.length === 0
      ? undefined
      : {
          said: row.problems.map((problem) => describeImportProblem(problem, locale)).join(' '),
          marked: new Set(row.problems.flatMap((problem) => fieldOfHeader.get(problem.column ?? '') ?? [])),
        },
  );
  return { sheet, columns, fieldOfHeader, rows, notes, errors, warnings };
}

/** What the preview needs from the element: texts, labels and the window over the rows. */
export interface PreviewContext {
  model: PreviewModel;
  locale: DisplayLocale;
  window: WindowController;
  labels: ReadonlyMap<string, FieldDefinition['label']>;
  term: (
    key: 'previewCaption' | 'previewRow' | 'previewStatus' | 'previewProblems' | 'noRows',
    values?: Record<string, string | number>,
  ) => string;
  status: (status: PreviewRow['status']) => string;
}

/**
 * The virtualised preview table (предпросмотр): only the rows in view are in the DOM, between two
 * spacer rows of the height of the rest; each problem is said in words with its sheet, row and
 * column, and its cell is marked (outline and «!», not colour alone).
 */
export function renderPreview(context: PreviewContext): TemplateResult {
  const { model, window, labels, locale, term } = context;
  if (model.rows.length === 0) return html`<p class="empty">${term('noRows')}</p>`;
  // The rows are the window controller's to render: a scroll renders them without this template.
  const statuses = {
    ok: context.status('ok'),
    warning: context.status('warning'),
    error: context.status('error'),
  };
  window.list(model.rows.length, (index) => renderRow(model, statuses, index), model.columns.length + 3);
  return html`<div
    class="scroller"
    part="preview"
    tabindex="0"
    role="region"
    aria-label=${term('previewCaption', { sheet: model.sheet.name })}
    ${ref(window.attach)}
  >
    <table aria-rowcount=${model.rows.length + 1}>
      <caption>
        ${term('previewCaption', { sheet: model.sheet.name })}
      </caption>
      <thead>
        <tr aria-rowindex="1">
          <th scope="col" class="number">${term('previewRow')}</th>
          ${model.columns.map(
            (column) =>
              html`<th scope="col">
                ${(labels.get(column.field!) ?? { ru: column.field! })[locale] ?? column.field}
                <span class="muted letter">${column.letter}</span>
              </th>`,
          )}
          <th scope="col">${term('previewStatus')}</th>
          <th scope="col">${term('previewProblems')}</th>
        </tr>
      </thead>
      <tbody ${ref(window.attachBody)}></tbody>
    </table>
  </div>`;
}

const statusClass = { error: 'mark danger', warning: 'mark warning', ok: 'mark success' } as const;

function renderRow(
  model: PreviewModel,
  statuses: Record<PreviewRow['status'], string>,
  index: number,
): TemplateResult {
  const row = model.rows[index]!;
  const note = model.notes[index];
  return html`<tr data-window-row data-row=${row.row} aria-rowindex=${index + 2} class=${row.status}>
    <th scope="row" class="number">${row.row}</th>
    ${model.columns.map((column) =>
      note?.marked.has(column.field!)
        ? html`<td class="problem" part="problem-cell">
            <span aria-hidden="true" class="flag">!</span>${row.values[column.field!] ?? ''}
          </td>`
        : html`<td>${row.values[column.field!] ?? ''}</td>`,
    )}
    <td><span class=${statusClass[row.status]}>${statuses[row.status]}</span></td>
    <td class="said" title=${note?.said ?? ''}>${note?.said ?? ''}</td>
  </tr>`;
}

/** The preview with its heading, the error and warning counts, and the «only rows with problems» switch. */
export function renderPreviewSection(
  context: PreviewContext & {
    onlyProblems: boolean;
    setOnlyProblems: (on: boolean) => void;
    heading: string;
    counts: string;
    onlyProblemsLabel: string;
  },
): TemplateResult {
  return html`<section aria-labelledby="preview-heading">
    <h3 id="preview-heading">${context.heading}</h3>
    <p>${context.counts}</p>
    <label class="only"
      ><input
        type="checkbox"
        .checked=${context.onlyProblems}
        @change=${(event: Event) => context.setOnlyProblems((event.target as HTMLInputElement).checked)}
      />
      ${context.onlyProblemsLabel}</label
    >
    ${renderPreview(context)}
  </section>`;
}
