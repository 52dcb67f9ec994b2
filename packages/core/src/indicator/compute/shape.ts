import type { Municipality } from '../../municipality/schema.js';
import type { IndicatorAnswer } from '../input.js';
import type { IndicatorSet } from '../schema.js';
import type { CountsEnvelope } from './from-counts.js';

// Plain shape checks, without zod: what a caller vouches for is checked cheaply before counting.
// Each may refuse more than its schema (the full check then explains), never what the counting
// loops would misread.

type Plain = Record<string, unknown>;

function isObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function hasOnly(value: Plain, keys: readonly string[]): boolean {
  for (const key in value) if (!keys.includes(key)) return false;
  return true;
}

const municipalityKeys = ['id', 'name', 'region', 'flags'];
const flagName = /^[A-Za-z][A-Za-z0-9_-]*$/;
const validFlagNames = new Set<string>();

/** What `municipalitySchema` accepts, checked without zod: a country has thousands of municipalities. */
export function isPlainValidMunicipality(value: unknown): value is Municipality {
  if (!isObject(value) || !hasOnly(value, municipalityKeys)) return false;
  if (typeof value['id'] !== 'string' || value['id'] === '' || !isText(value['name'])) return false;
  if (value['region'] !== undefined && !isText(value['region'])) return false;
  const flags = value['flags'];
  if (flags === undefined) return true;
  if (!isObject(flags)) return false;
  // A name seen valid once is not tested again: a country's municipalities repeat a few names.
  for (const name in flags) {
    if (typeof flags[name] !== 'boolean') return false;
    if (validFlagNames.has(name)) continue;
    if (!flagName.test(name)) return false;
    if (validFlagNames.size < 1_000) validFlagNames.add(name);
  }
  return true;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** What `indicatorAnswerSchema` accepts (besides `null`): yes/no, a number, a numerator with a denominator. */
export function looksLikeAnswer(value: unknown): value is IndicatorAnswer {
  if (typeof value === 'boolean' || isNumber(value)) return true;
  return (
    isObject(value) &&
    hasOnly(value, ['numerator', 'denominator']) &&
    isNumber(value['numerator']) &&
    (value['denominator'] === undefined || isNumber(value['denominator']))
  );
}

const code = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;
const isCode = (value: unknown): value is string => typeof value === 'string' && code.test(value);
const isLocalized = (value: unknown): boolean =>
  isObject(value) &&
  hasOnly(value, ['ru', 'en']) &&
  isText(value['ru']) &&
  (value['en'] === undefined || isText(value['en']));
const isListOf = (value: unknown, item: (entry: unknown) => boolean): boolean =>
  Array.isArray(value) && value.every(item);
const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 1;
const isOneOrMany = (value: unknown): boolean =>
  typeof value === 'string' ||
  (isListOf(value, (entry) => typeof entry === 'string') && (value as []).length > 0);

/** A school (or, with `teacher`, a teacher) condition of the predicate grammar, by its keys. */
function isPredicate(value: unknown, teacher: boolean): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  const inner = (entry: unknown) => isPredicate(entry, teacher);
  if (keys.length === 2)
    return hasOnly(value, ['atLeast', 'of']) && isCount(value['atLeast']) && isListOf(value['of'], inner);
  if (keys.length !== 1) return false;
  const key = keys[0]!;
  const operand = value[key];
  if (key === 'all' || key === 'any') return isListOf(operand, inner);
  if (key === 'not') return inner(operand);
  if (key === 'flag') return typeof operand === 'string' && flagName.test(operand);
  if (teacher) return key === 'school' && isPredicate(operand, false);
  if (key === 'category' || key === 'role' || key === 'resourceRisk') return isOneOrMany(operand);
  return (
    key === 'resourceRisks' &&
    isObject(operand) &&
    hasOnly(operand, ['atLeast', 'of']) &&
    isCount(operand['atLeast']) &&
    (operand['of'] === undefined || isOneOrMany(operand['of']))
  );
}

