// Loaded on demand (a dynamic import): the core's validating calculator, its schemas and the
// wording of their messages weigh more than the rest of a table; they are needed only to name
// what is wrong with input the light steps refused, to count records, and to validate a set once.
export {
  compileIndicatorSet,
  computeIndicators,
  isCompiledIndicatorSet,
  countsInputSchema,
  parseOrExplain,
} from '@shnro/core';
export { computeTrustedIndicators } from '@shnro/core/calculator';
export { wordReport } from '@shnro/core/calculator/wording';
