import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { invalid, type LightReader } from '../record/light.js';
import { readAssignment, readSupportEvent } from './light.js';
import {
  assignmentKinds,
  assignmentSchema,
  eventLevels,
  internshipVenues,
  supportEventKinds,
  supportEventSchema,
} from './schema.js';

const seed = { seed: 20261208 };

// Anything at all in a field's place: what the light check and the schema both see.
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.constantFrom('', '  ', ' x ', '2021-02-29', '2024-02-29', '2021-13-01', 'school', 'teacher', 'person'),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);

/** Every place inside a value: the paths of its fields and items. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [path, ...keys.flatMap((key) => places((value as Record<string, unknown>)[key], [...path, key]))];
}

/** A valid record with one place replaced, a field deleted, or a key added. */
function corrupted(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), anyValue, fc.constantFrom('set', 'delete', 'extra'))
    .map(([record, which, value, how]) => {
      const copy = structuredClone(record) as Record<string | number, unknown>;
      const all = places(copy);
      const path = all[which % all.length]!;
      if (path.length === 0) return how === 'set' ? value : copy;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path.at(-1)!;
      if (how === 'delete' && !Array.isArray(parent)) delete parent[last];
      else if (how === 'extra' && !Array.isArray(parent)) parent['unexpected'] = value;
      else parent[last] = value;
      return copy;
    });
}

/** The light reader agrees with the schema: same verdict, and the same value when both accept. */
function agrees(read: LightReader<unknown>, schema: Parameters<typeof safeParse>[0], value: unknown): void {
  const light = read(value);
  const parsed = safeParse(schema, value);
  expect(light !== invalid).toBe(parsed.success);
  if (parsed.success) expect(light).toEqual(parsed.data);
}

const text = fc.constantFrom('Бетькинская СОШ', '  МБОУ «СОШ № 3» ', 'x');
const id = fc.constantFrom('s1', 's2', 't1', 't2', ' a ');
const day = fc.constantFrom('2021-09-01', '2021-12-31', '2022-01-10', '2024-02-29');
const party = fc.oneof(
  fc.record(
    { kind: fc.constant('school'), schoolId: id, name: text },
    { requiredKeys: ['kind', 'schoolId'] },
  ),
  fc.record(
    { kind: fc.constant('teacher'), teacherId: id, name: text },
    { requiredKeys: ['kind', 'teacherId'] },
  ),
  fc.record(
    { kind: fc.constant('person'), id, name: text, position: text, organization: text },
    { requiredKeys: ['kind', 'name'] },
  ),
);
const assignment = fc.record(
  {
    id,
    kind: fc.constantFrom(...assignmentKinds),
    from: party,
    to: party,
    period: fc.record({ start: day, end: day }, { requiredKeys: ['start'] }),
    order: fc.record(
      { number: text, date: day, issuer: text, title: text },
      { requiredKeys: ['number', 'date'] },
    ),
    subjects: fc.array(text, { maxLength: 2 }),
    note: text,
  },
  { requiredKeys: ['id', 'kind', 'from', 'to', 'period'] },
);
const event = fc.record(
  {
    id,
    kind: fc.constantFrom(...supportEventKinds),
    date: day,
    endDate: day,
    level: fc.constantFrom(...eventLevels),
    venue: fc.constantFrom(...internshipVenues),
    schools: fc.array(id, { maxLength: 2 }),
    teachers: fc.array(id, { maxLength: 3 }),
    participantCount: fc.integer({ min: 0, max: 4 }),
    topic: text,
    outcome: text,
    organizer: text,
    assignmentId: id,
  },
  { requiredKeys: ['id', 'kind', 'date', 'schools', 'topic'] },
);

describe('readAssignment', () => {
  it('accepts and outputs what assignmentSchema does, for records near the valid ones', () => {
    fc.assert(
      fc.property(fc.oneof(assignment, corrupted(assignment), anyValue), (value) =>
        agrees(readAssignment, assignmentSchema, value),
      ),
      { ...seed, numRuns: 500 },
    );
  }, 30_000);

  it('refuses a tutor attached to a school, as the schema does', () => {
    const tutor = {
      id: 't1',
      kind: 'tutor',
      from: { kind: 'person', name: 'Иванова И. И.' },
      to: { kind: 'school', schoolId: 's1' },
      period: { start: '2021-09-01' },
    };
    expect(readAssignment(tutor)).toBe(invalid);
    expect(readAssignment({ ...tutor, to: { kind: 'teacher', teacherId: 't7' } })).toMatchObject({
      kind: 'tutor',
    });
  });
});

describe('readSupportEvent', () => {
  it('accepts and outputs what supportEventSchema does, for records near the valid ones', () => {
    fc.assert(
      fc.property(fc.oneof(event, corrupted(event), anyValue), (value) =>
        agrees(readSupportEvent, supportEventSchema, value),
      ),
      { ...seed, numRuns: 500 },
    );
  }, 30_000);
});
