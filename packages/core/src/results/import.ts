import type { Assessment } from '../dynamics/schema.js';
import { dataRows, detectMapping, type MappingOverride, type SheetMapping } from '../registry/columns.js';
import type { PreviewRow } from '../registry/import.js';
import { readText } from '../registry/normalize.js';
import { ProblemList, type ImportProblem } from '../registry/problem.js';
import { readTableFile, type ImportFile, type ReadOptions, type TableFile } from '../registry/read.js';
import type { Registry } from '../registry/schema.js';
import { isBlankRow } from '../registry/table.js';
import { resultFields } from './fields.js';
import type { AssessmentResult } from './schema.js';
import { readRow, resultColumns } from './read-row.js';
import { indexRegistry } from './school-index.js';
import { SeenResults } from './seen-results.js';

/** Options of a results import. */
export interface ResultsImportOptions extends ReadOptions {
  /** The registry the schools are looked up in (by ИНН, code, then name); without it ids follow the registry's rule. */
  registry?: Registry;
  /** The assessment when the file has no such column (an export of ВПР only). */
  assessment?: Assessment;
  /** The year when the file has no such column. */
  year?: number;
  mapping?: Readonly<Record<string, MappingOverride>>;
  previewRows?: number;
}

/** What happened to one sheet of a results file. */
export interface ResultsSheetReport {
  name: string;
  hidden: boolean;
  mapping: SheetMapping;
  rows: number;
  imported: number;
  preview: PreviewRow[];
}

/** The outcome of importing results: the good rows, every problem, per-sheet reports. */
export interface ResultsImport {
  file: string;
  format: TableFile['format'];
  ok: boolean;
  results: AssessmentResult[];
  sheets: ResultsSheetReport[];
  problems: ImportProblem[];
}

/** Reads assessment results from a CSV or XLSX file (see `importResultsTables`). */
export async function importResults(
  file: ImportFile,
  options: ResultsImportOptions = {},
): Promise<ResultsImport> {
  return importResultsTables(await readTableFile(file, options), options);
}
/**
 * Builds results from sheets already read: one row per school, assessment, subject (grade) and
 * year. Numbers may be typed as text with a decimal comma or a «%»; negative counts, shares
 * above 100 %, counts above the participants, unknown schools and repeated rows are refused
 * with the sheet, row and column named.
 */
export function importResultsTables(table: TableFile, options: ResultsImportOptions = {}): ResultsImport {
  const problems: ImportProblem[] = [...table.problems];
  const results: AssessmentResult[] = [];
  const sheets: ResultsSheetReport[] = [];
  const index = options.registry ? indexRegistry(options.registry) : undefined;
  const seen = new SeenResults();
  for (const sheet of table.sheets) {
    const list = new ProblemList(table.file, table.format === 'xlsx' ? sheet.name : undefined);
    const mapping = detectMapping(sheet, resultFields, options.mapping?.[sheet.name]);
    const columns = resultColumns(mapping);
    const recognised = columns.participants && (columns.schoolName || columns.inn || columns.schoolCode);
    const rows = recognised ? dataRows(sheet, mapping).filter((row) => !isBlankRow(row)) : [];
    if (!recognised && sheet.rows.length > 0)
      list.error('no-known-columns', {
        ru:
          'не распознаны столбцы результатов: нужны школа («Наименование ОО», «ИНН» или «Код ОО») и «Количество участников». Укажите соответствие столбцов вручную' +
          (table.format === 'csv' ? ' или проверьте кодировку файла.' : '.'),
        en: 'results columns not recognised: a school column and participants are needed. Map the columns by hand.',
      });
    let imported = 0;
    const preview: PreviewRow[] = [];
    for (const row of rows) {
      const before = list.items.length;
      const result = readRow(row, columns, list, options, index);
      if (result !== undefined) {
        const first = seen.rowOf(result, row.row);
        if (first !== undefined) {
          list.error(
            'duplicate-result',
            {
              ru: `результат этой школы по тому же предмету, классу и году уже есть в строке ${first}.`,
              en: `this school's result for the same subject, grade and year is on row ${first} already.`,
            },
            { row: row.row },
          );
        } else {
          results.push(result);
          imported++;
        }
      }
      if (preview.length < (options.previewRows ?? 20)) {
        const values: Record<string, string> = {};
        for (const entry of mapping.columns) {
          const text = entry.field === null ? undefined : readText(row.cells[entry.index]);
          if (text !== undefined && entry.field !== null) values[entry.field] = text;
        }
        const own = list.items.slice(before);
        preview.push({
          row: row.row,
          values,
          status: own.some((p) => p.severity === 'error') ? 'error' : own.length > 0 ? 'warning' : 'ok',
          problems: own,
        });
      }
    }
    problems.push(...list.items);
    sheets.push({ name: sheet.name, hidden: sheet.hidden, mapping, rows: rows.length, imported, preview });
  }
  return {
    file: table.file,
    format: table.format,
    ok: problems.every((problem) => problem.severity !== 'error'),
    results,
    sheets,
    problems,
  };
}
