import { compareSeries } from '../dynamics/compare.js';
import {
  districtAverage,
  giaSubjects,
  leningradskySchools,
  sumOfAverages,
  sumOfQuality,
  districtDynamicsPolicy,
} from '../dynamics/example.js';
import { kanskMonitoring2022Printed } from '../examples/kansk-monitoring-2022.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { computeCycle } from '../cycle/compute.js';
import { kanskCycle2022 } from '../cycle/example.js';
import { exampleIom } from '../iom/example.js';
import { routeProgress } from '../iom/progress.js';
import { teachersAtEvents, teachersWithCourses } from '../iom/reach.js';
import {
  leningradskyCourseProvider,
  leningradskyIoms,
  leningradskyTeacherEvents,
  leningradskyTeachers,
} from '../examples/leningradsky-teachers.js';
import { mentorshipCoverage } from '../mentorship/coverage.js';
import type { Assignment, SupportEvent } from '../mentorship/schema.js';
import { clusterRoadmaps, type RoadmapClusters } from '../roadmap/cluster.js';
import { createRoadmap } from '../roadmap/create.js';
import type { Roadmap, RoadmapSection } from '../roadmap/schema.js';
import type { TargetGroup } from '../roadmap/target-group.js';
import { followDecisions } from '../decisions/follow.js';
import { decisionRecordSchema, type DecisionRecord, type DecisionRecordInput } from '../decisions/schema.js';
import { decisionBlocks, participationSentence } from './builders/cycle.js';
import type { School } from '../school/schema.js';
import type { Teacher } from '../teacher/schema.js';
import { clusterDirectionsSection, clusterSection } from './builders/cluster.js';
import { printedFiguresSection, type PrintedFigure, type PrintedSum } from './builders/printed.js';
import { dynamicsSection } from './builders/dynamics.js';
import { indicatorSection } from './builders/indicator.js';
import { iomSection } from './builders/iom.js';
import { mentorshipSection } from './builders/mentorship.js';
import { countSentence } from './phrases/share.js';
import type { AnalyticalReport, ReportSection, TableBlock } from './schema.js';

// The seed reports rebuilt from structured data: the numbers come from the calculators, the
// author's words are the seeds' own (their spelling slips corrected). Where a seed gives no value
// (the date and author of seed 004, the roadmaps behind seed 000's counts), the data are
// illustrative and say so.

// --- Seed 000: аналитическая справка № 1 по мониторингу «дорожных карт», 30.11.2020 -------------

function roadmapSection(
  id: string,
  targetGroup: TargetGroup,
  directionId: string | undefined,
): RoadmapSection {
  return {
    id,
    title: directionId === undefined ? 'Работа с учащимися' : 'Раздел',
    targetGroup,
    ...(directionId === undefined ? {} : { directionId }),
    activities: [],
  };
}

/**
 * Eighteen roadmaps matching seed 000's description (illustrative: the seed gives only the counts).
 * Every school works with teachers (8 / 5 / 5 by direction), 17 with students (1 / 4 / 7 / 2, and 3
 * whose sections fit no direction), 13 with parents (12 / 1).
 */
export function seed000Roadmaps(): Roadmap[] {
  const teacherDirections = [
    ...Array<string>(8).fill('teachers-professional-development'),
    ...Array<string>(5).fill('teachers-specific-area'),
    ...Array<string>(5).fill('teachers-education-quality'),
  ];
  const studentDirections: (string | undefined)[] = [
    'students-psychological-support',
    ...Array<string>(4).fill('students-motivation'),
    ...Array<string>(7).fill('students-assessment-results'),
    ...Array<string>(2).fill('students-personal-needs'),
    undefined,
    undefined,
    undefined,
  ];
  const parentDirections = [...Array<string>(11).fill('parents-cooperation'), 'parents-information'];
  return teacherDirections.map((teacherDirection, index) => {
    const sections = [roadmapSection('t', 'teachers', teacherDirection)];
    if (index < 17) sections.push(roadmapSection('s', 'students', studentDirections[index]));
    if (index < 12) sections.push(roadmapSection('p', 'parents', parentDirections[index]));
    if (index === 17) sections.push(roadmapSection('p', 'parents', 'parents-cooperation'));
    return {
      ...createRoadmap({
        id: `rm-${index + 1}`,
        school: { id: `school-${index + 1}`, name: `Школа № ${index + 1}` },
        title: 'Дорожная карта',
        period: { start: '2020-12-01', end: '2021-12-31' },
      }),
      sections,
    };
  });
}

