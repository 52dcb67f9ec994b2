import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseOrExplain } from '../errors/index.js';
import { createAssignment } from './create.js';
import { assignmentSchema, supportEventSchema, type Assignment } from './schema.js';

// Seed 003: «была определена школа-куратор МБОУ «Бетькинская СОШ»» for МБОУ «Малошильнинская СОШ»,
// working «в период с сентября по декабрь 2021 года». The seed names no order for it.
const seed003Curator: Assignment = {
  id: 'curator-betkinskaya',
  kind: 'curator-school',
  from: { kind: 'school', schoolId: 'betkinskaya', name: 'МБОУ «Бетькинская СОШ»' },
  to: { kind: 'school', schoolId: 'maloshilninskaya' },
  period: { start: '2021-09-01', end: '2021-12-31' },
};

function issuesOf(value: unknown, locale: 'ru' | 'en' = 'ru') {
  const parsed = parseOrExplain(assignmentSchema, value, { locale });
  return parsed.ok ? [] : parsed.issues;
}

describe('assignmentSchema', () => {
  it('accepts seed 003’s curator school attached to a school for September–December 2021', () => {
    expect(parseOrExplain(assignmentSchema, seed003Curator)).toEqual({ ok: true, value: seed003Curator });
  });

  it('says in Russian that a period ends before it starts, naming the field «Период»', () => {
    const issues = issuesOf({ ...seed003Curator, period: { start: '2021-09-01', end: '2021-08-31' } });
    expect(issues).toEqual([
      {
        path: 'period',
        code: 'period-end-before-start',
        message: 'Поле «Период»: дата окончания (31.08.2021) раньше даты начала (01.09.2021).',
      },
    ]);
  });

  it('refuses a tutor attached to a school: tutors are attached to teachers (seed 004)', () => {
    const issues = issuesOf({
      id: 't1',
      kind: 'tutor',
      from: { kind: 'person', name: 'Иванова Н. П.' },
      to: { kind: 'school', schoolId: 'school-8' },
      period: { start: '2023-01-01' },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'to', code: 'wrong-party' });
    expect(issues[0]?.message).toContain('тьютор закрепляется только за педагогом, а указана школа.');
  });

  it('refuses a person as a curator school, and a school as a tutor', () => {
    const curator = issuesOf({ ...seed003Curator, from: { kind: 'person', name: 'Петров А. А.' } });
    expect(curator[0]).toMatchObject({ path: 'from', code: 'wrong-party' });
    expect(curator[0]?.message).toContain('школой-куратором может быть только школа, а указан специалист.');

    const tutor = issuesOf({
      id: 't2',
      kind: 'tutor',
      from: { kind: 'school', schoolId: 'school-1' },
      to: { kind: 'teacher', teacherId: 'teacher-1' },
      period: { start: '2023-01-01' },
    });
    expect(tutor[0]?.message).toContain(
      'тьютором может быть только специалист или педагог, а указана школа.',
    );
  });

  it('refuses a school curating itself', () => {
    const issues = issuesOf({ ...seed003Curator, from: { kind: 'school', schoolId: 'maloshilninskaya' } });
    expect(issues.map((issue) => issue.code)).toEqual(['assigned-to-itself']);
  });

  it('explains in English on request', () => {
    const issues = issuesOf({ ...seed003Curator, period: { start: '2021-09-01', end: '2021-08-31' } }, 'en');
    expect(issues[0]?.message).toBe(
      'Field "Period": the end date (31 Aug 2021) is before the start date (1 Sep 2021).',
    );
  });

  it('lists the allowed kinds when the kind is unknown', () => {
    const issues = issuesOf({ ...seed003Curator, kind: 'coach' });
    expect(issues[0]?.path).toBe('kind');
    expect(issues[0]?.message).toContain('curator-school');
  });
});

describe('createAssignment', () => {
  it('reads the order from its text as seed 004 writes it', () => {
    // Seed 004 says mentors were attached «приказом управления образования» without its number;
    // the number and date here are illustrative.
    const result = createAssignment({
      id: 'mentor-8',
      kind: 'mentor',
      from: { kind: 'person', name: 'Смирнова Е. В.', position: 'методист ЦРО' },
      to: { kind: 'school', schoolId: 'school-8' },
      period: { start: '2023-01-20', end: '2023-12-31' },
      order:
        'приказом управления образования администрации муниципального образования Ленинградский район 20 января 2023 г. № 45-осн',
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.order).toEqual({
      number: '45-осн',
      date: '2023-01-20',
      issuer: 'управления образования администрации муниципального образования Ленинградский район',
    });
  });

  it('says which order text it could not read, together with the other problems', () => {
    const result = createAssignment({
      ...seed003Curator,
      period: { start: '2021-09-01', end: '2021-08-01' },
      order: 'приказ от сентября',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['order', 'unrecognised-order'],
      ['period', 'period-end-before-start'],
    ]);
    expect(!result.ok && result.issues[0]?.message).toContain('«приказ от сентября»');
  });
});

describe('supportEventSchema', () => {
  const landing = {
    id: 'landing-8',
    kind: 'methodological-landing',
    date: '2023-03-15',
    level: 'municipal',
    schools: ['school-8'],
    teachers: ['t8-1', 't8-2'],
    participantCount: 12,
    topic: 'Формирование функциональной грамотности на уроках',
    outcome: 'Даны адресные рекомендации учителям математики',
  };

  it('accepts a methodological landing with its school, participants, topic and outcome', () => {
    expect(parseOrExplain(supportEventSchema, landing).ok).toBe(true);
  });

  it('needs a school for a landing, an end after the start, and no fewer participants than named', () => {
    const parsed = parseOrExplain(supportEventSchema, {
      ...landing,
      schools: [],
      endDate: '2023-03-14',
      participantCount: 1,
    });
    expect(parsed.ok).toBe(false);
    const issues = parsed.ok ? [] : parsed.issues;
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['endDate', 'end-before-start'],
      ['schools', 'no-school'],
      ['participantCount', 'fewer-participants-than-named'],
    ]);
    expect(issues[1]?.message).toContain('укажите школу, в которой проведено мероприятие');
    expect(issues[2]?.message).toContain('участников (1) меньше, чем названо педагогов (2)');
  });

  it('converts to JSON Schema for integrators in other languages', () => {
    const assignment = z.toJSONSchema(assignmentSchema, { io: 'input' }) as {
      title?: string;
      required?: string[];
    };
    const event = z.toJSONSchema(supportEventSchema, { io: 'input' }) as { title?: string };
    expect(assignment.title).toBe('Assignment');
    expect(assignment.required).toEqual(['id', 'kind', 'from', 'to', 'period']);
    expect(event.title).toBe('SupportEvent');
  });
});
