import { describe, expect, it } from 'vitest';
import { createActivity, createRoadmap } from '../create.js';
import type { Roadmap } from '../schema.js';
import { isAbstractNoun, nominalisedImprovement } from './phrase.js';
import { reviewRoadmap } from './review.js';

/** The review's verdict on one planned result: the result rules that fire on it. */
function resultRules(plannedResult: string, activity = 'Методическая неделя'): string[] {
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
  return reviewRoadmap(withRow)
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
