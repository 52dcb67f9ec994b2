import type { AssessmentResult, ImportFile } from '@shnro/core';

// A region's registry as the authority exports it (after seed 001's Канск and the core's region
// fixture): a title row above the header, «;»-separated, ИНН, category and resource-risk columns.
const header =
  'Муниципальное образование;Полное наименование организации;Краткое наименование;ИНН;Категория;' +
  'Отсутствие устойчивого доступа в интернет;Недостаточно компьютерной техники;Дефицит педагогических кадров;Школа-куратор';

const kansk = [
  ['№ 1', '2400045017', 'ШНРО', '', '', ''],
  ['№ 2', '2400045024', 'ШНРО', '', '', ''],
  ['№ 3', '2400045031', 'ШНРО', '+', '+', ''],
  ['№ 5', '2400045056', 'ШНРО', '', '', '+'],
  ['№ 6', '2400045063', 'ШНСУ', '', '', ''],
  ['№ 8', '2400045088', '', '', '', ''],
] as const;

const line = ([number, inn, category, internet, computers, staff]: readonly string[]) =>
  `г. Канск;"Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа ${number}» г. Канска";` +
  `МБОУ СОШ ${number} г. Канска;${inn};${category};${internet};${computers};${staff};нет`;

/** The registry on 01.09.2023: six Канск schools. */
export const registry2023Csv = [
  'Реестр общеобразовательных организаций на 01.09.2023;;;;;;;;',
  header,
  ...kansk.map((row) => line(row)),
].join('\r\n');

/**
 * Next year's file: school № 1 leaves ШНРО, № 8 is gone, a lyceum opens; and two bad rows —
 * an ИНН with a wrong check digit, an unknown category.
 */
export const registry2024Csv = [
  'Реестр общеобразовательных организаций на 01.09.2024;;;;;;;;',
  header,
  ...kansk
    .filter(([number]) => number !== '№ 8')
    .map(([number, ...rest]) =>
      line([number!, ...rest].map((value, index) => (number === '№ 1' && index === 2 ? '' : value))),
    ),
  'г. Канск;МАОУ «Лицей № 20» г. Канска;Лицей № 20;2400045200;;;;;нет',
  'г. Канск;МБОУ СОШ № 21 г. Канска;СОШ № 21;2400045201;;;;;нет',
  'г. Канск;МБОУ СОШ № 22 г. Канска;СОШ № 22;2400045222;школа мечты;;;;нет',
].join('\r\n');

/** A CSV text as a file handed to `openFile`. */
export const csvFile = (text: string, name: string): ImportFile => ({
  name,
  data: new TextEncoder().encode(`\ufeff${text}`),
});

/** ВПР «2» above 25 % in two subjects two years running for schools № 1 and № 5 (seed 002's methodology). */
export function regionResults(): AssessmentResult[] {
  const results: AssessmentResult[] = [];
  for (const [schoolId, participants, count2] of [
    ['2400045017', 25, 8],
    ['2400045056', 23, 8],
    ['2400045024', 25, 2],
  ] as const)
    for (const year of [2022, 2023])
      for (const subject of ['Математика', 'Русский язык'])
        results.push({ schoolId, assessment: 'vpr', subject, grade: 5, year, participants, count2 });
  return results;
}

/** A valid 10-digit ИНН from its first nine digits (the check digit of the tax code). */
function inn(nine: string): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(nine[index]), 0);
  return `${nine}${(sum % 11) % 10}`;
}

/**
 * A large region's registry of `rows` schools over 60 municipalities; every 97th row has a wrong
 * check digit in its ИНН and every 211th an unknown category, so the preview has problems to show.
 */
export function largeRegistryCsv(rows: number): string {
  const lines = [header];
  for (let index = 0; index < rows; index++) {
    let code = inn(`24${String(100000 + index).padStart(7, '0')}`);
    if (index % 97 === 96) code = `${code.slice(0, 9)}${(Number(code[9]) + 1) % 10}`;
    const category = index % 211 === 210 ? 'школа мечты' : index % 7 === 0 ? 'ШНОР' : '';
    lines.push(
      `Район ${(index % 60) + 1};МБОУ «Средняя школа № ${index + 1}»;СОШ № ${index + 1};${code};${category};${index % 5 === 0 ? '+' : ''};;;нет`,
    );
  }
  return lines.join('\r\n');
}