function remarksTable(headings: [string, string, string], rows: [string, string, string][]): TableBlock {
  return {
    kind: 'table',
    columns: headings.map((title) => ({ title })),
    rows: rows.map((cells) => ({ cells: cells.map((text) => ({ kind: 'text' as const, text })) })),
  };
}

/** Seed 000's remarks on the roadmaps: the author's words and tables, kept as typed. */
function seed000Remarks(): ReportSection {
  return {
    id: 'remarks',
    title: 'Замечания по мониторингу мероприятий «дорожной карты»',
    blocks: [
      { kind: 'heading', text: '1) Общие формулировки, не отражающие конкретных планируемых изменений' },
      remarksTable(
        ['Мероприятие', 'Прогнозируемый результат', 'Замечания'],
        [
          [
            'Собеседование с учителями о качестве',
            'Повышение качества образования',
            'Необходимо конкретизировать прогнозируемый результат (разработка индивидуального образовательного маршрута и т.д.)',
          ],
          [
            'Проведение семинара',
            'Повышение качества преподаваемых предметов',
            'Пассивное участие в семинаре не даст повышения качества преподаваемых предметов (например, применение в практике обучения технологии или элементов технологии; отчёт о результатах и т.д.)',
          ],
        ],
      ),
      { kind: 'heading', text: '2) Прогнозируемый результат не измеряем' },
      remarksTable(
        ['Проблема', 'Прогнозируемый результат', 'Замечания'],
        [
          [
            'Недостаточно прочное освоение материала, пройденного за год',
            'Восстановление в памяти учащихся тем, пройденных за год',
            'Восстановление в памяти учащихся тем не свидетельствует о качестве. Качество определяется, например, умением решать учебно-практические и учебно-познавательные задачи',
          ],
        ],
      ),
      { kind: 'heading', text: '3) Общие формулировки разделов' },
      {
        kind: 'paragraph',
        text: 'Например, «Работа с учителями», «Работа с учащимися». Необходимо указать конкретное направление работы (психологическая поддержка обучающихся с трудностями в обучении, повышение мотивации обучающихся, повышение предметной компетентности учителей и т.д.).',
      },
    ],
  };
}

/**
 * Seed 000's percentages as printed, each with what it counts in the roadmaps: a target group
 * (over all schools) or a direction (over the schools of its group). The counts and bases come from
 * `clusterRoadmaps` over the stored roadmaps, never typed; only the seed's printed text is kept.
 */
