import { createIomItem } from '../iom/create.js';
import { exampleIom } from '../iom/example.js';
import type { Iom } from '../iom/schema.js';
import type { SupportEvent } from '../mentorship/schema.js';
import type { Teacher } from '../teacher/schema.js';

// Seed 004 (Ленинградский район, 2023): the teachers of the three ШНОР, their regional events and
// their ИОМ courses, from which the report counts «41 педагог ШНОР стал участником краевых
// мероприятий» and «41 педагог ШНОР прошли курсы повышения квалификации в ГБОУ ИРО Краснодарского
// края». The seed gives only these two figures: the staff sizes, ids, events and dates below are
// illustrative and agree with them. A teacher of МБОУ СОШ № 1 (not a ШНОР), a municipal event, an
// event of 2022 and a course still in progress are there so that the counts have something to leave out.

/** The ИРО that ran the courses, as the seed names it. */
export const leningradskyCourseProvider = 'ГБОУ ИРО Краснодарского края';

function staff(schoolId: string, prefix: string, size: number): Teacher[] {
  return [
    { id: `${prefix}-math`, schoolId, subjects: ['математика'] },
    { id: `${prefix}-rus`, schoolId, subjects: ['русский язык'] },
    ...Array.from({ length: size - 2 }, (_, index) => ({
      id: `${prefix}-${String(index + 3).padStart(2, '0')}`,
      schoolId,
    })),
  ];
}

/** The teachers of ШНОР № 8 (16), № 22 (15) and № 27 (14), and two of МБОУ СОШ № 1 (illustrative). */
export const leningradskyTeachers: readonly Teacher[] = [
  { id: 't1-01', schoolId: 'school-1' },
  { id: 't1-02', schoolId: 'school-1' },
  ...staff('school-8', 't8', 16),
  ...staff('school-22', 't22', 15),
  ...staff('school-27', 't27', 14),
];

const shnor = leningradskyTeachers.filter((teacher) => teacher.schoolId !== 'school-1').map((t) => t.id);
// Four ШНОР teachers took part in no regional event in 2023: two went to a municipal one only, one
// to a regional event of 2022, one to none.
const notRegional = ['t8-16', 't22-15', 't27-13', 't27-14'];
const regional = shnor.filter((id) => !notRegional.includes(id));

const event = (
  id: string,
  kind: SupportEvent['kind'],
  level: SupportEvent['level'],
  date: string,
  topic: string,
  teachers: string[],
  endDate?: string,
): SupportEvent => ({
  id,
  kind,
  level,
  date,
  ...(endDate === undefined ? {} : { endDate }),
  schools: [...new Set(teachers.map((teacherId) => teacherId.split('-')[0]!.replace('t', 'school-')))],
  teachers,
  topic,
  organizer: leningradskyCourseProvider,
});

/** Regional (краевые) and other events ШНОР teachers took part in, 2022–2023 (illustrative). */
export const leningradskyTeacherEvents: readonly SupportEvent[] = [
  event(
    'kray-festival-2023',
    'festival',
    'regional',
    '2023-03-15',
    'Краевой методический фестиваль',
    regional.slice(0, 30),
  ),
  event(
    'kray-internship-2023',
    'internship',
    'regional',
    '2023-05-17',
    'Краевая стажировка «Эффективные практики повышения качества образования»',
    regional.slice(25, 41),
    '2023-05-19',
  ),
  event('kray-seminar-2023', 'seminar', 'regional', '2023-10-11', 'Краевой семинар для педагогов ШНОР', [
    ...regional.slice(38, 41),
    't1-01',
  ]),
  {
    ...event(
      'district-festival-2023',
      'festival',
      'municipal',
      '2023-04-26',
      'Муниципальный методический фестиваль',
      ['t8-16', 't22-15'],
    ),
    organizer: 'МКУ ДПО «Центр развития образования»',
  },
  event('kray-seminar-2022', 'seminar', 'regional', '2022-11-16', 'Краевой семинар 2022 года', ['t27-13']),
];

const period = { start: '2023-01-01', end: '2023-12-31' };

function courseRoute(teacherId: string, completedOn: string | undefined): Iom {
  return {
    id: `iom-${teacherId}`,
    teacherId,
    period,
    status: 'active',
    items: [
      createIomItem(
        {
          id: 'course',
          kind: 'course',
          title: 'Курсы повышения квалификации «Преодоление профессиональных дефицитов педагога», 36 ч',
          deficitIds: [],
          hours: 36,
          provider: leningradskyCourseProvider,
          level: 'regional',
          deadline: 'до 1 декабря 2023 года',
          ...(completedOn === undefined ? { status: 'in-progress' } : { status: 'done', completedOn }),
        },
        { period },
      ),
    ],
  };
}

// Three ШНОР teachers have no course in their route; № 27's t27-13 has one still in progress.
const withoutCourse = ['t8-16', 't22-15', 't27-14'];

/**
 * The ИОМ of the ШНОР teachers in 2023 (illustrative, one course each; `exampleIom` is № 22's
 * mathematics teacher's full route), and one of a teacher of МБОУ СОШ № 1.
 */
export const leningradskyIoms: readonly Iom[] = [
  exampleIom,
  ...shnor
    .filter((id) => id !== exampleIom.teacherId && !withoutCourse.includes(id))
    .map((id, index) =>
      courseRoute(id, id === 't27-13' ? undefined : `2023-${String((index % 9) + 3).padStart(2, '0')}-20`),
    ),
  courseRoute('t1-02', '2023-04-20'),
];
