import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseOrExplain } from '../errors/index.js';
import { createIomItem } from './create.js';
import { exampleDiagnosis } from './example.js';
import { deficitDiagnosisSchema, iomSchema, type Iom } from './schema.js';

// Seed 004: «41 педагог ШНОР прошли курсы повышения квалификации в ГБОУ ИРО Краснодарского края».
// The diagnosis is the examples' (январский мониторинг дефицитов); the route, one planned course,
// is illustrative.
const diagnosis = exampleDiagnosis;

const period = { start: '2023-02-01', end: '2023-12-31' };

const iom: Iom = {
  id: 'iom-t22-math',
  teacherId: 't22-math',
  diagnosisId: 'diag-t22-math',
  period,
  status: 'active',
  supervisor: 'муниципальный тьютор Фролова Т. Г.',
  items: [
    createIomItem(
      {
        id: 'course',
        kind: 'course',
        title: 'Методика решения задач с параметром',
        deficitIds: ['d1'],
        hours: 36,
        provider: 'ГБОУ ИРО Краснодарского края',
        deadline: 'до 1 апреля',
      },
      { period },
    ),
  ],
};

function issuesOf(schema: z.ZodMiniType, value: unknown) {
  const parsed = parseOrExplain(schema, value);
  return parsed.ok ? [] : parsed.issues;
}

describe('deficitDiagnosisSchema and iomSchema', () => {
  it('accept seed 004’s teacher with deficits and a route, reading the deadline against the route’s period', () => {
    expect(parseOrExplain(deficitDiagnosisSchema, diagnosis).ok).toBe(true);
    expect(parseOrExplain(iomSchema, iom).ok).toBe(true);
    expect(iom.items[0]?.status).toBe('planned');
    expect(iom.items[0]?.deadline).toMatchObject({
      text: 'до 1 апреля',
      ranges: [{ start: '2023-02-01', end: '2023-04-01' }],
    });
  });

  it('needs the hours and the provider of a course', () => {
    const issues = issuesOf(iomSchema, {
      ...iom,
      items: [{ id: 'c', kind: 'course', title: 'Курсы', deficitIds: ['d1'], status: 'planned' }],
    });
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['items[0].hours', 'course-without-hours'],
      ['items[0].provider', 'course-without-provider'],
    ]);
    expect(issues[0]?.message).toContain('для курсов повышения квалификации укажите объём в часах');
  });

  it('refuses a completion date on an activity not marked done, and a repeated activity id', () => {
    const item = iom.items[0];
    const issues = issuesOf(iomSchema, {
      ...iom,
      items: [
        { ...item, completedOn: '2023-03-20' },
        { ...item, status: 'done' },
      ],
    });
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['items[0].completedOn', 'completed-but-not-done'],
      ['items[1].id', 'duplicate-id'],
    ]);
    expect(issues[1]?.message).toContain('мероприятие с идентификатором «course» уже есть выше');
  });

  it('says in Russian that the route’s period ends before it starts', () => {
    const issues = issuesOf(iomSchema, { ...iom, period: { start: '2023-12-31', end: '2023-02-01' } });
    expect(issues).toEqual([
      {
        path: 'period',
        code: 'period-end-before-start',
        message: 'Поле «Период»: дата окончания (01.02.2023) раньше даты начала (31.12.2023).',
      },
    ]);
  });

  it('lists the deficit areas when one is unknown, and refuses a repeated deficit id', () => {
    const [first, second] = diagnosis.deficits;
    const issues = issuesOf(deficitDiagnosisSchema, {
      ...diagnosis,
      deficits: [{ ...first, area: 'digital' }, second, { ...second }],
    });
    expect(issues[0]?.path).toBe('deficits[0].area');
    expect(issues[0]?.message).toContain('psycho-pedagogical');
    const valid = issuesOf(deficitDiagnosisSchema, { ...diagnosis, deficits: [first, second, second] });
    expect(valid.map((issue) => [issue.path, issue.code])).toEqual([['deficits[2].id', 'duplicate-id']]);
  });

  it('converts to JSON Schema', () => {
    expect((z.toJSONSchema(iomSchema, { io: 'input' }) as { title?: string }).title).toBe('Iom');
    expect((z.toJSONSchema(deficitDiagnosisSchema, { io: 'input' }) as { title?: string }).title).toBe(
      'DeficitDiagnosis',
    );
  });
});
