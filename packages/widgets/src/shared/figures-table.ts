import { html, nothing, type TemplateResult } from 'lit';

/** One row of a figures table: its label and the figure (a count, a share in words, or markup). */
export type FigureRow = readonly [label: string, figure: string | number | TemplateResult];

/** What a figures table shows: headings of its two columns, its rows, and how it is named. */
export interface FiguresTableContext {
  /** The `part` attribute (`table`, `table totals`). */
  part: string;
  className: string;
  caption?: string;
  /** The headings of the label column and the figure column. */
  columns: readonly [indicator: string, value: string];
  rows: readonly FigureRow[];
}

/**
 * A two-column table of labelled figures («Всего педагогов — 12», «Доля … — 2 из 5 (40%)»), the
 * summary table the ИОМ tracker and the mentorship map both print.
 */
export function renderFiguresTable(context: FiguresTableContext): TemplateResult {
  const [indicator, value] = context.columns;
  return html`<table part=${context.part} class=${context.className}>
    ${
      context.caption === undefined
        ? nothing
        : html`<caption>
            ${context.caption}
          </caption>`
    }
    <thead>
      <tr>
        <th scope="col">${indicator}</th>
        <th scope="col" class="number">${value}</th>
      </tr>
    </thead>
    <tbody>
      ${context.rows.map(
        ([label, figure]) =>
          html`<tr>
            <th scope="row">${label}</th>
            <td class="number">${figure}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
