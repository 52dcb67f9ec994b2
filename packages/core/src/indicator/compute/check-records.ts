import * as z from 'zod/mini';
import { describeIssues, formatPath, type Issue } from '../../errors/index.js';
import { municipalitySchema } from '../../municipality/schema.js';
import { resourceRisks, schoolCategories, schoolRoles, schoolSchema } from '../../school/schema.js';
import type { DisplayLocale } from '../../share/index.js';
import { teacherSchema } from '../../teacher/schema.js';
import { computeMessages } from './messages.js';

/**
 * How records are checked. `fast` (default) checks, during the counting pass, every field the
 * calculation reads (ids, `schoolId`, categories, roles, risks, school flag values, the teacher
 * flags a condition reads) and explains a bad record with its zod schema; `full` runs the zod
 * schemas over every record first (names, unknown fields, every flag), some 20–30 times slower.
 */
export type RecordValidation = 'fast' | 'full';

/** The envelope of records input, for explaining a malformed one; the records are checked apart. */
export const recordsEnvelopeSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('records'),
  municipality: z.optional(z.unknown()),
  schools: z.array(z.unknown()),
  teachers: z.optional(z.array(z.unknown())),
});

const envelopeKeys = new Set(['kind', 'municipality', 'schools', 'teachers']);

/** Whether the input has the shape of records input, checked without copying its lists. */
export function looksLikeRecordsEnvelope(
  input: unknown,
): input is { kind: 'records'; municipality?: unknown; schools: unknown[]; teachers?: unknown[] } {
  if (!isObject(input) || input['kind'] !== 'records' || !Array.isArray(input['schools'])) return false;
  if (input['teachers'] !== undefined && !Array.isArray(input['teachers'])) return false;
  return Object.keys(input).every((key) => envelopeKeys.has(key));
}

/** A per-record check run inside the counting pass: true when the record can be counted. */
export type RecordGuard = (record: unknown) => boolean;

/** Which lists hold records that are wrong, found before or during counting. */
export interface InvalidRecords {
  /** Positions of the first bad records (enough to explain), and how many there are in all. */
  indexes: number[];
  count: number;
}

// Enough to find and fix the pattern; a region-sized file with one systematic mistake would
// otherwise produce hundreds of thousands of identical messages.
const maxDescribedRecords = 20;

/** Notes a bad record, keeping only the first few positions. */
export function noteInvalid(invalid: InvalidRecords, index: number): void {
  if (invalid.count++ < maxDescribedRecords) invalid.indexes.push(index);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function isListOf(value: unknown, allowed: readonly string[]): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!allowed.includes(item as string)) return false;
  return true;
}

// Every flag is checked, not only the ones the set reads: for-in over records of one shape runs
// on V8's enum cache and is faster than reading the set's flag names one by one.
function hasBooleanFlags(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  for (const name in value) {
    if (typeof value[name] !== 'boolean') return false;
  }
  return true;
}

function isFlagsObject(value: unknown): boolean {
  return value === undefined || isObject(value);
}

const acceptAll: RecordGuard = () => true;

/**
 * The per-record checks of the counting pass. In `fast` mode they reject only what the zod
 * schema rejects too, so every rejected record gets zod's explanation; in `full` mode the
 * schemas already ran and the checks accept everything.
 */
export function recordGuards(validation: RecordValidation): { school: RecordGuard; teacher: RecordGuard } {
  return validation === 'full' ? fullGuards : fastGuards;
}

// The same functions on every call: a counting loop optimised around one guard is not thrown
// away (deoptimised) when the next call brings a new closure.
const fullGuards = { school: acceptAll, teacher: acceptAll };
const fastGuards: { school: RecordGuard; teacher: RecordGuard } = {
  school: (record) =>
    isObject(record) &&
    isId(record['id']) &&
    isListOf(record['categories'], schoolCategories) &&
    isListOf(record['roles'], schoolRoles) &&
    isListOf(record['resourceRisks'], resourceRisks) &&
    hasBooleanFlags(record['flags']),
  // Teacher flag values are checked where a condition reads them (`onInvalidFlag` of the teacher
  // test context): a for-in over the flags of 600 000 teachers would cost a quarter of the time.
  teacher: (record) =>
    isObject(record) && isId(record['id']) && isId(record['schoolId']) && isFlagsObject(record['flags']),
};

function schemaOf(list: 'schools' | 'teachers'): z.ZodMiniType {
  return list === 'schools' ? schoolSchema : teacherSchema;
}

/** Explains bad records with their zod schema: one issue per wrong field, path `schools[3].categories[0]`. */
export function explainInvalidRecords(
  records: readonly unknown[],
  list: 'schools' | 'teachers',
  invalid: InvalidRecords,
  locale: DisplayLocale,
): Issue[] {
  const issues: Issue[] = [];
  for (const index of invalid.indexes) {
    const result = schemaOf(list).safeParse(records[index], { reportInput: true });
    issues.push(
      ...(result.success
        ? [
            {
              path: formatPath([list, index]),
              code: 'invalid-record',
              message: computeMessages.invalidInput(locale),
            },
          ]
        : describeIssues(result.error, locale, { pathPrefix: [list, index] })),
    );
  }
  if (invalid.count > invalid.indexes.length) {
    issues.push({
      path: list,
      code: 'more-invalid-records',
      message: computeMessages.moreInvalidRecords(invalid.count - invalid.indexes.length, locale),
    });
  }
  return issues;
}

/** Checks the municipality (one record: always against its full schema). */
export function checkMunicipality(municipality: unknown, locale: DisplayLocale): Issue[] {
  if (municipality === undefined) return [];
  const result = municipalitySchema.safeParse(municipality, { reportInput: true });
  return result.success ? [] : describeIssues(result.error, locale, { pathPrefix: ['municipality'] });
}

/** `full` validation: runs the zod schema over every school and teacher before counting. */
export function checkAllRecords(input: {
  schools: readonly unknown[];
  teachers?: readonly unknown[] | undefined;
}): { schools: InvalidRecords; teachers: InvalidRecords } {
  const check = (records: readonly unknown[] | undefined, list: 'schools' | 'teachers'): InvalidRecords => {
    const invalid: InvalidRecords = { indexes: [], count: 0 };
    const schema = schemaOf(list);
    records?.forEach((record, index) => {
      if (!schema.safeParse(record).success) noteInvalid(invalid, index);
    });
    return invalid;
  };
  return { schools: check(input.schools, 'schools'), teachers: check(input.teachers, 'teachers') };
}
