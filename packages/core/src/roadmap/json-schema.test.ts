import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parsedDeadlineSchema } from '../deadline/schema.js';
import { directionCatalogueSchema } from './catalogue.js';
import { riskFactorListSchema } from './risk-factors.js';
import { roadmapSchema } from './schema.js';

describe('JSON Schema for integrators in other languages', () => {
  it('the roadmap, deadline, catalogue and risk-factor schemas convert, keeping their titles and enums', () => {
    const roadmap = z.toJSONSchema(roadmapSchema) as {
      title?: string;
      properties: Record<string, { enum?: string[] }>;
    };
    expect(roadmap.title).toBe('Roadmap');
    expect(roadmap.properties.status?.enum).toEqual([
      'draft',
      'submitted',
      'returned',
      'approved',
      'in-progress',
      'reported',
    ]);
    for (const schema of [parsedDeadlineSchema, directionCatalogueSchema, riskFactorListSchema]) {
      expect(() => z.toJSONSchema(schema)).not.toThrow();
    }
  });
});
