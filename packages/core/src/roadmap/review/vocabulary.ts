import { stemmer } from '@orama/stemmers/russian';
import { compilePhrase, containsPhrase, equalsPhrase, stemsOf } from '../text.js';

/**
 * The words the review rules look for, as plain Russian phrases in any grammatical form: the stemmer
 * makes «семинара» match «семинар». A region extends or replaces any list.
 */
export interface ReviewVocabularyLists {
  /**
   * General formulations beyond the built-in shape (an improvement of an abstract quality); empty by
   * default, a region adds its own («рейтинг школы в районе»).
   */
  vaguePhrases: string[];
  /** Words of a measure: a share, a count, a threshold («доля», «не ниже»). */
  measurableMarkers: string[];
  /** Products and documents a result can be checked by («ИОМ», «технологическая карта», «отчёт»). */
  productMarkers: string[];
  /** Application in practice («применение», «используют», «внедрены»). */
  applicationMarkers: string[];
  /** Observable criteria of students' or teachers' results («выполнивших», «справились», «решают»). */
  observableMarkers: string[];
  /**
   * Passive formats beyond the built-in activity forms («лекция», «посещение семинара»). Plain «участие»
   * is not one: students taking part in an olympiad are not passive.
   */
  passiveMarkers: string[];
  /** Section titles that name a group instead of a direction (seed 000: «Работа с учителями»). */
  genericSectionTitles: string[];
  /** Words after which a number is not a measure («9 классов», «2023 год», «I четверть»). */
  nonMeasureNumberWords: string[];
}

/** The built-in vocabulary, drawn from seed 000's remarks and the way roadmaps are written. */
export const defaultReviewVocabulary: Readonly<ReviewVocabularyLists> = {
  // Vagueness is recognised by the shape of the phrase (see `phrase.ts`); this list only carries a
  // region's own additions. Seed 000's wordings are kept as tests of the shape, not as the mechanism.
  vaguePhrases: [],
  measurableMarkers: [
    'доля',
    'процент',
    'процентов',
    'количество',
    'число',
    'не менее',
    'не ниже',
    'не более',
    'не выше',
    'средний балл',
    'неудовлетворительные',
  ],
  productMarkers: [
    'ИОМ',
    'ИУП',
    'индивидуальный образовательный маршрут',
    'маршрут',
    'план',
    'программа',
    'карта',
    'отчёт',
    'справка',
    'протокол',
    'приказ',
    'положение',
    'конспект',
    'разработка',
    'разработан',
    'разработаны',
    'составлены',
    'составлен',
    'банк',
    'сборник',
    'памятка',
    'буклет',
    'презентация',
    'видеозапись',
    'публикация',
    'статья',
    'портфолио',
    'сертификат',
    'удостоверение',
    'диплом',
    'график',
    'расписание',
    'перечень',
    'реестр',
    'рекомендации',
    'размещена',
    'размещены',
    'размещение',
    'чек-лист',
    'анкета',
    'пособие',
    'решение',
  ],
  applicationMarkers: [
    'применение',
    'применяют',
    'применяется',
    'применять',
    'использование',
    'используют',
    'используется',
    'внедрение',
    'внедрены',
    'внедрена',
    'апробация',
    'апробированы',
  ],
  observableMarkers: [
    'выполнили',
    'выполнивших',
    'справились',
    'справившихся',
    'подтвердили',
    'подтвердивших',
    'сдали',
    'сдавших',
    'получили',
    'получивших',
    'решают',
    'решили',
    'решивших',
    'умеют',
    'демонстрируют',
    // «прошли» alone stems like «прошлый» («темы прошлого года»): only with what was passed.
    'прошли курсы',
    'прошли обучение',
    'прошли диагностику',
    'прошли стажировку',
    'прошли аттестацию',
    'прошедших',
  ],
  // «беседа» is a talk given to listeners (unlike «собеседование», an interview, which is two-way).
  passiveMarkers: [
    'беседа',
    'лекция',
    'лекторий',
    'просмотр вебинара',
    'прослушивание',
    'посещение семинара',
    'посещение вебинара',
    'посещение курсов',
  ],
  genericSectionTitles: [
    'работа с учителями',
    'работа с педагогами',
    'работа с педагогическими кадрами',
    'работа с педагогическим коллективом',
    'работа с кадрами',
    'работа с учащимися',
    'работа с обучающимися',
    'работа с учениками',
    'работа с детьми',
    'работа с родителями',
    'работа с семьей',
    'работа с семьями',
    'работа с родительской общественностью',
    'учителя',
    'педагоги',
    'учащиеся',
    'обучающиеся',
    'родители',
    'методическая работа',
    'мероприятия',
    'прочее',
  ],
  nonMeasureNumberWords: [
    'класс',
    'классы',
    'классов',
    'четверть',
    'полугодие',
    'квартал',
    'год',
    'года',
    'г',
    'гг',
    'час',
    'часов',
    'ч',
  ],
};

/** One phrase of a vocabulary list, with its stems. */
export interface VocabularyEntry {
  phrase: string;
  stems: string[];
}

/** A vocabulary ready for matching: every phrase stemmed once. */
export type CompiledReviewVocabulary = {
  readonly [K in keyof ReviewVocabularyLists]: readonly VocabularyEntry[];
};

