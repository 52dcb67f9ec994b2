import { stemmer } from '@orama/stemmers/russian';
import type { Month } from 'date-fns';
import { ru } from 'date-fns/locale/ru';

/** Lower-cases a Russian word and folds «ё» into «е», as methodologists use both. */
export function foldWord(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/** The Snowball stem of a Russian word after folding: «декабре» → «декабр». */
export function stemWord(word: string): string {
  return stemmer(foldWord(word));
}

// Month names come from date-fns' Russian locale in both cases it knows («январь», «января»);
// stemming them also covers the prepositional case the seeds write («в январе», «в феврале-августе»).
const monthByStem = new Map<string, number>();
for (let month = 0; month < 12; month += 1) {
  for (const context of ['formatting', 'standalone'] as const) {
    monthByStem.set(stemWord(ru.localize.month(month as Month, { width: 'wide', context })), month);
  }
}

/** The month (0–11) a Russian word names in any case or as an abbreviation («дек.»), or `undefined`. */
export function monthOfWord(word: string): number | undefined {
  const folded = foldWord(word);
  const byStem = monthByStem.get(stemmer(folded));
  if (byStem !== undefined) return byStem;
  // Abbreviations («сент», «дек.») only when the whole word is one, so that «маршрут» never reads as March.
  const match = ru.match.month(folded, { width: 'abbreviated' });
  if (match && (match.rest === '' || match.rest === '.') && folded.length <= 5) return match.value as number;
  return undefined;
}