const seed000Printed: {
  label: string;
  counts: { group: TargetGroup } | { direction: string };
  printed: string;
}[] = [
  { label: 'Работа с учителями', counts: { group: 'teachers' }, printed: '100%' },
  { label: 'Работа с обучающимися', counts: { group: 'students' }, printed: '94%' },
  { label: 'Работа с родителями', counts: { group: 'parents' }, printed: '72,22%' },
  {
    label: 'Совершенствование предметных и методических компетенций (профессиональное развитие)',
    counts: { direction: 'teachers-professional-development' },
    printed: '44%',
  },
  {
    label: 'Совершенствование предметных и методических компетенций по отдельному направлению',
    counts: { direction: 'teachers-specific-area' },
    printed: '27,7%',
  },
  {
    label:
      'Совершенствование предметных и методических компетенций учителей по повышению качества образования',
    counts: { direction: 'teachers-education-quality' },
    printed: '27,7%',
  },
  {
    label: 'Психолого-педагогическое сопровождение обучающихся',
    counts: { direction: 'students-psychological-support' },
    printed: '6%',
  },
  { label: 'Повышение мотивации учения', counts: { direction: 'students-motivation' }, printed: '24%' },
  {
    label: 'Повышение качества образовательных результатов обучающихся по отдельным оценочным процедурам',
    counts: { direction: 'students-assessment-results' },
    printed: '41%',
  },
  {
    label: 'Создание условий для удовлетворения потребностей личности',
    counts: { direction: 'students-personal-needs' },
    printed: '12%',
  },
  {
    label: 'Развитие сотрудничества с родителями',
    counts: { direction: 'parents-cooperation' },
    printed: '92%',
  },
  {
    label: 'Информационная работа с родителями',
    counts: { direction: 'parents-information' },
    printed: '8%',
  },
];

/** What each printed percentage counts, found in the roadmaps' clusters: the count and its base. */
function seed000PrintedFigures(clusters: RoadmapClusters): PrintedFigure[] {
  return seed000Printed.flatMap(({ label, counts, printed }) => {
    if ('group' in counts) {
      const row = clusters.targetGroups.find((candidate) => candidate.id === counts.group);
      return row === undefined
        ? []
        : [{ label, count: row.schoolIds.length, population: clusters.schoolCount, printed }];
    }
    for (const cluster of clusters.directions) {
      const row = cluster.directions.find((candidate) => candidate.id === counts.direction);
      if (row !== undefined)
        return [{ label, count: row.schoolIds.length, population: cluster.base, printed }];
    }
    return [];
  });
}

/**
 * The seed's directions of work with students cover 14 of the 17 schools that work with students:
 * the parts and the whole from the students' cluster.
 */
function seed000PrintedSums(clusters: RoadmapClusters): PrintedSum[] {
  const students = clusters.directions.find((cluster) => cluster.targetGroup === 'students');
  if (students === undefined) return [];
  return [
    {
      label: 'Направления работы с обучающимися',
      parts: students.directions.map((row) => row.schoolIds.length).filter((count) => count > 0),
      whole: students.base,
      noun: 'school',
      wholeOf: 'работающих с обучающимися',
    },
  ];
}

/** Seed 000's three management decisions as records, followed on the report's date. */
export function seed000Decisions(): DecisionRecord[] {
  const decision = (
    id: string,
    text: string,
    deadline: string,
    addressee: DecisionRecordInput['addressee'],
    responsible: string,
  ) =>
    decisionRecordSchema.parse({ id, kind: 'management-decision', text, deadline, addressee, responsible });
  return [
    decision(
      'bipkro-2020-d1',
      'Провести корректировку «дорожных карт» в соответствии с замечаниями',
      'до 15 декабря 2020 года',
      { kind: 'other', name: 'Образовательные организации' },
      'Образовательные организации',
    ),
    decision(
      'bipkro-2020-d2',
      'Создать систему послекурсового сопровождения учителей',
      'сентябрь 2021 года',
      { kind: 'methodological-service', name: 'ГАУ ДПО «БИПКРО»' },
      'ГАУ ДПО «БИПКРО»',
    ),
    decision(
      'bipkro-2020-d3',
      'Организовать индивидуальную помощь образовательным организациям по корректировке «дорожных карт»',
      // As the seed wrote it: «в течение декабря 2021 года» (the year may be a slip; it is not ours to change).
      'в течение декабря 2021 года',
      { kind: 'other', name: 'Региональный координатор' },
      'Региональный координатор',
    ),
  ];
}

const nonNull = <T>(value: T | null): T[] => (value === null ? [] : [value]);

