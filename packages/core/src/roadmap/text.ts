import { stemmer } from '@orama/stemmers/russian';

// Service words that carry no meaning for matching: «работа с учителями» and «работа учителями» compare equal.
const stopWords = new Set([
  'в',
  'во',
  'на',
  'с',
  'со',
  'по',
  'о',
  'об',
  'обо',
  'и',
  'а',
  'для',
  'к',
  'ко',
  'из',
  'от',
  'за',
  'при',
  'через',
  'у',
  'как',
  'что',
  'это',
  'его',
  'ее',
  'их',
  'то',
  'же',
  'ли',
  'бы',
  'также',
  'или',
]);

/** The words of a text, lower-cased with «ё» folded into «е»; hyphenated words split («мастер-класс»). */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replaceAll('ё', 'е')
      .match(/[a-zа-я]+/g) ?? []
  );
}

// Stemming is most of the cost of reviewing a municipality's roadmaps at once, and their words
// repeat: each word is stemmed once per process (bounded, so a long-lived server stays small).
const stems = new Map<string, string>();

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size < 200_000) stems.set(word, stem);
  }
  return stem;
}

// Every rule reads the same planned result again, and a region's roadmaps copy the same texts
// («Повышение качества образования»): each text is split and stemmed once per process (bounded).
// The arrays are shared, hence read-only.
const textStems = new Map<string, readonly string[]>();

/** The Snowball stems of a text's meaningful words: «Проведения семинаров» → [«проведен», «семинар»]. */
export function stemsOf(text: string): readonly string[] {
  let found = textStems.get(text);
  if (found === undefined) {
    found = wordsOf(text)
      .filter((word) => !stopWords.has(word))
      .map((word) => stemOf(word));
    if (textStems.size >= 100_000) textStems.clear();
    textStems.set(text, found);
  }
  return found;
}

/** A vocabulary phrase as stems, ready for `containsPhrase`. */
export function compilePhrase(phrase: string): string[] {
  return [...stemsOf(phrase)];
}

/**
 * Whether the stems contain the phrase's stems contiguously, in order. Stems compare exactly: the
 * stemmer folds inflection («семинара», «семинаре»), and derivations («отчёт», «отчётный») are listed
 * as words of their own, so that short stems never match by accident («дол» of «доля» vs «должны»).
 */
export function containsPhrase(stems: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= stems.length; start += 1) {
    if (phrase.every((stem, offset) => stems[start + offset] === stem)) return true;
  }
  return false;
}

/** Whether the stems are exactly the phrase (same words, same order, nothing else). */
export function equalsPhrase(stems: readonly string[], phrase: readonly string[]): boolean {
  return stems.length === phrase.length && containsPhrase(stems, phrase);
}

/** A comparison key: two texts with the same key say the same thing in other word forms or punctuation. */
export function comparisonKey(text: string): string {
  return stemsOf(text).join(' ');
}

/** A text as a remark quotes it: trimmed, without the full stop that would double the remark's own. */
export function quotable(text: string): string {
  return text.trim().replace(/[.;,\s]+$/, '');
}
