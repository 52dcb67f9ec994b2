export { localizedTextSchema, type LocalizedText } from './schema.js';
export { pickText } from './pick.js';
