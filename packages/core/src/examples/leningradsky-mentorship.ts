import type { Assignment, SupportEvent } from '../mentorship/schema.js';
import type { School } from '../school/schema.js';
import type { Teacher } from '../teacher/schema.js';

// Seed 004 (Ленинградский район, 2023): mentors for ШНОР № 8, 22, 27 and municipal tutors for
// their subject teachers; the district has no leader schools of «500+». Names, the curator school
// and the dates are illustrative. The core's coverage tests and the mentorship map's tests and
// stories read the same records.

/** The three ШНОР of seed 004 and МБОУ СОШ № 1, which is not one. */
const schools: School[] = [
  { id: 'school-1', name: 'МБОУ СОШ № 1' },
  { id: 'school-8', name: 'МБОУ СОШ № 8', categories: ['low-results'] },
  { id: 'school-22', name: 'МБОУ СОШ № 22', categories: ['low-results'] },
  { id: 'school-27', name: 'МБОУ СОШ № 27', categories: ['low-results'] },
];

const teachers: Teacher[] = [
  { id: 't8-1', schoolId: 'school-8', name: 'Орлова А. С.' },
  { id: 't8-2', schoolId: 'school-8', name: 'Белова Н. Н.' },
  { id: 't22-1', schoolId: 'school-22', name: 'Кравец О. В.' },
  { id: 't27-1', schoolId: 'school-27', name: 'Зайцев П. Р.' },
  { id: 't1-1', schoolId: 'school-1', name: 'Лебедева М. В.' },
];

/** The municipal order that attached the mentors and the tutor of t8-1. */
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
    order,
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

/**
 * Seed 004's mentorship records for 2023 (наставничество, тьюторство, методические десанты):
 * schools, teachers, assignments, events and the monitored year, with the order that attached them.
 */
export const leningradskyMentorship2023 = {
  schools,
  teachers,
  assignments,
  events,
  order,
  period: { start: '2023-01-01', end: '2023-12-31' },
};
