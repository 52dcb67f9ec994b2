import { describe, expect, it } from 'vitest';
import { renderParts } from '../values.js';
import { agreementWithCount, pastTense, pastTenseVerbs, subjectGender } from './agreement.js';
import { changeSentence, shareChangeSentence } from './change.js';
import { countWithNoun } from './count.js';
import { countSentence, shareSentence, shareValue } from './share.js';

const passed = { masculine: 'прошёл', feminine: 'прошла', neuter: 'прошло', plural: 'прошли' };

describe('countWithNoun', () => {
  it('agrees the noun with the number: 1 школа, 2 школы, 5 школ, 11 школ, 21 школа, 22 школы', () => {
    expect([1, 2, 5, 11, 21, 22, 0, 14, 101, 111].map((count) => countWithNoun(count, 'school'))).toEqual([
      '1 школа',
      '2 школы',
      '5 школ',
      '11 школ',
      '21 школа',
      '22 школы',
      '0 школ',
      '14 школ',
      '101 школа',
      '111 школ',
    ]);
    expect([1, 3, 169].map((count) => countWithNoun(count, 'teacher'))).toEqual([
      '1 педагог',
      '3 педагога',
      '169 педагогов',
    ]);
  });

  it('puts the noun in the genitive after «из»: из 1 школы, из 21 школы, из 18 школ', () => {
    expect([1, 21, 2, 18].map((count) => countWithNoun(count, 'school', { case: 'genitive' }))).toEqual([
      '1 школы',
      '21 школы',
      '2 школ',
      '18 школ',
    ]);
  });

  it('counts in English on request', () => {
    expect(countWithNoun(1, 'school', { locale: 'en' })).toBe('1 school');
    expect(countWithNoun(7, 'teacher', { locale: 'en' })).toBe('7 teachers');
  });
});

describe('verb agreement', () => {
  it('agrees «составила / составил / составило» with the subject', () => {
    expect(pastTense(pastTenseVerbs.amountTo, subjectGender('Доля школ'))).toBe('составила');
    expect(pastTense(pastTenseVerbs.amountTo, subjectGender('Количество школ'))).toBe('составило');
    expect(pastTense(pastTenseVerbs.amountTo, subjectGender('Средний балл'))).toBe('составил');
  });

  it('agrees a verb with a counted subject: 41 педагог прошёл, 42 педагога прошли, 11 педагогов прошли', () => {
    const sentence = (count: number) =>
      renderParts(
        countSentence({ count, noun: 'teacher', qualifier: 'ШНОР', predicate: passed, rest: 'курсы' }),
      );
    expect(sentence(41)).toBe('41 педагог ШНОР прошёл курсы.');
    expect(sentence(42)).toBe('42 педагога ШНОР прошли курсы.');
    expect(sentence(11)).toBe('11 педагогов ШНОР прошли курсы.');
    expect(agreementWithCount(21, 'feminine')).toBe('feminine');
    expect(agreementWithCount(111, 'feminine')).toBe('plural');
  });
});

describe('shareSentence', () => {
  it('writes seed 001’s «доля … составила 38,9% (7 школ)» from 7 and 18', () => {
    const parts = shareSentence({
      subject: 'Доля ШНРО и ШНСУ',
      share: { numerator: 7, denominator: 18 },
      noun: 'school',
    });
    expect(renderParts(parts)).toBe('Доля ШНРО и ШНСУ составила 38,9% (7 школ).');
    // The percentage is a share value: its counts travel with it, the text does not.
    expect(parts[1]).toEqual({
      kind: 'share',
      numerator: 7,
      denominator: 18,
      precision: 1,
      show: 'percent-count',
      noun: 'school',
    });
  });

  it('writes «83,7% (169 педагогов)» and the fraction form «(7 из 18 школ)»', () => {
    expect(
      renderParts(
        shareSentence({
          subject: 'Доля педагогов',
          share: { numerator: 169, denominator: 202 },
          noun: 'teacher',
        }),
      ),
    ).toBe('Доля педагогов составила 83,7% (169 педагогов).');
    expect(
      renderParts(
        shareSentence({
          subject: 'Доля школ',
          share: { numerator: 1, denominator: 21 },
          noun: 'school',
          detail: 'fraction',
          tail: 'от общего количества',
        }),
      ),
    ).toBe('Доля школ составила 4,8% (1 из 21 школы) от общего количества.');
  });

  it('prints a decimal comma in Russian and a point in English', () => {
    const value = shareValue({ numerator: 13, denominator: 18, precision: 1 }, { show: 'count-percent' });
    expect(renderParts([value])).toBe('13 (72,2%)');
    expect(renderParts([value], 'en')).toBe('13 (72.2%)');
  });
});

describe('changeSentence', () => {
  it('writes «снизилась на 2,4 п.п.», «выросла на 0,7 балла» and «не изменилась»', () => {
    expect(
      renderParts(
        changeSentence({ subject: 'Доля обучающихся', from: 40, to: 37.6, unit: 'percentage-points' }),
      ),
    ).toBe('Доля обучающихся снизилась на 2,4 п.п.');
    expect(
      renderParts(
        changeSentence({
          subject: 'Совокупность среднего балла',
          from: 12.4,
          to: 13.1,
          unit: 'points',
          values: 'none',
        }),
      ),
    ).toBe('Совокупность среднего балла выросла на 0,7 балла (с 12,4 до 13,1).');
    expect(
      renderParts(changeSentence({ subject: 'Доля школ', from: 38.9, to: 38.9, unit: 'percentage-points' })),
    ).toBe('Доля школ не изменилась.');
    expect(
      renderParts(
        changeSentence({ subject: 'Средний балл', from: 3.9, to: 4, unit: 'points', values: 'none' }),
      ),
    ).toBe('Средний балл вырос на 0,1 балла (с 3,9 до 4).');
    expect(
      renderParts(
        changeSentence({
          subject: 'Качество знаний',
          from: 56.3,
          to: 51.1,
          unit: 'percentage-points',
          values: 'percent',
        }),
      ),
    ).toBe('Качество знаний снизилось на 5,2 п.п. (с 56,3% до 51,1%).');
  });

  it('takes a share change from the counts: 20 of 50 → 47 of 125 is «снизилась на 2,4 п.п. (с 40% до 37,6%)»', () => {
    expect(
      renderParts(
        shareChangeSentence({
          subject: 'Доля педагогов, имеющих ИОМ,',
          from: { numerator: 20, denominator: 50 },
          to: { numerator: 47, denominator: 125 },
        }),
      ),
    ).toBe('Доля педагогов, имеющих ИОМ, снизилась на 2,4 п.п. (с 40% до 37,6%).');
  });

  it('subtracts the printed percentages, so the reader’s arithmetic agrees: 33,3% → 66,7% is +33,4 п.п.', () => {
    expect(
      renderParts(
        shareChangeSentence({
          subject: 'Доля',
          from: { numerator: 1, denominator: 3 },
          to: { numerator: 2, denominator: 3 },
        }),
      ),
    ).toBe('Доля выросла на 33,4 п.п. (с 33,3% до 66,7%).');
  });
});