/** Stems every phrase of the lists once, so the rules only compare. */
export function compileReviewVocabulary(lists: ReviewVocabularyLists): CompiledReviewVocabulary {
  const compile = (phrases: readonly string[]) =>
    phrases
      .map((phrase) => ({ phrase, stems: compilePhrase(phrase) }))
      .filter((entry) => entry.stems.length > 0);
  return {
    vaguePhrases: compile(lists.vaguePhrases),
    measurableMarkers: compile(lists.measurableMarkers),
    productMarkers: compile(lists.productMarkers),
    applicationMarkers: compile(lists.applicationMarkers),
    observableMarkers: compile(lists.observableMarkers),
    passiveMarkers: compile(lists.passiveMarkers),
    genericSectionTitles: compile(lists.genericSectionTitles),
    nonMeasureNumberWords: compile(lists.nonMeasureNumberWords),
  };
}

/** The lists with a region's additions appended. */
export function extendReviewVocabulary(
  base: ReviewVocabularyLists,
  extension: Partial<ReviewVocabularyLists>,
): ReviewVocabularyLists {
  const merged = { ...base };
  for (const key of Object.keys(extension) as (keyof ReviewVocabularyLists)[]) {
    merged[key] = [...base[key], ...(extension[key] ?? [])];
  }
  return merged;
}

/** The first entry of the list the text contains, or `undefined`. */
export function findPhrase(text: string, entries: readonly VocabularyEntry[]): VocabularyEntry | undefined {
  const stems = stemsOf(text);
  return entries.find((entry) => containsPhrase(stems, entry.stems));
}

/** The entry the text is exactly (nothing else in it), or `undefined`. */
export function matchWholePhrase(
  text: string,
  entries: readonly VocabularyEntry[],
): VocabularyEntry | undefined {
  const stems = stemsOf(text);
  return entries.find((entry) => equalsPhrase(stems, entry.stems));
}

const numberOrWord = /№\s*\d+|\d+(?:[.,]\d+)?\s*%|\d+(?:[.,]\d+)?|[a-zа-яё]+/gi;

/**
 * Whether the text holds a number that measures something: «45%», «5 учителей», «не ниже 3,8».
 * Years («2023»), numbers of schools or orders («№ 8») and of classes or terms («9 классов»,
 * «I четверть») do not measure anything.
 */
export function hasMeasuringNumber(text: string, vocabulary: CompiledReviewVocabulary): boolean {
  return remembered(vocabulary, 'measuring', text, measuringNumber);
}

function measuringNumber(text: string, vocabulary: CompiledReviewVocabulary): boolean {
  const tokens = text.match(numberOrWord) ?? [];
  const ignoredAfter = nonMeasureStems(vocabulary);
  return tokens.some((token, index) => {
    if (!/\d/.test(token) || token.startsWith('№')) return false;
    if (token.endsWith('%')) return true;
    if (/^(19|20)\d\d$/.test(token)) return false;
    const nextWord = tokens.slice(index + 1).find((candidate) => !/\d/.test(candidate));
    return !(nextWord && ignoredAfter.has(stemmer(nextWord.toLowerCase().replaceAll('ё', 'е'))));
  });
}

// The rules ask the same questions of the same texts (a region's roadmaps copy their planned
// results): each answer is kept per compiled vocabulary and text, bounded. All are pure.
type Question = 'measuring' | 'product' | 'checkable';
const answers = new WeakMap<CompiledReviewVocabulary, Record<Question, Map<string, boolean>>>();
const nonMeasure = new WeakMap<CompiledReviewVocabulary, Set<string>>();

function nonMeasureStems(vocabulary: CompiledReviewVocabulary): Set<string> {
  let stems = nonMeasure.get(vocabulary);
  if (stems === undefined) {
    stems = new Set(vocabulary.nonMeasureNumberWords.map((entry) => entry.stems.join(' ')));
    nonMeasure.set(vocabulary, stems);
  }
  return stems;
}

function remembered(
  vocabulary: CompiledReviewVocabulary,
  question: Question,
  text: string,
  answer: (text: string, vocabulary: CompiledReviewVocabulary) => boolean,
): boolean {
  let byQuestion = answers.get(vocabulary);
  if (byQuestion === undefined) {
    byQuestion = { measuring: new Map(), product: new Map(), checkable: new Map() };
    answers.set(vocabulary, byQuestion);
  }
  const known = byQuestion[question];
  let value = known.get(text);
  if (value === undefined) {
    value = answer(text, vocabulary);
    if (known.size >= 50_000) known.clear();
    known.set(text, value);
  }
  return value;
}

/** Whether the text names a product, a document, an application in practice or an observable outcome. */
export function namesProductOrApplication(text: string, vocabulary: CompiledReviewVocabulary): boolean {
  return remembered(vocabulary, 'product', text, namesProduct);
}

function namesProduct(text: string, vocabulary: CompiledReviewVocabulary): boolean {
  const stems = stemsOf(text);
  return [vocabulary.productMarkers, vocabulary.applicationMarkers, vocabulary.observableMarkers].some(
    (list) => list.some((entry) => containsPhrase(stems, entry.stems)),
  );
}

/** Whether a planned result can be checked: a measuring number, a measure word, a product or an observable outcome. */
export function isCheckableResult(text: string, vocabulary: CompiledReviewVocabulary): boolean {
  return remembered(vocabulary, 'checkable', text, checkable);
}

function checkable(text: string, vocabulary: CompiledReviewVocabulary): boolean {
  return (
    hasMeasuringNumber(text, vocabulary) ||
    findPhrase(text, vocabulary.measurableMarkers) !== undefined ||
    namesProductOrApplication(text, vocabulary)
  );
}
