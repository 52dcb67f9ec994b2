import { describe, expect, it } from 'vitest';
import { leningradskyMentorship2023 } from '../examples/leningradsky-mentorship.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { computeIndicators, type IndicatorReport, type ShareResult } from '../indicator/compute/index.js';
import { schoolFlagsFromMentorship } from '../mentorship/aggregate.js';
import type { Assignment, SupportEvent } from '../mentorship/schema.js';
import type { Teacher } from '../teacher/schema.js';
import { collectTeacherFacts, teacherFlagsFromIoms } from './aggregate.js';
import { exampleDiagnosis, exampleIom } from './example.js';
import type { DeficitDiagnosis, Iom } from './schema.js';

// Seed 004, Ленинградский район, 2023: ШНОР № 8, 22, 27 and a school that is not one. The teachers,
// diagnoses, routes and events are illustrative, chosen so that each rule of `collectTeacherFacts`
// decides at least one teacher.
const { schools } = leningradskyMentorship2023;

const teachers: Teacher[] = [
  { id: 't8-1', schoolId: 'school-8' },
  { id: 't8-2', schoolId: 'school-8' },
  { id: 't22-math', schoolId: 'school-22', subjects: ['математика'] },
  { id: 't22-2', schoolId: 'school-22' },
  { id: 't27-1', schoolId: 'school-27' },
  { id: 't27-2', schoolId: 'school-27' },
  { id: 't1-1', schoolId: 'school-1' },
];

const diagnosed = (id: string, teacherId: string, date: string): DeficitDiagnosis => ({
  id,
  teacherId,
  date,
  diagnosedBy: 'МКУ ДПО «Центр развития образования»',
  deficits: [],
});

// Seed 004: monitorings of deficits «в январе, августе 2023г.».
const diagnoses: DeficitDiagnosis[] = [
  diagnosed('diag-t8-1', 't8-1', '2023-01-24'),
  diagnosed('diag-t8-2', 't8-2', '2023-08-28'),
  exampleDiagnosis,
  diagnosed('diag-t22-2', 't22-2', '2023-01-25'),
  diagnosed('diag-t27-2', 't27-2', '2022-08-30'), // the year before: not diagnosed in 2023
  diagnosed('diag-t1-1', 't1-1', '2023-01-26'), // not a teacher of a ШНОР
];

const route = (id: string, teacherId: string, status: Iom['status']): Iom => ({
  id,
  teacherId,
  period: { start: '2023-02-01', end: '2023-12-31' },
  status,
  items: [{ id: 'plan', kind: 'self-study', title: 'Самообразование', deficitIds: [], status: 'planned' }],
});

const ioms: Iom[] = [
  exampleIom, // t22-math: active, with activities done and in progress
  route('iom-t22-2', 't22-2', 'draft'), // a draft is not yet an ИОМ
  route('iom-t27-1', 't27-1', 'active'), // an ИОМ, but nothing begun: not «supported» by it
  route('iom-t27-2', 't27-2', 'cancelled'),
  route('iom-t1-1', 't1-1', 'active'),
];

const assignments: Assignment[] = [
  {
    id: 'tutor-t8-1',
    kind: 'tutor',
    from: { kind: 'person', name: 'Фролова Т. Г.' },
    to: { kind: 'teacher', teacherId: 't8-1' },
    period: { start: '2023-02-01', end: '2023-12-31' },
  },
  {
    id: 'leader-22',
    kind: 'leader-school',
    from: { kind: 'school', schoolId: 'krasnodar-lyceum', name: 'МАОУ лицей № 4 г. Краснодара' },
    to: { kind: 'school', schoolId: 'school-22' },
    period: { start: '2023-02-01', end: '2023-12-31' },
  },
];

const events: SupportEvent[] = [
  {
    id: 'consultation-t22-2',
    kind: 'consultation',
    date: '2023-04-04',
    schools: ['school-22'],
    teachers: ['t22-2'],
    topic: 'Составление ИОМ',
  },
  {
    // Names only the school: reaches no teacher by name.
    id: 'landing-27',
    kind: 'methodological-landing',
    date: '2023-10-12',
    schools: ['school-27'],
    topic: 'Анализ уроков',
  },
];

const year2023 = { start: '2023-01-01', end: '2023-12-31' };

function flags(result: Teacher[]): Record<string, Record<string, boolean> | undefined> {
  return Object.fromEntries(result.map((teacher) => [teacher.id, teacher.flags]));
}

