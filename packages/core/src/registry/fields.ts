import type { FieldDefinition } from './columns.js';
import type { CatalogueLookup } from './catalogue.js';

/** The registry's own fields (a category or risk column adds `category:<id>` / `risk:<id>`). */
export const registryFields: readonly FieldDefinition[] = [
  {
    field: 'municipality',
    label: { ru: 'Муниципальное образование', en: 'Municipality' },
    headers: [
      'Муниципалитет',
      'МО',
      'Муниципальный район',
      'Городской округ',
      'Район',
      'МСО',
      'Муниципальный район (городской округ)',
      'Наименование МО',
      'Территория',
    ],
  },
  {
    field: 'schoolName',
    label: { ru: 'Наименование ОО', en: 'School name' },
    headers: [
      'Полное наименование организации',
      'Полное наименование ОО',
      'Полное наименование',
      'Наименование образовательной организации',
      'Наименование организации',
      'Наименование',
      'Образовательная организация',
      'ОО',
      'Школа',
      'Название школы',
    ],
  },
  {
    field: 'schoolShortName',
    label: { ru: 'Краткое наименование ОО', en: 'Short name' },
    headers: [
      'Краткое наименование',
      'Сокращённое наименование',
      'Сокращенное наименование ОО',
      'Краткое наименование организации',
    ],
  },
  {
    field: 'inn',
    label: { ru: 'ИНН', en: 'INN' },
    headers: ['ИНН ОО', 'ИНН организации', 'ИНН образовательной организации'],
  },
  {
    field: 'schoolCode',
    label: { ru: 'Код ОО', en: 'School code' },
    headers: [
      'Код организации',
      'Региональный код',
      'Код школы',
      'Логин ОО',
      'ID ОО',
      'Идентификатор ОО',
      'Код ОО в РИС',
    ],
  },
  {
    field: 'categories',
    label: { ru: 'Категория', en: 'Category' },
    headers: ['Категория ОО', 'Категория школы', 'Категории', 'Статус ОО'],
  },
  {
    field: 'resourceRisks',
    label: { ru: 'Риски', en: 'Resource risks' },
    headers: ['Риски снижения образовательных результатов', 'Ресурсные риски', 'Ресурсные дефициты'],
  },
  {
    field: 'role:curator-school',
    label: { ru: 'Школа-куратор', en: 'Curator school' },
    headers: ['Куратор'],
  },
  {
    field: 'role:leader-school',
    label: { ru: 'Школа-лидер', en: 'Leader school' },
    headers: ['Школа лидер', '500+', 'Школа-лидер (500+)', 'Школа-лидер проекта 500+'],
  },
  {
    field: 'role:internship-site',
    label: { ru: 'Стажировочная площадка', en: 'Internship site' },
    headers: [],
  },
  {
    field: 'teacherName',
    label: { ru: 'ФИО', en: 'Full name' },
    headers: [
      'ФИО педагога',
      'ФИО учителя',
      'Фамилия Имя Отчество',
      'Фамилия, имя, отчество',
      'Педагог',
      'Учитель',
      'Педагогический работник',
    ],
  },
  {
    field: 'teacherId',
    label: { ru: 'Код педагога', en: 'Teacher id' },
    headers: ['Табельный номер', 'ID педагога', 'Идентификатор педагога', 'Личный номер'],
  },
  {
    field: 'subject',
    label: { ru: 'Предмет', en: 'Subject' },
    headers: ['Предметы', 'Преподаваемый предмет', 'Преподаваемые предметы', 'Учебный предмет'],
  },
  { field: 'position', label: { ru: 'Должность', en: 'Position' }, headers: ['Занимаемая должность'] },
];

/** The registry's fields plus a yes/no column per category and risk (built-in and the region's own). */
export function registryFieldsFor(lookup: CatalogueLookup): FieldDefinition[] {
  const categoryColumns = lookup.categories.map((entry) => ({
    field: `category:${entry.id}`,
    label: entry.label,
    headers: [entry.id, ...(entry.aliases ?? [])],
  }));
  const riskColumns = lookup.resourceRisks.map((entry) => ({
    field: `risk:${entry.id}`,
    label: entry.label,
    headers: [entry.id, ...(entry.aliases ?? [])],
  }));
  return [...registryFields, ...categoryColumns, ...riskColumns];
}
