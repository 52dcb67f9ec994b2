import * as z from 'zod/mini';
import { describeIssues, formatPath, type Issue } from '../../errors/index.js';
import { municipalitySchema } from '../../municipality/schema.js';
import { schoolSchema } from '../../school/schema.js';
import { noteInvalid, type InvalidRecords } from './record-guards.js';
import { parseOrExplain } from '../../errors/index.js';
import { findUnreadable, unreadableInput } from '../../errors/unreadable.js';
import { indicatorAnswerSchema } from '../input.js';
import { indicatorSetSchema } from '../schema.js';
import type { InputExplainer, RecordsExplainer } from './explain.js';
import type { CountsEnvelope } from './from-counts.js';
import { isPlainValidMunicipality } from './shape.js';

// The validating API's checks: the zod schemas, with every wrong field named in Russian or English.
import type { DisplayLocale } from '../../share/index.js';
import { teacherSchema } from '../../teacher/schema.js';
import { computeMessages } from './messages.js';
import { issueMessages } from './issue-messages.js';
import { wordCountsIssue, wordRecordIssue } from './word-issue.js';

/** The envelope of records input, for explaining a malformed one; the records are checked apart. */
export const recordsEnvelopeSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('records'),
  municipality: z.optional(z.unknown()),
  schools: z.array(z.unknown()),
  teachers: z.optional(z.array(z.unknown())),
});

/** The envelope of grouped records input. */
const groupedEnvelopeSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('records'),
  municipality: z.optional(z.unknown()),
  municipalities: z.optional(z.array(z.unknown())),
  schools: z.array(z.unknown()),
  teachers: z.optional(z.array(z.unknown())),
});

/** The envelope of counts input; answers and sizes are checked one by one so one bad answer spoils only its indicator. */
export const countsEnvelopeSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('counts'),
  populations: z.optional(z.record(z.string(), z.unknown())),
  answers: z.record(z.string(), z.unknown()),
});

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
      message: issueMessages.moreInvalidRecords(invalid.count - invalid.indexes.length, locale),
    });
  }
  return issues;
}

/** Checks a municipality record: the plain check first (it never accepts what the schema refuses), then the schema. */
function checkMunicipality(value: unknown, path: readonly PropertyKey[], locale: DisplayLocale): Issue[] {
  if (isPlainValidMunicipality(value)) return [];
  const result = municipalitySchema.safeParse(value, { reportInput: true });
  return result.success ? [] : describeIssues(result.error, locale, { pathPrefix: path });
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

const setOf: InputExplainer<Issue>['set'] = (set, locale) =>
  parseOrExplain(indicatorSetSchema, set, { locale, pathPrefix: ['set'] });

const envelopeOf: InputExplainer<Issue>['envelope'] = (input, kind, locale) => {
  const result = (kind === 'records' ? recordsEnvelopeSchema : groupedEnvelopeSchema).safeParse(input, {
    reportInput: true,
  });
  return result.success ? [] : describeIssues(result.error, locale);
};

const upfrontOf: InputExplainer<Issue>['upfront'] = (input, validation) =>
  validation === 'full' ? checkAllRecords(input) : undefined;

/**
 * The validating grouped calculator's explainer: zod schemas, every wrong field named, the
 * sentences of records (a region's records are never typed-in counts).
 */
export const zodRecordsExplainer: RecordsExplainer<Issue> = {
  say: wordRecordIssue,
  set: setOf,
  envelope: envelopeOf,
  municipality: checkMunicipality,
  records: explainInvalidRecords,
  upfront: upfrontOf,
};

/** The validating API's explainer: zod schemas, every wrong field named. */
export const zodExplainer: InputExplainer<Issue> = {
  say: wordRecordIssue,
  sayCounts: wordCountsIssue,
  set: setOf,
  envelope: envelopeOf,
  counts: (input, locale) => {
    const result = countsEnvelopeSchema.safeParse(input, { reportInput: true });
    return result.success
      ? { ok: true, value: result.data as CountsEnvelope }
      : { ok: false, issues: describeIssues(result.error, locale) };
  },
  municipality: checkMunicipality,
  records: explainInvalidRecords,
  upfront: upfrontOf,
  answer: (raw, code, locale) => {
    const parsed = indicatorAnswerSchema.safeParse(raw, { reportInput: true });
    return parsed.success
      ? { ok: true, value: parsed.data }
      : {
          ok: false,
          issues: describeIssues(parsed.error, locale, {
            pathPrefix: ['answers', code],
            indicatorCode: code,
          }),
        };
  },
  size: (raw, id, locale) => {
    const parsed = z.number().safeParse(raw, { reportInput: true });
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, issues: describeIssues(parsed.error, locale, { pathPrefix: ['populations', id] }) };
  },
  unreadable: (set, input, locale) => findUnreadable(set, locale, ['set']) ?? unreadableInput(input, locale),
};
