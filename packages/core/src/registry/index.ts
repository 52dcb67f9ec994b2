export {
  registrySchema,
  registrySchoolSchema,
  registryTeacherSchema,
  emptyRegistry,
  registryToRecords,
  type Registry,
  type RegistrySchool,
  type RegistryTeacher,
} from './schema.js';
export {
  catalogueEntrySchema,
  catalogueIdSchema,
  regionCatalogueSchema,
  type CatalogueEntry,
  type RegionCatalogue,
} from './catalogue-schema.js';
export { catalogueLookup, type CatalogueLookup } from './catalogue.js';
export { registryShapeProblem } from './shape.js';
export { type CellValue, type RawRow, type RawSheet, type MergedRange } from './table.js';
export { parseCsv, detectDelimiter, type CsvDelimiter, type CsvParseResult } from './csv.js';
export { decodeText, sniffFile, type TextEncodingName, type DecodedText, type FileKind } from './decode.js';
export { readTableFile, defaultMaxBytes, type ImportFile, type ReadOptions, type TableFile } from './read.js';
export {
  chooseColumn,
  columnLetter,
  detectMapping,
  dataRows,
  type FieldDefinition,
  type ColumnMatch,
  type ColumnMatchKind,
  type SheetMapping,
  type MappingOverride,
} from './columns.js';
export {
  normalizeKey,
  normalizeBoolean,
  normalizeNumber,
  normalizeDate,
  normalizeYear,
  normalizeInn,
  innChecksumValid,
  excelSerialToIsoDate,
  looksLikeFormula,
  parseNumberText,
  type Normalized,
} from './normalize.js';
export { registryFields, registryFieldsFor } from './fields.js';
export {
  importRegistry,
  importRegistryTables,
  type RegistryImport,
  type RegistryImportOptions,
  type SheetReport,
  type SheetKind,
  type PreviewRow,
} from './import.js';
export { requiredColumns, missingColumns, missingColumnMessage, type RequiredColumn } from './required.js';
export {
  diffRegistry,
  applyRegistryDiff,
  type RegistryDiff,
  type ListDiff,
  type FieldChange,
  type ApplyDiffOptions,
} from './diff.js';
export {
  describeImportProblem,
  describeLocation,
  type ImportProblem,
  type ImportLocation,
  type ImportSeverity,
} from './problem.js';
