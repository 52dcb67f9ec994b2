import type { Registry } from './schema.js';

/** One field that changed: its name, the value in the current registry and in the new file. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Records added, removed and changed between two lists, by id. */
export interface ListDiff<T> {
  added: T[];
  removed: T[];
  changed: { id: string; name: string; before: T; after: T; fields: FieldChange[] }[];
  unchanged: number;
}

/** What next year's file changes in the registry (изменения реестра), list by list. */
export interface RegistryDiff {
  municipalities: ListDiff<Registry['municipalities'][number]>;
  schools: ListDiff<Registry['schools'][number]>;
  teachers: ListDiff<Registry['teachers'][number]>;
}

// Lists compare as sets: «ШНОР, ШНСУ» and «ШНСУ, ШНОР» are the same categories.
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return (
      a.length === b.length &&
      [...a].map(String).sort().join('\u0000') === [...b].map(String).sort().join('\u0000')
    );
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object')
    return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
  return a === b;
}

function sortKeys(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

function diffList<T extends { id: string }>(
  current: readonly T[],
  next: readonly T[],
  nameOf: (record: T) => string,
): ListDiff<T> {
  const before = new Map(current.map((record) => [record.id, record]));
  const after = new Map(next.map((record) => [record.id, record]));
  const diff: ListDiff<T> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const record of next) {
    const old = before.get(record.id);
    if (old === undefined) {
      diff.added.push(record);
      continue;
    }
    const fields: FieldChange[] = [];
    const keys = new Set([...Object.keys(old), ...Object.keys(record)]);
    for (const key of keys) {
      const a = (old as Record<string, unknown>)[key];
      const b = (record as Record<string, unknown>)[key];
      if (!same(a, b)) fields.push({ field: key, before: a, after: b });
    }
    if (fields.length > 0)
      diff.changed.push({ id: record.id, name: nameOf(record), before: old, after: record, fields });
    else diff.unchanged++;
  }
  for (const record of current) if (!after.has(record.id)) diff.removed.push(record);
  return diff;
}

/**
 * Compares the current registry with one imported from a new file, by stable id (ИНН, code):
 * which municipalities, schools and teachers are new, gone, or changed and in which fields.
 * Nothing is overwritten: the caller shows the diff and applies it (`applyRegistryDiff`).
 */
export function diffRegistry(current: Registry, next: Registry): RegistryDiff {
  return {
    municipalities: diffList(current.municipalities, next.municipalities, (m) => m.name),
    schools: diffList(current.schools, next.schools, (s) => s.name),
    teachers: diffList(current.teachers, next.teachers, (t) => t.name ?? t.id),
  };
}

/** Which parts of a diff to take: additions and changes by default, removals only when asked. */
export interface ApplyDiffOptions {
  /** Remove records missing from the new file (default false: a partial file removes nothing). */
  removals?: boolean;
  /**
   * Keep the current categories of schools whose new row has none (default true): categories
   * confirmed by identification live in the registry, not in the region's next export.
   */
  keepCategories?: boolean;
}

function applyList<T extends { id: string }>(
  current: readonly T[],
  diff: ListDiff<T>,
  options: ApplyDiffOptions,
  merge: (before: T, after: T) => T,
): T[] {
  const changed = new Map(diff.changed.map((change) => [change.id, change]));
  const removed = new Set(options.removals ? diff.removed.map((record) => record.id) : []);
  const result: T[] = [];
  for (const record of current) {
    if (removed.has(record.id)) continue;
    const change = changed.get(record.id);
    result.push(change ? merge(change.before, change.after) : record);
  }
  result.push(...diff.added);
  return result;
}

/** The current registry with a diff applied (see `ApplyDiffOptions`). */
export function applyRegistryDiff(
  current: Registry,
  diff: RegistryDiff,
  options: ApplyDiffOptions = {},
): Registry {
  const keepCategories = options.keepCategories ?? true;
  return {
    ...current,
    municipalities: applyList(current.municipalities, diff.municipalities, options, (_, after) => after),
    schools: applyList(current.schools, diff.schools, options, (before, after) =>
      keepCategories && after.categories === undefined && before.categories !== undefined
        ? { ...after, categories: before.categories }
        : after,
    ),
    teachers: applyList(current.teachers, diff.teachers, options, (_, after) => after),
  };
}
