export { teacherSchema, type Teacher } from './schema.js';
