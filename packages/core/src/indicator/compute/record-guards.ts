import {
  resourceRiskIds as resourceRisks,
  schoolCategoryIds as schoolCategories,
  schoolRoleIds as schoolRoles,
} from '../../school/lists.js';

// The per-record checks of the counting pass, without zod: the light entry counts with them too.

/**
 * How records are checked. `fast` (default) checks, during the counting pass, every field the
 * calculation reads (ids, `schoolId`, categories, roles, risks, school flag values, the teacher
 * flags a condition reads) and explains a bad record with its zod schema; `full` runs the zod
 * schemas over every record first (names, unknown fields, every flag), some 20–30 times slower.
 */
export type RecordValidation = 'fast' | 'full';

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