/**
 * Seed 000 (ГАУ ДПО «БИПКРО», 30.11.2020): the analysis of 18 schools' roadmaps by direction, with
 * counts and percentages from `clusterRoadmaps` (94,4% and 72,2%, where the seed printed 94% and
 * 72,22%), the remarks, conclusions and three management decisions with deadlines.
 */
export function roadmapMonitoringReport2020(
  roadmaps: readonly Roadmap[] = seed000Roadmaps(),
): AnalyticalReport {
  const clusters = clusterRoadmaps(roadmaps);
  const date = '2020-11-30';
  // Deadlines written without a year («до 15 декабря») are read in the report's year.
  const { recommendations, managementDecisions } = decisionBlocks(
    followDecisions(seed000Decisions(), { asOf: date, deadlineContext: { referenceYear: 2020 } }),
  );
  return {
    header: {
      organisation: 'ГАУ ДПО «Брянский институт повышения квалификации работников образования»',
      title: 'Аналитическая справка',
      number: '1',
      subtitle:
        'по результатам мониторинга формирования «дорожных карт» образовательных организаций, включенных в перечень ОО с низкими образовательными результатами обучающихся',
      date,
    },
    author: {
      name: 'О.Г. Викульева',
      position: 'Заведующий центром мониторинга и инновационной деятельности',
    },
    purpose: 'оказание методической помощи школам с низкими образовательными результатами обучающихся.',
    tasks: [
      'выявить основные направления работы школ по преодолению рисков неуспешности;',
      'запланировать мероприятия по оказанию методической помощи по реализации дорожной карты;',
      'контролировать готовность дорожной карты к реализации;',
      'оказать методическую помощь во внесении изменений в дорожную карту в соответствии с замечаниями.',
    ],
    sections: [
      clusterDirectionsSection(),
      clusterSection(clusters),
      seed000Remarks(),
      ...nonNull(
        printedFiguresSection(seed000PrintedFigures(clusters), { sums: seed000PrintedSums(clusters) }),
      ),
    ],
    conclusions: [
      'Основным направлением работы по преодолению неуспешности школы выбрали совершенствование предметных и методических компетенций учителей, так как по результатам самодиагностики педагогические коллективы в силу большого стажа работы и, как следствие, профессионального выгорания нуждаются в оптимизации компетенций.',
      'Фактором, затрудняющим отслеживание качества работы по совершенствованию компетенций учителей, является отсутствие системы послекурсового сопровождения.',
    ],
    recommendations,
    decisions: managementDecisions,
  };
}

// --- Seed 001: аналитическая записка МКУ РМЦ г. Канска, 20.06.2022 ------------------------------

/**
 * Seed 001's percentages as printed: the sentence «7 общеобразовательных организаций, что составило
 * 38,8%» and every share row of its table, with the population sizes of the counts.
 */
function kanskPrintedFigures(): PrintedFigure[] {
  const populations = kanskCycle2022().populations ?? {};
  const rows = kanskMonitoring2022Printed.flatMap((row) => {
    const indicator = municipalMonitoringSet.indicators.find((candidate) => candidate.code === row.code);
    if (indicator?.kind !== 'share' || typeof row.count !== 'number' || typeof row.percent !== 'string')
      return [];
    const population = populations[indicator.population];
    if (population === undefined) return [];
    return [{ label: `Показатель ${row.code}`, count: row.count, population, printed: row.percent }];
  });
  const schools = populations['municipality-schools'] ?? 0;
  return [
    {
      label: 'Доля ОО, участвовавших в мониторинге (вводная часть)',
      // «7 общеобразовательных организаций»: the ШНРО and ШНСУ of the cycle, not a typed 7.
      count: populations['target-schools'] ?? 0,
      population: schools,
      printed: '38,8%',
    },
    ...rows,
  ];
}

