import type { SchoolRole } from '../school/schema.js';
import type { CatalogueLookup } from './catalogue.js';
import type { ColumnMatch, SheetMapping } from './columns.js';
import { looksLikeFormula, normalizeBoolean, normalizeInn, normalizeKey, readText } from './normalize.js';
import type { ProblemList } from './problem.js';
import type { Registry, RegistrySchool, RegistryTeacher } from './schema.js';
import type { CellValue, RawRow } from './table.js';

// How one row of a registry sheet becomes a school or a teacher; `import.ts` drives the sheets.

/** What the rows of one import share: the catalogue, the registry being built, what was seen where. */
export interface Accumulator {
  lookup: CatalogueLookup;
  registry: Registry;
  municipalityIds: Map<string, string>;
  /**
   * Municipalities of the current registry by their written name: a file's «г. Канск» takes the id
   * the registry gives it, so a re-read file does not move every school to a new municipality.
   */
  knownMunicipalities: Map<string, Registry['municipalities'][number]>;
  schoolRows: Map<string, { sheet: string; row: number }>;
  schoolKeys: Map<string, string>;
  teacherRows: Map<string, { sheet: string; row: number }>;
  /** Position of each school and teacher in the registry's lists, to update in place. */
  schoolIndex: Map<string, number>;
  teacherIndex: Map<string, number>;
}

// Rows ask for their columns by field many times: index each mapping once.
const columnIndexes = new WeakMap<SheetMapping, Map<string, ColumnMatch>>();

/** The column a mapping gives a field, if any. */
export function field(mapping: SheetMapping, name: string): ColumnMatch | undefined {
  let index = columnIndexes.get(mapping);
  if (index === undefined) {
    index = new Map();
    for (const column of mapping.columns)
      if (column.field !== null && !index.has(column.field)) index.set(column.field, column);
    columnIndexes.set(mapping, index);
  }
  return index.get(name);
}

/** Reads the text fields of a row, warning about formula-like text (kept as text). */
function textOf(row: RawRow, mapping: SheetMapping, name: string, list: ProblemList): string | undefined {
  const column = field(mapping, name);
  if (!column) return undefined;
  const text = readText(row.cells[column.index]);
  if (text !== undefined && looksLikeFormula(text))
    list.warning(
      'formula-like-text',
      {
        ru: `значение начинается с «${text[0]}» и похоже на формулу; оно сохранено как текст и не вычислялось.`,
        en: `the value starts with "${text[0]}" and looks like a formula; it is kept as text and was not evaluated.`,
      },
      { row: row.row, column: column.header, value: text },
    );
  return text;
}

function cellOf(
  row: RawRow,
  mapping: SheetMapping,
  name: string,
): { cell: CellValue | undefined; header: string } | undefined {
  const column = field(mapping, name);
  return column ? { cell: row.cells[column.index], header: column.header } : undefined;
}

function municipalityId(name: string, accumulator: Accumulator): string {
  const key = normalizeKey(name);
  let id = accumulator.municipalityIds.get(key);
  if (id === undefined) {
    const known = accumulator.knownMunicipalities.get(key);
    id = known?.id ?? (key.replace(/ /g, '-') || name);
    accumulator.municipalityIds.set(key, id);
    accumulator.registry.municipalities.push(known ?? { id, name });
  }
  return id;
}

interface SchoolFields {
  name?: string;
  inn?: string;
  code?: string;
  municipalityId?: string;
  failed: boolean;
}

/** The fields that identify a school on a row: ИНН, code, name, municipality. */
function schoolIdentity(
  row: RawRow,
  mapping: SheetMapping,
  list: ProblemList,
  accumulator: Accumulator,
): SchoolFields {
  const result: SchoolFields = { failed: false };
  const name = textOf(row, mapping, 'schoolName', list) ?? textOf(row, mapping, 'schoolShortName', list);
  if (name !== undefined) result.name = name;
  const code = textOf(row, mapping, 'schoolCode', list);
  if (code !== undefined) result.code = code;
  const municipality = textOf(row, mapping, 'municipality', list);
  if (municipality !== undefined) result.municipalityId = municipalityId(municipality, accumulator);
  const inn = cellOf(row, mapping, 'inn');
  if (inn) {
    const normalized = normalizeInn(inn.cell);
    const text = readText(inn.cell) ?? '';
    if (!normalized.ok) {
      list.error(normalized.code, normalized.message, { row: row.row, column: inn.header, value: text });
      result.failed = true;
    } else if (normalized.value !== undefined) {
      result.inn = normalized.value;
      if ('restoredZero' in normalized && normalized.restoredZero)
        list.warning(
          'inn-leading-zero',
          {
            ru: `ИНН записан числом без ведущего нуля (${text}); восстановлен как ${normalized.value}.`,
            en: `the INN was stored as a number without its leading zero (${text}); restored as ${normalized.value}.`,
          },
          { row: row.row, column: inn.header, value: text },
        );
    }
  }
  return result;
}

