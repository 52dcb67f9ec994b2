import type { Assessment } from '../dynamics/schema.js';
import {
  dataRows,
  detectMapping,
  type ColumnMatch,
  type MappingOverride,
  type SheetMapping,
} from '../registry/columns.js';
import type { PreviewRow } from '../registry/import.js';
import {
  looksLikeFormula,
  normalizeDate,
  normalizeInn,
  normalizeKey,
  normalizeNumber,
  normalizeYear,
  readText,
} from '../registry/normalize.js';
import { ProblemList, type ImportProblem } from '../registry/problem.js';
import { readTableFile, type ImportFile, type ReadOptions, type TableFile } from '../registry/read.js';
import type { Registry } from '../registry/schema.js';
import { isBlankRow, type CellValue, type RawRow } from '../registry/table.js';
import { resultFields } from './fields.js';
import type { AssessmentResult } from './schema.js';
import { assessmentFromText, gradeFromText, subjectFromText } from './vocabulary.js';

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

interface SchoolIndex {
  byInn: Map<string, string>;
  byCode: Map<string, string>;
  byName: Map<string, string>;
  byMunicipalityName: Map<string, string>;
  municipalityByName: Map<string, string>;
}

function indexRegistry(registry: Registry): SchoolIndex {
  const index: SchoolIndex = {
    byInn: new Map(),
    byCode: new Map(),
    byName: new Map(),
    byMunicipalityName: new Map(),
    municipalityByName: new Map(),
  };
  for (const municipality of registry.municipalities)
    index.municipalityByName.set(normalizeKey(municipality.name), municipality.id);
  for (const school of registry.schools) {
    if (school.inn !== undefined) index.byInn.set(school.inn, school.id);
    if (school.code !== undefined) index.byCode.set(school.code, school.id);
    for (const name of [school.name, school.shortName]) {
      if (name === undefined) continue;
      index.byName.set(normalizeKey(name), school.id);
      index.byMunicipalityName.set(`${school.municipalityId ?? ''}/${normalizeKey(name)}`, school.id);
    }
  }
  return index;
}

/** Every field a results row reads. */
const fieldNames = [
  'inn',
  'schoolCode',
  'schoolName',
  'municipality',
  'assessment',
  'subject',
  'grade',
  'year',
  'date',
  'participants',
  'count2',
  'count5',
  'countBelowMinimum',
  'share2',
  'share5',
  'shareBelowMinimum',
  'meanScore',
  'meanMark',
] as const;

type ResultField = (typeof fieldNames)[number];

/** The column of each field in a sheet, looked up once per sheet rather than per cell. */
type ResultColumns = Record<ResultField, ColumnMatch | undefined>;

function resultColumns(mapping: SheetMapping): ResultColumns {
  const columns = {} as ResultColumns;
  for (const name of fieldNames) columns[name] = mapping.columns.find((entry) => entry.field === name);
  return columns;
}

/**
 * The rows already read, by school, assessment, subject (as compared), grade and year. A key of
 * small numbers per school, not one long text per row: hashing 120 000 fresh texts was a third
 * of a region's import.
 */
class SeenResults {
  private readonly bySchool = new Map<string, Map<number | string, number>>();
  private readonly scopes = new Map<string, Map<string, number>>();
  private nextScope = 0;

