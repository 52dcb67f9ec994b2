export { scaledPercentHalfUp, roundHalfUp } from './round-half-up.js';
export {
  formatScaled,
  formatDecimal,
  type DisplayLocale,
  type FormatNumberOptions,
} from './format-number.js';
export { computeShare, type ShareValue, type ShareOptions } from './share.js';
export { decimalsOf, formatExactDecimal, formatDecimalsAlike } from './format-exact.js';
