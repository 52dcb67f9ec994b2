import type { Assessment } from '../dynamics/schema.js';
import { normalizeKey } from '../registry/normalize.js';

const assessments: Readonly<Record<string, Assessment>> = {
  впр: 'vpr',
  'всероссийская проверочная работа': 'vpr',
  'всероссийские проверочные работы': 'vpr',
  огэ: 'gia-9',
  'гиа 9': 'gia-9',
  гиа9: 'gia-9',
  'огэ гиа 9': 'gia-9',
  'гиа 9 огэ': 'gia-9',
  'основной государственный экзамен': 'gia-9',
  егэ: 'gia-11',
  'гиа 11': 'gia-11',
  гиа11: 'gia-11',
  'егэ гиа 11': 'gia-11',
  'гиа 11 егэ': 'gia-11',
  'единый государственный экзамен': 'gia-11',
  vpr: 'vpr',
  'gia 9': 'gia-9',
  'gia 11': 'gia-11',
};

/** «ВПР» → `vpr`, «ОГЭ»/«ГИА-9» → `gia-9`, «ЕГЭ»/«ГИА-11» → `gia-11`. */
export function assessmentFromText(text: string): Assessment | undefined {
  return assessments[normalizeKey(text)];
}

/** How reports name each assessment. */
export const assessmentNames: Readonly<Record<Assessment, { ru: string; en: string }>> = {
  vpr: { ru: 'ВПР', en: 'VPR' },
  'gia-9': { ru: 'ОГЭ', en: 'OGE' },
  'gia-11': { ru: 'ЕГЭ', en: 'EGE' },
};

const subjects: readonly (readonly [string, readonly string[]])[] = [
  ['Математика', ['матем', 'мат', 'математика базовая', 'математика (базовая)']],
  [
    'Математика (профиль)',
    ['математика профильная', 'математика профильный уровень', 'математика (профильный уровень)'],
  ],
  ['Русский язык', ['русский', 'рус яз', 'рус язык', 'русск яз']],
  ['Окружающий мир', ['окр мир']],
  ['Биология', ['биол']],
  ['География', ['геогр']],
  ['История', ['ист']],
  ['Обществознание', ['общество', 'обществ']],
  ['Физика', ['физ']],
  ['Химия', ['хим']],
  ['Информатика', ['информатика и икт', 'инф']],
  ['Литература', ['лит']],
  ['Английский язык', ['англ яз', 'английский']],
  ['Немецкий язык', ['нем яз', 'немецкий']],
];
const subjectByKey = new Map<string, string>();
for (const [name, aliases] of subjects) {
  subjectByKey.set(normalizeKey(name), name);
  for (const alias of aliases) subjectByKey.set(normalizeKey(alias), name);
}

/** A subject's usual name: «Рус. яз.» → «Русский язык»; an unknown subject stays as written. */
export function subjectFromText(text: string): string {
  return subjectByKey.get(normalizeKey(text)) ?? text.trim().replace(/\s+/g, ' ');
}

/** A grade: «5», «5 класс», «5 кл.», «5-е классы» → 5. */
export function gradeFromText(text: string): number | undefined {
  // «5» … «11» as such: the usual case, read without the pattern below.
  if (text.length <= 2 && /^\d+$/.test(text)) {
    const grade = Number(text);
    return grade >= 1 && grade <= 11 ? grade : undefined;
  }
  const match = /^(\d{1,2})(\s*[-–]?\s*(е|й|ые)?)?(\s*(класс|классы|кл)\.?)?$/i.exec(text.trim());
  if (!match) return undefined;
  const grade = Number(match[1]);
  return grade >= 1 && grade <= 11 ? grade : undefined;
}
