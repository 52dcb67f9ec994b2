import { describe, expect, it } from 'vitest';
import { encodeKoi8, encodeWindows1251, regionFile, regionText } from '../../test/fixtures/region/files.js';
import { computeIndicators, municipalMonitoringSet } from '../index.js';
import { applyRegistryDiff, diffRegistry } from './diff.js';
import { importRegistry } from './import.js';
import { describeImportProblem } from './problem.js';
import { registryToRecords } from './schema.js';

const csv = (text: string, name = 'реестр.csv') => ({ name, data: new TextEncoder().encode(text) });

describe('importRegistry from the seeds’ region (CSV, UTF-8 with BOM, a title row above the header)', () => {
  it('imports every school with ИНН as id, municipality, category and risks', async () => {
    const result = await importRegistry(regionFile('registry-2023.csv'));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.encoding).toBe('utf-8');
    expect(result.delimiter).toBe(';');
    expect(result.sheets[0]?.mapping.headerRow).toBe(2);
    expect(result.sheets[0]?.mapping.columns.filter((c) => c.field === null)).toEqual([]);
    expect(result.registry.schools[2]?.resourceRisks).toEqual(['no-stable-internet', 'too-few-computers']);
    expect(result.registry.schools).toHaveLength(26);
    expect(result.registry.municipalities.map((m) => m.name)).toEqual([
      'г. Канск',
      'Тукаевский муниципальный район',
      'Ленинградский район',
    ]);
    const malosh = result.registry.schools.find((s) => s.shortName === 'МБОУ «Малошильнинская СОШ»');
    expect(malosh).toMatchObject({
      id: '1600012017',
      inn: '1600012017',
      name: 'МБОУ «Малошильнинская средняя общеобразовательная школа»',
      municipalityId: 'тукаевский-муниципальный-район',
      categories: ['low-results'],
      resourceRisks: ['staff-shortage'],
    });
    const betki = result.registry.schools.find((s) => s.shortName === 'МБОУ «Бетькинская СОШ»');
    expect(betki?.roles).toEqual(['curator-school']);
    // «ШНРО» (Канск) and «ШНОР» (Ленинградский район) are one category.
    const low = result.registry.schools.filter((s) => s.categories?.includes('low-results'));
    expect(low).toHaveLength(5 + 1 + 3);
  });

  it('adds the teachers of a separate file to the registry, finding schools by ИНН', async () => {
    const schools = await importRegistry(regionFile('registry-2023.csv'));
    const teachers = await importRegistry(regionFile('teachers-2023.csv'), { base: schools.registry });
    expect(teachers.problems).toEqual([]);
    expect(teachers.sheets[0]?.kind).toBe('teachers');
    expect(teachers.registry.schools).toHaveLength(26);
    expect(teachers.registry.teachers).toHaveLength(78);
    expect(teachers.registry.teachers[0]).toMatchObject({
      schoolId: '2400045017',
      name: 'Иванова А. И.',
      subjects: ['Математика'],
      position: 'учитель',
    });
  });

  it('feeds the calculator: the registry’s records compute the municipal monitoring set', async () => {
    const schools = await importRegistry(regionFile('registry-2023.csv'));
    const full = await importRegistry(regionFile('teachers-2023.csv'), { base: schools.registry });
    const records = registryToRecords(full.registry, { municipalityId: 'г-канск' });
    expect(records.schools).toHaveLength(18);
    expect(records.teachers).toHaveLength(54);
    const report = computeIndicators(municipalMonitoringSet, records);
    expect(report.issues).toEqual([]);
    // Seed 001's first share: 7 ШНРО and ШНСУ of 18 schools.
    const share = report.results.find((r) => r.code === '1.5');
    expect(share).toMatchObject({ numerator: 7, denominator: 18 });
  });

  it('reads the same file saved by Excel in Windows-1251', async () => {
    const text = regionText('registry-2023.csv');
    const result = await importRegistry({ name: 'реестр.csv', data: encodeWindows1251(text) });
    expect(result.encoding).toBe('windows-1251');
    expect(result.problems).toEqual([]);
    expect(result.registry.schools[0]?.shortName).toBe('МБОУ СОШ № 1 г. Канска');
  });

  it('reads «,»-separated files with quoted names', async () => {
    const result = await importRegistry(csv('ИНН,Наименование ОО,ШНОР\n2400045017,"МБОУ ""СОШ № 1""",да\n'));
    expect(result.problems).toEqual([]);
    expect(result.registry.schools[0]).toMatchObject({ name: 'МБОУ "СОШ № 1"', categories: ['low-results'] });
  });
});