function isQuery(value: unknown): boolean {
  return (
    value === undefined ||
    (isObject(value) &&
      hasOnly(value, ['entity', 'where']) &&
      (value['entity'] === 'school' || value['entity'] === 'teacher') &&
      isPredicate(value['where'], value['entity'] === 'teacher'))
  );
}

const baseKeys = ['kind', 'code', 'section', 'title', 'sourceTitle', 'betterDirection', 'note'];
const kindKeys: Record<string, readonly string[]> = {
  presence: [...baseKeys, 'municipalityFlag'],
  count: [...baseKeys, 'unit', 'counts', 'population'],
  share: [...baseKeys, 'unit', 'precision', 'population', 'numerator'],
};

function isIndicator(value: unknown, sections: Set<unknown>, populations: Set<unknown>): boolean {
  if (!isObject(value)) return false;
  const keys = kindKeys[value['kind'] as string];
  if (
    keys === undefined ||
    !hasOnly(value, keys) ||
    !isCode(value['code']) ||
    !sections.has(value['section'])
  )
    return false;
  if (
    !isLocalized(value['title']) ||
    !['higher', 'lower', 'none'].includes(value['betterDirection'] as string)
  )
    return false;
  if (value['kind'] === 'presence')
    return (
      value['municipalityFlag'] === undefined ||
      (typeof value['municipalityFlag'] === 'string' && flagName.test(value['municipalityFlag']))
    );
  if (value['kind'] === 'count')
    return (
      isQuery(value['counts']) && (value['population'] === undefined || populations.has(value['population']))
    );
  const numerator = value['numerator'];
  const precision = value['precision'];
  return (
    Number.isInteger(precision) &&
    (precision as number) >= 0 &&
    (precision as number) <= 6 &&
    populations.has(value['population']) &&
    isObject(numerator) &&
    hasOnly(numerator, ['description', 'counts']) &&
    isLocalized(numerator['description']) &&
    isQuery(numerator['counts'])
  );
}

function uniqueCodes(list: readonly Plain[], key: string): Set<unknown> | undefined {
  const codes = new Set(list.map((entry) => entry[key]));
  return codes.size === list.length ? codes : undefined;
}

/**
 * Whether a value has the shape of a valid indicator set: the fields the calculator reads, codes
 * unique, every section and population referred to defined. Refuses whatever it is unsure of.
 */
export function looksLikeIndicatorSet(value: unknown): value is IndicatorSet {
  if (!isObject(value) || !hasOnly(value, ['id', 'title', 'source', 'sections', 'populations', 'indicators']))
    return false;
  const { sections, populations, indicators } = value;
  if (!isCode(value['id']) || !isLocalized(value['title'])) return false;
  if (!isListOf(sections, (entry) => isObject(entry) && isCode(entry['code']) && isLocalized(entry['title'])))
    return false;
  if (
    !isListOf(
      populations,
      (entry) =>
        isObject(entry) &&
        isCode(entry['id']) &&
        isLocalized(entry['title']) &&
        isQuery({ entity: entry['entity'], where: entry['where'] }),
    )
  )
    return false;
  const sectionCodes = uniqueCodes(sections as Plain[], 'code');
  const populationIds = uniqueCodes(populations as Plain[], 'id');
  if (sectionCodes === undefined || populationIds === undefined || (sections as []).length === 0)
    return false;
  if (!isListOf(indicators, (entry) => isIndicator(entry, sectionCodes, populationIds))) return false;
  return (indicators as []).length > 0 && uniqueCodes(indicators as Plain[], 'code') !== undefined;
}

/** A plain object (a literal, JSON, or made without a prototype): a record of answers or sizes. */
function isRecordObject(value: unknown): value is Plain {
  if (!isObject(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Counts input with the envelope `countsInputSchema` describes (its answers are checked one by one). */
export function looksLikeCountsEnvelope(value: unknown): value is CountsEnvelope {
  return (
    isObject(value) &&
    hasOnly(value, ['kind', 'populations', 'answers']) &&
    value['kind'] === 'counts' &&
    isRecordObject(value['answers']) &&
    (value['populations'] === undefined || isRecordObject(value['populations']))
  );
}
