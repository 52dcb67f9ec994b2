import { explainMismatch } from '../../indicator/reconcile/explain.js';
import { reconcileMessages } from '../../indicator/reconcile/messages.js';
import { parsePrintedPercent } from '../../indicator/reconcile/parse-printed.js';
import { scaledPercentHalfUp, type DisplayLocale } from '../../share/index.js';
import { toDisplayLocale } from '../../text/locale.js';
import { countWithNoun, resolveNoun } from '../phrases/count.js';
import type { ReportNounKey } from '../phrases/nouns.js';
import type { InlinePart, ReportSection } from '../schema.js';

/** A percentage as the source report printed it, with the count and the population it was computed from. */
export interface PrintedFigure {
  /** What the figure is of, as a list item names it: «работа с учителями по отдельному направлению». */
  label: string;
  count: number;
  population: number;
  /** As printed: «27,7%», «94%». */
  printed: string;
}

/** Parts that a report lists under a whole and that should add up to it. */
export interface PrintedSum {
  label: string;
  parts: readonly number[];
  whole: number;
  noun: ReportNounKey;
  /** What the whole is, in the genitive plural after a number's noun: «работающих с обучающимися». */
  wholeOf?: string;
}

/** Options of `printedFiguresSection`. */
export interface PrintedFiguresOptions {
  id?: string;
  /** Default «Расхождения в исходном документе». */
  title?: string;
  sums?: readonly PrintedSum[];
  locale?: DisplayLocale;
}

/**
 * The sentence for a printed percentage its counts do not give, or `null` when it agrees. A figure
 * printed with fewer decimals is checked at the decimals printed (seed 000's «94%» for 17 of 18 is
 * right at whole percents; its «27,7%» for 5 of 18 is not).
 */
export function printedFigureRemark(
  figure: PrintedFigure,
  requested: DisplayLocale = 'ru',
): InlinePart[] | null {
  const locale = toDisplayLocale(requested);
  const printed = parsePrintedPercent(figure.printed);
  if (!printed || figure.population <= 0) return null;
  if (scaledPercentHalfUp(figure.count, figure.population, printed.decimals) === printed.scaled) return null;
  const precision = Math.max(printed.decimals, 1);
  const stated = `${figure.printed.trim().replace(/\s*%$/u, '')}%`;
  const explanation = explainMismatch(figure.count, figure.population, printed, printed.decimals);
  const ru = locale === 'ru';
  return [
    { kind: 'text', text: `${figure.label}: ${ru ? 'указано' : 'the source states'} ` },
    { kind: 'text', text: stated, cited: true },
    {
      kind: 'text',
      text: ru
        ? `, но ${figure.count} из ${figure.population} — это `
        : `, but ${figure.count} of ${figure.population} is `,
    },
    { kind: 'share', numerator: figure.count, denominator: figure.population, precision, show: 'percent' },
    { kind: 'text', text: `. ${reconcileMessages.explanation(explanation, locale)}` },
  ];
}

/** The sentence for parts that do not add up to their whole, or `null` when they do. */
export function printedSumRemark(sum: PrintedSum, requested: DisplayLocale = 'ru'): string | null {
  const locale = toDisplayLocale(requested);
  const total = sum.parts.reduce((a, b) => a + b, 0);
  if (total === sum.whole) return null;
  const parts = sum.parts.join(' + ');
  if (locale === 'en') {
    return `${sum.label}: ${parts} = ${countWithNoun(total, sum.noun, { locale })}, but the whole is ${sum.whole}.`;
  }
  const whole = sum.wholeOf
    ? `${resolveNoun(sum.noun).nominative[2]}, ${sum.wholeOf}, — ${sum.whole}`
    : `всего ${countWithNoun(sum.whole, sum.noun)}`;
  return `${sum.label}: ${parts} = ${countWithNoun(total, sum.noun)}, а ${whole}.`;
}

/**
 * What the source document got wrong, flagged rather than silently corrected: the regenerated report
 * prints the figures its counts give, and this section lists where the source printed others and
 * parts that do not add up. `null` when there is nothing to flag.
 */
export function printedFiguresSection(
  figures: readonly PrintedFigure[],
  options: PrintedFiguresOptions = {},
): ReportSection | null {
  const locale = toDisplayLocale(options.locale);
  const remarks = [
    ...figures.map((figure) => printedFigureRemark(figure, locale)),
    ...(options.sums ?? []).map((sum) => printedSumRemark(sum, locale)),
  ].filter((remark): remark is InlinePart[] | string => remark !== null);
  if (remarks.length === 0) return null;
  return {
    id: options.id ?? 'printed-figures',
    title:
      options.title ??
      (locale === 'en' ? 'Discrepancies in the source document' : 'Расхождения в исходном документе'),
    blocks: [
      {
        kind: 'list',
        ordered: false,
        items: remarks.map((text) => ({ text })),
      },
    ],
  };
}