/**
 * Seed 001 (г. Канск, 20.06.2022): the municipal monitoring table computed by `computeCycle` from
 * the 2021–2022 cycle (`kanskCycle2022`, whose answers are `kanskMonitoring2022Counts`) (38,9% (7 школ), 83,7% (169 педагогов); 11,1%, 71,4% and 22,2%
 * where the seed printed 11,2%, 71,5% and 22,3%), with the seed's conclusions and recommendations.
 */
export function kanskMonitoringReport2022(): AnalyticalReport {
  // The table comes out of the 2021–2022 cycle's stored answers (the seed's counts), as the
  // portal's справка does for any cycle.
  const cycle = computeCycle(kanskCycle2022(), municipalMonitoringSet);
  const indicators = cycle.report;
  const participation = participationSentence(cycle.cycle);
  return {
    header: {
      organisation: 'МКУ «Ресурсно-методический центр» г. Канска',
      title: 'Аналитическая записка',
      subtitle:
        'о системе работы со школами с низкими результатами обучения и/или школами, функционирующими в неблагоприятных социальных условиях, в зоне риска снижения образовательных результатов, с учетом показателей мониторинга за 2021–2022 учебный год',
      date: '2022-06-20',
      dateStyle: 'numeric',
      place: 'г. Канск',
    },
    author: { name: 'М.Г. Федорук', position: 'Методист МКУ РМЦ г. Канска' },
    purpose:
      'обеспечить повышение качества образования в школах с низкими результатами обучения и школах, функционирующих в неблагоприятных социальных условиях, и обобщить педагогический, методический и управленческий опыт преодоления сложных условий образовательными организациями.',
    tasks: [],
    sections: [
      {
        id: 'introduction',
        title: 'Общие сведения',
        blocks: [
          {
            kind: 'paragraph',
            text: 'В образовательной системе г. Канска ведется целенаправленная работа по поддержке школ, имеющих низкие образовательные результаты или функционирующих в неблагоприятных социальных условиях, в зоне риска снижения образовательных результатов.',
          },
          // «В мониторинге участвовали 7 общеобразовательных организаций, что составляет 38,9% …»,
          // as the portal's справка writes it for any cycle.
          ...(participation === null ? [] : [participation]),
          {
            kind: 'paragraph',
            text: 'Разработана муниципальная программа повышения качества образования; школы разработали собственные программы повышения качества образования с учетом конструктора программ и приступили к их реализации: http://yo-канск.рф/podderzhka-shnor-i-shnsu/.',
          },
        ],
      },
      indicatorSection(indicators, {
        title: 'Показатели мониторинга системы работы с ШНРО и ШНСУ',
        set: municipalMonitoringSet,
        countDescriptions: true,
      }),
      ...nonNull(printedFiguresSection(kanskPrintedFigures(), { title: 'Расхождения в исходной записке' })),
    ],
    headings: {
      conclusions:
        'Выводы по итогам мониторинга эффективности деятельности школ по повышению качества образования',
    },
    conclusions: [
      'Мониторинг эффективности деятельности ШНРО и ШНСУ позволяет выделить в муниципалитете не только школы, у которых имеются сложности, но и школы, которые подобные же сложности успешно преодолевают, что является существенным ресурсом для развития как отдельных школ, так и МСО в целом.',
      'Динамическое наблюдение за основными показателями изменений в школьной практике позволяет своевременно вносить корректировки в программы повышения качества образования/дорожные карты и анализировать эффективность тех или иных способов работы, принятия мер и конкретных управленческих решений.',
    ],
    recommendations: [
      {
        addressee: 'Методистам ММС',
        items: [
          'Продолжить работу по преодолению профессиональных дефицитов педагогов как один из основных способов повышения качества образования через реализацию ИОМ, вести учет педагогических работников через интернет-портал «Эра-Скоп».',
          'Организовать «Методический десант» в ОО в рамках работы и методического сопровождения Регионального методического актива.',
          'С учетом данных показателей продолжить в школах взаимопосещение и анализ уроков, совместную разработку уроков и их апробацию с последующим анализом и коррекцией способов организации урока, приемов и методов работы педагогов, технологий с целью достижения положительной динамики образовательных результатов.',
        ],
      },
      {
        addressee: 'Руководителям городских методических объединений',
        items: [
          'Организовать тьюторскую поддержку учителей с целью повышения качества образовательных результатов, в том числе по предметам русский язык, математика, физика, биология.',
        ],
      },
      {
        addressee: 'Управленческим командам образовательных организаций',
        items: [
          'Продолжить реализацию ШППКО в целях выхода в эффективный режим функционирования.',
          'Продолжить деятельность по методическому сопровождению повышения предметной и методической компетентности педагогов через работу творческих, разработческих групп.',
          'Систематически анализировать деятельность, принимать управленческие решения по результатам мониторинговых процедур.',
          'Продолжить работу по выявлению и преодолению профессиональных дефицитов педагогов как один из основных способов повышения качества образования через реализацию ИОМ.',
          'Использовать успешные практики, представленные на муниципальном, региональном, федеральном уровнях, при организации деятельности в ОО: педчтения, ФУП, педагогические конференции, КШУ и т.д., а также успешные педагогические, методические, управленческие практики, тиражируемые через региональный атлас образовательных практик.',
        ],
      },
    ],
    decisions: [],
  };
}

