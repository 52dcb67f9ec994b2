import { describe, expect, it } from 'vitest';
import { leningradskyMentorship2023 } from '../examples/leningradsky-mentorship.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { computeIndicators, type IndicatorReport } from '../indicator/compute/index.js';
import type { School } from '../school/schema.js';
import { schoolFlagsFromMentorship } from './aggregate.js';
import type { Assignment, SupportEvent } from './schema.js';

// Seed 004, Ленинградский район, 2023: ШНОР № 8, 22, 27, each with a mentor attached by order.
// The leader school, the curator school, the dates of landings and events are illustrative.
// МБОУ СОШ № 1 is a curator school here.
const schools: School[] = leningradskyMentorship2023.schools.map((school) =>
  school.id === 'school-1' ? { ...school, roles: ['curator-school'] } : school,
);

const { order, period: year2023 } = leningradskyMentorship2023;

const mentor = (schoolId: string, name: string): Assignment => ({
  id: `mentor-${schoolId}`,
  kind: 'mentor',
  from: { kind: 'person', name },
  to: { kind: 'school', schoolId },
  period: { start: '2023-01-20' },
  order,
});

const assignments: Assignment[] = [
  mentor('school-8', 'Смирнова Е. В.'),
  mentor('school-22', 'Кузнецова О. И.'),
  mentor('school-27', 'Попов С. Н.'),
  {
    id: 'leader-22',
    kind: 'leader-school',
    from: { kind: 'school', schoolId: 'krasnodar-lyceum', name: 'МАОУ лицей № 4 г. Краснодара' },
    to: { kind: 'school', schoolId: 'school-22' },
    period: { start: '2023-02-01', end: '2023-12-31' },
  },
  {
    // Ended before the monitored year: does not count for 2023.
    id: 'leader-8-old',
    kind: 'leader-school',
    from: { kind: 'school', schoolId: 'krasnodar-lyceum' },
    to: { kind: 'school', schoolId: 'school-8' },
    period: { start: '2021-09-01', end: '2022-05-31' },
  },
  {
    // Seed 002: schools «закреплены за специалистами комитета по образованию и МКУ ЦООД».
    id: 'curator-22',
    kind: 'curator',
    from: { kind: 'person', name: 'Васильева И. А.', organization: 'МКУ «ЦООД»' },
    to: { kind: 'school', schoolId: 'school-22' },
    period: { start: '2023-01-09', end: '2023-12-29' },
  },
  {
    id: 'curator-27',
    kind: 'curator-school',
    from: { kind: 'school', schoolId: 'school-1' },
    to: { kind: 'school', schoolId: 'school-27' },
    period: { start: '2023-09-01', end: '2024-05-31' },
  },
];

const events: SupportEvent[] = [
  {
    // Seed 002: «были организованы выезды специалистов в ОО … для консультирования»; a visit is not a landing.
    id: 'visit-22',
    kind: 'visit',
    date: '2023-02-14',
    schools: ['school-22'],
    topic: 'Составление программы перевода ОО в эффективный режим функционирования',
    assignmentId: 'curator-22',
  },
  {
    id: 'landing-8',
    kind: 'methodological-landing',
    date: '2023-03-15',
    schools: ['school-8'],
    topic: 'Функциональная грамотность на уроках математики',
  },
  {
    id: 'landing-27',
    kind: 'managerial-landing',
    date: '2023-10-12',
    schools: ['school-27'],
    topic: 'Внутришкольная система оценки качества',
  },
  {
    // Seed 004: «В феврале-августе 2023 года были проведены семинары для административных команд ШНОР».
    id: 'seminars-admin',
    kind: 'seminar',
    date: '2023-02-01',
    endDate: '2023-08-31',
    level: 'municipal',
    schools: ['school-8', 'school-22', 'school-27'],
    topic: 'Перевод школы в эффективный режим функционирования',
  },
  {
    // Seed 004: «41 педагог ШНОР стал участником краевых мероприятий».
    id: 'regional-festival',
    kind: 'festival',
    date: '2023-04-20',
    level: 'regional',
    schools: ['school-8', 'school-22'],
    participantCount: 41,
    topic: 'Фестиваль «От знаний к результату»',
  },
  {
    id: 'internship-22',
    kind: 'internship',
    date: '2023-11-14',
    endDate: '2023-11-16',
    venue: 'other-municipality',
    schools: ['school-22'],
    topic: 'Стажировка управленческой команды',
  },
  {
    // After the monitored year.
    id: 'landing-22-2024',
    kind: 'methodological-landing',
    date: '2024-02-07',
    schools: ['school-22'],
    topic: 'Повторный десант',
  },
];

