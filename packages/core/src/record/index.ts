export { recordIdSchema, flagNameSchema, flagsSchema, type Flags } from './schema.js';