function schoolKey(identity: SchoolFields): string | undefined {
  if (identity.inn !== undefined) return identity.inn;
  if (identity.code !== undefined) return `code:${identity.code}`;
  if (identity.name !== undefined) return `${identity.municipalityId ?? ''}/${normalizeKey(identity.name)}`;
  return undefined;
}

function rememberSchool(school: RegistrySchool, accumulator: Accumulator): void {
  const at = accumulator.schoolIndex.get(school.id);
  if (at !== undefined) accumulator.registry.schools[at] = school;
  else {
    accumulator.schoolIndex.set(school.id, accumulator.registry.schools.length);
    accumulator.registry.schools.push(school);
  }
  indexSchool(school, accumulator);
}

export function indexSchool(school: RegistrySchool, accumulator: Accumulator): void {
  if (school.inn !== undefined) accumulator.schoolKeys.set(school.inn, school.id);
  if (school.code !== undefined) accumulator.schoolKeys.set(`code:${school.code}`, school.id);
  accumulator.schoolKeys.set(`${school.municipalityId ?? ''}/${normalizeKey(school.name)}`, school.id);
  accumulator.schoolKeys.set(`name:${normalizeKey(school.name)}`, school.id);
}

function readList(
  row: RawRow,
  mapping: SheetMapping,
  name: 'categories' | 'resourceRisks',
  list: ProblemList,
  accumulator: Accumulator,
): string[] | undefined {
  const column = cellOf(row, mapping, name);
  const text = column ? readText(column.cell) : undefined;
  if (!column || text === undefined) return [];
  const find = name === 'categories' ? accumulator.lookup.category : accumulator.lookup.resourceRisk;
  const whole = find(text);
  if (whole !== undefined) return [whole];
  const ids: string[] = [];
  for (const part of text.split(/[,;\n]|\s+и\s+/)) {
    if (part.trim() === '' || normalizeKey(part) === 'нет' || part.trim() === '-') continue;
    const id = find(part) ?? find(part.replace(/\//g, ' '));
    if (id === undefined) {
      const known = (name === 'categories' ? accumulator.lookup.categories : accumulator.lookup.resourceRisks)
        .map((entry) => entry.aliases?.[0] ?? entry.label.ru)
        .join(', ');
      list.error(
        name === 'categories' ? 'unknown-category' : 'unknown-resource-risk',
        {
          ru: `«${part.trim()}» — неизвестн${name === 'categories' ? 'ая категория' : 'ый риск'}. Известны: ${known}. Регион может добавить свои в справочник.`,
          en: `"${part.trim()}" is not a known ${name === 'categories' ? 'category' : 'risk'}. Known: ${known}.`,
        },
        { row: row.row, column: column.header, value: text },
      );
      return undefined;
    }
    ids.push(id);
  }
  return ids;
}

function readFlags(
  row: RawRow,
  mapping: SheetMapping,
  prefix: string,
  list: ProblemList,
): string[] | undefined {
  const ids: string[] = [];
  let failed = false;
  for (const column of mapping.columns) {
    if (column.field === null || !column.field.startsWith(prefix)) continue;
    const value = normalizeBoolean(row.cells[column.index]);
    if (!value.ok) {
      list.error(value.code, value.message, {
        row: row.row,
        column: column.header,
        value: readText(row.cells[column.index]) ?? '',
      });
      failed = true;
    } else if (value.value) ids.push(column.field.slice(prefix.length));
  }
  return failed ? undefined : ids;
}

export function importSchoolRow(
  row: RawRow,
  mapping: SheetMapping,
  list: ProblemList,
  accumulator: Accumulator,
): boolean {
  const identity = schoolIdentity(row, mapping, list, accumulator);
  const categories = readList(row, mapping, 'categories', list, accumulator);
  const risks = readList(row, mapping, 'resourceRisks', list, accumulator);
  const categoryFlags = readFlags(row, mapping, 'category:', list);
  const riskFlags = readFlags(row, mapping, 'risk:', list);
  const roles = readFlags(row, mapping, 'role:', list) as SchoolRole[] | undefined;
  const shortName = readText(cellOf(row, mapping, 'schoolShortName')?.cell);
  const name = identity.name;
  if (name === undefined) {
    list.error(
      'missing-school-name',
      { ru: 'не указано наименование ОО.', en: 'the school name is missing.' },
      { row: row.row, column: field(mapping, 'schoolName')?.header ?? 'Наименование ОО' },
    );
    return false;
  }
  if (identity.failed || !categories || !risks || !categoryFlags || !riskFlags || !roles) return false;
  const key = schoolKey({ ...identity, name })!;
  const seen = accumulator.schoolRows.get(key);
  if (seen !== undefined) {
    const by =
      identity.inn !== undefined
        ? `ИНН ${identity.inn}`
        : identity.code !== undefined
          ? `код ${identity.code}`
          : `наименование «${name}»`;
    list.error(
      'duplicate-school',
      {
        ru: `школа повторяется: ${by} уже встречается ${seen.sheet === (list.sheet ?? '') ? '' : `на листе «${seen.sheet}», `}в строке ${seen.row}.`,
        en: `duplicate school: the same ${identity.inn !== undefined ? 'INN' : identity.code !== undefined ? 'code' : 'name'} is on row ${seen.row}.`,
      },
      {
        row: row.row,
        column:
          field(
            mapping,
            identity.inn !== undefined ? 'inn' : identity.code !== undefined ? 'schoolCode' : 'schoolName',
          )?.header ?? '',
        value: identity.inn ?? identity.code ?? name,
      },
    );
    return false;
  }
  accumulator.schoolRows.set(key, { sheet: list.sheet ?? '', row: row.row });
  const school: RegistrySchool = { id: identity.inn ?? identity.code ?? key, name };
  if (shortName !== undefined && shortName !== name) school.shortName = shortName;
  if (identity.inn !== undefined) school.inn = identity.inn;
  if (identity.code !== undefined) school.code = identity.code;
  if (identity.municipalityId !== undefined) school.municipalityId = identity.municipalityId;
  const allCategories = unique([...categories, ...categoryFlags]);
  if (allCategories.length > 0) school.categories = allCategories;
  if (roles.length > 0) school.roles = roles;
  const allRisks = unique([...risks, ...riskFlags]);
  if (allRisks.length > 0) school.resourceRisks = allRisks;
  rememberSchool(school, accumulator);
  return true;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function findSchool(identity: SchoolFields, accumulator: Accumulator): string | undefined {
  const keys = accumulator.schoolKeys;
  if (identity.inn !== undefined) return keys.get(identity.inn);
  if (identity.code !== undefined) return keys.get(`code:${identity.code}`);
  if (identity.name === undefined) return undefined;
  return (
    keys.get(`${identity.municipalityId ?? ''}/${normalizeKey(identity.name)}`) ??
    keys.get(`name:${normalizeKey(identity.name)}`)
  );
}

export function importTeacherRow(
  row: RawRow,
  mapping: SheetMapping,
  list: ProblemList,
  accumulator: Accumulator,
): boolean {
  const identity = schoolIdentity(row, mapping, list, accumulator);
  const name = textOf(row, mapping, 'teacherName', list);
  const ownId = textOf(row, mapping, 'teacherId', list);
  const subjects = textOf(row, mapping, 'subject', list);
  const position = textOf(row, mapping, 'position', list);
  if (identity.failed) return false;
  let schoolId = findSchool(identity, accumulator);
  if (schoolId === undefined) {
    if (identity.name === undefined) {
      list.error(
        'missing-school',
        {
          ru: 'не указана школа педагога: нужен ИНН, код или наименование ОО, которые есть в реестре.',
          en: 'the teacher’s school is missing: an INN, code or name of a school in the registry is needed.',
        },
        {
          row: row.row,
          column: field(mapping, 'inn')?.header ?? field(mapping, 'schoolName')?.header ?? 'Наименование ОО',
        },
      );
      return false;
    }
    // A flat list of teachers names its schools: the first row of a school adds it.
    const key = schoolKey(identity)!;
    const school: RegistrySchool = { id: identity.inn ?? identity.code ?? key, name: identity.name };
    if (identity.inn !== undefined) school.inn = identity.inn;
    if (identity.code !== undefined) school.code = identity.code;
    if (identity.municipalityId !== undefined) school.municipalityId = identity.municipalityId;
    rememberSchool(school, accumulator);
    accumulator.schoolRows.set(key, { sheet: list.sheet ?? '', row: row.row });
    schoolId = school.id;
  }
  if (name === undefined && ownId === undefined) {
    list.error(
      'missing-teacher-name',
      { ru: 'не указаны ФИО педагога.', en: 'the teacher’s name is missing.' },
      { row: row.row, column: field(mapping, 'teacherName')?.header ?? 'ФИО' },
    );
    return false;
  }
  const id = ownId ?? `${schoolId}/${normalizeKey(name!)}`;
  const seen = accumulator.teacherRows.get(id);
  if (seen !== undefined) {
    list.error(
      'duplicate-teacher',
      {
        ru: `педагог повторяется: ${ownId !== undefined ? `код ${ownId}` : `«${name}» в той же школе`} уже встречается в строке ${seen.row}.`,
        en: `duplicate teacher: already on row ${seen.row}.`,
      },
      {
        row: row.row,
        column: field(mapping, ownId !== undefined ? 'teacherId' : 'teacherName')?.header ?? '',
        value: ownId ?? name ?? '',
      },
    );
    return false;
  }
  accumulator.teacherRows.set(id, { sheet: list.sheet ?? '', row: row.row });
  const teacher: RegistryTeacher = { id, schoolId };
  if (name !== undefined) teacher.name = name;
  if (subjects !== undefined)
    teacher.subjects = subjects
      .split(/[,;/]/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (position !== undefined) teacher.position = position;
  const at = accumulator.teacherIndex.get(id);
  if (at !== undefined) accumulator.registry.teachers[at] = teacher;
  else {
    accumulator.teacherIndex.set(id, accumulator.registry.teachers.length);
    accumulator.registry.teachers.push(teacher);
  }
  return true;
}
