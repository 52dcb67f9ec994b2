import { CFB, utils, write } from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeKoi8, encodeWindows1251, regionText } from '../../test/fixtures/region/files.js';
import { describeImportProblem } from '../registry/problem.js';
import { importResults } from './import.js';

// The list of bad input, for a results file: each gets a Russian message that names the
// file (and sheet, row and column where there is one), never an exception.

const header =
  'ИНН;Наименование ОО;Процедура;Предмет;Класс;Год;Количество участников;Количество «2»;Доля «2», %';
const bytes = (text: string) => new TextEncoder().encode(text);
const sentences = async (name: string, data: Uint8Array) =>
  (await importResults({ name, data })).problems.map((problem) => [
    problem.code,
    describeImportProblem(problem),
  ]);

describe('importResults on the issue’s bad input', () => {
  it('an empty file and a 50 MB file', async () => {
    expect(await sentences('результаты.csv', new Uint8Array(0))).toEqual([
      ['empty-file', 'файл «результаты.csv»: файл пуст.'],
    ]);
    const [tooLarge] = await sentences('результаты.csv', new Uint8Array(50 * 1024 * 1024));
    expect(tooLarge).toEqual([
      'file-too-large',
      'файл «результаты.csv»: файл весит 50 МБ, а загрузить можно не больше 30 МБ. Разделите файл или сохраните только нужные листы.',
    ]);
  });

  it('Windows-1251 is read as such; KOI8-R is named as a likely wrong encoding', async () => {
    const text = `${header}\n2400045017;МБОУ СОШ № 1;ВПР;Математика;5;2023;25;8;32\n`;
    const cp1251 = await importResults({ name: 'результаты.csv', data: encodeWindows1251(text) });
    expect(cp1251.problems).toEqual([]);
    expect(cp1251.results[0]).toMatchObject({ subject: 'Математика', share2: 32, count2: 8 });
    const koi8 = await sentences(
      'результаты.csv',
      encodeKoi8('Наименование ОО;Количество участников\nСредняя школа номер один;25\n'),
    );
    expect(koi8.map(([code]) => code)).toEqual(['suspect-encoding', 'no-known-columns']);
    expect(koi8[0]![1]).toMatch(
      /^файл «результаты\.csv»: файл прочитан в кодировке Windows-1251, но текст похож/,
    );
    expect(koi8[1]![1]).toMatch(/проверьте кодировку файла/);
  });

  it('a binary file renamed to .xlsx and a password-protected workbook', async () => {
    const binary = new Uint8Array(4096).map((_, index) => (index * 37) % 256);
    expect(await sentences('результаты.xlsx', binary)).toEqual([
      [
        'not-a-table',
        'файл «результаты.xlsx»: файл назван как книга Excel, но не является ею (внутри не XLSX). Сохраните его в Excel как «Книга Excel (*.xlsx)» или как CSV.',
      ],
    ]);
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(
      container,
      '/EncryptionInfo',
      new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...bytes('<encryption/>')]),
    );
    CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(64));
    const encrypted = new Uint8Array(CFB.write(container, { type: 'array' }) as number[]);
    const [locked] = await sentences('результаты.xlsx', encrypted);
    expect(locked![0]).toBe('password-protected');
    expect(locked![1]).toMatch(/^файл «результаты\.xlsx»: книга защищена паролем/);
  });

  it('a hidden sheet and merged header cells in a workbook', async () => {
    const shown = utils.aoa_to_sheet([
      ['Результаты ВПР 2023'],
      ['ИНН', 'Предмет', 'Класс', 'Год', 'Количество участников', 'Доля отметок, %', null],
      [null, null, null, null, null, '2', '5'],
      [2400045017, 'Математика', 5, 2023, 25, 32, 4],
    ]);
    shown['!merges'] = [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 6 } },
      { s: { r: 1, c: 5 }, e: { r: 1, c: 6 } },
    ];
    const hidden = utils.aoa_to_sheet([
      ['ИНН', 'Предмет', 'Класс', 'Год', 'Количество участников'],
      [2400045024, 'Математика', 5, 2023, -4],
    ]);
    const book = utils.book_new();
    utils.book_append_sheet(book, shown, 'ВПР');
    utils.book_append_sheet(book, hidden, 'Старое');
    book.Workbook = {
      Sheets: [
        { name: 'ВПР', Hidden: 0 },
        { name: 'Старое', Hidden: 1 },
      ],
    };
    const data = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = await importResults({ name: 'впр.xlsx', data }, { assessment: 'vpr' });
    expect(result.results).toEqual([
      {
        schoolId: '2400045017',
        assessment: 'vpr',
        subject: 'Математика',
        year: 2023,
        participants: 25,
        grade: 5,
        share2: 32,
        share5: 4,
      },
    ]);
    expect(result.problems.map((problem) => describeImportProblem(problem))).toEqual([
      'файл «впр.xlsx», лист «Старое»: лист «Старое» скрыт в Excel; его данные тоже загружены — проверьте, нужны ли они.',
      'файл «впр.xlsx», лист «Старое», строка 2, столбец «Количество участников»: -4 — отрицательное число, а здесь нужно число не меньше 0.',
    ]);
  });

  it('CSV-injection strings are kept as text with a warning; numbers typed as text are read', async () => {
    const text = [
      header,
      '2400045017;"=HYPERLINK(""http://example.com"";""Школа"")";ВПР;+cmd|\' /C calc\'!A0;5;2023;" 25 ";"8";"32,0 %"',
    ].join('\n');
    const result = await importResults({ name: 'результаты.csv', data: bytes(text) });
    expect(result.results).toEqual([
      {
        schoolId: '2400045017',
        assessment: 'vpr',
        subject: "+cmd|' /C calc'!A0",
        year: 2023,
        participants: 25,
        grade: 5,
        count2: 8,
        share2: 32,
      },
    ]);
    expect(result.problems.map((problem) => describeImportProblem(problem))).toEqual([
      'файл «результаты.csv», строка 2, столбец «Наименование ОО»: значение начинается с «=» и похоже на формулу; оно сохранено как текст и не вычислялось.',
      'файл «результаты.csv», строка 2, столбец «Предмет»: значение начинается с «+» и похоже на формулу; оно сохранено как текст и не вычислялось.',
    ]);
  });

  it('negative counts and a share of «2» above 100 % name the row and column', async () => {
    const text = [
      header,
      '2400045017;;ВПР;Математика;5;2023;25;-3;',
      '2400045017;;ВПР;Русский язык;5;2023;25;;100,5',
    ].join('\n');
    expect(await sentences('результаты.csv', bytes(text))).toEqual([
      [
        'negative-number',
        'файл «результаты.csv», строка 2, столбец «Количество «2»»: -3 — отрицательное число, а здесь нужно число не меньше 0.',
      ],
      [
        'percent-above-100',
        'файл «результаты.csv», строка 3, столбец «Доля «2», %»: 100,5 % больше 100 %: доля не может превышать 100 %.',
      ],
    ]);
  });
});