describe('importRegistry column mapping', () => {
  it('recognises usual header variants and yes/no category columns', async () => {
    const result = await importRegistry(
      csv(
        'Муниципальное образование;Наименование образовательной организации;ИНН организации;ШНРО;ШНСУ\nг. Канск;СОШ № 1;2400045017;+;1\n',
      ),
    );
    expect(result.sheets[0]?.mapping.columns.map((c) => [c.header, c.field, c.match])).toEqual([
      ['Муниципальное образование', 'municipality', 'exact'],
      ['Наименование образовательной организации', 'schoolName', 'exact'],
      ['ИНН организации', 'inn', 'exact'],
      ['ШНРО', 'category:low-results', 'exact'],
      ['ШНСУ', 'category:unfavourable-conditions', 'exact'],
    ]);
    expect(result.registry.schools[0]?.categories).toEqual(['low-results', 'unfavourable-conditions']);
  });

  it('lets the caller override the detected mapping by header or column letter', async () => {
    const text = 'Школа;Номер налогоплательщика;Примечание\nСОШ № 1;2400045017;ШНОР\n';
    const detected = await importRegistry(csv(text, 'r.csv'));
    expect(detected.sheets[0]?.mapping.columns.find((c) => c.letter === 'B')?.field).toBeNull();
    const overridden = await importRegistry(csv(text, 'r.csv'), {
      mapping: { r: { columns: { 'Номер налогоплательщика': 'inn', C: 'categories' } } },
    });
    expect(overridden.problems).toEqual([]);
    expect(overridden.registry.schools[0]).toMatchObject({ id: '2400045017', categories: ['low-results'] });
    expect(overridden.sheets[0]?.mapping.columns.map((c) => c.match)).toEqual(['exact', 'manual', 'manual']);
  });

  it('accepts a region’s own categories, named as its files name them', async () => {
    const result = await importRegistry(csv('Наименование ОО;Категория\nСОШ № 1;малокомплектная, ШНОР\n'), {
      catalogue: {
        categories: [
          {
            id: 'small-rural',
            label: { ru: 'малокомплектная сельская школа' },
            aliases: ['малокомплектная'],
          },
        ],
      },
    });
    expect(result.problems).toEqual([]);
    expect(result.registry.schools[0]?.categories).toEqual(['small-rural', 'low-results']);
    const records = registryToRecords(result.registry);
    expect(records.schools[0]).toMatchObject({ categories: ['low-results'], flags: { 'small-rural': true } });
  });
});

describe('importRegistry bad rows: each named by file, row and column, good rows still import', () => {
  it('lists a wrong ИНН, an unknown category, a yes/no that is neither and a duplicate', async () => {
    const text = [
      'Наименование ОО;ИНН;Категория;ШНСУ',
      'СОШ № 1;2400045017;ШНОР;нет',
      'СОШ № 2;2400045018;;',
      'СОШ № 3;2400045031;школа мечты;',
      'СОШ № 4;;;может быть',
      'СОШ № 1 (дубль);2400045017;;',
      ';;;',
      'СОШ № 5;;ШНСУ;',
    ].join('\n');
    const result = await importRegistry(csv(text));
    expect(result.ok).toBe(false);
    expect(result.registry.schools.map((s) => s.name)).toEqual(['СОШ № 1', 'СОШ № 5']);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'ИНН', 'inn-checksum'],
      [4, 'Категория', 'unknown-category'],
      [5, 'ШНСУ', 'not-a-yes-no'],
      [6, 'ИНН', 'duplicate-school'],
    ]);
    expect(describeImportProblem(result.problems[3]!)).toBe(
      'файл «реестр.csv», строка 6, столбец «ИНН»: школа повторяется: ИНН 2400045017 уже встречается в строке 2.',
    );
    expect(describeImportProblem(result.problems[1]!, 'en')).toMatch(
      /^file "реестр.csv", row 4, column "Категория": "школа мечты" is not a known category/,
    );
    expect(result.sheets[0]?.preview.map((p) => p.status)).toEqual([
      'ok',
      'error',
      'error',
      'error',
      'error',
      'ok',
    ]);
  });

  it('keeps CSV-injection strings as text with a warning and imports the row', async () => {
    const result = await importRegistry(
      csv('Наименование ОО;ИНН\n"=HYPERLINK(""http://evil"";""СОШ"")";2400045017\n+cmd|\' /C calc\'!A0;\n'),
    );
    expect(result.registry.schools.map((s) => s.name)).toEqual([
      '=HYPERLINK("http://evil";"СОШ")',
      "+cmd|' /C calc'!A0",
    ]);
    expect(result.problems.map((p) => [p.severity, p.code, p.row])).toEqual([
      ['warning', 'formula-like-text', 2],
      ['warning', 'formula-like-text', 3],
    ]);
    expect(result.ok).toBe(true);
  });

  it('restores the leading zero Excel drops from an ИНН, and says so', async () => {
    const result = await importRegistry(csv('Наименование ОО;ИНН\nСОШ;275012345\n'));
    const inn = result.registry.schools[0]?.inn;
    // 0275012345 passes the check digit only if the fixture is right; the message names it either way.
    expect(result.problems[0]?.code).toMatch(/inn-leading-zero|inn-checksum/);
    if (inn !== undefined) expect(inn).toBe('0275012345');
  });

  it('says an empty file is empty and a file of unknown columns may be in another encoding', async () => {
    expect((await importRegistry(csv(''))).problems.map((p) => p.code)).toEqual(['empty-file']);
    expect((await importRegistry(csv('\r\n  \n'))).problems.map((p) => p.code)).toEqual(['empty-file']);
    const koi8 = await importRegistry({
      name: 'koi8.csv',
      data: encodeKoi8('Наименование ОО;ИНН\nСредняя школа номер один;2400045017\n'),
    });
    expect(koi8.problems.map((p) => p.code)).toEqual(['suspect-encoding', 'no-known-columns']);
    expect(koi8.problems[1]?.message.ru).toMatch(/кодировку/);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const result = await importRegistry({ name: 'big.csv', data: big });
    expect(result.problems.map((p) => p.code)).toEqual(['file-too-large']);
    expect(result.problems[0]?.message.ru).toMatch(/50 МБ.*30 МБ/);
  });
});

