import { isCalendarDate } from '../deadline/calendar.js';

// Light readers (лёгкая проверка): what a record's zod schema accepts, read without zod, so an
// element that shows records validates them on the usual path without loading zod and the
// wording of its messages. A reader returns the value as the schema outputs it (text trimmed),
// or `invalid`; it may refuse more than the schema (the caller then asks the schema, which
// decides and says which field is wrong), never less. Each reader sits next to its schema with a
// property test that holds the two together.

/** What a light reader returns for a value its schema would refuse. */
export const invalid: unique symbol = Symbol('invalid');

/** A light reader: the value as the schema outputs it, or `invalid`. */
export type LightReader<T> = (value: unknown) => T | typeof invalid;

/** Whether a value is what zod's objects take: an object, not an array. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `textSchema`: a string, trimmed, not empty. */
export const readText: LightReader<string> = (value) => {
  if (typeof value !== 'string') return invalid;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : invalid;
};

/** `recordIdSchema`: a string that is not empty, kept as it is. */
export const readRecordId: LightReader<string> = (value) =>
  typeof value === 'string' && value.length > 0 ? value : invalid;

/** `calendarDateSchema`: a `YYYY-MM-DD` day that exists. */
export const readCalendarDate: LightReader<string> = (value) =>
  isCalendarDate(value) && Number(value.slice(0, 4)) >= 1000 ? value : invalid;

/** A `z.enum` of `options`. */
export const readOneOf =
  <T extends string>(options: readonly T[]): LightReader<T> =>
  (value) =>
    options.includes(value as T) ? (value as T) : invalid;

/** A `z.literal(text)`. */
export const readLiteral =
  <T extends string>(text: T): LightReader<T> =>
  (value) =>
    value === text ? text : invalid;

/** `z.array(item)`: every item read, or `invalid`. */
export function readArray<T>(item: LightReader<T>): LightReader<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return invalid;
    const out: T[] = [];
    for (const entry of value) {
      const read = item(entry);
      if (read === invalid) return invalid;
      out.push(read);
    }
    return out;
  };
}

const flagName = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** `flagsSchema`: flag names → booleans. */
export const readFlags: LightReader<Record<string, boolean>> = (value) => {
  if (!isPlainObject(value)) return invalid;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return invalid;
  const out: Record<string, boolean> = {};
  for (const key of Object.keys(value)) {
    if (!flagName.test(key) || typeof value[key] !== 'boolean') return invalid;
    out[key] = value[key];
  }
  return out;
};

/** A field of `readStrict`: its reader, and whether it may be left out (`z.optional`). */
export type LightField = [read: LightReader<unknown>, optional?: 'optional'];

/**
 * `z.strictObject(shape)`: no key outside the shape, every required field present, each read by
 * its reader; an optional field given as `undefined` stays `undefined`, as zod leaves it.
 */
export function readStrict<T>(fields: Record<string, LightField>): LightReader<T> {
  const names = Object.keys(fields);
  return (value) => {
    if (!isPlainObject(value)) return invalid;
    for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key)) return invalid;
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const [read, optional] = fields[name]!;
      const given = value[name];
      if (given === undefined && optional) {
        if (name in value) out[name] = undefined;
        continue;
      }
      const result = read(given);
      if (result === invalid) return invalid;
      out[name] = result;
    }
    return out as T;
  };
}

/** `z.discriminatedUnion('kind', …)`: the reader of the record's `kind`. */
export function readByKind<T>(readers: Record<string, LightReader<T>>): LightReader<T> {
  return (value) => {
    if (!isPlainObject(value) || typeof value['kind'] !== 'string' || !Object.hasOwn(readers, value['kind']))
      return invalid;
    return readers[value['kind']]!(value);
  };
}
