import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed000Roadmaps } from '../report/examples.js';
import { createActivity, createRoadmap } from './create.js';
import { isPlainValidRoadmap } from './guard.js';
import { roadmapSchema, type Roadmap } from './schema.js';

// The plain check lets reviewRoadmap skip zod for a well-formed roadmap; it must never accept
// what roadmapSchema refuses. Random single changes to real roadmaps (a field removed, retyped,
// emptied, an unknown key, a duplicate id), with a pinned seed so CI reproduces a failure.
const seed = 17_2026;

function richRoadmap(): Roadmap {
  const base = createRoadmap({
    id: 'rm',
    school: { id: 's1', name: 'МБОУ СОШ № 1' },
    title: 'Дорожная карта',
    period: { start: '2022-09-01', end: '2023-08-31' },
  });
  return {
    ...base,
    approval: { number: '12-осн', date: '2022-09-01' },
    riskFactorListId: '500plus-2021',
    sections: [
      {
        id: 'sec',
        title: 'Работа с учителями',
        targetGroup: 'teachers',
        directionId: 'teachers-qualification',
        riskFactorIds: ['r1'],
        activities: [
          {
            ...createActivity(
              {
                id: 'a1',
                activity: 'Семинар',
                plannedResult: 'Отчёт',
                deadline: 'ежеквартально',
                responsible: 'Завуч',
              },
              base,
            ),
            form: 'seminar',
            status: 'done',
            target: { indicator: 'Доля', target: 45, unit: '%' },
            evidence: [{ description: 'Протокол', date: '2022-12-01' }],
          },
        ],
      },
    ],
    remarks: [
      {
        id: 'r',
        target: { sectionId: 'sec' },
        author: 'Методист',
        date: '2022-10-01',
        text: 'Уточнить',
        status: 'open',
      },
    ],
    history: [{ action: 'submit', from: 'draft', to: 'submitted', date: '2022-09-10' }],
  };
}

/** Every path to a value inside a JSON-like value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

const replacements: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  0,
  -1,
  1.5,
  'x',
  '2023-02-30',
  [],
  {},
  true,
  'zzz',
];

function mutate(roadmap: unknown, path: (string | number)[], change: number): unknown {
  const copy = structuredClone(roadmap);
  if (path.length === 0) return replacements[change % replacements.length];
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
  const key = path.at(-1)!;
  const target = parent as Record<string | number, unknown>;
  if (change === replacements.length) target['unexpected'] = 1;
  else if (change === replacements.length + 1) delete target[key];
  else target[key] = replacements[change % replacements.length];
  return copy;
}

describe('the plain roadmap check', () => {
  const roadmaps = [richRoadmap(), ...seed000Roadmaps()];

  it('accepts the well-formed roadmaps the schema accepts', () => {
    for (const roadmap of roadmaps) {
      expect(roadmapSchema.safeParse(roadmap).success).toBe(true);
      expect(isPlainValidRoadmap(roadmap)).toBe(true);
    }
  });

  it('never accepts a changed roadmap the schema refuses', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...roadmaps),
        fc.nat(),
        fc.integer({ min: 0, max: replacements.length + 1 }),
        (roadmap, at, change) => {
          const paths = pathsOf(roadmap);
          const changed = mutate(roadmap, paths[at % paths.length]!, change);
          if (isPlainValidRoadmap(changed)) expect(roadmapSchema.safeParse(changed).success).toBe(true);
        },
      ),
      { seed, numRuns: 3_000 },
    );
  });

  it('refuses duplicate ids (after trimming), reversed periods and sparse lists, as the schema does', () => {
    const roadmap = richRoadmap();
    const section = roadmap.sections[0]!;
    const twice = { ...roadmap, sections: [section, { ...section, id: ' sec ', activities: [] }] };
    const reversed = { ...roadmap, period: { start: '2023-09-01', end: '2022-08-31' } };
    const sparse = { ...roadmap, sections: [{ ...section, riskFactorIds: Array(2) }] };
    for (const bad of [twice, reversed, sparse]) {
      expect(roadmapSchema.safeParse(bad).success).toBe(false);
      expect(isPlainValidRoadmap(bad)).toBe(false);
    }
  });
});

describe('isPlainValidRoadmap on hostile values', () => {
  it('answers «ask the schema» instead of throwing when a proxy or a getter throws', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('hostile');
        },
        getPrototypeOf() {
          throw new Error('hostile');
        },
        ownKeys() {
          throw new Error('hostile');
        },
      },
    );
    expect(isPlainValidRoadmap(throwing)).toBe(false);
    const getter = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('hostile');
      },
    });
    expect(isPlainValidRoadmap(getter)).toBe(false);
  });
});