describe('diffRegistry: next year’s file against the current registry', () => {
  it('lists added, removed and changed schools with the fields that changed', async () => {
    const current = (await importRegistry(regionFile('registry-2023.csv'))).registry;
    const lines = regionText('registry-2023.csv').split('\r\n');
    // Next year: Канск school 1 leaves ШНРО, school 18 closes, a new school opens.
    const next = lines
      .filter((line) => !line.includes('№ 18» г. Канска'))
      .map((line) => (line.includes('№ 1» г. Канска') ? line.replace(';ШНРО;', ';;') : line))
      .concat('г. Канск;МАОУ «Лицей № 20» г. Канска;Лицей № 20;2400045200;;;;;нет');
    const imported = await importRegistry(csv(next.join('\r\n'), 'реестр-2024.csv'));
    expect(imported.problems).toEqual([]);
    const diff = diffRegistry(current, imported.registry);
    expect(diff.schools.added.map((s) => s.name)).toEqual(['МАОУ «Лицей № 20» г. Канска']);
    expect(diff.schools.removed.map((s) => s.shortName)).toEqual(['МБОУ СОШ № 18 г. Канска']);
    expect(diff.schools.changed).toHaveLength(1);
    expect(diff.schools.changed[0]?.fields).toEqual([
      { field: 'categories', before: ['low-results'], after: undefined },
    ]);
    expect(diff.schools.unchanged).toBe(24);
    const applied = applyRegistryDiff(current, diff, { keepCategories: false });
    expect(applied.schools).toHaveLength(27); // nothing removed unless asked
    expect(applyRegistryDiff(current, diff, { removals: true, keepCategories: false }).schools).toHaveLength(
      26,
    );
    expect(applied.schools.find((s) => s.id === '2400045017')?.categories).toBeUndefined();
    expect(applyRegistryDiff(current, diff).schools.find((s) => s.id === '2400045017')?.categories).toEqual([
      'low-results',
    ]);
  });

  it('keeps the current registry’s municipality ids for a file read against it', async () => {
    // A portal's registry names its municipalities with its own ids (`kansk`), the file by name.
    const read = (await importRegistry(regionFile('registry-2023.csv'))).registry;
    const ids: Record<string, string> = {
      'г. Канск': 'kansk',
      'Тукаевский муниципальный район': 'tukaevsky',
      'Ленинградский район': 'leningradsky',
    };
    const byName = new Map(read.municipalities.map((m) => [m.id, ids[m.name]!]));
    const current = {
      ...read,
      municipalities: read.municipalities.map((m) => ({ ...m, id: ids[m.name]! })),
      schools: read.schools.map((school) => ({
        ...school,
        municipalityId: byName.get(school.municipalityId!)!,
      })),
    };
    const plain = await importRegistry(regionFile('registry-2023.csv'));
    expect(diffRegistry(current, plain.registry).schools.changed).toHaveLength(26);
    // Read against the current municipalities: the same file changes nothing.
    const against = await importRegistry(regionFile('registry-2023.csv'), {
      municipalities: current.municipalities,
    });
    const diff = diffRegistry(current, against.registry);
    expect(diff.schools.changed).toEqual([]);
    expect(diff.schools.unchanged).toBe(26);
    expect(diff.municipalities).toMatchObject({ added: [], removed: [], changed: [], unchanged: 3 });
    // Only the file's records are in the result: a municipality the file does not name is not added.
    const kanskOnly = await importRegistry(
      csv(
        regionText('registry-2023.csv')
          .split('\r\n')
          .filter((line, index) => index < 2 || line.startsWith('г. Канск'))
          .join('\r\n'),
      ),
      { municipalities: current.municipalities },
    );
    expect(kanskOnly.registry.municipalities).toEqual([{ id: 'kansk', name: 'г. Канск' }]);
  });
});
