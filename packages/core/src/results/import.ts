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
import { isBlankRow, type RawRow } from '../registry/table.js';
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

// Rows ask for their columns by field dozens of times: index each mapping once.
const columnIndexes = new WeakMap<SheetMapping, Map<string, ColumnMatch>>();
const column = (mapping: SheetMapping, name: string): ColumnMatch | undefined => {
  let index = columnIndexes.get(mapping);
  if (index === undefined) {
    index = new Map();
    for (const entry of mapping.columns)
      if (entry.field !== null && !index.has(entry.field)) index.set(entry.field, entry);
    columnIndexes.set(mapping, index);
  }
  return index.get(name);
};

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
  const seen = new Map<string, number>();
  for (const sheet of table.sheets) {
    const list = new ProblemList(table.file, table.format === 'xlsx' ? sheet.name : undefined);
    const mapping = detectMapping(sheet, resultFields, options.mapping?.[sheet.name]);
    const recognised =
      column(mapping, 'participants') &&
      (column(mapping, 'schoolName') || column(mapping, 'inn') || column(mapping, 'schoolCode'));
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
      const result = readRow(row, mapping, list, options, index);
      if (result !== undefined) {
        const key = `${result.schoolId}|${result.assessment}|${normalizeKey(result.subject)}|${result.grade ?? ''}|${result.year}`;
        const first = seen.get(key);
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
          seen.set(key, row.row);
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
        const own = list.items.length - before;
        preview.push({
          row: row.row,
          values,
          status: list.items.slice(before).some((p) => p.severity === 'error')
            ? 'error'
            : own > 0
              ? 'warning'
              : 'ok',
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

function readRow(
  row: RawRow,
  mapping: SheetMapping,
  list: ProblemList,
  options: ResultsImportOptions,
  index: SchoolIndex | undefined,
): AssessmentResult | undefined {
  let failed = false;
  const where = (name: string) => {
    const entry = column(mapping, name);
    return {
      row: row.row,
      column: entry?.header ?? '',
      value: entry ? (readText(row.cells[entry.index]) ?? '') : '',
    };
  };
  const text = (name: string) => {
    const entry = column(mapping, name);
    return entry ? readText(row.cells[entry.index]) : undefined;
  };
  const cell = (name: string) => {
    const entry = column(mapping, name);
    return entry ? row.cells[entry.index] : undefined;
  };

  // The school.
  let inn: string | undefined;
  const innCell = cell('inn');
  if (innCell !== undefined) {
    const normalized = normalizeInn(innCell);
    if (!normalized.ok) {
      list.error(normalized.code, normalized.message, where('inn'));
      failed = true;
    } else inn = normalized.value;
  }
  const code = text('schoolCode');
  const name = text('schoolName');
  const municipality = text('municipality');
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
        where(inn !== undefined ? 'inn' : code !== undefined ? 'schoolCode' : 'schoolName'),
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
        where('schoolName'),
      );
      failed = true;
    }
  }

  // What was taken.
  let assessment = options.assessment;
  const assessmentText = text('assessment');
  if (assessmentText !== undefined) {
    assessment = assessmentFromText(assessmentText);
    if (assessment === undefined) {
      list.error(
        'unknown-assessment',
        {
          ru: `«${assessmentText}» — неизвестная оценочная процедура (ожидается ВПР, ОГЭ или ЕГЭ).`,
          en: `"${assessmentText}" is not a known assessment (VPR, OGE or EGE expected).`,
        },
        where('assessment'),
      );
      failed = true;
    }
  } else if (assessment === undefined) {
    list.error(
      'missing-assessment',
      { ru: 'не указана оценочная процедура (ВПР, ОГЭ, ЕГЭ).', en: 'the assessment is missing.' },
      where('assessment'),
    );
    failed = true;
  }
  const subjectText = text('subject');
  if (subjectText === undefined) {
    list.error(
      'missing-subject',
      { ru: 'не указан предмет.', en: 'the subject is missing.' },
      where('subject'),
    );
    failed = true;
  }
  let grade: number | undefined;
  const gradeCell = cell('grade');
  const gradeText = readText(gradeCell);
  if (gradeText !== undefined) {
    grade = gradeFromText(gradeText);
    if (grade === undefined) {
      list.error(
        'not-a-grade',
        { ru: `«${gradeText}» — не класс (от 1 до 11).`, en: `"${gradeText}" is not a grade (1 to 11).` },
        where('grade'),
      );
      failed = true;
    }
  }
  let year = options.year;
  const yearCell = cell('year');
  if (readText(yearCell) !== undefined) {
    const normalized = normalizeYear(yearCell);
    if (!normalized.ok) {
      list.error(normalized.code, normalized.message, where('year'));
      failed = true;
    } else year = normalized.value;
  }
  const dateCell = cell('date');
  if (year === undefined && readText(dateCell) !== undefined) {
    const date = normalizeDate(dateCell);
    if (!date.ok) {
      list.error(date.code, date.message, where('date'));
      failed = true;
    } else if (date.value !== undefined) year = schoolYearEnd(date.value);
  }
  if (year === undefined && !failed) {
    list.error('missing-year', { ru: 'не указан год.', en: 'the year is missing.' }, where('year'));
    failed = true;
  }

  // The figures.
  const numbers: Partial<Record<string, number>> = {};
  const read = (name: string, rule: Parameters<typeof normalizeNumber>[1]) => {
    const value = normalizeNumber(cell(name), rule);
    if (!value.ok) {
      list.error(value.code, value.message, where(name));
      failed = true;
    } else if (value.value !== undefined) numbers[name] = value.value;
  };
  read('participants', { integer: true, min: 0 });
  for (const name of ['count2', 'count5', 'countBelowMinimum']) read(name, { integer: true, min: 0 });
  for (const name of ['share2', 'share5', 'shareBelowMinimum']) read(name, { min: 0, max: 100 });
  read('meanScore', { min: 0 });
  read('meanMark', { min: 1, max: 5 });
  const participants = numbers['participants'];
  if (participants === undefined && !failed) {
    list.error(
      'missing-participants',
      { ru: 'не указано количество участников.', en: 'the number of participants is missing.' },
      where('participants'),
    );
    failed = true;
  }
  if (participants !== undefined)
    for (const name of ['count2', 'count5', 'countBelowMinimum']) {
      const count = numbers[name];
      if (count !== undefined && count > participants) {
        list.error(
          'count-above-participants',
          {
            ru: `${count} больше числа участников (${participants}).`,
            en: `${count} is more than the ${participants} participants.`,
          },
          where(name),
        );
        failed = true;
      }
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
  for (const name of [
    'meanScore',
    'meanMark',
    'count2',
    'share2',
    'count5',
    'share5',
    'countBelowMinimum',
    'shareBelowMinimum',
  ] as const)
    if (numbers[name] !== undefined) result[name] = numbers[name];
  return result;
}
