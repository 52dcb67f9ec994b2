import {
  createActivity,
  createRoadmap,
  reviewRoadmap,
  toRoadmapRemarks,
  transitionRoadmap,
  type ActivityInput,
  type Roadmap,
  type RoadmapAction,
  type RoadmapRemark,
  type RoadmapSection,
  type RoadmapTransitionPayloads,
} from '@shnro/core';

// Example roadmaps for stories, tests, the benchmark and the demo portal. Seed 000 (аналитическая
// справка № 1, 30.11.2020) quotes the defective activities; the good ones are written the way its
// remarks ask. Everything is built with the core, so the examples are valid roadmaps.

const header = {
  id: 'roadmap-school-7-2020',
  school: { id: 'school-7', name: 'МБОУ «СОШ № 7»' },
  title: 'Дорожная карта по повышению качества образования',
  period: { start: '2020-09-01', end: '2021-08-31' },
};

const section = (
  roadmap: Roadmap,
  fields: Omit<RoadmapSection, 'activities'>,
  activities: ActivityInput[],
): RoadmapSection => ({
  ...fields,
  activities: activities.map((input) => createActivity(input, roadmap)),
});

/** An empty roadmap of the example school: a header, no sections yet. */
export function emptyExampleRoadmap(): Roadmap {
  return createRoadmap(header);
}

/**
 * Seed 000's examples as a school wrote them: the section «Работа с учителями», «Собеседование с
 * учителями о качестве» → «Повышение качества образования», «Проведение семинара» → «Повышение
 * качества преподаваемых предметов», and «Недостаточно прочное освоение материала, пройденного за
 * год» → «Восстановление в памяти учащихся тем, пройденных за год»; next to them, good activities.
 */
export function seed000Roadmap(): Roadmap {
  const roadmap = createRoadmap(header);
  return {
    ...roadmap,
    sections: [
      section(roadmap, { id: 'teachers', title: 'Работа с учителями', targetGroup: 'teachers' }, [
        {
          id: 'conversation',
          problem: 'Низкое качество преподавания по результатам ВПР',
          activity: 'Собеседование с учителями о качестве',
          form: 'conversation',
          plannedResult: 'Повышение качества образования',
          deadline: 'до 15 декабря 2020 года',
          responsible: 'директор',
        },
        {
          id: 'seminar',
          problem: 'Профессиональное выгорание педагогов с большим стажем',
          activity: 'Проведение семинара',
          form: 'seminar',
          plannedResult: 'Повышение качества преподаваемых предметов',
          deadline: 'в течение декабря 2020 года',
          responsible: 'заместитель директора по УВР',
        },
      ]),
      section(
        roadmap,
        {
          id: 'students-results',
          title:
            'Повышение качества образовательных результатов обучающихся по отдельным оценочным процедурам',
          targetGroup: 'students',
          directionId: 'students-assessment-results',
        },
        [
          {
            id: 'revision',
            problem: 'Недостаточно прочное освоение материала, пройденного за год',
            activity: 'Повторение тем, пройденных за год, на уроках математики в 5–9 классах',
            form: 'other',
            plannedResult: 'Восстановление в памяти учащихся тем, пройденных за год',
            deadline: 'I квартал 2021',
            responsible: 'учителя математики',
          },
          {
            id: 'vpr-tasks',
            problem: 'Низкая доля обучающихся, решающих учебно-практические задачи по математике',
            activity: 'Решение учебно-практических задач ВПР на уроках математики в 5–8 классах',
            form: 'other',
            plannedResult:
              'Доля обучающихся 5–8 классов, выполнивших ВПР по математике на «4» и «5», не ниже 45%',
            target: {
              indicator: 'Доля обучающихся, выполнивших ВПР по математике на «4» и «5»',
              baseline: 31,
              target: 45,
              unit: '%',
              comparison: 'at-least',
            },
            deadline: 'март–апрель 2021 года',
            responsible: 'руководитель ШМО учителей математики Иванова Н. П.',
          },
        ],
      ),
      section(
        roadmap,
        {
          id: 'teachers-quality',
          title:
            'Совершенствование предметных и методических компетенций учителей по повышению качества образования',
          targetGroup: 'teachers',
          directionId: 'teachers-education-quality',
        },
        [
          {
            id: 'iom',
            problem: 'Профессиональные дефициты учителей математики по результатам самодиагностики',
            activity: 'Разработка ИОМ для 5 учителей математики',
            form: 'mentoring',
            plannedResult: 'Разработаны и утверждены ИОМ для 5 учителей математики',
            target: { indicator: 'Учителя математики с ИОМ', baseline: 0, target: 5, unit: 'чел.' },
            deadline: 'до 15 декабря 2020 года',
            responsible: 'заместитель директора по УВР Петрова И. А.',
          },
          {
            id: 'open-lesson',
            problem: 'Учителя не применяют технологию смыслового чтения',
            activity: 'Открытый урок с применением технологии смыслового чтения',
            form: 'open-lesson',
            plannedResult: 'Технологическая карта урока размещена на сайте школы; проведено 4 открытых урока',
            deadline: 'февраль 2021 года',
            responsible: 'руководитель ШМО Сидорова Е. В.',
          },
        ],
      ),
      section(
        roadmap,
        {
          id: 'parents',
          title: 'Развитие сотрудничества с родителями',
          targetGroup: 'parents',
          directionId: 'parents-cooperation',
        },
        [
          {
            id: 'parents-meeting',
            problem: 'Низкая вовлечённость родителей в учёбу детей',
            activity: 'Родительское собрание «Как помочь ребёнку учиться»',
            form: 'parent-meeting',
            plannedResult: 'Доля родителей обучающихся 5–9 классов, посетивших собрание, не ниже 60%',
            deadline: 'по мере необходимости',
            responsible: 'классные руководители 5–9 классов',
          },
        ],
      ),
    ],
  };
}

