import { catalogueLookup, type RegionCatalogue } from './catalogue.js';
import { dataRows, detectMapping, type MappingOverride, type SheetMapping } from './columns.js';
import { registryFieldsFor } from './fields.js';
import { normalizeKey, readText } from './normalize.js';
import { ProblemList, type ImportProblem } from './problem.js';
import { missingColumnMessage, missingColumns, type RequiredColumn, type SheetKind } from './required.js';
import { readTableFile, type ImportFile, type ReadOptions, type TableFile } from './read.js';
import { field, importSchoolRow, importTeacherRow, indexSchool, type Accumulator } from './rows.js';
import type { Registry } from './schema.js';
import { isBlankRow, type RawRow } from './table.js';

export type { SheetKind } from './required.js';

/**
 * One row as the preview shows it: its number, the values by field, whether it imports, and the
 * problems found on it (each with its sheet, row and column).
 */
export interface PreviewRow {
  row: number;
  values: Record<string, string>;
  status: 'ok' | 'warning' | 'error';
  problems: ImportProblem[];
}

/** What happened to one sheet: its mapping (editable), how many rows imported, a preview. */
export interface SheetReport {
  name: string;
  hidden: boolean;
  kind: SheetKind;
  mapping: SheetMapping;
  rows: number;
  imported: number;
  /** Required columns the mapping leaves unmapped: the sheet's rows were not imported. */
  missing: RequiredColumn[];
  preview: PreviewRow[];
}

/** Options of a registry import. */
export interface RegistryImportOptions extends ReadOptions {
  region?: string;
  /** The region's own categories and risks, and the ways its files write them. */
  catalogue?: RegionCatalogue;
  /** Mapping changes by sheet name (a CSV's one sheet is named after the file without extension). */
  mapping?: Readonly<Record<string, MappingOverride>>;
  /** Rows per sheet in the preview (default 20; `Infinity` for every row). */
  previewRows?: number;
  /**
   * The registry the file adds to: a list of teachers finds its schools there, and the result is
   * this registry with the file's schools (new or updated by id) and teachers added.
   */
  base?: Registry;
  /**
   * The municipalities of the current registry, when the file is read to be compared with it
   * (not added to it): a municipality the file names as the registry does keeps the registry's
   * id, so the diff shows what really changed.
   */
  municipalities?: Registry['municipalities'];
}

/** The outcome of importing a registry file: the registry of good rows, every problem, and per-sheet reports. */
export interface RegistryImport {
  file: string;
  format: TableFile['format'];
  encoding?: string;
  delimiter?: string;
  /** True when nothing was refused (warnings allowed). */
  ok: boolean;
  registry: Registry;
  sheets: SheetReport[];
  problems: ImportProblem[];
}

/** Reads a registry from a CSV or XLSX file (see `importRegistryTables` for what is recognised). */
export async function importRegistry(
  file: ImportFile,
  options: RegistryImportOptions = {},
): Promise<RegistryImport> {
  return importRegistryTables(await readTableFile(file, options), options);
}

function sheetKind(mapping: SheetMapping): SheetKind {
  if (field(mapping, 'teacherName') || field(mapping, 'teacherId')) return 'teachers';
  if (field(mapping, 'schoolName') || field(mapping, 'inn') || field(mapping, 'schoolCode')) return 'schools';
  return 'unrecognised';
}

/**
 * Builds a registry from sheets already read. A sheet with a «ФИО» (or teacher id) column is a
 * list of teachers, each row naming its school (by ИНН, code or name); another sheet with a
 * school name, ИНН or code is a list of schools. A school's id is its ИНН, else its regional
 * code, else municipality and name. Bad rows are listed with sheet, row and column; good rows
 * import; a school or teacher given twice is flagged.
 */
