import { formatChange } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { participantsText, type ChartWords } from './chart-labels.js';
import { badgeTemplate } from './chart-legend.js';
import { valueLabel, type ChartLayout, type ChartPoint, type ChartSeries } from './chart-model.js';

/**
 * The tooltip of the pointed or focused value, beside it (on its left in the right part of the
 * chart); `placeTooltip` puts it there once rendered.
 */
export function tooltipTemplate(
  words: ChartWords,
  layout: ChartLayout,
  found: { readonly series: ChartSeries; readonly point: ChartPoint } | undefined,
): TemplateResult | typeof nothing {
  if (!found) return nothing;
  const { series, point } = found;
  const flip = point.x > layout.width * 0.6;
  return html`<div class=${flip ? 'tooltip flip' : 'tooltip'} part="tooltip" aria-hidden="true">
    ${tooltipContent(words, series, point)}
  </div>`;
}

/**
 * Places a rendered tooltip at its value; `drawnWidth` is the chart's width on screen, to place
 * it at the same scale. Through the CSSOM, never a `style` attribute: a page whose policy has no
 * `style-src 'unsafe-inline'` (or `style-src-attr`) refuses the attribute, not the CSSOM.
 */
export function placeTooltip(
  tooltip: HTMLElement,
  layout: ChartLayout,
  point: ChartPoint,
  drawnWidth: number,
): void {
  const scale = drawnWidth / layout.width;
  tooltip.style.setProperty('left', `${point.x * scale}px`);
  tooltip.style.setProperty('top', `${point.y * scale}px`);
}

/** The tooltip's lines, the same by pointer and by keyboard. */
function tooltipContent(words: ChartWords, series: ChartSeries, point: ChartPoint): TemplateResult {
  const { result, locale, t } = words;
  const entry = series.row.values[point.yearIndex];
  const change = series.row.changes.find((item) => item.to === point.year);
  const participants = entry?.participants;
  return html`<strong>${series.name}</strong>
    <span
      >${point.year}: <b>${valueLabel(result, point.value, locale)}</b>${
        participants === undefined ? nothing : html` · ${participantsText(participants, words)}`
      }</span
    >
    ${
      change
        ? html`<span
            >${t('changeFrom', { year: change.from, change: formatChange(change, result.precision, locale) })}</span
          >`
        : nothing
    }
    ${
      entry?.vsMunicipal != null
        ? html`<span
            >${t('vsMunicipal', {
              difference: formatChange(
                { absolute: entry.vsMunicipal, unit: result.unit },
                result.precision,
                locale,
              ),
            })}</span
          >`
        : nothing
    }
    ${badgeTemplate(series.row.classification, locale)}
    ${series.row.smallSample ? html`<span class="small-note">${t('smallSample')}</span>` : nothing}`;
}
