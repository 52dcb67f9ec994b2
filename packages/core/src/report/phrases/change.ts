import type { InlinePart, ReportChangeValue, ReportShareChangeValue } from '../schema.js';
import type { Agreement } from './agreement.js';
import { subjectGender } from './agreement.js';
import type { ShareSource } from './share.js';
import { closeSubordinatePhrase } from '../../text/punctuation.js';

/** Options of `changeSentence`. */
export interface ChangeSentenceOptions {
  /** What changed: «Совокупность среднего балла по 4 предметам в МБОУ СОШ № 22». */
  subject: string;
  /** The subject's gender or the plural, for «выросла / вырос / выросло / выросли»; guessed from the first word when left out. */
  agreement?: Agreement;
  from: number;
  to: number;
  /** `points` (баллы) or `percentage-points` (п.п.). */
  unit: ReportChangeValue['unit'];
  /** Decimals of the values and the change (default 1). */
  precision?: number;
  /** How the two values are printed in «(с 12,4 до 13,1)»; left out, they are not printed. */
  values?: 'none' | 'percent';
}

/**
 * «Совокупность среднего балла … выросла на 0,7 балла (с 12,4 до 13,1).», «… снизилась на 2,4 п.п.»,
 * «… не изменилась.» — the verb agrees with the subject; the change is computed from the two values.
 */
export function changeSentence(options: ChangeSentenceOptions): InlinePart[] {
  const precision = options.precision ?? 1;
  const change: ReportChangeValue = {
    kind: 'change',
    from: options.from,
    to: options.to,
    unit: options.unit,
    precision,
    style: 'verb',
    agreement: options.agreement ?? subjectGender(options.subject),
  };
  const parts: InlinePart[] = [{ kind: 'text', text: `${closeSubordinatePhrase(options.subject)} ` }, change];
  if (options.values !== undefined) {
    const unit = options.values === 'percent' ? 'percent' : 'none';
    parts.push(
      { kind: 'text', text: ' (с ' },
      { kind: 'measure', value: options.from, precision, unit },
      { kind: 'text', text: ' до ' },
      { kind: 'measure', value: options.to, precision, unit },
      { kind: 'text', text: ')' },
    );
  }
  parts.push({ kind: 'text', text: '.' });
  return parts;
}

/** Options of `shareChangeSentence`. */
export interface ShareChangeSentenceOptions {
  /** «Доля педагогов ШНРО, имеющих ИОМ,». */
  subject: string;
  agreement?: Agreement;
  from: ShareSource;
  to: ShareSource;
  /** Print «(с 40% до 37,6%)» after the change (default true). */
  withValues?: boolean;
}

/**
 * «Доля … снизилась на 2,4 п.п. (с 40% до 37,6%).» — both percentages and their difference come from
 * the counts; the difference is that of the printed percentages, so the reader's subtraction agrees.
 */
export function shareChangeSentence(options: ShareChangeSentenceOptions): InlinePart[] {
  const precision = options.to.precision ?? options.from.precision ?? 1;
  const change: ReportShareChangeValue = {
    kind: 'share-change',
    from: { numerator: options.from.numerator, denominator: options.from.denominator },
    to: { numerator: options.to.numerator, denominator: options.to.denominator },
    precision,
    style: 'verb',
    agreement: options.agreement ?? subjectGender(options.subject),
  };
  const parts: InlinePart[] = [{ kind: 'text', text: `${closeSubordinatePhrase(options.subject)} ` }, change];
  if (options.withValues !== false) {
    parts.push(
      { kind: 'text', text: ' (с ' },
      { kind: 'share', ...change.from, precision },
      { kind: 'text', text: ' до ' },
      { kind: 'share', ...change.to, precision },
      { kind: 'text', text: ')' },
    );
  }
  parts.push({ kind: 'text', text: '.' });
  return parts;
}