// --- Seed 004: отчёт по реализации дорожной карты ШНОР, Ленинградский район, 2023 -----------------

/** Seed 004's three ШНОР and a school of the district, with their teachers (illustrative). */
const leningradskyRecords: { schools: School[]; teachers: readonly Teacher[] } = {
  schools: [
    { id: 'school-1', name: 'МБОУ СОШ № 1' },
    ...leningradskySchools.map((school) => ({ ...school, categories: ['low-results' as const] })),
  ],
  teachers: leningradskyTeachers,
};

/**
 * Seed 004's two counts of teachers, from the records: those of the ШНОР named at a regional
 * (краевое) event of the year, and those who completed an ИОМ course at the ИРО in it.
 */
export function leningradskyTeacherReach(period: { start: string; end: string }, asOf: string) {
  const schoolIds = leningradskyRecords.schools
    .filter((school) => school.categories?.includes('low-results'))
    .map((school) => school.id);
  const options = { period, asOf, schoolIds };
  return {
    regionalEvents: teachersAtEvents(leningradskyRecords.teachers, leningradskyTeacherEvents, {
      ...options,
      levels: ['regional'],
    }),
    courses: teachersWithCourses(leningradskyRecords.teachers, leningradskyIoms, {
      ...options,
      provider: leningradskyCourseProvider,
    }),
  };
}

const order = { number: '1699-осн', date: '2022-12-30' };

/** A mentor for every ШНОР (seed 004: «За каждой ШНОР … закреплены наставники») and tutors for subject teachers; names illustrative. */
const leningradskyAssignments: Assignment[] = [
  ...leningradskySchools.map((school, index): Assignment => ({
    id: `mentor-${school.id}`,
    kind: 'mentor',
    from: {
      kind: 'person',
      name: ['Смирнова Е. В.', 'Кузнецова О. И.', 'Павлова Н. А.'][index] ?? 'Наставник',
    },
    to: { kind: 'school', schoolId: school.id },
    period: { start: '2023-01-09', end: '2023-12-31' },
    order,
  })),
  ...['t8-math', 't22-math', 't22-rus', 't27-math'].map((teacherId): Assignment => ({
    id: `tutor-${teacherId}`,
    kind: 'tutor',
    from: { kind: 'person', name: 'муниципальный тьютор' },
    to: { kind: 'teacher', teacherId },
    period: { start: '2023-02-01', end: '2023-12-31' },
  })),
];

