import type { Assignment, School, SupportEvent, Teacher } from '@shnro/core';

// Seed 004 (Ленинградский район, 2023): mentors for ШНОР № 8, 22, 27 and municipal tutors for
// their subject teachers; the district has no leader schools of «500+». Names and dates are
// illustrative, as in the core's coverage tests.
export const schools: School[] = [
  { id: 'school-1', name: 'МБОУ СОШ № 1' },
  { id: 'school-8', name: 'МБОУ СОШ № 8', categories: ['low-results'] },
  { id: 'school-22', name: 'МБОУ СОШ № 22', categories: ['low-results'] },
  { id: 'school-27', name: 'МБОУ СОШ № 27', categories: ['low-results'] },
];

export const teachers: Teacher[] = [
  { id: 't8-1', schoolId: 'school-8', name: 'Орлова А. С.' },
  { id: 't8-2', schoolId: 'school-8', name: 'Белова Н. Н.' },
  { id: 't22-1', schoolId: 'school-22', name: 'Кравец О. В.' },
  { id: 't27-1', schoolId: 'school-27', name: 'Зайцев П. Р.' },
  { id: 't1-1', schoolId: 'school-1', name: 'Лебедева М. В.' },
];

const order = { number: '45-осн', date: '2023-01-20' };

export const assignments: Assignment[] = [
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

export const events: SupportEvent[] = [
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

export const year2023 = { start: '2023-01-01', end: '2023-12-31' };