const reviewer = 'О. Г. Викульева';

function step<A extends RoadmapAction>(
  roadmap: Roadmap,
  action: A,
  payload: RoadmapTransitionPayloads[A],
): Roadmap {
  const result = transitionRoadmap(roadmap, action, payload);
  if (!result.ok) throw new Error(result.error.en);
  return result.roadmap;
}

/**
 * Seed 000's roadmap after review: submitted, then returned on 30.11.2020 with the automatic
 * review's remarks accepted by the methodologist and one remark of her own.
 */
export function reviewedRoadmap(): Roadmap {
  const submitted = step(seed000Roadmap(), 'submit', { date: '2020-11-20', by: 'директор' });
  const accepted = toRoadmapRemarks(
    reviewRoadmap(submitted).filter((remark) => remark.severity !== 'info'),
    { author: reviewer, date: '2020-11-30', idPrefix: 'review' },
  );
  const own: RoadmapRemark = {
    id: 'remark-own-1',
    target: { sectionId: 'teachers', activityId: 'seminar' },
    author: reviewer,
    date: '2020-11-30',
    text: 'Укажите продукт семинара: что учителя применят на уроках и как это будет проверено.',
    status: 'open',
  };
  return step(submitted, 'return', { date: '2020-11-30', by: reviewer, remarks: [...accepted, own] });
}