function share(
  report: IndicatorReport,
  code: string,
): Pick<ShareResult, 'numerator' | 'denominator' | 'display'> {
  const result = report.results.find((entry) => entry.code === code);
  if (result?.kind !== 'share') throw new Error(`${code} is not a share`);
  return { numerator: result.numerator, denominator: result.denominator, display: result.display };
}

describe('teacherFlagsFromIoms', () => {
  it('sets diagnosed, hasIom and supported from the records of the year', () => {
    const result = teacherFlagsFromIoms(
      teachers,
      diagnoses,
      ioms,
      { assignments, events },
      { period: year2023 },
    );
    expect(flags(result)).toEqual({
      't8-1': { diagnosed: true, hasIom: false, supported: true }, // tutor attached
      't8-2': { diagnosed: true, hasIom: false, supported: false },
      't22-math': { diagnosed: true, hasIom: true, supported: true }, // activities done and in progress
      't22-2': { diagnosed: true, hasIom: false, supported: true }, // draft ИОМ; named at a consultation
      't27-1': { diagnosed: false, hasIom: true, supported: false }, // nothing begun
      't27-2': { diagnosed: false, hasIom: false, supported: false }, // 2022 diagnosis, cancelled ИОМ
      't1-1': { diagnosed: true, hasIom: true, supported: false },
    });
  });

  it('traces a teacher’s «supported» back to the records', () => {
    const facts = collectTeacherFacts(diagnoses, ioms, { assignments, events }, { period: year2023 });
    expect(facts.get('t22-math')?.support).toEqual([
      { source: 'iom-item', iomId: 'iom-t22-math', itemId: 'i1' },
      { source: 'iom-item', iomId: 'iom-t22-math', itemId: 'i2' },
      { source: 'iom-item', iomId: 'iom-t22-math', itemId: 'i3' },
      { source: 'iom-item', iomId: 'iom-t22-math', itemId: 'i4' },
    ]);
    expect(facts.get('t8-1')?.support).toEqual([{ source: 'assignment', id: 'tutor-t8-1', kind: 'tutor' }]);
  });

  it('does not count the August diagnosis in a report of 1 March', () => {
    const result = teacherFlagsFromIoms(
      teachers,
      diagnoses,
      ioms,
      {},
      { period: year2023, asOf: '2023-03-01' },
    );
    expect(flags(result)['t8-2']?.diagnosed).toBe(false);
    expect(flags(result)['t8-1']?.supported).toBe(false); // no support records passed
  });

  it('leaves the teachers given unchanged and other flags alone', () => {
    const typed = teachers.map((teacher) =>
      teacher.id === 't27-2'
        ? { ...teacher, flags: { inRegionalSubjectNetwork: true, hasIom: true } }
        : teacher,
    );
    const result = teacherFlagsFromIoms(typed, diagnoses, ioms, {}, { period: year2023 });
    expect(flags(result)['t27-2']).toEqual({
      inRegionalSubjectNetwork: true,
      hasIom: false,
      diagnosed: false,
      supported: false,
    });
    expect(typed.find((teacher) => teacher.id === 't27-2')?.flags?.hasIom).toBe(true);
  });
});

describe('the calculator counts from ИОМ and mentorship records', () => {
  it('computes seed 001’s shares of teachers diagnosed, supported, with an ИОМ, and of schools with a leader school and a landing', () => {
    const records = {
      kind: 'records' as const,
      schools: schoolFlagsFromMentorship(schools, assignments, events, { period: year2023 }),
      teachers: teacherFlagsFromIoms(
        teachers,
        diagnoses,
        ioms,
        { assignments, events },
        { period: year2023 },
      ),
    };
    const report = computeIndicators(municipalMonitoringSet, records);
    expect(report.issues).toEqual([]);
    // Over the 6 teachers of the three ШНОР; the teacher of school № 1 is not in the population.
    expect(share(report, '3.1')).toEqual({ numerator: 4, denominator: 6, display: '66,7%' });
    expect(share(report, '4.1')).toEqual({ numerator: 3, denominator: 6, display: '50%' });
    expect(share(report, '4.4')).toEqual({ numerator: 2, denominator: 6, display: '33,3%' });
    // Over the three ШНОР.
    expect(share(report, '4.10')).toEqual({ numerator: 1, denominator: 3, display: '33,3%' });
    expect(share(report, '4.11')).toEqual({ numerator: 1, denominator: 3, display: '33,3%' });
  });
});
