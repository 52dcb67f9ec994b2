import { formatChange } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { participantsText, type ChartWords } from './chart-labels.js';
import { badgeTemplate } from './chart-legend.js';
import { valueLabel, type ChartLayout, type ChartPoint, type ChartSeries } from './chart-model.js';

/**
 * The tooltip of the pointed or focused value, placed beside it (on its left in the right part
 * of the chart). `drawnWidth` is the chart's width on screen, to place it at the same scale.
 */
export function tooltipTemplate(
  words: ChartWords,
  layout: ChartLayout,
  found: { readonly series: ChartSeries; readonly point: ChartPoint } | undefined,
  drawnWidth: number,
): TemplateResult | typeof nothing {
  if (!found) return nothing;
  const { series, point } = found;
  const scale = drawnWidth / layout.width;
  const left = point.x * scale;
  const top = point.y * scale;
  const flip = point.x > layout.width * 0.6;
  // Placed through the CSSOM, never a `style` attribute: a page whose policy has no
  // `style-src 'unsafe-inline'` (or `style-src-attr`) refuses the attribute, not the CSSOM.
  const place = (element: Element | undefined): void => {
    if (!(element instanceof HTMLElement)) return;
    element.style.setProperty('left', `${left}px`);
    element.style.setProperty('top', `${top}px`);
  };
  return html`<div class=${flip ? 'tooltip flip' : 'tooltip'} part="tooltip" ${ref(place)} aria-hidden="true">
    ${tooltipContent(words, series, point)}
  </div>`;
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
