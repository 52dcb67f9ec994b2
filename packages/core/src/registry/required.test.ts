import { describe, expect, it } from 'vitest';
import { chooseColumn } from './columns.js';
import { importRegistry, importRegistryTables } from './import.js';
import { readTableFile } from './read.js';
import { describeImportProblem } from './problem.js';
import { missingColumns, requiredColumns } from './required.js';

const csv = (text: string, name = 'реестр.csv') => ({ name, data: new TextEncoder().encode(text) });
const schools = [
  'Муниципальное образование;Наименование ОО;ИНН;Категория',
  'г. Канск;СОШ № 1;2400045017;ШНРО',
  'г. Канск;СОШ № 2;2400045024;',
  'г. Канск;;2400045031;',
].join('\n');

describe('required columns of a registry sheet', () => {
  it('asks a list of schools for a name and a list of teachers for a name and a school', () => {
    expect(requiredColumns('schools').map((r) => r.id)).toEqual(['school-name']);
    expect(requiredColumns('teachers').map((r) => r.id)).toEqual(['teacher-name', 'teacher-school']);
    const mapping = {
      sheet: 'x',
      headerRow: 1,
      headerRows: 1,
      columns: [{ index: 0, letter: 'A', header: 'ФИО', field: 'teacherName', match: 'exact' as const }],
    };
    expect(missingColumns(mapping, 'teachers').map((r) => r.label.ru)).toEqual([
      'ИНН, код или наименование ОО',
    ]);
    expect(missingColumns(mapping, 'schools').map((r) => r.label.ru)).toEqual(['Наименование ОО']);
  });

  it('a person who unmaps the name column gets one message naming the field, and no row imports', async () => {
    const table = await readTableFile(csv(schools));
    const detected = importRegistryTables(table);
    expect(detected.sheets[0]?.missing).toEqual([]);
    const override = chooseColumn(detected.sheets[0]!.mapping, undefined, 'schoolName', null);
    expect(override).toEqual({ columns: { B: null } });
    const result = importRegistryTables(table, { mapping: { реестр: override } });
    expect(result.ok).toBe(false);
    expect(result.registry.schools).toEqual([]);
    expect(result.sheets[0]?.kind).toBe('schools');
    expect(result.sheets[0]?.missing.map((r) => r.id)).toEqual(['school-name']);
    expect(result.problems.map((p) => p.code)).toEqual(['required-column-unmapped']);
    expect(describeImportProblem(result.problems[0]!)).toBe(
      'файл «реестр.csv»: не выбран столбец «Наименование ОО»: без него строки листа не загружаются. Укажите этот столбец в соответствии столбцов.',
    );
  });

  it('names the field when every column is unmapped by hand (the sheet is then unrecognised)', async () => {
    const table = await readTableFile(csv(schools));
    const mapping = importRegistryTables(table).sheets[0]!.mapping;
    let override = chooseColumn(mapping, undefined, 'schoolName', null);
    override = chooseColumn(mapping, override, 'inn', null);
    override = chooseColumn(mapping, override, 'municipality', null);
    override = chooseColumn(mapping, override, 'categories', null);
    const result = importRegistryTables(table, { mapping: { реестр: override } });
    expect(result.sheets[0]?.kind).toBe('unrecognised');
    expect(result.problems.map((p) => [p.code, p.message.ru.slice(0, 37)])).toEqual([
      ['required-column-unmapped', 'не выбран столбец «Наименование ОО»: '],
    ]);
  });

  it('moves a field to the chosen column and keeps the earlier choices', async () => {
    const table = await readTableFile(
      csv('Наименование ОО;Другое название;ИНН\nСОШ № 1;Школа один;2400045017\n'),
    );
    const mapping = importRegistryTables(table).sheets[0]!.mapping;
    const first = chooseColumn(mapping, undefined, 'inn', null);
    const second = chooseColumn(mapping, first, 'schoolName', 'B');
    expect(second).toEqual({ columns: { C: null, A: null, B: 'schoolName' } });
    const result = importRegistryTables(table, { mapping: { реестр: second } });
    expect(result.registry.schools).toEqual([{ id: '/школа один', name: 'Школа один' }]);
  });

  it('lists each row’s own problems in the preview, with sheet, row and column', async () => {
    const result = await importRegistry(csv(schools), { previewRows: Infinity });
    const preview = result.sheets[0]!.preview;
    expect(
      preview.map((row) => [row.row, row.status, row.problems.map((p) => [p.row, p.column, p.code])]),
    ).toEqual([
      [2, 'ok', []],
      [3, 'ok', []],
      [4, 'error', [[4, 'Наименование ОО', 'missing-school-name']]],
    ]);
  });
});
