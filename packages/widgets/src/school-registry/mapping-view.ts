import {
  describeImportProblem,
  requiredColumns,
  type DisplayLocale,
  type FieldDefinition,
  type ImportProblem,
  type SheetKind,
  type SheetReport,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** The fields a sheet's mapping offers: a list of schools its school fields, of teachers its teacher fields. */
export function mappingFields(sheet: SheetReport, fields: readonly FieldDefinition[]): FieldDefinition[] {
  const teacher = new Set(['teacherName', 'teacherId', 'subject', 'position']);
  const teacherSchool = new Set(['municipality', 'schoolName', 'schoolShortName', 'inn', 'schoolCode']);
  if (sheet.kind === 'teachers')
    return fields.filter((entry) => teacher.has(entry.field) || teacherSchool.has(entry.field));
  if (sheet.kind === 'schools') return fields.filter((entry) => !teacher.has(entry.field));
  return [...fields];
}

/** What the mapping editor needs from the element. */
export interface MappingContext {
  sheet: SheetReport;
  fields: readonly FieldDefinition[];
  /** The sheet's own problems (no row): unmapped required columns, unrecognised columns, hidden sheet. */
  problems: readonly ImportProblem[];
  locale: DisplayLocale;
  term: (key: 'mappingHeading' | 'mappingField' | 'mappingColumn' | 'notImported' | 'requiredHint') => string;
  requiredHint: (fields: string) => string;
  choose: (field: string, letter: string | null) => void;
}

/**
 * The detected column mapping, editable: a select of the sheet's columns per registry field. A
 * required column left unmapped is said in place by the core's message, naming the field.
 */
export function renderMapping(context: MappingContext): TemplateResult {
  const { sheet, fields, locale, term } = context;
  const columnOf = new Map(sheet.mapping.columns.map((column) => [column.field, column.letter]));
  const required = requiredColumns(sheet.kind)
    .map((entry) => `«${entry.label[locale] ?? entry.label.ru}»`)
    .join(', ');
  return html`<section part="mapping" aria-labelledby="mapping-heading">
    <h3 id="mapping-heading">${term('mappingHeading')}</h3>
    <p class="muted">${context.requiredHint(required)}</p>
    ${
      context.problems.length
        ? html`<ul class="problems" role="alert" part="remark">
            ${context.problems.map(
              (problem) => html`<li class=${problem.severity}>${describeImportProblem(problem, locale)}</li>`,
            )}
          </ul>`
        : nothing
    }
    <table class="mapping">
      <thead>
        <tr>
          <th scope="col">${term('mappingField')}</th>
          <th scope="col">${term('mappingColumn')}</th>
        </tr>
      </thead>
      <tbody>
        ${fields.map((entry) => {
          const chosen = columnOf.get(entry.field) ?? '';
          const label = entry.label[locale] ?? entry.label.ru;
          return html`<tr>
            <th scope="row"><label for="map-${entry.field}">${label}</label></th>
            <td>
              <select
                id="map-${entry.field}"
                name=${entry.field}
                .value=${live(chosen)}
                @change=${(event: Event) =>
                  context.choose(entry.field, (event.target as HTMLSelectElement).value || null)}
              >
                <option value="" ?selected=${chosen === ''}>${term('notImported')}</option>
                ${sheet.mapping.columns.map(
                  (column) =>
                    html`<option value=${column.letter} ?selected=${chosen === column.letter}>
                      ${column.letter}${column.header ? `: ${column.header}` : ''}
                    </option>`,
                )}
              </select>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}

/** The sheet shown, when a workbook has several: each named with what it holds and whether it is hidden. */
export function renderSheetChoice(
  sheets: readonly SheetReport[],
  active: string,
  term: (key: 'sheet' | 'hiddenSheet' | `sheetKind${SheetKind}`) => string,
  choose: (name: string) => void,
): TemplateResult | typeof nothing {
  if (sheets.length < 2) return nothing;
  return html`<label class="sheet"
    >${term('sheet')}
    <select @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
      ${sheets.map(
        (entry) =>
          html`<option value=${entry.name} ?selected=${entry.name === active}>
            ${entry.name} (${term(`sheetKind${entry.kind}`)}${entry.hidden ? `, ${term('hiddenSheet')}` : ''})
          </option>`,
      )}
    </select></label
  >`;
}
