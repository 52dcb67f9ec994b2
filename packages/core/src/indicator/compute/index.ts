export { computeIndicators, type ComputeOptions, type IndicatorReport } from './compute.js';
export type { RecordValidation } from './check-records.js';
export type {
  IndicatorResult,
  PresenceResult,
  CountResult,
  ShareResult,
  SectionResult,
  IndicatorStatus,
  MissingReason,
} from './result.js';
export { indicatorName } from './messages.js';
