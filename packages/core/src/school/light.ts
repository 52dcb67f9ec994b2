import {
  readArray,
  readFlags,
  readOneOf,
  readRecordId,
  readStrict,
  readText,
  type LightReader,
} from '../record/light.js';
import { resourceRiskIds, schoolCategoryIds, schoolRoleIds } from './lists.js';
import type { School } from './schema.js';

/**
 * What `schoolSchema` makes of a school (школа), read without zod, or `invalid` (then ask the
 * schema, which says which field is wrong). light.test.ts holds the two together.
 */
export const readSchool: LightReader<School> = /* @__PURE__ */ readStrict<School>({
  id: [readRecordId],
  name: [readText],
  municipalityId: [readRecordId, 'optional'],
  categories: [readArray(readOneOf(schoolCategoryIds)), 'optional'],
  roles: [readArray(readOneOf(schoolRoleIds)), 'optional'],
  resourceRisks: [readArray(readOneOf(resourceRiskIds)), 'optional'],
  flags: [readFlags, 'optional'],
});