  /** The row a result with the same key came on, or `undefined` (and the result is remembered on `row`). */
  rowOf(result: AssessmentResult, row: number): number | undefined {
    let subjects = this.scopes.get(result.assessment);
    if (subjects === undefined) this.scopes.set(result.assessment, (subjects = new Map()));
    const subject = normalizeKey(result.subject);
    let scope = subjects.get(subject);
    if (scope === undefined) subjects.set(subject, (scope = this.nextScope++));
    const grade = result.grade ?? 0;
    const key =
      Number.isInteger(result.year) && result.year >= 0 && result.year < 10_000
        ? (scope * 16 + grade) * 10_000 + result.year
        : `${scope}|${grade}|${result.year}`;
    let keys = this.bySchool.get(result.schoolId);
    if (keys === undefined) this.bySchool.set(result.schoolId, (keys = new Map()));
    const first = keys.get(key);
    if (first === undefined) keys.set(key, row);
    return first;
  }
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

/** The year a school year ends in, from a date: September to December count toward the next year. */
function schoolYearEnd(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 9 ? year + 1 : year;
}

const cellAt = (row: RawRow, column: ColumnMatch | undefined): CellValue | undefined =>
  column === undefined ? undefined : row.cells[column.index];

/** Where a problem is: the row, the column's header and the cell's text. */
const whereAt = (row: RawRow, column: ColumnMatch | undefined) => ({
  row: row.row,
  column: column?.header ?? '',
  value: column ? (readText(row.cells[column.index]) ?? '') : '',
});

const integerCount = { integer: true, min: 0 } as const;
const percentRange = { min: 0, max: 100 } as const;
const nonNegative = { min: 0 } as const;
const markRange = { min: 1, max: 5 } as const;

/**
 * Text that a spreadsheet would run as a formula («=HYPERLINK(…)», «+cmd|…»): kept as text, never
 * evaluated, and said, in case the file was tampered with (CSV injection).
 */
function warnFormula(
  row: RawRow,
  column: ColumnMatch | undefined,
  text: string | undefined,
  list: ProblemList,
): void {
  if (text === undefined || column === undefined || !formulaStart.has(text.charCodeAt(0))) return;
  if (!looksLikeFormula(text)) return;
  list.warning(
    'formula-like-text',
    {
      ru: `значение начинается с «${text[0]}» и похоже на формулу; оно сохранено как текст и не вычислялось.`,
      en: `the value starts with "${text[0]}" and looks like a formula; it is kept as text and was not evaluated.`,
    },
    { row: row.row, column: column.header, value: text },
  );
}

// «=», «+», «-», «@», tab, CR: the first characters a spreadsheet reads as the start of a formula.
const formulaStart = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/** A figure of a row: its number, `undefined` when the cell is empty, `null` when refused (and listed). */
function readFigure(
  row: RawRow,
  column: ColumnMatch | undefined,
  rule: Parameters<typeof normalizeNumber>[1],
  list: ProblemList,
): number | undefined | null {
  if (column === undefined) return undefined;
  const value = normalizeNumber(row.cells[column.index], rule);
  if (value.ok) return value.value;
  list.error(value.code, value.message, whereAt(row, column));
  return null;
}

/** Lists a count above the participants (true when it is). */
function countAbove(
  row: RawRow,
  column: ColumnMatch | undefined,
  count: number | undefined | null,
  participants: number,
  list: ProblemList,
): boolean {
  if (typeof count !== 'number' || count <= participants) return false;
  list.error(
    'count-above-participants',
    {
      ru: `${count} больше числа участников (${participants}).`,
      en: `${count} is more than the ${participants} participants.`,
    },
    whereAt(row, column),
  );
  return true;
}

// One function per row with no closures in it: it runs for every row of a region's results.
function readRow(
  row: RawRow,
  columns: ResultColumns,
  list: ProblemList,
  options: ResultsImportOptions,
  index: SchoolIndex | undefined,
): AssessmentResult | undefined {
  let failed = false;

  // The school.
  let inn: string | undefined;
  const innCell = cellAt(row, columns.inn);
  if (innCell !== undefined) {
    const normalized = normalizeInn(innCell);
    if (!normalized.ok) {
      list.error(normalized.code, normalized.message, whereAt(row, columns.inn));
      failed = true;
    } else inn = normalized.value;
  }
  const code = readText(cellAt(row, columns.schoolCode));
  const name = readText(cellAt(row, columns.schoolName));
  const municipality = readText(cellAt(row, columns.municipality));
  warnFormula(row, columns.schoolCode, code, list);
  warnFormula(row, columns.schoolName, name, list);
  warnFormula(row, columns.municipality, municipality, list);
  let schoolId: string | undefined;
  if (index !== undefined) {
    const municipalityId =
      municipality !== undefined ? index.municipalityByName.get(normalizeKey(municipality)) : undefined;
    schoolId =
      (inn !== undefined ? index.byInn.get(inn) : undefined) ??
      (code !== undefined ? index.byCode.get(code) : undefined) ??
      (name !== undefined
        ? (index.byMunicipalityName.get(`${municipalityId ?? ''}/${normalizeKey(name)}`) ??
          index.byName.get(normalizeKey(name)))
        : undefined);
    if (schoolId === undefined && !failed) {
      const named = inn ?? code ?? name;
      list.error(
        named === undefined ? 'missing-school' : 'unknown-school',
        named === undefined
          ? {
              ru: 'не указана школа (ИНН, код или наименование ОО).',
              en: 'the school is missing (INN, code or name).',
            }
          : {
              ru: `школы «${named}» нет в реестре: проверьте ИНН или наименование, или сначала добавьте школу в реестр.`,
              en: `school "${named}" is not in the registry.`,
            },
        whereAt(
          row,
          inn !== undefined ? columns.inn : code !== undefined ? columns.schoolCode : columns.schoolName,
        ),
      );
      failed = true;
    }
  } else {
    const municipalityKey = municipality !== undefined ? normalizeKey(municipality).replace(/ /g, '-') : '';
    schoolId = inn ?? code ?? (name !== undefined ? `${municipalityKey}/${normalizeKey(name)}` : undefined);
    if (schoolId === undefined && !failed) {
      list.error(
        'missing-school',
        {
          ru: 'не указана школа (ИНН, код или наименование ОО).',
          en: 'the school is missing (INN, code or name).',
        },
        whereAt(row, columns.schoolName),
      );
      failed = true;
    }
  }

  // What was taken.
  let assessment = options.assessment;
  const assessmentText = readText(cellAt(row, columns.assessment));
  if (assessmentText !== undefined) {
    assessment = assessmentFromText(assessmentText);
    if (assessment === undefined) {
      list.error(
        'unknown-assessment',
        {
          ru: `«${assessmentText}» — неизвестная оценочная процедура (ожидается ВПР, ОГЭ или ЕГЭ).`,
          en: `"${assessmentText}" is not a known assessment (VPR, OGE or EGE expected).`,
        },
        whereAt(row, columns.assessment),
      );
      failed = true;
    }
  } else if (assessment === undefined) {
    list.error(
      'missing-assessment',
      { ru: 'не указана оценочная процедура (ВПР, ОГЭ, ЕГЭ).', en: 'the assessment is missing.' },
      whereAt(row, columns.assessment),
    );
    failed = true;
  }
  const subjectText = readText(cellAt(row, columns.subject));
  warnFormula(row, columns.subject, subjectText, list);
  if (subjectText === undefined) {
    list.error(
      'missing-subject',
      { ru: 'не указан предмет.', en: 'the subject is missing.' },
      whereAt(row, columns.subject),
    );
    failed = true;
  }
  let grade: number | undefined;
  const gradeCell = cellAt(row, columns.grade);
  const gradeText = readText(gradeCell);
  if (gradeText !== undefined) {
    grade = gradeFromText(gradeText);
    if (grade === undefined) {
      list.error(
        'not-a-grade',
        { ru: `«${gradeText}» — не класс (от 1 до 11).`, en: `"${gradeText}" is not a grade (1 to 11).` },
        whereAt(row, columns.grade),
      );
      failed = true;
    }
  }
  let year = options.year;
  const yearCell = cellAt(row, columns.year);
  if (readText(yearCell) !== undefined) {
    const normalized = normalizeYear(yearCell);
    if (!normalized.ok) {
      list.error(normalized.code, normalized.message, whereAt(row, columns.year));
      failed = true;
    } else year = normalized.value;
  }
  const dateCell = cellAt(row, columns.date);
  if (year === undefined && readText(dateCell) !== undefined) {
    const date = normalizeDate(dateCell);
    if (!date.ok) {
      list.error(date.code, date.message, whereAt(row, columns.date));
      failed = true;
    } else if (date.value !== undefined) year = schoolYearEnd(date.value);
  }
  if (year === undefined && !failed) {
    list.error(
      'missing-year',
      { ru: 'не указан год.', en: 'the year is missing.' },
      whereAt(row, columns.year),
    );
    failed = true;
  }

  // The figures, read in the order their problems are listed.
  const participants = readFigure(row, columns.participants, integerCount, list);
  const count2 = readFigure(row, columns.count2, integerCount, list);
  const count5 = readFigure(row, columns.count5, integerCount, list);
  const countBelowMinimum = readFigure(row, columns.countBelowMinimum, integerCount, list);
  const share2 = readFigure(row, columns.share2, percentRange, list);
  const share5 = readFigure(row, columns.share5, percentRange, list);
  const shareBelowMinimum = readFigure(row, columns.shareBelowMinimum, percentRange, list);
  const meanScore = readFigure(row, columns.meanScore, nonNegative, list);
  const meanMark = readFigure(row, columns.meanMark, markRange, list);
  if (
    participants === null ||
    count2 === null ||
    count5 === null ||
    countBelowMinimum === null ||
    share2 === null ||
    share5 === null ||
    shareBelowMinimum === null ||
    meanScore === null ||
    meanMark === null
  )
    failed = true;
  if (participants === undefined && !failed) {
    list.error(
      'missing-participants',
      { ru: 'не указано количество участников.', en: 'the number of participants is missing.' },
      whereAt(row, columns.participants),
    );
    failed = true;
  }
  if (typeof participants === 'number') {
    if (countAbove(row, columns.count2, count2, participants, list)) failed = true;
    if (countAbove(row, columns.count5, count5, participants, list)) failed = true;
    if (countAbove(row, columns.countBelowMinimum, countBelowMinimum, participants, list)) failed = true;
  }
  if (failed) return undefined;

  const result: AssessmentResult = {
    schoolId: schoolId!,
    assessment: assessment!,
    subject: subjectFromText(subjectText!),
    year: year!,
    participants: participants!,
  };
  if (grade !== undefined) result.grade = grade;
  if (meanScore != null) result.meanScore = meanScore;
  if (meanMark != null) result.meanMark = meanMark;
  if (count2 != null) result.count2 = count2;
  if (share2 != null) result.share2 = share2;
  if (count5 != null) result.count5 = count5;
  if (share5 != null) result.share5 = share5;
  if (countBelowMinimum != null) result.countBelowMinimum = countBelowMinimum;
  if (shareBelowMinimum != null) result.shareBelowMinimum = shareBelowMinimum;
  return result;
}
