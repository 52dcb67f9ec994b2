import { assignmentSchema, schoolSchema, supportEventSchema, teacherSchema } from '@shnro/core';
import type { ListExplainer } from '../shared/light-lists.js';
import { parseList } from '../shared/parse-list.js';

// Loaded on demand (a dynamic import): zod and the core's wording of its messages weigh more than
// the map itself, and the map needs them only when a record fails the core's light check.

/** The map's lists with the schemas that judge and explain them. */
export const explainer: ListExplainer = {
  schemas: {
    schools: schoolSchema,
    assignments: assignmentSchema,
    events: supportEventSchema,
    teachers: teacherSchema,
  },
  parseList,
};
