import type { ColumnMatch, SheetMapping } from '../registry/columns.js';
import { normalizeDate, normalizeInn, normalizeKey, normalizeYear, readText } from '../registry/normalize.js';
import type { ProblemList } from '../registry/problem.js';
import type { RawRow } from '../registry/table.js';
import type { AssessmentResult } from './schema.js';
import { assessmentFromText, gradeFromText, subjectFromText } from './vocabulary.js';
import type { ResultsImportOptions } from './import.js';
import type { SchoolIndex } from './school-index.js';
import {
  cellAt,
  countAbove,
  integerCount,
  markRange,
  nonNegative,
  percentRange,
  readFigure,
  schoolYearEnd,
  warnFormula,
  whereAt,
} from './row-cells.js';

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
export type ResultColumns = Record<ResultField, ColumnMatch | undefined>;

export function resultColumns(mapping: SheetMapping): ResultColumns {
  const columns = {} as ResultColumns;
  for (const name of fieldNames) columns[name] = mapping.columns.find((entry) => entry.field === name);
  return columns;
}

// One function per row with no closures in it: it runs for every row of a region's results.
export function readRow(
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
