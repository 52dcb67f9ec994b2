export {
  assessmentResultSchema,
  assessmentResultsSchema,
  shareCount,
  type AssessmentResult,
  type ResultShareMeasure,
  type ResultMeanMeasure,
} from './schema.js';
export { resultFields } from './fields.js';
export { assessmentFromText, assessmentNames, gradeFromText, subjectFromText } from './vocabulary.js';
export {
  importResults,
  importResultsTables,
  type ResultsImport,
  type ResultsImportOptions,
  type ResultsSheetReport,
} from './import.js';
export { seriesFromResults, type SeriesFromResults, type SeriesFromResultsOptions } from './series.js';
