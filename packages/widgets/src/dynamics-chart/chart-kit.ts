import { assessmentLabels, dynamicsClassLabels, pickText, type DynamicsClass } from '@shnro/core';
import type { TemplateResult } from 'lit';
import { bandLabel, type ChartTerm, type ChartWords } from './chart-labels.js';
import { badgeTemplate } from './chart-legend.js';
import { valueLabel } from './chart-model.js';
import { markerPath, type MarkerShape } from './palette.js';

/**
 * What the parts loaded on demand (the export, the data table) take from the drawn chart
 * (набор графика): its words and drawing helpers, handed over rather than imported, so that
 * those parts load alone and the chart's first frame does not pay for sharing its code.
 */
export interface ChartKit {
  readonly words: ChartWords;
  readonly t: ChartTerm;
  /** A value as the chart prints it: «13,1». */
  readonly value: (value: number) => string;
  /** A class as the core names it: «положительная динамика». */
  readonly className: (kind: DynamicsClass) => string;
  /** The assessment's name: «ГИА-9». */
  readonly assessmentName: string;
  /** What the low-results band means: «Ниже среднего по муниципалитету». */
  readonly bandText: string;
  readonly badge: (kind: DynamicsClass) => TemplateResult;
  readonly markerPath: (shape: MarkerShape) => string;
}

export function chartKit(words: ChartWords): ChartKit {
  const { result, locale } = words;
  return {
    words,
    t: words.t,
    value: (value) => valueLabel(result, value, locale),
    className: (kind) => pickText(dynamicsClassLabels[kind], locale),
    assessmentName: pickText(assessmentLabels[result.assessment], locale),
    bandText: bandLabel(words),
    badge: (kind) => badgeTemplate(kind, locale),
    markerPath: (shape) => markerPath(shape),
  };
}
