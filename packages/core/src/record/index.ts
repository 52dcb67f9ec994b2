export { recordIdSchema, flagNameSchema, flagsSchema, type Flags } from './schema.js';
export { invalid, type LightReader } from './light.js';
