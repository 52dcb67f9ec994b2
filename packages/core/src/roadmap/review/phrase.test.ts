import { describe, expect, it } from 'vitest';
import { createActivity, createRoadmap } from '../create.js';
import type { Roadmap } from '../schema.js';
import { isAbstractNoun, nominalisedImprovement } from './phrase.js';
import { reviewRoadmap } from './review.js';

/** The review's remarks on a one-activity roadmap (a 2023/2024 school year, a concrete section title). */
function reviewOne(activity: string, plannedResult: string): ReturnType<typeof reviewRoadmap> {
  const roadmap = createRoadmap({
    id: 'rm',
    school: { id: 's', name: 'МБОУ СОШ № 22' },
    title: 'Дорожная карта',
    period: { start: '2023-09-01', end: '2024-08-31' },
  });
  const row = createActivity(
    { id: 'a', activity, plannedResult, deadline: 'ноябрь 2023 года', responsible: 'завуч Петрова И. А.' },
    roadmap,
  );
  const withRow: Roadmap = {
    ...roadmap,
    sections: [
      { id: 's', title: 'Повышение мотивации обучающихся', targetGroup: 'students', activities: [row] },
    ],
  };
  return reviewRoadmap(withRow);
}

/** The review's verdict on one planned result: the result rules that fire on it. */
function resultRules(plannedResult: string, activity = 'Методическая неделя'): string[] {
  return reviewOne(activity, plannedResult)
    .filter((remark) => remark.place.field === 'plannedResult')
    .map((remark) => remark.ruleId);
}