function flagsOf(result: School[], id: string) {
  return result.find((school) => school.id === id)?.flags;
}

function display(report: IndicatorReport, code: string): string | null | undefined {
  return report.results.find((result) => result.code === code)?.display;
}

describe('schoolFlagsFromMentorship', () => {
  it('sets each school’s flags from the assignments and events of the period', () => {
    const result = schoolFlagsFromMentorship(schools, assignments, events, { period: year2023 });
    expect(flagsOf(result, 'school-8')).toEqual({
      hasCurator: false,
      hasLeaderSchool: false,
      hasMentor: true,
      methodologicalLanding: true,
      inMunicipalEvents: true,
      inRegionalEvents: true,
      inFederalEvents: false,
      teamInternshipElsewhere: false,
    });
    expect(flagsOf(result, 'school-22')).toMatchObject({
      hasCurator: true,
      hasLeaderSchool: true,
      methodologicalLanding: false,
      teamInternshipElsewhere: true,
    });
    expect(flagsOf(result, 'school-27')).toMatchObject({ hasCurator: true, methodologicalLanding: true });
  });

  it('counts a 2024 landing and an assignment ended in 2022 only in their own years', () => {
    const in2024 = schoolFlagsFromMentorship(schools, assignments, events, {
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
    expect(flagsOf(in2024, 'school-22')?.methodologicalLanding).toBe(true);
    const in2022 = schoolFlagsFromMentorship(schools, assignments, events, {
      period: { start: '2022-01-01', end: '2022-12-31' },
    });
    expect(flagsOf(in2022, 'school-8')?.hasLeaderSchool).toBe(true);
    expect(flagsOf(in2022, 'school-8')?.hasMentor).toBe(false);
  });

  it('does not count what has not happened yet on the day of the report', () => {
    const result = schoolFlagsFromMentorship(schools, assignments, events, {
      period: year2023,
      asOf: '2023-06-30',
    });
    expect(flagsOf(result, 'school-27')).toMatchObject({ hasCurator: false, methodologicalLanding: false });
  });

  it('clears a stale «да» typed by hand unless asked to keep it, and leaves other flags alone', () => {
    const typed = schools.map((school) =>
      school.id === 'school-8' ? { ...school, flags: { hasLeaderSchool: true, hasIup: true } } : school,
    );
    const replaced = schoolFlagsFromMentorship(typed, assignments, events, { period: year2023 });
    expect(flagsOf(replaced, 'school-8')).toMatchObject({ hasLeaderSchool: false, hasIup: true });
    const kept = schoolFlagsFromMentorship(typed, assignments, events, {
      period: year2023,
      keepExisting: true,
    });
    expect(flagsOf(kept, 'school-8')?.hasLeaderSchool).toBe(true);
    const only = schoolFlagsFromMentorship(typed, assignments, events, {
      period: year2023,
      only: ['hasMentor'],
    });
    expect(flagsOf(only, 'school-8')).toEqual({ hasLeaderSchool: true, hasIup: true, hasMentor: true });
    expect(typed[1]?.flags).toEqual({ hasLeaderSchool: true, hasIup: true });
  });

  it('feeds the calculator: shares of ШНОР with a leader school, a landing, events, an internship', () => {
    const flagged = schoolFlagsFromMentorship(schools, assignments, events, { period: year2023 });
    const report = computeIndicators(municipalMonitoringSet, { kind: 'records', schools: flagged });
    expect(report.issues).toEqual([]);
    const leader = report.results.find((result) => result.code === '4.10');
    expect(leader).toMatchObject({ numerator: 1, denominator: 3, display: '33,3%' });
    expect(display(report, '4.11')).toBe('66,7%'); // № 8 and № 27 had a landing
    expect(display(report, '4.5')).toBe('100%');
    expect(display(report, '4.6')).toBe('66,7%');
    expect(display(report, '4.7')).toBe('0%');
    expect(display(report, '4.9')).toBe('33,3%');
  });
});
