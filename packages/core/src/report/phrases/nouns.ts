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

/** The nouns the seed reports count, by key. */
export const reportNouns = {
  school: {
    nominative: ['школа', 'школы', 'школ'],
    genitive: ['школы', 'школ', 'школ'],
    gender: 'feminine',
    en: ['school', 'schools'],
  },
  organisation: {
    nominative: [
      'общеобразовательная организация',
      'общеобразовательные организации',
      'общеобразовательных организаций',
    ],
    genitive: [
      'общеобразовательной организации',
      'общеобразовательных организаций',
      'общеобразовательных организаций',
    ],
    gender: 'feminine',
    en: ['school', 'schools'],
  },
  teacher: {
    nominative: ['педагог', 'педагога', 'педагогов'],
    genitive: ['педагога', 'педагогов', 'педагогов'],
    gender: 'masculine',
    en: ['teacher', 'teachers'],
  },
  student: {
    nominative: ['обучающийся', 'обучающихся', 'обучающихся'],
    genitive: ['обучающегося', 'обучающихся', 'обучающихся'],
    gender: 'masculine',
    en: ['student', 'students'],
  },
  activity: {
    nominative: ['мероприятие', 'мероприятия', 'мероприятий'],
    genitive: ['мероприятия', 'мероприятий', 'мероприятий'],
    gender: 'neuter',
    en: ['activity', 'activities'],
  },
  landing: {
    nominative: ['методический десант', 'методических десанта', 'методических десантов'],
    genitive: ['методического десанта', 'методических десантов', 'методических десантов'],
    gender: 'masculine',
    en: ['methodological landing', 'methodological landings'],
  },
  team: {
    nominative: ['школьная команда', 'школьные команды', 'школьных команд'],
    genitive: ['школьной команды', 'школьных команд', 'школьных команд'],
    gender: 'feminine',
    en: ['school team', 'school teams'],
  },
  day: {
    nominative: ['день', 'дня', 'дней'],
    genitive: ['дня', 'дней', 'дней'],
    gender: 'masculine',
    en: ['day', 'days'],
  },
} as const satisfies Record<string, CountedNoun>;

/** The key of a built-in counted noun: `school`, `teacher`, … */
export type ReportNounKey = keyof typeof reportNouns;

/** The keys of the built-in nouns, for the schema. */
export const reportNounKeys = Object.keys(reportNouns) as [ReportNounKey, ...ReportNounKey[]];
