import { formatChange, type YearValue } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartKit } from './chart-kit.js';

// Loaded when the table is first shown (or at idle time after the first frame): it takes the
// chart's words and badges from the kit, so that it imports nothing of the chart's own code.

/** The chart's data as a table: a row per school, a column per year, the change and the class; the municipal average last. */
export function dataTableTemplate(
  kit: ChartKit,
  title: string,
  municipal: ReadonlyMap<number, number>,
): TemplateResult {
  const { words, t, badge, value: valueText } = kit;
  const { result, locale } = words;
  const judged = result.baseYear !== null && result.lastYear !== null;
  const withMunicipal = result.years.some((year) => municipal.has(year));
  return html`<table part="table">
    <caption>
      ${title}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('columnSchool')}</th>
        ${result.years.map((year) => html`<th scope="col" data-year=${year}>${year}</th>`)}
        ${
          judged
            ? html`<th scope="col">
                ${t('columnChange', { from: result.baseYear ?? '', to: result.lastYear ?? '' })}
              </th>`
            : nothing
        }
        <th scope="col">${t('columnClass')}</th>
      </tr>
    </thead>
    <tbody>
      ${result.schools.map(
        (row) =>
          html`<tr data-school=${row.schoolId}>
            <th scope="row">${row.schoolName ?? row.schoolId}</th>
            ${row.values.map((entry) => valueCellTemplate(kit, entry))}
            ${
              judged
                ? html`<td class="number">
                    ${row.change ? formatChange(row.change, result.precision, locale) : html`<span class="missing">—</span>`}
                  </td>`
                : nothing
            }
            <td>
              ${badge(row.classification)}
              ${row.smallSample ? html`<span class="small-note">${t('smallSample')}</span>` : nothing}
            </td>
          </tr>`,
      )}
      ${
        withMunicipal
          ? html`<tr class="municipal-row" data-row="municipal">
              <th scope="row">${words.municipalText}</th>
              ${result.years.map((year) => {
                const value = municipal.get(year);
                return value === undefined
                  ? html`<td class="number">
                      <span class="missing">${t('missing')}</span>
                    </td>`
                  : html`<td class="number" data-year=${year}>${valueText(value)}</td>`;
              })}
              ${judged ? html`<td></td>` : nothing}
              <td></td>
            </tr>`
          : nothing
      }
    </tbody>
  </table>`;
}

function valueCellTemplate({ t, value }: ChartKit, entry: YearValue): TemplateResult {
  if (entry.value === null)
    return html`<td class="number" data-year=${entry.year}>
      <span class="missing">${t('missing')}</span>
    </td>`;
  return html`<td class="number" data-year=${entry.year}>${value(entry.value)}</td>`;
}
