import type { LocalizedText } from '../text/schema.js';
import type { SheetMapping } from './columns.js';

/** What a sheet holds: schools, teachers (with their school on each row), or nothing recognised. */
export type SheetKind = 'schools' | 'teachers' | 'unrecognised';

/**
 * A column a sheet cannot import without (обязательный столбец): any one of `fields` fills it.
 * A school's name may come from the full or the short name; a teacher's school from its ИНН,
 * code or name.
 */
export interface RequiredColumn {
  /** Stable id: `school-name`, `teacher-name`, `teacher-school`. */
  id: 'school-name' | 'teacher-name' | 'teacher-school';
  fields: readonly string[];
  label: LocalizedText;
}

const schoolName: RequiredColumn = {
  id: 'school-name',
  fields: ['schoolName', 'schoolShortName'],
  label: { ru: 'Наименование ОО', en: 'School name' },
};
const teacherName: RequiredColumn = {
  id: 'teacher-name',
  fields: ['teacherName', 'teacherId'],
  label: { ru: 'ФИО', en: 'Full name' },
};
const teacherSchool: RequiredColumn = {
  id: 'teacher-school',
  fields: ['inn', 'schoolCode', 'schoolName', 'schoolShortName'],
  label: { ru: 'ИНН, код или наименование ОО', en: 'INN, code or name of the school' },
};

/** The columns a sheet of this kind must have mapped (an unrecognised sheet is read as a list of schools). */
export function requiredColumns(kind: SheetKind): readonly RequiredColumn[] {
  return kind === 'teachers' ? [teacherName, teacherSchool] : [schoolName];
}

/** The required columns a mapping leaves without a column, in the order `requiredColumns` gives. */
export function missingColumns(mapping: SheetMapping, kind: SheetKind): RequiredColumn[] {
  const mapped = new Set(mapping.columns.map((column) => column.field).filter((field) => field !== null));
  return requiredColumns(kind).filter((required) => !required.fields.some((field) => mapped.has(field)));
}

/** «не выбран столбец «Наименование ОО»: …» — the message of an unmapped required column. */
export function missingColumnMessage(required: RequiredColumn): LocalizedText {
  return {
    ru: `не выбран столбец «${required.label.ru}»: без него строки листа не загружаются. Укажите этот столбец в соответствии столбцов.`,
    en: `no column is chosen for "${required.label.en ?? required.label.ru}": the sheet's rows cannot be imported without it. Choose it in the column mapping.`,
  };
}
