import type { GrammaticalGender } from './nouns.js';

/** What a past-tense verb agrees with: a gender in the singular, or the plural. */
export type Agreement = GrammaticalGender | 'plural';

/** The four past-tense forms of a Russian verb (or predicate): составил, составила, составило, составили. */
export interface PastTenseForms {
  masculine: string;
  feminine: string;
  neuter: string;
  plural: string;
}

/** Predicates the generated sentences use. */
export const pastTenseVerbs = {
  amountTo: { masculine: 'составил', feminine: 'составила', neuter: 'составило', plural: 'составили' },
  rise: { masculine: 'вырос', feminine: 'выросла', neuter: 'выросло', plural: 'выросли' },
  fall: { masculine: 'снизился', feminine: 'снизилась', neuter: 'снизилось', plural: 'снизились' },
  unchanged: {
    masculine: 'не изменился',
    feminine: 'не изменилась',
    neuter: 'не изменилось',
    plural: 'не изменились',
  },
  takePart: {
    masculine: 'участвовал',
    feminine: 'участвовала',
    neuter: 'участвовало',
    plural: 'участвовали',
  },
} as const satisfies Record<string, PastTenseForms>;

/** The form of a past-tense verb that agrees with its subject: «доля составила», «показатель составил». */
export function pastTense(forms: PastTenseForms, agreement: Agreement): string {
  return forms[agreement];
}

/**
 * What a verb agrees with when its subject is a number with a noun: the noun's gender after 1, 21,
 * 101 (but not 11, 111), the plural otherwise — «41 педагог прошёл», «42 педагога прошли».
 */
export function agreementWithCount(count: number, gender: GrammaticalGender): Agreement {
  const n = Math.abs(count);
  return Number.isInteger(n) && n % 10 === 1 && n % 100 !== 11 ? gender : 'plural';
}

/**
 * The gender of a report's subject from its first word, for «Доля … составила», «Количество …
 * составило», «Средний балл … составил»; feminine when the word is not known (most indicators are «Доля»).
 */
export function subjectGender(subject: string): GrammaticalGender {
  const first = subject.trim().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  if (['количество', 'число', 'качество', 'значение'].includes(first)) return 'neuter';
  if (['средний', 'уровень', 'показатель', 'процент', 'результат', 'балл'].includes(first))
    return 'masculine';
  return 'feminine';
}
