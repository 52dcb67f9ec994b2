import type { MessageCatalogue } from '../shared/localize.js';

type Key =
  | 'totalsHeading'
  | 'targetSchools'
  | 'withCurator'
  | 'withLeaderSchool'
  | 'withMentor'
  | 'withLanding'
  | 'landingCount'
  | 'tutoredTeachers'
  | 'columnIndicator'
  | 'columnValue'
  | 'schoolsHeading'
  | 'columnSchool'
  | 'columnCurators'
  | 'columnLeaderSchools'
  | 'columnMentors'
  | 'columnTutored'
  | 'columnLandings'
  | 'columnGaps'
  | 'none'
  | 'noGaps'
  | 'tutorsHeading'
  | 'columnTutor'
  | 'columnTeacher'
  | 'columnSubjects'
  | 'columnOrder'
  | 'columnPeriod'
  | 'openEnd'
  | 'countOf'
  | 'noPercent'
  | 'notCounted'
  | 'empty'
  | 'invalidData'
  | 'badInlineJson';

/** Texts of `<shnro-mentorship-map>`: Russian first, English second. */
export const mentorshipMapMessages: MessageCatalogue<Key> = {
  ru: {
    totalsHeading: 'Охват школ сопровождением',
    targetSchools: 'Школ с низкими результатами и в сложных условиях',
    withCurator: 'Доля школ с закреплённым куратором',
    withLeaderSchool: 'Доля школ со школой-лидером',
    withMentor: 'Доля школ с наставником',
    withLanding: 'Доля школ, где проводился методический десант',
    landingCount: 'Методических десантов проведено',
    tutoredTeachers: 'Доля педагогов этих школ с тьютором (наставником)',
    columnIndicator: 'Показатель',
    columnValue: 'Значение',
    schoolsHeading: 'Кто сопровождает каждую школу',
    columnSchool: 'Школа',
    columnCurators: 'Куратор',
    columnLeaderSchools: 'Школа-лидер',
    columnMentors: 'Наставник',
    columnTutored: 'Педагогов с тьютором',
    columnLandings: 'Десанты',
    columnGaps: 'Не хватает',
    none: 'нет',
    noGaps: 'всё закреплено',
    tutorsHeading: 'Тьюторы и наставники педагогов',
    columnTutor: 'Тьютор (наставник)',
    columnTeacher: 'Педагог',
    columnSubjects: 'Предметы',
    columnOrder: 'Приказ',
    columnPeriod: 'Срок',
    openEnd: 'бессрочно',
    countOf: '{count} из {total}',
    noPercent: 'нет данных',
    notCounted: 'педагоги не переданы',
    empty:
      'В муниципалитете нет школ с низкими результатами или в сложных условиях: охват считать не по чему.',
    invalidData: 'Часть записей не показана: они не прошли проверку.',
    badInlineJson: 'Данные в блоке <script type="application/json"> не прочитаны: {error}',
  },
  en: {
    totalsHeading: 'Coverage of schools by support',
    targetSchools: 'Schools with low results and in difficult conditions',
    withCurator: 'Share of schools with a curator',
    withLeaderSchool: 'Share of schools with a leader school',
    withMentor: 'Share of schools with a mentor',
    withLanding: 'Share of schools visited by a methodological landing',
    landingCount: 'Methodological landings held',
    tutoredTeachers: 'Share of their teachers with a tutor (mentor)',
    columnIndicator: 'Indicator',
    columnValue: 'Value',
    schoolsHeading: 'Who supports each school',
    columnSchool: 'School',
    columnCurators: 'Curator',
    columnLeaderSchools: 'Leader school',
    columnMentors: 'Mentor',
    columnTutored: 'Teachers with a tutor',
    columnLandings: 'Landings',
    columnGaps: 'Missing',
    none: 'none',
    noGaps: 'all in place',
    tutorsHeading: 'Tutors and mentors of teachers',
    columnTutor: 'Tutor (mentor)',
    columnTeacher: 'Teacher',
    columnSubjects: 'Subjects',
    columnOrder: 'Order',
    columnPeriod: 'Period',
    openEnd: 'open-ended',
    countOf: '{count} of {total}',
    noPercent: 'no data',
    notCounted: 'no teacher records',
    empty:
      'The municipality has no schools with low results or in difficult conditions: there is no coverage to count.',
    invalidData: 'Some records are not shown: they failed the checks.',
    badInlineJson: 'The <script type="application/json"> block could not be read: {error}',
  },
};
