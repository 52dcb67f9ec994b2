export { looksLikeCountsInput } from './counts-shape.js';
export { computeTypedCounts } from './typed-counts.js';
