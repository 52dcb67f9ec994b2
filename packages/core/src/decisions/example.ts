import { parseDeadline } from '../deadline/parse.js';
import { createActivity, createRoadmap } from '../roadmap/create.js';
import type { Roadmap } from '../roadmap/schema.js';
import type { DecisionRecordInput } from './schema.js';

// Seed 003 (МБОУ «Малошильнинская СОШ», 2021): the expert council's recommendations and the
// municipal body's decisions, answered by a roadmap approved by order. The activities and the
// wording of the decisions follow the seed's report; ids are illustrative. The one record of the
// roadmap: the seed's report (`tukaevRoadmap`), the core's tests, the widgets' tests and stories.

/** The roadmap's period as the seed writes it: «в период с сентября по декабрь 2021 года». */
const seedPeriod = 'в период с сентября по декабрь 2021 года';

/**
 * Seed 003's roadmap answering the council (дорожная карта по устранению недостатков), «утверждена
 * приказом начальника МКУ «Управление образования»» — approved; the seed gives the order neither a
 * number nor a date, so none is recorded. Its period is read from the seed's words.
 */
export function maloshRoadmap2021(): Roadmap {
  const period = parseDeadline(seedPeriod).ranges[0];
  if (period === undefined) throw new Error(`seed 003: «${seedPeriod}» no longer parses`);
  const roadmap = createRoadmap({
    id: 'malosh-2021',
    school: { id: 'malosh', name: 'МБОУ «Малошильнинская СОШ»' },
    title:
      'Дорожная карта по устранению недостатков, выявленных в ходе проведения анализа результатов мониторинга показателей системы работы школы с низкими результатами обучения',
    period,
  });
  const activity = (id: string, text: string, deadline: string, status: 'planned' | 'done' | 'in-progress') =>
    createActivity({ id, activity: text, deadline, status, responsible: 'Директор' }, roadmap);
  return {
    ...roadmap,
    status: 'approved',
    sections: [
      {
        id: 'teachers',
        title: 'Профессиональное развитие учителей',
        targetGroup: 'teachers',
        activities: [
          activity(
            'a1',
            'Посещение уроков педагогами школы-куратора МБОУ «Бетькинская СОШ»',
            'октябрь 2021 года',
            'done',
          ),
          activity('a2', 'Составление ИОМ для учителей математики', 'до 30 ноября 2021 года', 'in-progress'),
        ],
      },
    ],
  };
}

/** Seed 003's recommendations and management decisions, followed on that roadmap. */
export const maloshDecisions2021: DecisionRecordInput[] = [
  {
    id: 'r1',
    kind: 'recommendation',
    text: 'Организовать взаимопосещение уроков с педагогами школы-куратора',
    addressee: { kind: 'school', schoolId: 'malosh', name: 'МБОУ «Малошильнинская СОШ»' },
    deadline: 'до 1 декабря 2021 года',
    responsible: 'Директор',
    activities: [
      { roadmapId: 'malosh-2021', activityId: 'a1' },
      { roadmapId: 'malosh-2021', activityId: 'a2' },
    ],
  },
  {
    id: 'd1',
    kind: 'management-decision',
    text: 'Определить школу-куратора МБОУ «Бетькинская СОШ»',
    addressee: { kind: 'municipal-body', name: 'МКУ «Управление образования»' },
    deadline: 'до 1 июня 2021 года',
    responsible: 'Начальник управления',
    status: 'done',
    doneOn: '2021-05-28',
    evidence: [{ description: 'Приказ от 28.05.2021 № 141', date: '2021-05-28' }],
  },
  {
    id: 'r2',
    kind: 'recommendation',
    text: 'Пройти курсы повышения квалификации по формированию функциональной грамотности',
    addressee: { kind: 'subject-teachers', subjects: ['математика', 'русский язык'] },
    deadline: 'в течение 2021/2022 учебного года',
  },
  {
    id: 'd2',
    kind: 'management-decision',
    text: 'Создать систему послекурсового сопровождения учителей',
    addressee: { kind: 'methodological-service', name: 'Муниципальная экспертно-методическая группа' },
    deadline: 'по мере необходимости',
  },
];
