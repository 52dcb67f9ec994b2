import type { RussianPluralForms } from '../dynamics/plural.js';
import { pluralRu } from '../dynamics/plural.js';
import { formatAmount } from '../dynamics/format.js';
import {
  computeShare,
  formatDecimal,
  formatScaled,
  roundHalfUp,
  scaledPercentHalfUp,
} from '../share/index.js';
import type { DisplayLocale } from '../share/index.js';
import { pastTenseVerbs, type Agreement } from './phrases/agreement.js';
import { reportNouns } from './phrases/nouns.js';
import type {
  InlinePart,
  NounInput,
  ReportChangeValue,
  ReportShareChangeValue,
  ReportShareValue,
  ReportValue,
  RichText,
  TableCell,
} from './schema.js';
import { toDisplayLocale } from '../text/locale.js';

/** What a report prints where there is no number: an empty cell, a share of an empty population. */
export const noValueMark = '—';

interface NounForms {
  nominative: RussianPluralForms;
  genitive: RussianPluralForms;
  en?: readonly [string, string];
}

function nounForms(noun: NounInput): NounForms {
  if (typeof noun === 'string') return reportNouns[noun];
  return { nominative: noun.forms, genitive: noun.genitive ?? noun.forms };
}

/** «7 школ», «из 18 школ» (genitive), «7 schools». */
function withNoun(
  count: number,
  noun: NounInput | undefined,
  grammaticalCase: 'nominative' | 'genitive',
  locale: DisplayLocale,
): string {
  if (noun === undefined) return String(count);
  const forms = nounForms(noun);
  if (locale === 'en' && forms.en) return `${count} ${count === 1 ? forms.en[0] : forms.en[1]}`;
  return `${count} ${pluralRu(count, grammaticalCase === 'genitive' ? forms.genitive : forms.nominative)}`;
}

/** The percentage of a share as printed, «38,9%», or «—» for an empty population. */
export function sharePercentText(
  value: Pick<ReportShareValue, 'numerator' | 'denominator' | 'precision'>,
  locale: DisplayLocale = 'ru',
): string {
  return (
    computeShare(value.numerator, value.denominator, { precision: value.precision, locale }).display ??
    noValueMark
  );
}

function formatShare(value: ReportShareValue, locale: DisplayLocale): string {
  const percent = sharePercentText(value, locale);
  const count = withNoun(value.numerator, value.noun, 'nominative', locale);
  const of = locale === 'ru' ? 'из' : 'of';
  const fraction =
    value.noun === undefined
      ? `${value.numerator} ${of} ${value.denominator}`
      : `${value.numerator} ${of} ${withNoun(value.denominator, value.noun, 'genitive', locale)}`;
  switch (value.show ?? 'percent') {
    case 'percent':
      return percent;
    case 'count':
      return count;
    case 'count-percent':
      return `${count} (${percent})`;
    case 'percent-count':
      return `${percent} (${count})`;
    case 'fraction':
      return fraction;
    case 'fraction-percent':
      return `${fraction} (${percent})`;
    case 'percent-fraction':
      return `${percent} (${fraction})`;
  }
}

const englishVerbs = { rise: 'rose', fall: 'fell', unchanged: 'did not change' } as const;

/** «выросла на 0,7 балла», «снизилась на 2,4 п.п.», «не изменилась»; «+0,7 балла»; «0,7 балла». */
function formatDifference(
  absolute: number,
  unit: ReportChangeValue['unit'],
  precision: number,
  style: ReportChangeValue['style'],
  agreement: Agreement,
  locale: DisplayLocale,
): string {
  const amount =
    unit === 'number'
      ? formatDecimal(Math.abs(absolute), precision, locale)
      : formatAmount(absolute, unit, precision, locale);
  const rounded = Number(formatDecimal(absolute, precision, 'en'));
  if (style === 'amount') return amount;
  if (style === 'verb') {
    if (rounded === 0) return locale === 'ru' ? pastTenseVerbs.unchanged[agreement] : englishVerbs.unchanged;
    const direction = rounded > 0 ? 'rise' : 'fall';
    return locale === 'ru'
      ? `${pastTenseVerbs[direction][agreement]} на ${amount}`
      : `${englishVerbs[direction]} by ${amount}`;
  }
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '';
  return `${sign}${amount}`;
}

/** The difference `to − from` of two measured values, free of binary noise (13,1 − 12,4 = 0,7). */
export function changeAmount(value: Pick<ReportChangeValue, 'from' | 'to'>): number {
  return roundHalfUp(value.to - value.from, 10);
}

/**
 * The difference of two shares in percentage points, as the difference of their percentages as
 * printed (each rounded half-up to `precision`); `null` when either population is empty.
 */
export function shareChangeAmount(
  value: Pick<ReportShareChangeValue, 'from' | 'to' | 'precision'>,
): number | null {
  if (value.from.denominator === 0 || value.to.denominator === 0) return null;
  const from = scaledPercentHalfUp(value.from.numerator, value.from.denominator, value.precision);
  const to = scaledPercentHalfUp(value.to.numerator, value.to.denominator, value.precision);
  return Number(formatScaled(to - from, value.precision, 'en'));
}

/** A value object as the report prints it, in the requested language. */
export function formatReportValue(value: ReportValue, requested: DisplayLocale = 'ru'): string {
  const locale = toDisplayLocale(requested);
  switch (value.kind) {
    case 'share':
      return formatShare(value, locale);
    case 'count':
      return withNoun(value.value, value.noun, value.case ?? 'nominative', locale);
    case 'presence':
      return locale === 'ru'
        ? value.present
          ? 'имеется'
          : 'отсутствует'
        : value.present
          ? 'present'
          : 'absent';
    case 'measure': {
      const number = formatDecimal(value.value, value.precision, locale);
      if (value.unit === 'percent') return `${number}%`;
      if (value.unit === 'points') return formatAmount(value.value, 'points', value.precision, locale);
      return number;
    }
    case 'change':
      return formatDifference(
        changeAmount(value),
        value.unit,
        value.precision,
        value.style,
        value.agreement ?? 'feminine',
        locale,
      );
    case 'share-change': {
      const amount = shareChangeAmount(value);
      if (amount === null) return noValueMark;
      return formatDifference(
        amount,
        'percentage-points',
        value.precision,
        value.style,
        value.agreement ?? 'feminine',
        locale,
      );
    }
  }
}

/**
 * Text runs and values joined into the sentence a report prints. A full stop after an abbreviation's
 * own («… на 2,4 п.п.» + «.») is dropped, as Russian typography does.
 */
export function renderParts(parts: readonly InlinePart[], locale: DisplayLocale = 'ru'): string {
  let out = '';
  for (const part of parts) {
    const text = part.kind === 'text' ? part.text : formatReportValue(part, locale);
    out += out.endsWith('.') && text.startsWith('.') ? text.slice(1) : text;
  }
  return out;
}

/** Rich text as printed: a string as typed, or its parts joined. */
export function renderRichText(text: RichText, locale: DisplayLocale = 'ru'): string {
  return typeof text === 'string' ? text : renderParts(text, locale);
}

/** A table cell as printed: «—» when empty. */
export function renderCell(cell: TableCell, locale: DisplayLocale = 'ru'): string {
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'empty') return noValueMark;
  return formatReportValue(cell, locale);
}
