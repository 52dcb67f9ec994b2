import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import type { RecordsInput } from '../indicator/input.js';
import { municipalitySchema } from '../municipality/schema.js';
import { flagsSchema, recordIdSchema, textSchema } from '../record/schema.js';
import {
  resourceRisks as builtInRisks,
  schoolCategories as builtInCategories,
  schoolRoleSchema,
  type ResourceRisk,
  type School,
  type SchoolCategory,
} from '../school/schema.js';
import type { Teacher } from '../teacher/schema.js';
import { catalogueIdSchema, regionCatalogueSchema } from './catalogue-schema.js';

/**
 * A school in the region's registry (реестр ОО): the calculator's school plus what identifies it
 * in the region's files — ИНН, the regional code, the full and short names.
 */
export const registrySchoolSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    /** Stable id: the ИНН where the file has one, else the regional code, else municipality + name. */
    id: recordIdSchema,
    name: textSchema,
    shortName: z.optional(textSchema),
    inn: z.optional(z.string().check(z.regex(/^\d{10}$|^\d{12}$/))),
    code: z.optional(textSchema),
    municipalityId: z.optional(recordIdSchema),
    /** Built-in (`low-results`, …) or the region's own category ids. */
    categories: z.optional(z.array(catalogueIdSchema)),
    roles: z.optional(z.array(schoolRoleSchema)),
    /** Built-in (`staff-shortage`, …) or the region's own risk ids. */
    resourceRisks: z.optional(z.array(catalogueIdSchema)),
    flags: z.optional(flagsSchema),
  }),
  {
    title: 'RegistrySchool',
    description: 'Школа в реестре региона (ОО): ИНН, код, наименование, категории.',
  },
);

/** A school in the registry (ОО в реестре). */
export type RegistrySchool = z.infer<typeof registrySchoolSchema>;

/** A teacher in the registry: school, subjects, position (должность). */
export const registryTeacherSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: recordIdSchema,
    schoolId: recordIdSchema,
    name: z.optional(textSchema),
    subjects: z.optional(z.array(textSchema)),
    position: z.optional(textSchema),
    flags: z.optional(flagsSchema),
  }),
  { title: 'RegistryTeacher', description: 'Педагог в реестре: школа, предметы, должность.' },
);

/** A teacher in the registry (педагог). */
export type RegistryTeacher = z.infer<typeof registryTeacherSchema>;

/** A region's registry (реестр): municipalities → schools → teachers, and the region's own lists. */
export const registrySchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    region: z.optional(textSchema),
    municipalities: z.array(municipalitySchema),
    schools: z.array(registrySchoolSchema),
    teachers: z.array(registryTeacherSchema),
    catalogue: z.optional(regionCatalogueSchema),
  }),
  { title: 'Registry', description: 'Реестр региона: муниципалитеты, школы, педагоги.' },
);

/** A region's registry. */
export type Registry = z.infer<typeof registrySchema>;

/** An empty registry, to import a first file into. */
export function emptyRegistry(region?: string): Registry {
  return region === undefined
    ? { municipalities: [], schools: [], teachers: [] }
    : { region, municipalities: [], schools: [], teachers: [] };
}

const isBuiltInCategory = (id: string): id is SchoolCategory =>
  (builtInCategories as readonly string[]).includes(id);
const isBuiltInRisk = (id: string): id is ResourceRisk => (builtInRisks as readonly string[]).includes(id);

/**
 * The registry as the calculator's records (`RecordsInput`): one municipality's schools and
 * teachers when `municipalityId` is given, else the whole region's. Built-in categories and risks
 * go where the calculator reads them; a region's own category or risk becomes a flag of the same
 * name, so an indicator selects it with `{ flag: 'small-rural' }`.
 */
export function registryToRecords(
  registry: Registry,
  options: { municipalityId?: string } = {},
): RecordsInput {
  const wanted = options.municipalityId;
  const chosen =
    wanted === undefined ? registry.schools : registry.schools.filter((s) => s.municipalityId === wanted);
  const ids = new Set(chosen.map((school) => school.id));
  // The region's own categories are written for every school (false where it lacks one): the
  // calculator then knows them, and refuses an id nobody defined («shnsu») instead of counting 0.
  const ownCategories = (registry.catalogue?.categories ?? [])
    .map((entry) => entry.id)
    .filter((id) => !isBuiltInCategory(id));
  const schools = chosen.map((entry): School => {
    const school: School = { id: entry.id, name: entry.name };
    if (entry.municipalityId !== undefined) school.municipalityId = entry.municipalityId;
    const flags: Record<string, boolean> = { ...entry.flags };
    for (const id of ownCategories) flags[id] ??= false;
    const categories = (entry.categories ?? []).filter(isBuiltInCategory);
    const risks = (entry.resourceRisks ?? []).filter(isBuiltInRisk);
    for (const id of entry.categories ?? []) if (!isBuiltInCategory(id)) flags[id] = true;
    for (const id of entry.resourceRisks ?? []) if (!isBuiltInRisk(id)) flags[id] = true;
    if (categories.length > 0) school.categories = categories;
    if (entry.roles !== undefined && entry.roles.length > 0) school.roles = [...entry.roles];
    if (risks.length > 0) school.resourceRisks = risks;
    if (Object.keys(flags).length > 0) school.flags = flags;
    return school;
  });
  const teachers = registry.teachers
    .filter((t) => ids.has(t.schoolId))
    .map((entry): Teacher => {
      const teacher: Teacher = { id: entry.id, schoolId: entry.schoolId };
      if (entry.name !== undefined) teacher.name = entry.name;
      if (entry.subjects !== undefined) teacher.subjects = [...entry.subjects];
      if (entry.flags !== undefined) teacher.flags = { ...entry.flags };
      return teacher;
    });
  const records: RecordsInput = { kind: 'records', schools, teachers };
  const municipality = registry.municipalities.find((m) => m.id === wanted);
  if (municipality !== undefined) records.municipality = { ...municipality };
  return records;
}
