import type { DirectionCatalogue } from './catalogue.js';
import type { RoadmapSection } from './schema.js';
import type { TargetGroup } from './target-group.js';
import { stemsOf, wordsOf } from './text.js';

/**
 * The words schools write under each built-in direction, beyond the catalogue's short titles: the
 * catalogue says «Повышение мотивации учения», a school writes «олимпиады», «проектная
 * деятельность». A region's own directions are matched by their titles and `examples`.
 */
const builtInKeywords: Readonly<Record<string, readonly string[]>> = {
  'teachers-professional-development': [
    'профессиональное развитие',
    'курсы повышения квалификации',
    'самообразование',
    'методическое объединение',
    'открытые уроки',
    'взаимопосещение уроков',
    'наставничество',
    'профессиональные дефициты',
  ],
  'teachers-specific-area': [
    'ИКТ',
    'цифровые технологии',
    'обучающиеся с ОВЗ',
    'инклюзивное образование',
    'одаренные дети',
    'отдельные категории обучающихся',
    'функциональная грамотность',
  ],
  'teachers-education-quality': [
    'качество образования',
    'объективность оценивания',
    'анализ результатов оценочных процедур',
    'подготовка учителей к ГИА',
  ],
  'students-psychological-support': [
    'психолог',
    'психологическая поддержка',
    'трудности в обучении',
    'тревожность',
    'адаптация',
    'социальный педагог',
  ],
  'students-motivation': [
    'мотивация',
    'интерес к учению',
    'познавательный интерес',
    'олимпиады',
    'конкурсы',
    'проектная деятельность',
  ],
  'students-assessment-results': [
    'ВПР',
    'ОГЭ',
    'ЕГЭ',
    'ГИА',
    'подготовка к экзаменам',
    'диагностика',
    'пробный экзамен',
    'ликвидация пробелов',
  ],
  'students-personal-needs': [
    'индивидуальный учебный план',
    'ИУП',
    'индивидуальная траектория',
    'дополнительное образование',
    'кружки',
    'профориентация',
  ],
  'parents-cooperation': [
    'родительское собрание',
    'совместные мероприятия',
    'родительский комитет',
    'сотрудничество',
    'консультации для родителей',
    'день открытых дверей',
  ],
  'parents-information': [
    'информирование',
    'сайт школы',
    'памятки',
    'информационная работа',
    'родительский чат',
  ],
};

// Stemming is the cost of reviewing 2 000 roadmaps; the words of a region's roadmaps repeat.
const stemCache = new Map<string, string>();

function cachedStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of wordsOf(text)) {
    let stem = stemCache.get(word);
    if (stem === undefined) {
      stem = stemsOf(word)[0] ?? '';
      if (stemCache.size < 100_000) stemCache.set(word, stem);
    }
    if (stem !== '') stems.push(stem);
  }
  return stems;
}

// Words every section uses whatever its direction («работа с учащимися», «проведение мероприятия»):
// the target group is already known, and these would make a generic title look specific.
const genericWords =
  'работа работы работе учащиеся учащихся обучающиеся обучающихся учителя учителей педагоги педагогов родители родителей мероприятие мероприятия проведение организация школа школы направление';

let genericStems: Set<string> | undefined;

// The same texts recur across a region's sections: each is reduced to its meaningful stems once.
const meaningful = new Map<string, readonly string[]>();

function meaningfulStems(text: string): readonly string[] {
  let found = meaningful.get(text);
  if (found === undefined) {
    genericStems ??= new Set(cachedStems(genericWords));
    found = cachedStems(text).filter((stem) => !genericStems!.has(stem));
    if (meaningful.size >= 100_000) meaningful.clear();
    meaningful.set(text, found);
  }
  return found;
}

interface IndexedDirection {
  id: string;
  targetGroup: TargetGroup;
  /** Stem → weight: rarer among the group's directions weighs more. */
  weights: Map<string, number>;
  /** The same as two parallel lists, walked without allocating an entry per stem. */
  stems: string[];
  values: number[];
}

/** The catalogue's directions with the stems of their titles, examples and built-in keywords. */
export interface DirectionIndex {
  catalogueId: string;
  directions: IndexedDirection[];
}

/** Prepares a catalogue for `suggestDirection` (once per catalogue, not per section). */
export function compileDirectionIndex(catalogue: DirectionCatalogue): DirectionIndex {
  const raw = catalogue.directions.map((direction) => {
    const texts = [
      direction.title.ru,
      ...(direction.examples ?? []),
      ...(builtInKeywords[direction.id] ?? []),
    ];
    return { direction, stems: new Set(texts.flatMap((text) => meaningfulStems(text))) };
  });
  const directions = raw.map(({ direction, stems }) => {
    const group = raw.filter((entry) => entry.direction.targetGroup === direction.targetGroup);
    const weights = new Map<string, number>();
    for (const stem of stems) {
      const sharing = group.filter((entry) => entry.stems.has(stem)).length;
      // A word every direction of the group uses («компетенций») says nothing about which one.
      weights.set(stem, Math.log(1 + group.length / sharing) / Math.log(1 + group.length));
    }
    return {
      id: direction.id,
      targetGroup: direction.targetGroup,
      weights,
      stems: [...weights.keys()],
      values: [...weights.values()],
    };
  });
  return { catalogueId: catalogue.id, directions };
}

/** A suggested direction for a section, with how sure it is and the words it rests on. */
export interface DirectionSuggestion {
  /** `null` when no direction of the section's group matches any word. */
  directionId: string | null;
  /** 0…1, two decimals: the leader's part of all matches, tempered when it rests on few words. */
  confidence: number;
  /** The stems that matched the suggested direction. */
  matched: string[];
}

/** A score at which one direction is fully trusted: about two distinctive words, or one in the title. */
const strongScore = 2;

/**
 * Suggests a section's direction from its title (counted twice) and its activities' texts and
 * planned results, among the directions of the section's target group, with a confidence; the
 * methodologist confirms or corrects it (`ClusterOptions.confirmed`).
 */
export function suggestDirection(section: RoadmapSection, index: DirectionIndex): DirectionSuggestion {
  const weightOf = new Map<string, number>();
  for (const stem of meaningfulStems(section.title)) weightOf.set(stem, 2);
  for (const activity of section.activities) {
    for (const text of [activity.activity, activity.plannedResult ?? '', activity.problem ?? '']) {
      for (const stem of meaningfulStems(text)) if (!weightOf.has(stem)) weightOf.set(stem, 1);
    }
  }
  const scores = index.directions
    .filter((direction) => direction.targetGroup === section.targetGroup)
    .map((direction) => {
      let score = 0;
      const matched: string[] = [];
      const { stems, values } = direction;
      for (let at = 0; at < stems.length; at++) {
        const seen = weightOf.get(stems[at]!);
        if (seen === undefined) continue;
        score += values[at]! * seen;
        matched.push(stems[at]!);
      }
      return { id: direction.id, score, matched };
    })
    .sort((a, b) => b.score - a.score);
  const best = scores[0];
  const total = scores.reduce((sum, entry) => sum + entry.score, 0);
  if (best === undefined || best.score === 0) return { directionId: null, confidence: 0, matched: [] };
  const confidence = (best.score / total) * Math.min(1, best.score / strongScore);
  return { directionId: best.id, confidence: Math.round(confidence * 100) / 100, matched: best.matched };
}
