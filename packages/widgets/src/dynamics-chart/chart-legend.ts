import { dynamicsClassLabels, formatChange, pickText, type DynamicsClass } from '@shnro/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import { bandLabel, capitalize, type ChartWords } from './chart-labels.js';
import type { ChartLayout, ChartSeries } from './chart-model.js';
import { classIcons, markerPath } from './palette.js';
import { MANY_SERIES } from './chart-svg.js';

/** A school's class from the core as a badge: an icon and the word, never colour alone. */
export function badgeTemplate(kind: DynamicsClass, locale: WidgetLocale): TemplateResult {
  const icon = classIcons[kind];
  return html`<span class="badge ${kind}" part="badge badge-${kind}" data-class=${kind}
    ><svg viewBox="0 0 12 12" aria-hidden="true">
      <path d=${icon.fill}></path>
      ${icon.stroke ? svg`<path d=${icon.stroke} fill="none"></path>` : nothing}</svg
    >${capitalize(pickText(dynamicsClassLabels[kind], locale))}</span
  >`;
}

/** Whether the folded list of many schools is open, and how to say it changed. */
export interface LegendFold {
  readonly open: boolean;
  readonly toggle: (open: boolean) => void;
}

/** The legend: each school with its swatch, change and badge, then the reference line and the band. */
export function legendTemplate(words: ChartWords, layout: ChartLayout, fold: LegendFold): TemplateResult {
  // A hundred schools would push the summary a screen away: their list opens on request.
  if (layout.series.length <= MANY_SERIES) return legendListTemplate(words, layout, layout.series);
  return html`<details
      class="legend-details"
      part="legend-details"
      ?open=${fold.open}
      @toggle=${(event: Event) => fold.toggle((event.target as HTMLDetailsElement).open)}
    >
      <summary>${words.t('legendSchools', { count: layout.series.length })}</summary>
      ${fold.open ? legendListTemplate(words, layout, layout.series, false) : nothing}
    </details>
    ${legendListTemplate(words, layout, [])}`;
}

function legendListTemplate(
  words: ChartWords,
  layout: ChartLayout,
  schools: readonly ChartSeries[],
  withKeys = true,
): TemplateResult {
  const { result, locale, t } = words;
  const lines = layout.variant === 'lines';
  return html`<ul part="legend" class="legend" aria-label=${t('legend')}>
    ${schools.map(
      (series) =>
        html`<li data-school=${series.schoolId}>
          <svg class="swatch" viewBox="0 0 30 16" aria-hidden="true">
            ${
              lines
                ? svg`<path class="line s${series.style.colour}" d="M1 8H29" stroke-dasharray=${series.style.dash || 'none'}></path>
                  <path class="marker s${series.style.colour}" transform="translate(15 8)" d=${markerPath(series.style.marker)}></path>`
                : svg`<rect class="bar s${series.style.colour}" x="3" y="1" width="24" height="14" fill="url(#p-${series.index})"></rect>`
            }
          </svg>
          <span class="name">${series.name}</span>
          ${series.row.change ? html`<span class="change">${formatChange(series.row.change, result.precision, locale)}</span>` : nothing}
          ${badgeTemplate(series.row.classification, locale)}
          ${series.row.smallSample ? html`<span class="note">· ${t('smallSample')}</span>` : nothing}
        </li>`,
    )}
    ${withKeys ? legendKeysTemplate(words, layout) : nothing}
  </ul>`;
}

function legendKeysTemplate(words: ChartWords, layout: ChartLayout): TemplateResult {
  const { result, t } = words;
  return html`
    ${
      layout.municipal
        ? html`<li data-legend="municipal">
            <svg class="swatch" viewBox="0 0 30 16" aria-hidden="true">
              <path class="municipal" d="M1 8H29"></path>
            </svg>
            <span>${words.municipalText}</span>
          </li>`
        : nothing
    }
    ${
      layout.band
        ? html`<li data-legend="band">
            <svg class="swatch" viewBox="0 0 30 16" aria-hidden="true">
              <rect class="band" x="3" y="1" width="24" height="14"></rect>
            </svg>
            <span>${bandLabel(words)}</span>
          </li>`
        : nothing
    }
    ${
      layout.series.some((series) => series.row.smallSample)
        ? html`<li data-legend="small-sample">
            <svg class="swatch" viewBox="0 0 30 16" aria-hidden="true">
              <circle class="small-sample" cx="15" cy="8" r="6"></circle>
            </svg>
            <span>${t('smallSampleLegend', { count: result.minSample })}</span>
          </li>`
        : nothing
    }
  `;
}
