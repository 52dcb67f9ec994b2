export { teacherSchema, type Teacher } from './schema.js';
export { readTeacher } from './light.js';