/** The corrected roadmap, resubmitted and approved by an order; every remark resolved. */
export function approvedRoadmap(): Roadmap {
  const returned = reviewedRoadmap();
  const corrected: Roadmap = {
    ...returned,
    sections: returned.sections
      .filter((candidate) => candidate.id !== 'teachers')
      .map((candidate) =>
        candidate.id === 'students-results'
          ? {
              ...candidate,
              activities: candidate.activities.map((activity) =>
                activity.id === 'revision'
                  ? {
                      ...activity,
                      plannedResult:
                        'Доля обучающихся 5–9 классов, решивших итоговую контрольную работу по темам года, не ниже 70%',
                    }
                  : activity,
              ),
            }
          : candidate.id === 'parents'
            ? {
                ...candidate,
                activities: [
                  createActivity(
                    {
                      id: 'parents-meeting',
                      problem: 'Низкая вовлечённость родителей в учёбу детей',
                      activity:
                        'Родительское собрание «Как помочь ребёнку учиться»; памятка для родителей размещена на сайте школы',
                      form: 'parent-meeting',
                      plannedResult:
                        'Доля родителей обучающихся 5–9 классов, посетивших собрание, не ниже 60%',
                      deadline: 'февраль 2021 года',
                      responsible: 'классные руководители 5–9 классов',
                    },
                    returned,
                  ),
                ],
              }
            : candidate,
      ),
  };
  const resubmitted = step(corrected, 'submit', { date: '2020-12-14', by: 'директор' });
  const resolved: Roadmap = {
    ...resubmitted,
    remarks: resubmitted.remarks.map((remark) => ({
      ...remark,
      status: 'resolved',
      resolvedOn: '2020-12-18',
    })),
  };
  return step(resolved, 'approve', {
    order: 'приказ МКУ «Управление образования» от 28.12.2020 № 245',
    date: '2020-12-28',
    by: reviewer,
  });
}

const problems = [
  'Низкая учебная мотивация обучающихся 7–9 классов',
  'Высокая доля обучающихся с рисками учебной неуспешности по математике',
  'Профессиональные дефициты учителей по результатам самодиагностики',
  'Низкая вовлечённость родителей в образовательный процесс',
];
const activities = [
  'Диагностика учебной мотивации обучающихся 7–9 классов по методике Н. Г. Лускановой',
  'Индивидуальные консультации для обучающихся, показавших низкие результаты на ВПР',
  'Разработка индивидуальных образовательных маршрутов педагогов',
  'Открытые уроки с применением технологии смыслового чтения и их анализ на ШМО',
  'Родительский всеобуч «Как помочь ребёнку учиться»',
];
const results = [
  'Доля обучающихся с высоким уровнем мотивации не ниже 40%',
  'Доля обучающихся, выполнивших ВПР на «3» и выше, не ниже 85%',
  'Разработаны ИОМ для 12 педагогов',
  'Технологические карты 8 уроков размещены на сайте школы',
  'Доля родителей, посетивших всеобуч, не ниже 60%',
];
const deadlines = [
  'до 15 декабря 2020 года',
  'I квартал 2021',
  'в течение учебного года',
  'ежеквартально',
  'февраль–март 2021 года',
];
const responsibles = [
  'заместитель директора по УВР',
  'педагог-психолог',
  'руководитель ШМО',
  'классные руководители',
];
const groups = ['teachers', 'students', 'parents', 'students'] as const;
const directions = [
  'teachers-professional-development',
  'students-motivation',
  'parents-cooperation',
  'students-assessment-results',
];

/** A large roadmap of `count` activities in four sections, for the benchmark and the 1,000-activity story. */
export function largeRoadmap(count = 1000): Roadmap {
  const roadmap = createRoadmap({ ...header, id: `roadmap-large-${count}` });
  const perSection = Math.ceil(count / 4);
  return {
    ...roadmap,
    sections: groups.map((targetGroup, s) => ({
      id: `section-${s + 1}`,
      title: `Направление ${s + 1}: ${['повышение предметной компетентности учителей', 'повышение мотивации обучающихся', 'развитие сотрудничества с родителями', 'подготовка к ВПР по математике'][s]}`,
      targetGroup,
      directionId: directions[s] as string,
      activities: Array.from(
        { length: Math.max(0, Math.min(perSection, count - s * perSection)) },
        (_, i) => {
          const n = s * perSection + i;
          return createActivity(
            {
              id: `activity-${n + 1}`,
              problem: problems[n % problems.length] as string,
              activity: `${activities[n % activities.length] as string} (${n + 1})`,
              plannedResult: results[n % results.length] as string,
              deadline: deadlines[n % deadlines.length] as string,
              responsible: responsibles[n % responsibles.length] as string,
            },
            roadmap,
          );
        },
      ),
    })),
  };
}