export function importRegistryTables(table: TableFile, options: RegistryImportOptions = {}): RegistryImport {
  const lookup = catalogueLookup(options.catalogue);
  const fields = registryFieldsFor(lookup);
  const base = options.base;
  const registry: Registry = {
    municipalities: [...(base?.municipalities ?? [])],
    schools: [...(base?.schools ?? [])],
    teachers: [...(base?.teachers ?? [])],
  };
  const region = options.region ?? base?.region;
  if (region !== undefined) registry.region = region;
  const catalogue = options.catalogue ?? base?.catalogue;
  if (catalogue !== undefined) registry.catalogue = catalogue;
  const problems: ImportProblem[] = [...table.problems];
  const sheets: SheetReport[] = [];
  const accumulator: Accumulator = {
    lookup,
    registry,
    municipalityIds: new Map(),
    knownMunicipalities: new Map(
      (options.municipalities ?? []).map((municipality) => [normalizeKey(municipality.name), municipality]),
    ),
    schoolRows: new Map(),
    schoolKeys: new Map(),
    teacherRows: new Map(),
    schoolIndex: new Map(registry.schools.map((school, index) => [school.id, index])),
    teacherIndex: new Map(registry.teachers.map((teacher, index) => [teacher.id, index])),
  };
  for (const municipality of registry.municipalities)
    accumulator.municipalityIds.set(normalizeKey(municipality.name), municipality.id);
  for (const school of registry.schools) indexSchool(school, accumulator);
  const mapped = table.sheets.map((sheet) => {
    const mapping = detectMapping(sheet, fields, options.mapping?.[sheet.name]);
    return { sheet, mapping, kind: sheetKind(mapping) };
  });
  // Schools first, so that teacher rows find the schools their sheet names.
  const order = [
    ...mapped.filter((entry) => entry.kind === 'schools'),
    ...mapped.filter((entry) => entry.kind !== 'schools'),
  ];
  for (const { sheet, mapping, kind } of order) {
    const list = new ProblemList(table.file, table.format === 'xlsx' ? sheet.name : undefined);
    const rows = dataRows(sheet, mapping).filter((row) => !isBlankRow(row));
    let imported = 0;
    const preview: PreviewRow[] = [];
    const manual = mapping.columns.some((column) => column.match === 'manual');
    // An unrecognised sheet the person mapped by hand is read as a list of schools: name what it lacks.
    const missing = kind !== 'unrecognised' || manual ? missingColumns(mapping, kind) : [];
    if (missing.length > 0) {
      for (const required of missing) list.error('required-column-unmapped', missingColumnMessage(required));
    } else if (kind === 'unrecognised') {
      if (sheet.rows.length > 0)
        list.error('no-known-columns', {
          ru:
            'не распознан ни один столбец реестра (ожидаются «Наименование ОО», «ИНН», «ФИО» и т. п.). ' +
            'Укажите соответствие столбцов вручную' +
            (table.format === 'csv' ? ' или проверьте кодировку файла (UTF-8 или Windows-1251).' : '.'),
          en:
            'no registry column recognised (expected «Наименование ОО», «ИНН», «ФИО», …). Map the columns by hand' +
            (table.format === 'csv' ? ' or check the file encoding (UTF-8 or Windows-1251).' : '.'),
        });
    } else {
      for (const row of rows) {
        const before = list.items.length;
        const done =
          kind === 'schools'
            ? importSchoolRow(row, mapping, list, accumulator)
            : importTeacherRow(row, mapping, list, accumulator);
        if (done) imported++;
        if (preview.length < (options.previewRows ?? 20)) {
          const own = list.items.slice(before);
          preview.push({
            row: row.row,
            values: previewValues(row, mapping),
            status: !done ? 'error' : own.length > 0 ? 'warning' : 'ok',
            problems: own,
          });
        }
      }
    }
    problems.push(...list.items);
    sheets.push({
      name: sheet.name,
      hidden: sheet.hidden,
      kind,
      mapping,
      rows: rows.length,
      imported,
      missing,
      preview,
    });
  }
  // Reports in the file's order, whatever order they were imported in.
  sheets.sort(
    (a, b) =>
      table.sheets.findIndex((s) => s.name === a.name) - table.sheets.findIndex((s) => s.name === b.name),
  );
  const result: RegistryImport = {
    file: table.file,
    format: table.format,
    ok: problems.every((problem) => problem.severity !== 'error'),
    registry,
    sheets,
    problems,
  };
  if (table.encoding !== undefined) result.encoding = table.encoding;
  if (table.delimiter !== undefined) result.delimiter = table.delimiter;
  return result;
}

function previewValues(row: RawRow, mapping: SheetMapping): Record<string, string> {
  const values: Record<string, string> = {};
  for (const column of mapping.columns) {
    if (column.field === null) continue;
    const text = readText(row.cells[column.index]);
    if (text !== undefined) values[column.field] = text;
  }
  return values;
}
