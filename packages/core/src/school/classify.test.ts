import { describe, expect, it } from 'vitest';
import { parseOrExplain } from '../errors/index.js';
import {
  classificationRulesSchema,
  classifySchool,
  classifySchools,
  defaultClassificationRules,
  type ClassificationRule,
  type School,
} from './index.js';

const school = (overrides: Partial<School> = {}): School => ({
  id: 's1',
  name: 'МБОУ СОШ № 1',
  ...overrides,
});

describe('classifySchool with seed 001’s rule (at least two of three resource risks)', () => {
  it('does not put a school with one risk at risk of decline', () => {
    expect(classifySchool(school({ resourceRisks: ['staff-shortage'] }))).toEqual([]);
    expect(classifySchool(school({ resourceRisks: ['no-stable-internet'] }))).toEqual([]);
  });

  it('puts a school with two risks, whichever two, at risk of decline', () => {
    expect(classifySchool(school({ resourceRisks: ['no-stable-internet', 'too-few-computers'] }))).toEqual([
      'risk-of-decline',
    ]);
    expect(classifySchool(school({ resourceRisks: ['too-few-computers', 'staff-shortage'] }))).toEqual([
      'risk-of-decline',
    ]);
    expect(
      classifySchool(
        school({ resourceRisks: ['no-stable-internet', 'too-few-computers', 'staff-shortage'] }),
      ),
    ).toEqual(['risk-of-decline']);
  });

  it('does not count the same risk twice', () => {
    expect(classifySchool(school({ resourceRisks: ['staff-shortage', 'staff-shortage'] }))).toEqual([]);
  });

  it('keeps the categories assigned by the regional methodology, in canonical order', () => {
    const assigned = school({
      categories: ['unfavourable-conditions', 'low-results'],
      resourceRisks: ['staff-shortage', 'too-few-computers'],
    });
    expect(classifySchool(assigned)).toEqual(['low-results', 'unfavourable-conditions', 'risk-of-decline']);
  });

  it('applies a region’s own rules stored as JSON', () => {
    const json: unknown = JSON.parse(
      JSON.stringify([
        {
          category: 'low-results',
          when: { flag: 'lowVprResults' },
          description: { ru: 'Низкие результаты ВПР' },
        },
      ]),
    );
    const parsed = parseOrExplain(classificationRulesSchema, json);
    expect(parsed.ok).toBe(true);
    const rules = (parsed as { ok: true; value: ClassificationRule[] }).value;
    expect(classifySchool(school({ flags: { lowVprResults: true } }), rules)).toEqual(['low-results']);
    expect(classifySchool(school({ flags: { lowVprResults: false } }), rules)).toEqual([]);
  });

  it('classifies a list without changing the input records', () => {
    const schools = [
      school({ id: 'a', resourceRisks: ['staff-shortage', 'no-stable-internet'] }),
      school({ id: 'b' }),
    ];
    const classified = classifySchools(schools, defaultClassificationRules);
    expect(classified.map((entry) => entry.categories)).toEqual([['risk-of-decline'], []]);
    expect(schools[0]?.categories).toBeUndefined();
  });
});
