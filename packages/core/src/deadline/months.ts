import { stemmer } from '@orama/stemmers/russian';
import { russianMonths, russianMonthsGenitive } from './month-names.js';

/** Lower-cases a Russian word and folds «ё» into «е», as methodologists use both. */
export function foldWord(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/** The Snowball stem of a Russian word after folding: «декабре» → «декабр». */
export function stemWord(word: string): string {
  return stemmer(foldWord(word));
}

// The same names as date-fns' Russian locale (its test compares them), written here so that the
// core does not carry the whole locale. Stemming both cases also covers the prepositional one
// the seeds write («в январе», «в феврале-августе»).
const monthByStem = new Map<string, number>();
for (const names of [russianMonthsGenitive, russianMonths])
  names.forEach((name, month) => monthByStem.set(stemWord(name), month));

// Abbreviations as date-fns' Russian locale matches them («янв», «сент.», «нояб»): one group per month.
const abbreviation =
  /^(?:(янв)|(фев)|(март?)|(апр)|(ма[йя])|(июн[ья]?)|(июл[ья]?)|(авг)|(сент?)|(окт)|(нояб?)|(дек))\.?/i;

/** The month (0–11) a Russian word names in any case or as an abbreviation («дек.»), or `undefined`. */
export function monthOfWord(word: string): number | undefined {
  const folded = foldWord(word);
  const byStem = monthByStem.get(stemmer(folded));
  if (byStem !== undefined) return byStem;
  // Abbreviations («сент», «дек.») only when the whole word is one, so that «маршрут» never reads as March.
  const match = abbreviation.exec(folded);
  if (match === null || folded.length > 5) return undefined;
  const rest = folded.slice(match[0].length);
  if (rest !== '' && rest !== '.') return undefined;
  const month = match.slice(1).findIndex((group) => group !== undefined);
  return month < 0 ? undefined : month;
}