describe('importResults on arbitrary cells (fast-check, seed 20261207)', () => {
  const seedRows = regionText('results-2022-2023.csv').trim().split(/\r?\n/).slice(0, 6);
  // Cells as files hold them: plausible values, Russian words, numbers with commas, junk, quotes.
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      '25',
      '31,3',
      '-3',
      '130,5',
      '2023',
      '2022/2023',
      '5 кл.',
      'ВПР',
      'ОГЭ',
      '=1+1',
      'да',
      '2400045017',
    ),
    fc.string({ maxLength: 12 }),
    fc.stringMatching(/^[а-яА-Я0-9 ,.%«»"-]{0,10}$/),
  );

  it('never throws, and every data row is imported or named by an error with its row number', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 11, maxLength: 11 }), { maxLength: 8 }),
        async (rows) => {
          const lines = [
            seedRows[0]!,
            ...rows.map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')),
          ];
          const result = await importResults({ name: 'x.csv', data: bytes(lines.join('\n')) });
          expect(result.problems.every((p) => p.message.ru.length > 0 && p.file === 'x.csv')).toBe(true);
          const sheet = result.sheets[0]!;
          const refused = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.row));
          expect(sheet.imported + [...refused].filter((row) => row !== undefined).length).toBe(sheet.rows);
          expect(result.results).toHaveLength(sheet.imported);
        },
      ),
      { seed: 20261207, numRuns: 60 },
    );
  });
});
