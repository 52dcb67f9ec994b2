import fc from 'fast-check';
import { safeParse } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { registrySchema, type Registry } from './schema.js';
import { registryShapeProblem } from './shape.js';

const seed = { seed: 20261208, numRuns: 300 };
// fast-check's runs, on a busy machine: well over vitest's default 5 s.
const timeout = 60_000;

// Registries near the valid ones, with every optional field now and then.
const id = fc.constantFrom('s1', 'kansk', '2450001234', 'x');
const text = fc.constantFrom('МБОУ «СОШ № 7»', 'г. Канск', 'Математика', ' учитель ');
const catalogueId = fc.constantFrom('low-results', 'remote-rural', 'staff-shortage');
const flags = fc.dictionary(fc.constantFrom('remote', 'small_school', 'A-1'), fc.boolean(), { maxKeys: 2 });
const localized = fc.record({ ru: text, en: text }, { requiredKeys: ['ru'] });
const entry = fc.record(
  { id: catalogueId, label: localized, aliases: fc.array(text, { maxLength: 2 }) },
  { requiredKeys: ['id', 'label'] },
);
const registryArbitrary: fc.Arbitrary<Registry> = fc.record(
  {
    region: text,
    municipalities: fc.array(
      fc.record({ id, name: text, region: text, flags }, { requiredKeys: ['id', 'name'] }),
      { maxLength: 3 },
    ),
    schools: fc.array(
      fc.record(
        {
          id,
          name: text,
          shortName: text,
          inn: fc.constantFrom('2450001234', '245000123456'),
          code: text,
          municipalityId: id,
          categories: fc.array(catalogueId, { maxLength: 2 }),
          roles: fc.array(fc.constantFrom('curator-school', 'leader-school', 'internship-site'), {
            maxLength: 2,
          }),
          resourceRisks: fc.array(catalogueId, { maxLength: 2 }),
          flags,
        },
        { requiredKeys: ['id', 'name'] },
      ),
      { maxLength: 4 },
    ),
    teachers: fc.array(
      fc.record(
        { id, schoolId: id, name: text, subjects: fc.array(text, { maxLength: 2 }), position: text, flags },
        { requiredKeys: ['id', 'schoolId'] },
      ),
      { maxLength: 3 },
    ),
    catalogue: fc.record(
      { categories: fc.array(entry, { maxLength: 2 }), resourceRisks: fc.array(entry, { maxLength: 2 }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['municipalities', 'schools', 'teachers'] },
) as fc.Arbitrary<Registry>;

// What a host may hand over by mistake: wrong types, blank or malformed text, ids and ИНН.
const wrongValue = fc.oneof(
  fc.constantFrom(undefined, null, 0, 12, true, '', '   ', 'Low Results', '12345', '24500012345x', 'a b'),
  fc.constantFrom([], {}, ['low-results'], { ru: '' }, { ru: 'текст', de: 'Text' }, new Date(0)),
);

/** Every place inside a value: the paths to its objects' keys and arrays' items. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => places(item, [...path, index]));
  if (typeof value !== 'object' || value === null) return [path];
  return [path, ...Object.entries(value).flatMap(([key, item]) => places(item, [...path, key]))];
}

/** The value with the thing at `path` replaced (or, for an object, an unknown key added). */
function corrupt(value: unknown, path: (string | number)[], wrong: unknown, addKey: boolean): unknown {
  if (path.length === 0) {
    if (addKey && typeof value === 'object' && value !== null && !Array.isArray(value))
      return { ...value, unexpected: 1 };
    return wrong;
  }
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = corrupt(copy[head!], rest, wrong, addKey);
  return copy;
}

const accepted = (value: unknown) => safeParse(registrySchema, value).success;

describe('registryShapeProblem', () => {
  it(
    'accepts every registry the schema accepts',
    () => {
      fc.assert(
        fc.property(registryArbitrary, (registry) => {
          expect(accepted(registry)).toBe(true);
          expect(registryShapeProblem(registry)).toBeUndefined();
        }),
        seed,
      );
    },
    timeout,
  );

  it(
    'agrees with the schema on corrupted registries, and names a place when it refuses',
    () => {
      let refused = 0;
      fc.assert(
        fc.property(
          registryArbitrary,
          fc.nat(),
          wrongValue,
          fc.boolean(),
          (registry, pick, wrong, addKey) => {
            const where = places(registry);
            const value = corrupt(registry, where[pick % where.length]!, wrong, addKey);
            const problem = registryShapeProblem(value);
            expect(problem === undefined).toBe(accepted(value));
            if (problem !== undefined) refused += 1;
          },
        ),
        seed,
      );
      // Most corruptions break the registry: the property is not checked on valid values only.
      expect(refused).toBeGreaterThan(seed.numRuns / 2);
    },
    timeout,
  );

  it('names the first problem by its path', () => {
    const registry = { municipalities: [], schools: [{ id: 's1', name: 'СОШ', inn: '123' }], teachers: [] };
    expect(registryShapeProblem(registry)).toEqual(['schools', 0, 'inn']);
    expect(registryShapeProblem({ ...registry, schools: [], extra: true })).toEqual(['extra']);
    expect(registryShapeProblem(null)).toEqual([]);
  });
});
