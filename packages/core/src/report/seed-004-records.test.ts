import { describe, expect, it } from 'vitest';
import {
  leningradskyCourseProvider,
  leningradskyIoms,
  leningradskyTeacherEvents,
  leningradskyTeachers,
} from '../examples/leningradsky-teachers.js';
import { iomSchema } from '../iom/schema.js';
import { teachersAtEvents, teachersWithCourses } from '../iom/reach.js';
import { supportEventSchema } from '../mentorship/schema.js';
import { leningradskyRoadmapReport2023, leningradskyTeacherReach } from './examples.js';
import { resolveReport } from './resolve.js';

const year = { start: '2023-01-01', end: '2023-12-31' };
const shnor = ['school-8', 'school-22', 'school-27'];

function printed(): string[] {
  const result = resolveReport(leningradskyRoadmapReport2023());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const support = result.value.sections.find((section) => section.id === 'support');
  // Sentences resolve to paragraphs; the first paragraph is the seed's words about the roadmap.
  return (support?.blocks ?? [])
    .slice(1)
    .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

describe('seed 004’s «41 педагог ШНОР» counted from records', () => {
  it('the records are valid events and ИОМ', () => {
    for (const event of leningradskyTeacherEvents)
      expect(supportEventSchema.safeParse(event).success).toBe(true);
    for (const iom of leningradskyIoms) expect(iomSchema.safeParse(iom).success).toBe(true);
  });

  it('counts each ШНОР teacher at a regional event of 2023 once, whatever the number of events', () => {
    const { regionalEvents } = leningradskyTeacherReach(year, '2023-12-15');
    expect(regionalEvents.count).toBe(41);
    // 30 + 16 + 4 places at the three regional events of 2023: overlaps and № 1's teacher do not add.
    const places = leningradskyTeacherEvents
      .filter((event) => event.level === 'regional' && event.date >= '2023-01-01')
      .reduce((sum, event) => sum + (event.teachers?.length ?? 0), 0);
    expect(places).toBe(50);
    expect(regionalEvents.sources['t22-rus']).toEqual(['kray-festival-2023']);
    // Left out: a municipal event only (t8-16, t22-15), a regional event of 2022 (t27-13), none (t27-14).
    for (const id of ['t8-16', 't22-15', 't27-13', 't27-14', 't1-01'])
      expect(regionalEvents.teacherIds).not.toContain(id);
  });

  it('counts the ШНОР teachers who completed an ИРО course of their ИОМ in 2023', () => {
    const { courses } = leningradskyTeacherReach(year, '2023-12-15');
    expect(courses.count).toBe(41);
    // № 22's mathematics teacher from the example route, its course done on 24.03.2023.
    expect(courses.sources['t22-math']).toEqual(['iom-t22-math/i1']);
    // A course in progress (t27-13) and № 1's teacher are not counted.
    expect(courses.teacherIds).not.toContain('t27-13');
    expect(courses.teacherIds).not.toContain('t1-02');
  });

  it('prints the counts in the справка, agreed with the number', () => {
    expect(printed()).toEqual([
      '41 педагог ШНОР стал участником краевых мероприятий.',
      '41 педагог ШНОР прошёл курсы повышения квалификации в ГБОУ ИРО Краснодарского края.',
    ]);
  });

  it('follows the records: another window, provider or fewer events give other counts', () => {
    const options = { period: year, schoolIds: shnor };
    const withoutInternship = leningradskyTeacherEvents.filter(
      (event) => event.id !== 'kray-internship-2023',
    );
    expect(
      teachersAtEvents(leningradskyTeachers, withoutInternship, { ...options, levels: ['regional'] }).count,
    ).toBe(33);
    // Every level, every school: the municipal festival and № 1's teacher count too.
    expect(teachersAtEvents(leningradskyTeachers, leningradskyTeacherEvents, { period: year }).count).toBe(
      44,
    );
    // Up to 30.06.2023 only the courses completed by then: 20 routes' in March–June, and t22-math's.
    expect(
      teachersWithCourses(leningradskyTeachers, leningradskyIoms, {
        ...options,
        asOf: '2023-06-30',
        provider: leningradskyCourseProvider,
      }).count,
    ).toBe(21);
    expect(
      teachersWithCourses(leningradskyTeachers, leningradskyIoms, {
        ...options,
        provider: 'ФГАОУ ДПО «Академия Минпросвещения России»',
      }).count,
    ).toBe(0);
  });

  it('names a teacher the records mention but the teacher list lacks, and does not count them', () => {
    const events = [{ ...leningradskyTeacherEvents[0]!, teachers: ['t8-math', 'unknown-teacher'] }];
    const reach = teachersAtEvents(leningradskyTeachers, events, { period: year, schoolIds: shnor });
    expect(reach).toMatchObject({
      count: 1,
      teacherIds: ['t8-math'],
      unknownTeacherIds: ['unknown-teacher'],
    });
  });
});
