import { CFB, utils, write, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importResults } from '../results/import.js';
import { importRegistry } from './import.js';

// Real workbooks, written by SheetJS's writer as Excel would save them.
function workbook(sheets: { name: string; sheet: WorkSheet; hidden?: boolean }[]): Uint8Array {
  const book: WorkBook = utils.book_new();
  for (const { name, sheet } of sheets) utils.book_append_sheet(book, sheet, name);
  book.Workbook = { Sheets: sheets.map(({ name, hidden }) => ({ name, Hidden: hidden ? 1 : 0 })) };
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function registrySheets(): { name: string; sheet: WorkSheet; hidden?: boolean }[] {
  const schools = utils.aoa_to_sheet([
    ['Реестр общеобразовательных организаций Тукаевского муниципального района'],
    [],
    ['Муниципальное образование', 'Наименование ОО', 'ИНН', 'Категория', 'Риски снижения результатов', null],
    [null, null, null, null, 'Дефицит педагогических кадров', 'Нехватка компьютеров'],
    ['Тукаевский муниципальный район', 'МБОУ «Малошильнинская СОШ»', 1600012017, 'ШНОР', 'да', 'нет'],
    ['Тукаевский муниципальный район', 'МБОУ «Бетькинская СОШ»', '1600012024', null, null, '+'],
  ]);
  // Title across the table; the risk header merged over its two sub-headers; the others over two rows.
  schools['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 5 } },
    { s: { r: 2, c: 4 }, e: { r: 2, c: 5 } },
    ...[0, 1, 2, 3].map((c) => ({ s: { r: 2, c }, e: { r: 3, c } })),
  ];
  const teachers = utils.aoa_to_sheet([
    ['ИНН ОО', 'ФИО', 'Предмет', 'Должность'],
    [1600012017, 'Шагимарданова Р. А.', 'Математика', 'учитель'],
    [1600012017, 'Иванов И. И.', 'Русский язык, литература', 'учитель'],
  ]);
  const notes = utils.aoa_to_sheet([
    ['Служебный лист'],
    ['ИНН', 'Наименование ОО'],
    [1600012024, 'МБОУ «Бетькинская СОШ»'],
  ]);
  return [
    { name: 'Школы', sheet: schools },
    { name: 'Педагоги', sheet: teachers },
    { name: 'Служебный', sheet: notes, hidden: true },
  ];
}

describe('importRegistry from XLSX', () => {
  it('reads a title row, a two-row merged header, several sheets and a hidden one', async () => {
    const result = await importRegistry({ name: 'реестр.xlsx', data: workbook(registrySheets()) });
    expect(result.format).toBe('xlsx');
    const [schools, teachers, hidden] = result.sheets;
    expect(schools).toMatchObject({ kind: 'schools', rows: 2, imported: 2 });
    expect(schools?.mapping).toMatchObject({ headerRow: 3, headerRows: 2 });
    expect(schools?.mapping.columns.map((c) => c.field)).toEqual([
      'municipality',
      'schoolName',
      'inn',
      'categories',
      'risk:staff-shortage',
      'risk:too-few-computers',
    ]);
    expect(teachers).toMatchObject({ kind: 'teachers', imported: 2 });
    expect(hidden).toMatchObject({ hidden: true, kind: 'schools' });
    expect(result.registry.schools.map((s) => [s.name, s.categories, s.resourceRisks])).toEqual([
      ['МБОУ «Малошильнинская СОШ»', ['low-results'], ['staff-shortage']],
      ['МБОУ «Бетькинская СОШ»', undefined, ['too-few-computers']],
    ]);
    expect(result.registry.teachers.map((t) => t.subjects)).toEqual([
      ['Математика'],
      ['Русский язык', 'литература'],
    ]);
    // The hidden sheet repeats a school: imported sheets are checked together, and the hidden one is named.
    expect(result.problems.map((p) => [p.sheet, p.row, p.code])).toEqual([
      ['Служебный', undefined, 'hidden-sheet'],
      ['Служебный', 3, 'duplicate-school'],
    ]);
    expect(result.problems[1]?.message.ru).toBe(
      'школа повторяется: ИНН 1600012024 уже встречается на листе «Школы», в строке 6.',
    );
  });

  it('uses formula cells’ cached values, never evaluating them, and reads Excel serial dates', async () => {
    const sheet = utils.aoa_to_sheet([
      ['Результаты ВПР 2023 года'],
      [
        'ИНН',
        'Процедура',
        'Предмет',
        'Класс',
        'Дата проведения',
        'Количество участников',
        'Количество «2»',
        'Доля «2», %',
      ],
      ['1600012017', 'ВПР', 'Математика', 5, 45030, 32, 10, null],
    ]);
    sheet['E3'] = { t: 'n', v: 45030, z: 'dd.mm.yyyy' }; // 2023-04-14
    // The cached value (31,25) is what is read; the formula text is not looked at.
    sheet['H3'] = { t: 'n', v: 31.25, f: 'G3/F3*100' };
    sheet['I3'] = { t: 's', v: '=HYPERLINK("http://evil","x")' };
    sheet['!ref'] = 'A1:I3';
    const result = await importResults({ name: 'впр.xlsx', data: workbook([{ name: 'ВПР', sheet }]) });
    expect(result.problems).toEqual([]);
    expect(result.results[0]).toMatchObject({
      schoolId: '1600012017',
      year: 2023,
      participants: 32,
      count2: 10,
      share2: 31.25,
    });
  });

  it('reads merged sub-headers of results («Доля отметок, %» over «2» … «5»)', async () => {
    const sheet = utils.aoa_to_sheet([
      ['ИНН', 'Предмет', 'Год', 'Участников', 'Доля отметок, %', null, null, null],
      [null, null, null, null, '2', '3', '4', '5'],
      ['1600012017', 'Математика', 2023, 32, 31.3, 40.6, 21.9, 6.2],
    ]);
    sheet['!merges'] = [{ s: { r: 0, c: 4 }, e: { r: 0, c: 7 } }];
    const result = await importResults(
      { name: 'огэ.xlsx', data: workbook([{ name: 'ОГЭ', sheet }]) },
      { assessment: 'gia-9' },
    );
    expect(result.sheets[0]?.mapping.columns.map((c) => [c.header, c.field])).toEqual([
      ['ИНН', 'inn'],
      ['Предмет', 'subject'],
      ['Год', 'year'],
      ['Участников', 'participants'],
      ['Доля отметок, % 2', 'share2'],
      ['Доля отметок, % 3', null],
      ['Доля отметок, % 4', null],
      ['Доля отметок, % 5', 'share5'],
    ]);
    expect(result.results[0]).toMatchObject({ share2: 31.3, share5: 6.2, assessment: 'gia-9' });
  });
});

describe('importRegistry refuses what is not a readable workbook, with a message', () => {
  it('a binary file renamed to .xlsx', async () => {
    const bytes = new Uint8Array(2048).map((_, index) => (index * 37) % 256);
    const result = await importRegistry({ name: 'реестр.xlsx', data: bytes });
    expect(result.problems.map((p) => p.code)).toEqual(['not-a-table']);
    expect(result.problems[0]?.message.ru).toMatch(/назван как книга Excel/);
  });

  it('a text file renamed to .xlsx', async () => {
    const result = await importRegistry({
      name: 'реестр.xlsx',
      data: new TextEncoder().encode('ИНН;Наименование\n'),
    });
    expect(result.problems.map((p) => p.code)).toEqual(['not-a-table']);
  });

  it('a ZIP that is not a workbook', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(200)]);
    const result = await importRegistry({ name: 'реестр.xlsx', data: zip });
    expect(result.problems.map((p) => p.code)).toEqual(['not-a-workbook']);
  });

  it('a password-protected workbook (an encrypted OLE container, as Excel saves one)', async () => {
    const container = CFB.utils.cfb_new();
    // ECMA-376 agile encryption: version 4.4 in EncryptionInfo, the package in EncryptedPackage.
    CFB.utils.cfb_add(
      container,
      '/EncryptionInfo',
      new Uint8Array([
        4,
        0,
        4,
        0,
        0x40,
        0,
        0,
        0,
        ...new TextEncoder().encode('<?xml version="1.0"?><encryption/>'),
      ]),
    );
    CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(64));
    const bytes = new Uint8Array(CFB.write(container, { type: 'array' }) as number[]);
    const result = await importRegistry({ name: 'реестр.xlsx', data: bytes });
    expect(result.problems.map((p) => p.code)).toEqual(['password-protected']);
    expect(result.problems[0]?.message.ru).toMatch(/защищена паролем/);
  });

  it('an empty workbook', async () => {
    const result = await importRegistry({
      name: 'пусто.xlsx',
      data: workbook([{ name: 'Лист1', sheet: utils.aoa_to_sheet([]) }]),
    });
    expect(result.problems.map((p) => p.code)).toEqual(['empty-file']);
  });
});