describe('vague results are recognised by their shape, not by a list', () => {
  // The wordings the old list held: every one is still found, now by shape.
  it.each([
    'Повышение качества',
    'Улучшение качества',
    'Повышение качества образования',
    'Повышение качества преподаваемых предметов',
    'Повышение уровня знаний',
    'Повышение уровня обученности',
    'Повышение уровня образования',
    'Повышение успеваемости',
    'Повышение результатов',
    'Улучшение результатов',
    'Улучшение показателей',
    'Повышение эффективности',
    'Повышение результативности',
    'Совершенствование работы',
    'Повышение профессионального мастерства',
    'Рост профессионального мастерства',
    'Повышение профессионализма',
    'Повышение компетентности',
    'Повышение профессиональной компетентности',
    'Повышение мотивации',
    'Повышение интереса',
    'Положительная динамика',
  ])('the former list’s «%s»', (result) => {
    expect(resultRules(result)).toEqual(['vague-result']);
  });

  // A reviewer's new wordings of the same defect: nouns, verbs, other word order, other objects.
  it.each([
    'Улучшение успеваемости обучающихся 5–9 классов',
    'Совершенствование педагогического мастерства',
    'Рост мотивации к обучению',
    'Обеспечение качества обучения',
    'Развитие познавательного интереса учащихся',
    'Повышение уровня профессиональной компетентности педагогов',
    'Усиление ответственности родителей за успеваемость детей',
    'Укрепление психологического здоровья обучающихся',
    'Формирование функциональной грамотности',
    'Рост функциональной грамотности обучающихся',
    'Повысится качество знаний по математике',
    'Мотивация учащихся к учению повысится',
    'Улучшатся образовательные результаты',
    'Увеличение интереса к предмету',
    'Позитивная динамика образовательных результатов',
    'Оптимизация работы с одарёнными детьми',
    'ПОВЫШЕНИЕ КАЧЕСТВА ПОДГОТОВКИ К ГИА',
    'Повышение квалификации педагогов',
    'Улучшение школьного климата',
  ])('a new wording «%s»', (result) => {
    expect(resultRules(result)).toEqual(['vague-result']);
  });

  // A measure, a product, a document or an observable outcome makes the same words checkable.
  it.each([
    'Повышение качества знаний по математике до 45% (доля «4» и «5» по ВПР)',
    'Рост среднего балла ОГЭ по математике до 3,8',
    'Повышение мотивации: не менее 15 обучающихся участвуют в олимпиадах',
    'Совершенствование работы ШМО: план работы ШМО утверждён',
    'Улучшение результатов: обучающиеся решают задачи на проценты',
    'Развитие функциональной грамотности: банк заданий для 7–9 классов',
  ])('leaves «%s» alone', (result) => {
    expect(resultRules(result)).toEqual([]);
  });

  // An act that is not an improvement of a quality is not vague; it may still be unmeasurable.
  it.each([
    ['Восстановление в памяти учащихся тем, пройденных за год', ['unmeasurable-result']],
    ['Ростовская область: обмен опытом', ['unmeasurable-result']],
    ['Разработаны ИОМ для 5 учителей математики', []],
  ])('reads «%s» as %j', (result, rules) => {
    expect(resultRules(result)).toEqual(rules);
  });

  it('names the improvement word and the abstract noun it governs', () => {
    expect(nominalisedImprovement('Повышение профессиональной компетентности педагогов')).toEqual({
      improvement: 'повышение',
      object: 'компетентности',
    });
    expect(nominalisedImprovement('Проведение семинара для учителей')).toBeUndefined();
  });

  it('tells abstract nouns by suffix or root', () => {
    expect(
      ['качества', 'успеваемости', 'мотивации', 'профессионализма', 'уровня', 'знаний'].map(isAbstractNoun),
    ).toEqual([true, true, true, true, true, true]);
    expect(['учителей', 'учебниками', 'кабинет', 'ИОМ'].map(isAbstractNoun)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('seed 000’s own good examples draw no remark', () => {
  // The seed's suggestions, written as a school would write them after the remarks.
  it.each([
    'Разработка индивидуального образовательного маршрута',
    'Разработаны индивидуальные образовательные маршруты для 5 учителей',
    'Применение в практике обучения технологии смыслового чтения; отчёт о результатах',
    'Обучающиеся умеют решать учебно-практические и учебно-познавательные задачи',
    'Доля обучающихся, решающих учебно-практические задачи, не ниже 60%',
  ])('«%s»', (result) => {
    expect(resultRules(result)).toEqual([]);
  });
});

describe('a reviewer’s new wordings of an unmeasurable result', () => {
  // No improvement word, so not «vague»; but nothing says how the result will be seen.
  it.each([
    'Закрепление пройденного материала',
    'Ликвидация пробелов в знаниях',
    'Обучающиеся вспомнят темы прошлого года',
    'Осознание учителями важности формирующего оценивания',
  ])('«%s» is unmeasurable', (result) => {
    expect(resultRules(result)).toEqual(['unmeasurable-result']);
  });
});

describe('passive formats: a small, argued set, found in new wordings too', () => {
  const passive = (activity: string, plannedResult = 'Повышение компетентности педагогов') =>
    reviewOne(activity, plannedResult).some((remark) => remark.ruleId === 'passive-format');

  // Listening formats: a speaker talks, the participants listen.
  it.each([
    'Посещение вебинара «Функциональная грамотность»',
    'Просмотр вебинара ФИОКО',
    'Прослушивание лекции о формирующем оценивании',
    'Участие в областной научно-практической конференции',
    'Лекторий для родителей',
    'Беседа с родителями о режиме дня',
    'Обучение на курсах повышения квалификации',
  ])('«%s» is passive without a product', (activity) => {
    expect(passive(activity)).toBe(true);
  });

  // Two-way or productive formats: an interview, a consultation, a council's decision, a lesson given.
  it.each([
    'Собеседование с учителем по итогам диагностики',
    'Индивидуальная консультация педагога-психолога',
    'Заседание педагогического совета',
    'Мастер-класс учителя школы-куратора',
    'Взаимопосещение уроков учителями математики',
  ])('«%s» is not a passive format', (activity) => {
    expect(passive(activity)).toBe(false);
  });

  it('a passive format with a product or an application in practice draws no remark', () => {
    expect(passive('Участие в вебинаре', 'Учителя применяют приёмы на уроках; отчёт на ШМО')).toBe(false);
  });
});
