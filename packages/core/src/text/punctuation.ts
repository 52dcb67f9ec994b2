/**
 * Participles and relative pronouns that open a phrase set off by commas: «имеющих», «включённых»,
 * «прошедших», «которым». Recognised by their endings (-ющих, -ащих, -вших, -нных, -емых, -тых …).
 */
const opensSubordinatePhrase =
  /^(?:котор[а-яё]+|[а-яё]+(?:ющ|ащ|ящ|вш|ш|енн|ённ|анн|янн|нн|ем|им|т)(?:ий|ая|ее|ие|его|ей|их|им|ими|ем|ую|ого|ому|ых|ым|ыми|ом|ое|ые|ий|ей)(?:ся)?)$/iu;

const prepositions = new Set([
  'в',
  'во',
  'на',
  'с',
  'со',
  'для',
  'по',
  'у',
  'от',
  'к',
  'о',
  'об',
  'при',
  'из',
  'за',
]);

/**
 * A subject ready for its predicate: a participial or relative phrase opened by a comma is closed by
 * one («Доля педагогов ШНРО и ШНСУ в МСО, имеющих ИОМ,» + «составила»). Seed 001 wrote «…, имеющих
 * ИОМ составила»; a subject whose last comma opens no such phrase is left as it is.
 */
export function closeSubordinatePhrase(subject: string): string {
  const text = subject.trimEnd();
  if (text.endsWith(',')) return text;
  const lastComma = text.lastIndexOf(',');
  if (lastComma < 0) return text;
  const words = text.slice(lastComma + 1).match(/[а-яёa-z-]+/giu) ?? [];
  // «, в которых …», «, для которых …»: a preposition may come before the relative pronoun.
  const opener = prepositions.has((words[0] ?? '').toLowerCase()) ? words[1] : words[0];
  return opensSubordinatePhrase.test(opener ?? '') ? `${text},` : text;
}
