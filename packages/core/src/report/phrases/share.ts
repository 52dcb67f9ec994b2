import type { ShareValue } from '../../share/index.js';
import type { InlinePart, ReportShareValue, ShareShow } from '../schema.js';
import {
  agreementWithCount,
  pastTense,
  pastTenseVerbs,
  subjectGender,
  type Agreement,
  type PastTenseForms,
} from './agreement.js';
import { nounInput, resolveNoun } from './count.js';
import type { CountedNoun, GrammaticalGender, ReportNounKey } from './nouns.js';
import { closeSubordinatePhrase } from '../../text/punctuation.js';

/** A count over a population: a `ShareValue` of `computeShare`, or just its counts and precision. */
export type ShareSource =
  | Pick<ShareValue, 'numerator' | 'denominator' | 'precision'>
  | { numerator: number; denominator: number; precision?: number };

/**
 * The value object of a share: it keeps the numerator and denominator, never the percentage, so the
 * printed «38,9%» is always what 7 of 18 gives.
 */
export function shareValue(
  share: ShareSource,
  options: { show?: ShareShow; noun?: ReportNounKey | CountedNoun } = {},
): ReportShareValue {
  const value: ReportShareValue = {
    kind: 'share',
    numerator: share.numerator,
    denominator: share.denominator,
    precision: share.precision ?? 1,
  };
  if (options.show !== undefined) value.show = options.show;
  if (options.noun !== undefined) value.noun = nounInput(options.noun);
  return value;
}

/** Options of `shareSentence`. */
export interface ShareSentenceOptions {
  /** What the share is of: «Доля школ муниципалитета с низкими результатами обучения». */
  subject: string;
  share: ShareSource;
  /** What the numerator counts: «7 школ», «169 педагогов». */
  noun?: ReportNounKey | CountedNoun;
  /** The subject's gender for «составила / составил / составило»; guessed from its first word when left out. */
  gender?: GrammaticalGender;
  /** `count` «38,9% (7 школ)» (default) or `fraction` «38,9% (7 из 18 школ)». */
  detail?: 'count' | 'fraction';
  /** Words after the value, before the full stop: «от общего количества школ». */
  tail?: string;
}

/**
 * «Доля … составила 38,9% (7 школ).» — the verb agrees with the subject, the percentage is a share
 * value (computed from 7 and 18 when printed), the count agrees with its noun.
 */
export function shareSentence(options: ShareSentenceOptions): InlinePart[] {
  const gender = options.gender ?? subjectGender(options.subject);
  const verb = pastTense(pastTenseVerbs.amountTo, gender);
  const show: ShareShow = options.detail === 'fraction' ? 'percent-fraction' : 'percent-count';
  const parts: InlinePart[] = [
    { kind: 'text', text: `${closeSubordinatePhrase(options.subject)} ${verb} ` },
    shareValue(options.share, { show, ...(options.noun === undefined ? {} : { noun: options.noun }) }),
  ];
  parts.push({ kind: 'text', text: options.tail ? ` ${options.tail}.` : '.' });
  return parts;
}

/** Options of `countSentence`. */
export interface CountSentenceOptions {
  count: number;
  noun: ReportNounKey | CountedNoun;
  /** Words between the count and the verb: «ШНОР» in «41 педагог ШНОР прошёл …». */
  qualifier?: string;
  /** The predicate in four forms; it agrees with the count («41 педагог прошёл», «42 педагога прошли»). */
  predicate: PastTenseForms;
  /** Words after the predicate: «курсы повышения квалификации». */
  rest?: string;
}

/**
 * «41 педагог ШНОР прошёл курсы повышения квалификации.» — the noun agrees with the number and the
 * verb with both (seed 004 wrote «41 педагог ШНОР прошли курсы»).
 */
export function countSentence(options: CountSentenceOptions): InlinePart[] {
  const noun = resolveNoun(options.noun);
  const agreement: Agreement = agreementWithCount(options.count, noun.gender);
  const words = [options.qualifier, pastTense(options.predicate, agreement), options.rest].filter(
    (word): word is string => word !== undefined && word !== '',
  );
  return [
    { kind: 'count', value: options.count, noun: nounInput(options.noun) },
    { kind: 'text', text: ` ${words.join(' ')}.` },
  ];
}
