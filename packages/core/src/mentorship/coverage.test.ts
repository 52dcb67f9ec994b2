import { describe, expect, it } from 'vitest';
import { leningradskyMentorship2023 } from '../examples/leningradsky-mentorship.js';
import { mentorshipCoverage } from './coverage.js';

const { schools, teachers, assignments, events, order, period: year2023 } = leningradskyMentorship2023;

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
