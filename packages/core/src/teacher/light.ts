import {
  readArray,
  readFlags,
  readRecordId,
  readStrict,
  readText,
  type LightReader,
} from '../record/light.js';
import type { Teacher } from './schema.js';

/**
 * What `teacherSchema` makes of a teacher (педагог), read without zod, or `invalid` (then ask the
 * schema, which says which field is wrong). light.test.ts holds the two together.
 */
export const readTeacher: LightReader<Teacher> = /* @__PURE__ */ readStrict<Teacher>({
  id: [readRecordId],
  schoolId: [readRecordId],
  name: [readText, 'optional'],
  subjects: [readArray(readText), 'optional'],
  flags: [readFlags, 'optional'],
});
