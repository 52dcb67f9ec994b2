import fc from 'fast-check';

// Values a careless integrator, a damaged file or a hostile page can hand the core.

/**
 * A hostile object still to be built. fast-check inspects generated values (and a revoked proxy
 * throws when inspected), so arbitraries hold this marker and `materialize` builds the real object
 * just before the call, fresh for every case.
 */
export class Trap {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  toJSON(): string {
    return `<${this.label}>`;
  }
}

const trap = (label: string, make: () => unknown) => new Trap(label, make);
const thunk = (...traps: Trap[]): fc.Arbitrary<unknown> => fc.constantFrom(...traps);

/** The arguments with every `Trap` inside replaced by the object it builds. */
export function materialize(value: unknown, depth = 0): unknown {
  if (value instanceof Trap) return value.make();
  if (depth > 40 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => materialize(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = materialize(item, depth + 1);
  return copy;
}

/** Numbers JavaScript has and forms do not expect. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    2147483648,
    -1,
    0.5,
    1e21,
    1e308,
  ),
  fc.double(),
  fc.integer(),
  fc.integer({ min: 0, max: 10_000 }),
);

const oddTexts = [
  '',
  ' ',
  '\u00a0',
  '\u0000',
  '\ud800',
  '\udfff\ud800',
  '1 000',
  '1\u202f000',
  '٣٤',
  '𝟙𝟚',
  '\u202eабв',
  'а\u0301',
  '👩‍👩‍👧',
  'NaN',
  'Infinity',
  '1e309',
  '-',
  '—',
  '%',
  '2023-02-30',
  '0000-00-00',
  '9999-12-31',
  '2023-1-1',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '<img src=x onerror=alert(1)>',
  'до 31 февраля 2147483648 года',
  'I квартал 99999',
  'в январе',
];

/** Strings with unusual Unicode, lone surrogates, control characters, and absurd lengths. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...oddTexts),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(10_000, 100_000).map((length) => 'я'.repeat(length)),
);

/** Builds a value nested `depth` levels deep without recursion. */
export function nested(depth: number, key: string | null): unknown {
  let value: unknown = { text: 'x' };
  for (let level = 0; level < depth; level += 1) value = key === null ? [value] : { [key]: value };
  return value;
}

const throwing = (): never => {
  throw new Error('hostile');
};

/** Objects that fight back when read: throwing toString and getters, proxies, null prototypes. */
export const trapObject: fc.Arbitrary<unknown> = thunk(
  trap('throwing toString', () => ({
    toString: throwing,
    valueOf: throwing,
    [Symbol.toPrimitive]: throwing,
  })),
  trap('throwing getter', () => Object.defineProperty({}, 'id', { enumerable: true, get: throwing })),
  trap(
    'throwing proxy',
    () =>
      new Proxy(
        {},
        {
          get: throwing,
          has: throwing,
          ownKeys: throwing,
          getOwnPropertyDescriptor: throwing,
          getPrototypeOf: throwing,
        },
      ),
  ),
  trap('throwing array proxy', () => new Proxy([], { get: throwing })),
  trap('revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }),
  trap('null prototype', () => Object.create(null) as unknown),
  trap('null prototype counts', () => Object.assign(Object.create(null) as object, { kind: 'counts' })),
  trap('symbol', () => Symbol('hostile')),
  trap('function', () => () => 1),
  trap('invalid Date', () => new Date(NaN)),
  trap('Map', () => new Map([['a', 1]])),
  trap('bigint', () => 10n ** 30n),
  trap('sparse array', () => {
    const holes: unknown[] = new Array(3);
    holes[2] = 1;
    return holes;
  }),
  trap('cycle', () => {
    const cycle: Record<string, unknown> = { id: 'a' };
    cycle['self'] = cycle;
    return cycle;
  }),
);

/** Structures nested far deeper than any real document. */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(100, 1_000, 10_000, 50_000),
    fc.constantFrom(null, 'title', 'children', 'parts', 'all', 'not', 'header'),
  )
  .map(([depth, key]) => trap(`nested ${depth} deep`, () => nested(depth, key)));

/** Any hostile value. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: oddString, weight: 3 },
  { arbitrary: trapObject, weight: 2 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: fc.constantFrom(undefined, null, true, false, [], {}), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

type Path = (string | number)[];

function pathsOf(value: unknown): Path[] {
  const out: Path[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    out.push(path);
    if (Array.isArray(current))
      current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else if (typeof current === 'object' && current !== null)
      for (const [key, item] of Object.entries(current)) stack.push({ value: item, path: [...path, key] });
  }
  return out;
}

/**
 * A valid example with one place broken: a value replaced by a hostile one, a field removed, or an
 * unknown field added. Most of the input stays valid, so checks deep inside are reached.
 */
export function mutated(example: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(example);
  return fc
    .tuple(fc.nat({ max: paths.length - 1 }), fc.constantFrom('replace', 'replace', 'delete', 'add'), hostile)
    .map(([index, how, replacement]) => {
      const copy = structuredClone(example) as unknown;
      const path = paths[index]!;
      if (path.length === 0) return how === 'replace' ? replacement : copy;
      let parent = copy as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (how === 'replace') parent[last] = replacement;
      else if (how === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
      } else if (typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) {
        (parent[last] as Record<string, unknown>)['unexpected'] = replacement;
      } else parent[last] = replacement;
      return copy;
    });
}

/** The valid example itself, a broken copy of it, or something hostile instead. */
export function around(example: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constant(example).map((value) => structuredClone(value) as unknown), weight: 2 },
    { arbitrary: mutated(example), weight: 6 },
    { arbitrary: hostile, weight: 1 },
  );
}
