import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { entitySchemas, jsonSchemaFileName } from './index.js';

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  $defs?: Record<string, unknown>;
};

// What scripts/generate-json-schema.mjs does at build, for every entity.
const generated = Object.fromEntries(
  Object.entries(entitySchemas).map(([name, schema]) => [
    name,
    z.toJSONSchema(schema, { io: 'input' }) as JsonSchema,
  ]),
);

describe('JSON Schemas of the entities', () => {
  it('are generated for every entity, with file names in kebab case', () => {
    expect(Object.keys(generated).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(entitySchemas).map(jsonSchemaFileName)).toContain('indicator-set.schema.json');
    for (const schema of Object.values(generated))
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('describe a school: required fields, categories as an enum, flags as yes/no', () => {
    const school = generated['school'];
    expect(school?.required).toEqual(['id', 'name']);
    expect(school?.properties?.['categories']?.items?.['enum']).toEqual([
      'low-results',
      'unfavourable-conditions',
      'risk-of-decline',
    ]);
    expect(school?.properties?.['flags']?.['additionalProperties']).toEqual({ type: 'boolean' });
    expect(school?.['additionalProperties']).toBe(false);
  });

  it('describe recursive conditions through $defs', () => {
    const predicate = JSON.stringify(generated['schoolPredicate']);
    expect(predicate).toContain('"$ref"');
    expect(predicate).toContain('"resourceRisks"');
    expect(JSON.stringify(generated['indicatorSet'])).toContain('"numerator"');
  });

  it('describe a region’s registry and its assessment results', () => {
    const registry = generated['registry'];
    expect(registry?.required).toEqual(['municipalities', 'schools', 'teachers']);
    expect(JSON.stringify(registry)).toContain('"inn"');
    const results = generated['assessmentResults'];
    expect(results?.items?.required).toEqual(['schoolId', 'assessment', 'subject', 'year', 'participants']);
    expect(results?.items?.properties?.['share2']).toMatchObject({ minimum: 0, maximum: 100 });
  });
});
