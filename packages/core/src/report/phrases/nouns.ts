import type { RussianPluralForms } from '../../dynamics/plural.js';

/** The grammatical gender of a Russian noun: it decides «составил / составила / составило». */
export type GrammaticalGender = 'masculine' | 'feminine' | 'neuter';

/**
 * A noun a report counts: its forms after a number in the nominative (1 школа, 2 школы, 5 школ),
 * in the genitive («из 1 школы», «из 5 школ»), its gender, and English singular and plural.
 */
export interface CountedNoun {
  nominative: RussianPluralForms;
  genitive: RussianPluralForms;
  gender: GrammaticalGender;
  en: readonly [one: string, many: string];
}

/**
 * A counted noun from its three nominative forms and its genitive singular: after «из» the genitive
 * of 2–4 and of 5 are both the genitive plural, which is the nominative form of 5 («из 3 школ»).
 */
function counted(
  nominative: RussianPluralForms,
  genitiveOne: string,
  gender: GrammaticalGender,
  en: readonly [one: string, many: string],
): CountedNoun {
  const many = nominative[2];
  return { nominative, genitive: [genitiveOne, many, many], gender, en };
}

/** The nouns the seed reports count, by key. */
export const reportNouns = {
  school: counted(['школа', 'школы', 'школ'], 'школы', 'feminine', ['school', 'schools']),
  organisation: counted(
    ['общеобразовательная организация', 'общеобразовательные организации', 'общеобразовательных организаций'],
    'общеобразовательной организации',
    'feminine',
    ['school', 'schools'],
  ),
  teacher: counted(['педагог', 'педагога', 'педагогов'], 'педагога', 'masculine', ['teacher', 'teachers']),
  student: counted(['обучающийся', 'обучающихся', 'обучающихся'], 'обучающегося', 'masculine', [
    'student',
    'students',
  ]),
  activity: counted(['мероприятие', 'мероприятия', 'мероприятий'], 'мероприятия', 'neuter', [
    'activity',
    'activities',
  ]),
  landing: counted(
    ['методический десант', 'методических десанта', 'методических десантов'],
    'методического десанта',
    'masculine',
    ['methodological landing', 'methodological landings'],
  ),
  team: counted(['школьная команда', 'школьные команды', 'школьных команд'], 'школьной команды', 'feminine', [
    'school team',
    'school teams',
  ]),
  day: counted(['день', 'дня', 'дней'], 'дня', 'masculine', ['day', 'days']),
} as const satisfies Record<string, CountedNoun>;

/** The key of a built-in counted noun: `school`, `teacher`, … */
export type ReportNounKey = keyof typeof reportNouns;

/** The keys of the built-in nouns, for the schema. */
export const reportNounKeys = Object.keys(reportNouns) as [ReportNounKey, ...ReportNounKey[]];
