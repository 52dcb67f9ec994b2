// Writes schema/<name>.schema.json for every entity of the built core (run after `tsc`):
// the JSON Schemas that integrators in other languages validate their documents with.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { entitySchemas, jsonSchemaFileName } from '../dist/index.js';

const outputDirectory = new URL('../schema/', import.meta.url);

// Start clean, so a renamed or removed entity leaves no stale schema behind.
await rm(outputDirectory, { recursive: true, force: true });
await mkdir(outputDirectory, { recursive: true });

const written = [];
for (const [name, schema] of Object.entries(entitySchemas)) {
  // `input`: the documents people write, where optional fields may be left out.
  const jsonSchema = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  const fileName = jsonSchemaFileName(name);
  await writeFile(new URL(fileName, outputDirectory), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  written.push(fileName);
}
console.log(`@shnro/core: wrote ${written.length} JSON Schemas to schema/: ${written.join(', ')}`);
