/**
 * The shape of a planned result, read from its words rather than looked up in a list: seed 000's
 * «Повышение качества образования» is an improvement noun governing an abstract noun, and every new
 * wording of the same defect («Улучшение успеваемости», «Рост педагогического мастерства»,
 * «Повысится мотивация учащихся») has that shape too.
 */

/**
 * Words of change in a direction with no end point (улучшение, повышение, рост, …): nouns and their
 * verbs, by prefix. «Восстановление», «разработка», «проведение» are not among them: they name an act.
 */
const improvementPrefixes = [
  'повышен', // повышение
  'повыс', // повысится, повысить
  'повыша', // повышается
  'улучш', // улучшение, улучшится
  'совершенствов', // совершенствование
  'усовершенств',
  'развити', // развитие (not «развивающ…» adjectives of methods)
  'разовьет',
  'рост', // рост, роста (but not «ростов…», see below)
  'возраст', // возрастание, возрастёт
  'вырастет',
  'вырастут',
  'увеличен', // увеличение (without a number it is as vague as «повышение»)
  'увеличит',
  'усилен',
  'укреплен',
  'оптимизац',
  'активизац',
  'обеспечени', // обеспечение качества
  'стимулирован',
  'формировани', // формирование функциональной грамотности
  'сформирован',
] as const;

/** «Ростов», «ростовский» are a city, not growth. */
const notImprovement = /^ростов/u;

/**
 * Abstract nouns by their suffixes: -ость (успеваемость, грамотность), -ство (качество, мастерство),
 * -ние/-тие (образование, развитие, обучение), -ция (мотивация, компетенция, квалификация), -изм
 * (профессионализм), in any case form.
 */
const abstractSuffix =
  /(?:ост|ств|ни|ти|ци|изм)(?:ь|и|ью|ей|ям|ями|ях|о|а|у|ом|е|я|ю|ем|й|ий|ия|ию|ией|иям|иями|иях|ы|ов|ам|ами|ах)?$/u;

/**
 * Abstract nouns whose suffix does not show it: a level, an interest, results, knowledge, skills, a
 * climate, the work «совершенствование работы».
 */
const abstractRoots = [
  'уровен',
  'уровн',
  'интерес',
  'результат',
  'показател',
  'знани',
  'навык',
  'умени',
  'климат',
  'культур',
  'потенциал',
  'кругозор',
  'работ',
  'динамик',
  'имидж',
  'статус',
  'мастерств',
  'здоров',
  'благополуч',
] as const;

/** «Положительная динамика», «позитивная динамика»: a direction with no size. */
const directionAdjective = /^(?:положительн|позитивн|устойчив|стабильн)/u;

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .match(/[a-zа-я]+(?:-[a-zа-я]+)?/gu) ?? [];

function isImprovementWord(word: string): boolean {
  if (notImprovement.test(word)) return false;
  return improvementPrefixes.some((prefix) => word.startsWith(prefix));
}

/** Whether a word reads as an abstract noun: by suffix, or one of the suffix-less abstract roots. */
export function isAbstractNoun(word: string): boolean {
  const lower = word.toLowerCase().replaceAll('ё', 'е');
  if (lower.length < 4) return false;
  return abstractSuffix.test(lower) || abstractRoots.some((root) => lower.startsWith(root));
}

/** What `nominalisedImprovement` found: the improvement word and the abstract noun it governs. */
export interface ImprovementPhrase {
  improvement: string;
  object: string;
}

// An improvement word governs its object within a few words: «повышение профессиональной компетентности».
const objectWindow = 3;

/**
 * Finds an improvement of an abstract quality: an improvement word (noun or verb) with an abstract
 * noun among the next three words («Повышение качества образования», «Повысится мотивация»), or a
 * direction adjective with «динамика» («Положительная динамика результатов»). Whether the result
 * also has a measure is the caller's question.
 */
export function nominalisedImprovement(text: string): ImprovementPhrase | undefined {
  const words = wordsOf(text);
  for (const [index, word] of words.entries()) {
    if (directionAdjective.test(word) && words[index + 1]?.startsWith('динамик')) {
      return { improvement: word, object: words[index + 1] as string };
    }
    if (!isImprovementWord(word)) continue;
    const window = words.slice(index + 1, index + 1 + objectWindow);
    // The word before the improvement may carry the object too: «Мотивация учащихся повысится».
    const before = words.slice(Math.max(0, index - objectWindow), index);
    const object = window.find(isAbstractNoun) ?? before.find(isAbstractNoun);
    if (object) return { improvement: word, object };
  }
  return undefined;
}
