import { createIomItem } from './create.js';
import type { DeficitDiagnosis, Iom } from './schema.js';

// Seed 004 (Ленинградский район, 2023) as data: a mathematics teacher of ШНОР № 22, diagnosed in
// the January monitoring, with a route drawn up together with a municipal tutor. The teacher,
// topics, dates and evidence are illustrative; the seed gives only the procedure.

const period = { start: '2023-02-01', end: '2023-12-31' };

/** An illustrative diagnosis of a teacher of ШНОР № 22 (seed 004: январский мониторинг дефицитов). */
export const exampleDiagnosis: DeficitDiagnosis = {
  id: 'diag-t22-math',
  teacherId: 't22-math',
  date: '2023-01-25',
  diagnosedBy: 'МКУ ДПО «Центр развития образования»',
  level: 'medium',
  deficits: [
    { id: 'd1', area: 'subject', subject: 'математика', topic: 'Решение задач с параметром' },
    { id: 'd2', area: 'methodological', topic: 'Формирование функциональной грамотности на уроках' },
    { id: 'd3', area: 'psycho-pedagogical', topic: 'Работа с неуспевающими обучающимися' },
    { id: 'd4', area: 'communicative', topic: 'Взаимодействие с родителями по вопросам успеваемости' },
  ],
};

/**
 * An illustrative ИОМ answering `exampleDiagnosis`: a course at ГБОУ ИРО Краснодарского края (seed
 * 004), an open lesson, mutual lesson visits, quarterly sessions with the tutor, self-study and a
 * cancelled network association. It leaves deficit d4 open.
 */
export const exampleIom: Iom = {
  id: 'iom-t22-math',
  teacherId: 't22-math',
  diagnosisId: 'diag-t22-math',
  title: 'ИОМ учителя математики МБОУ СОШ № 22 на 2023 год',
  period,
  status: 'active',
  approvedOn: '2023-02-01',
  supervisor: 'муниципальный тьютор Фролова Т. Г.',
  items: [
    createIomItem(
      {
        id: 'i1',
        kind: 'course',
        title: 'Курсы «Методика решения задач с параметром», 36 ч',
        deficitIds: ['d1'],
        hours: 36,
        provider: 'ГБОУ ИРО Краснодарского края',
        deadline: 'до 31 марта 2023 года',
        status: 'done',
        completedOn: '2023-03-24',
        evidence: [{ kind: 'certificate', description: 'Удостоверение о повышении квалификации' }],
      },
      { period },
    ),
    createIomItem(
      {
        id: 'i2',
        kind: 'open-lesson',
        title: 'Открытый урок «Проценты в реальной жизни» (7 класс)',
        deficitIds: ['d2'],
        deadline: 'май 2023',
        status: 'done',
        evidence: [{ kind: 'lesson-plan', date: '2023-05-17' }],
      },
      { period },
    ),
    createIomItem(
      {
        id: 'i3',
        kind: 'lesson-visits',
        title: 'Взаимопосещение уроков с учителями МБОУ СОШ № 1',
        deficitIds: ['d2', 'd3'],
        deadline: 'февраль–апрель 2023',
        status: 'in-progress',
      },
      { period },
    ),
    createIomItem(
      {
        id: 'i4',
        kind: 'mentoring',
        title: 'Консультации муниципального тьютора',
        deficitIds: ['d3'],
        deadline: 'ежеквартально',
        status: 'in-progress',
      },
      { period },
    ),
    createIomItem(
      {
        id: 'i5',
        kind: 'self-study',
        title: 'Изучение заданий ОГЭ с параметром',
        deficitIds: ['d1'],
        deadline: 'сентябрь 2023',
      },
      { period },
    ),
    createIomItem(
      {
        id: 'i6',
        kind: 'network-association',
        title: 'Работа в региональном сетевом методическом объединении учителей математики',
        deficitIds: ['d2'],
        level: 'regional',
        deadline: 'в течение года',
        status: 'cancelled',
      },
      { period },
    ),
  ],
};
