export { entitySchemas, jsonSchemaFileName, type EntityName } from './registry.js';
