// A roadmap-shaped draft with realistic Russian text, for tests and the benchmark.

/** One activity of a school's roadmap («дорожная карта»). */
export interface RoadmapActivity {
  id: string;
  problem: string;
  activity: string;
  form: string;
  plannedResult: string;
  deadline: string;
  responsible: string;
}

/** The data an editor of a roadmap keeps in its draft. */
export interface RoadmapDraft {
  schoolName: string;
  activities: RoadmapActivity[];
}

const problems = [
  'Низкая учебная мотивация обучающихся 7–9 классов',
  'Высокая доля обучающихся с рисками учебной неуспешности по математике',
  'Недостаточная предметная и методическая компетентность педагогических работников',
  'Несформированность внутришкольной системы повышения квалификации',
  'Низкий уровень вовлечённости родителей в образовательный процесс',
  'Высокая доля обучающихся с ОВЗ без адаптированных образовательных программ',
];
const activities = [
  'Проведение диагностики учебной мотивации с использованием методики Н. Г. Лускановой',
  'Организация индивидуальных консультаций для обучающихся, показавших низкие результаты на ВПР',
  'Разработка и утверждение индивидуальных образовательных маршрутов педагогов',
  'Проведение цикла открытых уроков с последующим анализом в рамках методического объединения',
  'Организация родительского всеобуча «Как помочь ребёнку учиться»',
  'Создание банка заданий по формированию функциональной грамотности',
];
const forms = [
  'Семинар-практикум',
  'Педагогический совет',
  'Индивидуальная консультация',
  'Мастер-класс',
  'Круглый стол',
];
const results = [
  'Доля обучающихся с низкой мотивацией снижена не менее чем на 10 %',
  'Доля обучающихся, не преодолевших минимальный порог ВПР, снижена до 15 %',
  '100 % педагогов прошли курсы повышения квалификации по программам из Федерального реестра',
  'Разработаны и утверждены адаптированные рабочие программы по всем предметам учебного плана',
  'Не менее 60 % родителей приняли участие в мероприятиях всеобуча',
];
const months = ['сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'январь', 'февраль', 'март', 'апрель', 'май'];
const people = [
  'Иванова Н. П., заместитель директора по УВР',
  'Петров А. С., руководитель ШМО учителей математики',
  'Смирнова О. В., педагог-психолог',
  'Кузнецова Е. А., социальный педагог',
  'Соколов Д. И., директор',
];

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

/** A roadmap draft with `count` activities, the same for the same count. */
export function makeRoadmap(count: number): RoadmapDraft {
  return {
    schoolName: 'МБОУ «Средняя общеобразовательная школа № 3» г. Вязники',
    activities: Array.from({ length: count }, (_, index) => ({
      id: `activity-${index + 1}`,
      problem: pick(problems, index),
      activity: `${pick(activities, index * 7 + 3)} (этап ${index + 1})`,
      form: pick(forms, index * 3),
      plannedResult: pick(results, index * 5 + 1),
      deadline: `до 25 ${pick(months, index)} ${2025 + Math.floor(index / 500)} г.`,
      responsible: pick(people, index * 11),
    })),
  };
}
