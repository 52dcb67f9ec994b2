import { describe, expect, it } from 'vitest';
import type { School } from '../school/schema.js';
import type { Teacher } from '../teacher/schema.js';
import { mentorshipCoverage } from './coverage.js';
import type { Assignment, SupportEvent } from './schema.js';

// Seed 004 (Ленинградский район, 2023): mentors for ШНОР № 8, 22, 27 and municipal tutors for
// their subject teachers. Names, the leader school and the dates are illustrative.
const schools: School[] = [
  { id: 'school-1', name: 'МБОУ СОШ № 1' },
  { id: 'school-8', name: 'МБОУ СОШ № 8', categories: ['low-results'] },
  { id: 'school-22', name: 'МБОУ СОШ № 22', categories: ['low-results'] },
  { id: 'school-27', name: 'МБОУ СОШ № 27', categories: ['low-results'] },
];

const teachers: Teacher[] = [
  { id: 't8-1', schoolId: 'school-8', name: 'Орлова А. С.' },
  { id: 't8-2', schoolId: 'school-8' },
  { id: 't22-1', schoolId: 'school-22' },
  { id: 't27-1', schoolId: 'school-27' },
  { id: 't1-1', schoolId: 'school-1', name: 'Лебедева М. В.' },
];

const order = { number: '45-осн', date: '2023-01-20' };

const assignments: Assignment[] = [
  {
    id: 'mentor-8',
    kind: 'mentor',
    from: { kind: 'person', name: 'Смирнова Е. В.' },
    to: { kind: 'school', schoolId: 'school-8' },
    period: { start: '2023-01-20' },
    order,
  },
  {
    id: 'mentor-22',
    kind: 'mentor',
    from: { kind: 'person', name: 'Кузнецова О. И.' },
    to: { kind: 'school', schoolId: 'school-22' },
    period: { start: '2023-01-20' },
    order,
  },
  {
    id: 'curator-27',
    kind: 'curator-school',
    from: { kind: 'school', schoolId: 'school-1' },
    to: { kind: 'school', schoolId: 'school-27' },
    period: { start: '2023-09-01', end: '2024-05-31' },
  },
  {
    id: 'tutor-t8-1',
    kind: 'tutor',
    from: { kind: 'teacher', teacherId: 't1-1' },
    to: { kind: 'teacher', teacherId: 't8-1' },
    period: { start: '2023-02-01', end: '2023-12-31' },
    subjects: ['математика'],
  },
  {
    id: 'tutor-t27-1',
    kind: 'tutor',
    from: { kind: 'person', name: 'Фролова Т. Г.' },
    to: { kind: 'teacher', teacherId: 't27-1' },
    period: { start: '2023-02-01', end: '2023-12-31' },
  },
];

const events: SupportEvent[] = [
  {
    id: 'landing-8-march',
    kind: 'methodological-landing',
    date: '2023-03-15',
    schools: ['school-8'],
    topic: 'Функциональная грамотность',
  },
  {
    id: 'landing-8-october',
    kind: 'methodological-landing',
    date: '2023-10-18',
    schools: ['school-8'],
    topic: 'Анализ уроков математики',
  },
  {
    id: 'consultation-22',
    kind: 'consultation',
    date: '2023-04-04',
    schools: ['school-22'],
    topic: 'ИОМ учителей',
  },
];

const year2023 = { start: '2023-01-01', end: '2023-12-31' };

describe('mentorshipCoverage', () => {
  it('names only gaps of instruments the municipality uses (its support model)', () => {
    // Seed 004's district works through mentors, tutors and landings: no curators, no leader schools.
    const inDistrict = schools.map((school) => ({ ...school, municipalityId: 'leningradsky' }));
    const { rows } = mentorshipCoverage(inDistrict, assignments, events, {
      period: year2023,
      teachers,
      supportModels: [
        {
          municipalityId: 'leningradsky',
          instruments: ['school-mentor', 'teacher-tutor', 'methodological-visit'],
        },
      ],
    });
    expect(rows.map((row) => row.gaps)).toEqual([[], ['no-landing'], ['no-mentor', 'no-landing']]);
    // A municipality without a model is judged on every instrument, as before.
    const other = mentorshipCoverage(inDistrict, assignments, events, {
      period: year2023,
      supportModels: [{ municipalityId: 'elsewhere', instruments: [] }],
    });
    expect(other.rows[0]?.gaps).toEqual(['no-curator', 'no-leader-school']);
  });

  it('lists the ШНОР only, each with its curator, leader school, mentors and landings', () => {
    const { rows } = mentorshipCoverage(schools, assignments, events, { period: year2023, teachers });
    expect(rows.map((row) => row.schoolName)).toEqual(['МБОУ СОШ № 8', 'МБОУ СОШ № 22', 'МБОУ СОШ № 27']);
    const [school8, school22, school27] = rows;
    expect(school8?.mentors).toEqual([
      {
        assignmentId: 'mentor-8',
        kind: 'mentor',
        name: 'Смирнова Е. В.',
        period: { start: '2023-01-20' },
        order,
      },
    ]);
    expect(school8?.landings.map((landing) => landing.date)).toEqual(['2023-03-15', '2023-10-18']);
    expect(school8?.gaps).toEqual(['no-curator', 'no-leader-school']);
    expect(school22?.eventCount).toBe(1);
    expect(school22?.gaps).toEqual(['no-curator', 'no-leader-school', 'no-landing']);
    // The curator school is named from the school records (seed 003’s situation).
    expect(school27?.curators.map((party) => party.name)).toEqual(['МБОУ СОШ № 1']);
    expect(school8?.tutoredTeachers).toBe(1);
    expect(school8?.teachers).toBe(2);
  });

  it('totals the rows as shares with their counts', () => {
    const { totals } = mentorshipCoverage(schools, assignments, events, { period: year2023, teachers });
    expect(totals.schools).toBe(3);
    expect(totals.withMentor).toMatchObject({ numerator: 2, denominator: 3, display: '66,7%' });
    expect(totals.withCurator).toMatchObject({ numerator: 1, denominator: 3, display: '33,3%' });
    expect(totals.withLeaderSchool).toMatchObject({ numerator: 0, display: '0%' });
    expect(totals.withLanding).toMatchObject({ numerator: 1, display: '33,3%' });
    expect(totals.landingCount).toBe(2);
    // Tutored teachers of ШНОР: t8-1 and t27-1 of 4; the tutor's own teacher (school 1) is not counted.
    expect(totals.tutoredTeachers).toMatchObject({ numerator: 2, denominator: 4, display: '50%' });
  });

  it('cuts the period at the report day, and has no teacher totals without teacher records', () => {
    const { rows, totals } = mentorshipCoverage(schools, assignments, events, {
      period: year2023,
      asOf: '2023-06-30',
      locale: 'en',
    });
    expect(rows[0]?.landings).toHaveLength(1);
    expect(rows[2]?.curators).toEqual([]);
    expect(totals.withCurator.display).toBe('0%');
    expect(totals.withMentor.display).toBe('66.7%');
    expect(totals.tutoredTeachers).toBeNull();
    expect(rows[0]?.tutoredTeachers).toBeNull();
  });
});
