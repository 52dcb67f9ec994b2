export {
  schoolPredicateSchema,
  teacherPredicateSchema,
  recordEntitySchema,
  recordQuerySchema,
  type SchoolPredicate,
  type TeacherPredicate,
  type OneOrMany,
  type RecordEntity,
  type RecordQuery,
} from './schema.js';
export {
  compileSchoolPredicate,
  compileTeacherPredicate,
  createTeacherTestContext,
  matchesSchool,
  matchesTeacher,
  type SchoolTest,
  type TeacherTest,
  type TeacherTestContext,
  type InvalidFlagHandler,
} from './compile.js';
export { collectSchoolPredicateFlags, collectTeacherPredicateFlags, type PredicateFlags } from './flags.js';
