export {
  indicatorSetSchema,
  indicatorDefinitionSchema,
  presenceIndicatorSchema,
  countIndicatorSchema,
  shareIndicatorSchema,
  indicatorSectionSchema,
  populationSchema,
  indicatorKindSchema,
  betterDirectionSchema,
  codeSchema,
  type IndicatorSet,
  type IndicatorDefinition,
  type PresenceIndicator,
  type CountIndicator,
  type ShareIndicator,
  type IndicatorSection,
  type Population,
  type IndicatorKind,
  type BetterDirection,
} from './schema.js';
export {
  indicatorInputSchema,
  countsInputSchema,
  recordsInputSchema,
  indicatorAnswerSchema,
  type IndicatorInput,
  type CountsInput,
  type RecordsInput,
  type IndicatorAnswer,
} from './input.js';
export { collectSetFlags, type SetFlags } from './flags.js';
export {
  municipalMonitoringSet,
  municipalMonitoringSections,
  municipalMonitoringPopulations,
  municipalMonitoringIndicators,
} from './catalogue/municipal-monitoring.js';
export * from './compute/index.js';
export * from './reconcile/index.js';
export { isAnswered, countAnswered, countInvalid, missingPart } from './answered.js';
