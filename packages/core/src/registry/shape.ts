import { schoolRoleIds } from '../school/lists.js';

// The cheap shape check of a registry (проверка реестра), with no zod and no wording: it says
// where the first problem is, and a caller that must say it in words loads the schema's message
// (`parseOrExplain(registrySchema, …)`) only then. It accepts exactly what `registrySchema`
// accepts (shape.test.ts holds the two together on valid and corrupted registries).

type Path = (string | number)[];
type Check = (value: unknown) => Path | undefined;

const fail: Path = [];
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// zod's record takes plain objects only (no class instances).
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === null || prototype === Object.prototype;
};
const test =
  (ok: (value: unknown) => boolean): Check =>
  (value) =>
    ok(value) ? undefined : fail;

const flags: Check = (value) => {
  if (!isPlainObject(value)) return fail;
  for (const key of Object.keys(value)) {
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(key)) return [key];
    if (typeof value[key] !== 'boolean') return [key];
  }
  return undefined;
};

const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? undefined : check(value);

const array =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return fail;
    for (let index = 0; index < value.length; index += 1) {
      const inner = item(value[index]);
      if (inner !== undefined) return [index, ...inner];
    }
    return undefined;
  };

/** A strict object: every listed key checked (an optional one may be absent), no other key. */
const object =
  (shape: Record<string, Check>): Check =>
  (value) => {
    if (!isObject(value)) return fail;
    for (const key of Object.keys(value)) if (!Object.hasOwn(shape, key)) return [key];
    for (const [key, check] of Object.entries(shape)) {
      const inner = check(value[key]);
      if (inner !== undefined) return [key, ...inner];
    }
    return undefined;
  };

/**
 * The registry's check, composed on first use: nothing runs when the module loads, so a bundler
 * drops all of it from a page that never checks a registry.
 */
function registryCheck(): Check {
  // The core's text (trimmed, not empty), id (not empty) and the registry's own formats.
  const text = test((value) => typeof value === 'string' && value.trim().length > 0);
  const recordId = test((value) => typeof value === 'string' && value.length > 0);
  const catalogueId = test((value) => typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value));
  const inn = test((value) => typeof value === 'string' && /^\d{10}$|^\d{12}$/.test(value));
  const role = test((value) => (schoolRoleIds as readonly unknown[]).includes(value));

  const localizedText = object({ ru: text, en: optional(text) });
  const catalogueEntry = object({ id: catalogueId, label: localizedText, aliases: optional(array(text)) });

  const municipality = object({ id: recordId, name: text, region: optional(text), flags: optional(flags) });

  const school = object({
    id: recordId,
    name: text,
    shortName: optional(text),
    inn: optional(inn),
    code: optional(text),
    municipalityId: optional(recordId),
    categories: optional(array(catalogueId)),
    roles: optional(array(role)),
    resourceRisks: optional(array(catalogueId)),
    flags: optional(flags),
  });

  const teacher = object({
    id: recordId,
    schoolId: recordId,
    name: optional(text),
    subjects: optional(array(text)),
    position: optional(text),
    flags: optional(flags),
  });

  return object({
    region: optional(text),
    municipalities: array(municipality),
    schools: array(school),
    teachers: array(teacher),
    catalogue: optional(
      object({ categories: optional(array(catalogueEntry)), resourceRisks: optional(array(catalogueEntry)) }),
    ),
  });
}

let check: Check | undefined;

/**
 * Where a value breaks the shape of a registry (`registrySchema`): the path of its first problem
 * (`['schools', 3, 'inn']`; `[]` for the value itself), or `undefined` for a registry the schema
 * accepts. No zod: to say the problem in words, use `parseOrExplain(registrySchema, value)`.
 */
export function registryShapeProblem(value: unknown): Path | undefined {
  try {
    check ??= registryCheck();
    return check(value);
  } catch {
    // A getter that throws or a proxy: not a registry, as the schema's parse says too.
    return fail;
  }
}
