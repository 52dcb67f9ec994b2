export { municipalitySchema, type Municipality } from './schema.js';