const leningradskyEvents: SupportEvent[] = [
  {
    id: 'landing-22',
    kind: 'methodological-landing',
    date: '2023-04-12',
    schools: ['school-22'],
    topic: 'Ярмарка творческих идей «От знаний к результату»',
  },
];

/** Seed 004's recommendations (to the education department and to the ЦРО) and its decision, as records. */
export function seed004Decisions(): DecisionRecord[] {
  const department = { kind: 'municipal-body', name: 'Управлению образования' } as const;
  const centre = { kind: 'methodological-service', name: 'МКУ ДПО «Центр развития образования»' } as const;
  const recommendation = (index: number, addressee: DecisionRecordInput['addressee'], text: string) =>
    decisionRecordSchema.parse({
      id: `leningradsky-2023-r${index}`,
      kind: 'recommendation',
      text,
      addressee,
    });
  return [
    recommendation(
      1,
      department,
      'Продолжить работу по повышению качества обучения в школах с низкими образовательными результатами.',
    ),
    recommendation(
      2,
      department,
      'Разработать направления развития, которые могут обеспечить улучшение образовательных результатов обучающихся.',
    ),
    ...[
      'Обеспечить организацию контроля оказания методической помощи наставническим центром и тьюторским пунктом.',
      'Сформировать и разместить на сайте электронные методические издания в помощь педагогам ШНОР.',
      'В январе провести процедуру выявления профессиональных дефицитов педагогов ШНОР и потребности в методической помощи.',
      'Организовывать участие педагогов ШНОР в курсах повышения квалификации, в методических мероприятиях муниципального и регионального уровня, в первую очередь по темам, связанным с выявленными у них профессиональными дефицитами.',
      'Организовать проведение открытых методических, практикоориентированных мероприятий по обмену опытом и лучшими практиками реализации адресной методической поддержки педагогических работников по выявленным дефицитам.',
      'Организовать методическое сопровождение внедрения цифровых технологий в образовательном процессе.',
    ].map((text, index) => recommendation(index + 3, centre, text)),
    decisionRecordSchema.parse({
      id: 'leningradsky-2023-d1',
      kind: 'management-decision',
      text: 'Провести системную доработку дорожной карты оказания методической помощи с введением новых форматов, методов и мероприятий оказания методической помощи',
      deadline: 'до 30 декабря 2023 г.',
      addressee: centre,
      responsible: 'МКУ ДПО «Центр развития образования»',
    }),
  ];
}

/**
 * Seed 004 (МКУ ДПО «Центр развития образования», Ленинградский район, 2023): mentors and tutors
 * (`mentorshipCoverage`), a teacher's route (`routeProgress` of the example ИОМ), the ГИА-9 dynamics
 * (`compareSeries` on series read from illustrative ГИА-9 results records) and its two counts of
 * teachers from teacher, event and ИОМ records (`leningradskyTeacherReach`), «41 педагог ШНОР прошёл
 * курсы» agreed where the seed wrote «прошли». The date, author, teachers and mentors' names are illustrative.
 */
