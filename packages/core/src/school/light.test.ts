import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { invalid } from '../record/light.js';
import { readTeacher } from '../teacher/light.js';
import { teacherSchema } from '../teacher/schema.js';
import { readSchool } from './light.js';
import { resourceRiskIds, schoolCategoryIds, schoolRoleIds } from './lists.js';
import { schoolSchema } from './schema.js';

const seed = { seed: 20261208 };

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom('', '  ', ' x ', 'low-results', 'hasIom', '1flag'),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);

// A valid record with one field replaced, deleted, or a key added (top level and one level down).
function corrupted(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.nat(), anyValue, fc.constantFrom('set', 'delete', 'extra', 'inner'))
    .map(([record, which, inner, value, how]) => {
      const copy = structuredClone(record);
      const keys = Object.keys(copy);
      const key = keys[which % keys.length]!;
      if (how === 'delete') delete copy[key];
      else if (how === 'extra') copy[typeof value === 'string' ? value : 'unexpected'] = value;
      else if (how === 'inner' && typeof copy[key] === 'object' && copy[key] !== null) {
        const field = copy[key] as Record<string, unknown>;
        const names = Object.keys(field);
        field[names.length ? names[inner % names.length]! : String(value)] = value;
      } else copy[key] = value;
      return copy;
    });
}

const text = fc.constantFrom('МБОУ «СОШ № 3»', '  Иванова И. И. ', 'математика');
const id = fc.constantFrom('s1', ' s2', 't1');
const flags = fc.dictionary(fc.constantFrom('hasIom', 'isShnro', 'a_b-1'), fc.boolean(), { maxKeys: 2 });
const school = fc.record(
  {
    id,
    name: text,
    municipalityId: id,
    categories: fc.subarray([...schoolCategoryIds]),
    roles: fc.subarray([...schoolRoleIds]),
    resourceRisks: fc.subarray([...resourceRiskIds]),
    flags,
  },
  { requiredKeys: ['id', 'name'] },
);
const teacher = fc.record(
  { id, schoolId: id, name: text, subjects: fc.array(text, { maxLength: 2 }), flags },
  { requiredKeys: ['id', 'schoolId'] },
);

describe('readSchool and readTeacher', () => {
  it('accept and output what schoolSchema and teacherSchema do, near the valid records', () => {
    for (const [read, schema, valid] of [
      [readSchool, schoolSchema, school],
      [readTeacher, teacherSchema, teacher],
    ] as const)
      fc.assert(
        fc.property(fc.oneof(valid, corrupted(valid), anyValue), (value) => {
          const light = read(value);
          const parsed = safeParse(schema, value);
          expect(light !== invalid).toBe(parsed.success);
          if (parsed.success) expect(light).toEqual(parsed.data);
        }),
        { ...seed, numRuns: 400 },
      );
  }, 30_000);

  it('trim a name and refuse an empty one, as the schema does', () => {
    expect(readSchool({ id: 's1', name: '  СОШ № 3 ' })).toEqual({ id: 's1', name: 'СОШ № 3' });
    expect(readSchool({ id: 's1', name: '   ' })).toBe(invalid);
    expect(readTeacher({ id: 't1', schoolId: 's1', flags: { '1x': true } })).toBe(invalid);
  });
});
