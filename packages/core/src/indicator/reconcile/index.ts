export {
  reconcileTable,
  type ReconcileOptions,
  type Reconciliation,
  type ReconciledRow,
  type ReconciledPopulation,
  type PopulationSource,
  type RowStatus,
  type PrintedValue,
} from './reconcile.js';
export { reportedRowSchema, reportedTableSchema, type ReportedRow, type ReportedTable } from './schema.js';
export { impliedPopulations, type PopulationRange } from './implied-population.js';
export { explainMismatch, type MismatchExplanation } from './explain.js';
export { parsePrintedPercent, parsePrintedCount, type PrintedPercent } from './parse-printed.js';