export function leningradskyRoadmapReport2023(): AnalyticalReport {
  const date = '2023-12-15';
  const period = { start: '2023-01-01', end: '2023-12-31' };
  const coverage = mentorshipCoverage(
    leningradskyRecords.schools,
    leningradskyAssignments,
    leningradskyEvents,
    {
      period,
      teachers: leningradskyRecords.teachers,
    },
  );
  const progress = routeProgress(exampleIom, date);
  const reach = leningradskyTeacherReach(period, date);
  // The district's one policy: the portal's dynamics page and chart use the same object.
  const options = {
    assessment: 'gia-9',
    subjects: giaSubjects,
    schools: leningradskySchools,
    policy: districtDynamicsPolicy,
  } as const;
  const averages = compareSeries(sumOfAverages, {
    ...options,
    metric: 'sum-of-average-scores',
    municipalAverage: districtAverage,
  });
  const quality = compareSeries(sumOfQuality, { ...options, metric: 'sum-of-quality-percents' });
  const qualifier = { ru: 'ШНОР', en: 'low-results' };
  const { recommendations, managementDecisions } = decisionBlocks(
    followDecisions(seed004Decisions(), { asOf: date, deadlineContext: { referenceYear: 2023 } }),
  );
  return {
    header: {
      organisation: 'МКУ ДПО «Центр развития образования» муниципального образования Ленинградский район',
      title: 'Отчёт',
      subtitle:
        'по реализации дорожной карты по методическому сопровождению системы работы со школами с низкими результатами обучения и школами, функционирующими в сложных социальных условиях',
      date,
      place: 'ст. Ленинградская',
    },
    author: { name: 'А.А. Иванова', position: 'Методист МКУ ДПО «Центр развития образования»' },
    purpose:
      'отслеживание текущего состояния и оценка результативности муниципального наставнического центра и муниципального тьюторского консультационного пункта, адресная помощь управленческим командам ШНОР в переводе школ в режим эффективного функционирования.',
    tasks: [
      'выявить профессиональные затруднения педагогов ШНОР (мониторинги января и августа 2023 года);',
      'обеспечить закрепление наставников за ШНОР и муниципальных тьюторов за учителями-предметниками;',
      'отследить реализацию индивидуальных образовательных маршрутов педагогов;',
      'оценить динамику результатов ГИА-9 в ШНОР в сравнении с 2022 годом.',
    ],
    sections: [
      {
        id: 'support',
        title: 'Методическое сопровождение',
        blocks: [
          {
            kind: 'paragraph',
            text: 'В соответствии с дорожной картой по методическому сопровождению системы работы со школами с низкими результатами обучения и школами, функционирующими в сложных социальных условиях, утвержденной приказом управления образования администрации муниципального образования Ленинградский район от 30 декабря 2022 г. № 1699-осн, в январе и августе 2023 года проведены муниципальные мониторинги уровня профессионального развития и потребностей, дефицитов педагогических работников ШНОР; в феврале–августе 2023 года проведены семинары для административных команд ШНОР.',
          },
          {
            kind: 'sentence',
            parts: countSentence({
              count: reach.regionalEvents.count,
              noun: 'teacher',
              qualifier: 'ШНОР',
              predicate: { masculine: 'стал', feminine: 'стала', neuter: 'стало', plural: 'стали' },
              rest: 'участником краевых мероприятий',
            }),
          },
          {
            kind: 'sentence',
            parts: countSentence({
              count: reach.courses.count,
              noun: 'teacher',
              qualifier: 'ШНОР',
              predicate: { masculine: 'прошёл', feminine: 'прошла', neuter: 'прошло', plural: 'прошли' },
              rest: 'курсы повышения квалификации в ГБОУ ИРО Краснодарского края',
            }),
          },
        ],
      },
      mentorshipSection(coverage, {
        title: 'Наставничество и тьюторское сопровождение',
        schoolsLabel: 'ШНОР',
      }),
      iomSection([progress], { names: { [exampleIom.id]: 'Учитель математики МБОУ СОШ № 22' } }),
      dynamicsSection(averages, { id: 'dynamics-averages', qualifier }),
      dynamicsSection(quality, { id: 'dynamics-quality', qualifier, overview: false }),
      {
        // The seed ends on a heading: flagged, not filled in.
        id: 'discrepancies',
        title: 'Расхождения в исходном документе',
        blocks: [
          {
            kind: 'list',
            ordered: false,
            items: [
              {
                text: 'Рекомендации «Директорам ШНОР:» объявлены, но не приведены: отчёт обрывается на этом заголовке.',
              },
            ],
          },
        ],
      },
    ],
    conclusions: [
      'Улучшился уровень школьного благополучия и общего психологического климата во всех ШНОР Ленинградского района.',
    ],
    recommendations,
    decisions: managementDecisions,
  };
}
