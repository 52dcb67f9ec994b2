import { pluralRu } from '../../dynamics/plural.js';
import type { DisplayLocale } from '../../share/index.js';
import type { NounInput } from '../schema.js';
import { reportNouns, type CountedNoun, type ReportNounKey } from './nouns.js';

/** A noun by key, or the noun itself. */
export function resolveNoun(noun: ReportNounKey | CountedNoun): CountedNoun {
  return typeof noun === 'string' ? reportNouns[noun] : noun;
}

/**
 * A count with its noun in agreement: «1 школа», «2 школы», «5 школ», «11 школ», «21 школа»; in the
 * genitive for «из 18 школ», «из 21 школы»; «5 schools» in English.
 */
export function countWithNoun(
  count: number,
  noun: ReportNounKey | CountedNoun,
  options: { case?: 'nominative' | 'genitive'; locale?: DisplayLocale } = {},
): string {
  const forms = resolveNoun(noun);
  if (options.locale === 'en') return `${count} ${count === 1 ? forms.en[0] : forms.en[1]}`;
  return `${count} ${pluralRu(count, options.case === 'genitive' ? forms.genitive : forms.nominative)}`;
}

/** The noun of a value object: a built-in key as is, otherwise its forms. */
export function nounInput(noun: ReportNounKey | CountedNoun): NounInput {
  return typeof noun === 'string' ? noun : { forms: [...noun.nominative], genitive: [...noun.genitive] };
}
