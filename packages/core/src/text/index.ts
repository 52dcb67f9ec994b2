export { localizedTextSchema, type LocalizedText } from './schema.js';
export { pickText } from './pick.js';
export { toDisplayLocale } from './locale.js';
export { lowerFirst, upperFirst } from './case.js';
export { closeSubordinatePhrase } from './punctuation.js';
export { findProgrammerWords, textOr } from './artifacts.js';
