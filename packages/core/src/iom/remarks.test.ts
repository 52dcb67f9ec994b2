import { describe, expect, it } from 'vitest';
import { exampleDiagnosis, exampleIom } from './example.js';
import { iomRemarks, uncoveredDeficits } from './remarks.js';
import type { Iom } from './schema.js';

describe('uncoveredDeficits', () => {
  it('names the deficit no activity closes, in Russian and English', () => {
    expect(uncoveredDeficits(exampleDiagnosis, exampleIom)).toEqual([
      {
        code: 'uncovered-deficit',
        deficitId: 'd4',
        ru: 'Дефицит «Взаимодействие с родителями по вопросам успеваемости» не закрыт ни одним мероприятием маршрута.',
        en: 'Deficit "Взаимодействие с родителями по вопросам успеваемости" is not addressed by any activity of the route.',
      },
    ]);
  });

  it('does not let a cancelled activity close a deficit, and says it was cancelled', () => {
    const onlyCancelled: Iom = {
      ...exampleIom,
      items: exampleIom.items.filter(
        (item) => !item.deficitIds.includes('d2') || item.status === 'cancelled',
      ),
    };
    const d2 = uncoveredDeficits(exampleDiagnosis, onlyCancelled).find((remark) => remark.deficitId === 'd2');
    expect(d2?.ru).toBe(
      'Дефицит «Формирование функциональной грамотности на уроках» не закрыт ни одним мероприятием маршрута: ' +
        'мероприятие «Работа в региональном сетевом методическом объединении учителей математики» отменено.',
    );
  });
});

describe('iomRemarks', () => {
  it('adds the overdue activity on the day of the check', () => {
    const remarks = iomRemarks(exampleDiagnosis, exampleIom, { asOf: '2023-06-30' });
    expect(remarks.map((remark) => [remark.code, remark.itemId ?? remark.deficitId])).toEqual([
      ['uncovered-deficit', 'd4'],
      ['overdue', 'i3'],
    ]);
    expect(remarks[1]?.ru).toBe(
      'Мероприятие «Взаимопосещение уроков с учителями МБОУ СОШ № 1» просрочено: срок «февраль–апрель 2023» истёк 30.04.2023.',
    );
  });

  it('finds an unknown deficit, an activity closing none, missing evidence and an unreadable deadline', () => {
    const [course, lesson] = exampleIom.items;
    if (course === undefined || lesson === undefined) throw new Error('example changed');
    const iom: Iom = {
      ...exampleIom,
      items: [
        { ...course, deficitIds: ['d1', 'd9'], evidence: [] },
        {
          ...lesson,
          deficitIds: [],
          deadline: { text: 'по мере необходимости', kind: 'unparsed', ranges: [] },
        },
      ],
    };
    const codes = iomRemarks(exampleDiagnosis, iom).map((remark) => [remark.code, remark.itemId]);
    expect(codes).toEqual([
      ['uncovered-deficit', undefined],
      ['uncovered-deficit', undefined],
      ['uncovered-deficit', undefined],
      ['unknown-deficit', 'i1'],
      ['done-without-evidence', 'i1'],
      ['item-without-deficit', 'i2'],
      ['deadline-not-recognised', 'i2'],
    ]);
    const unknown = iomRemarks(exampleDiagnosis, iom).find((remark) => remark.code === 'unknown-deficit');
    expect(unknown?.ru).toBe(
      'Мероприятие «Курсы «Методика решения задач с параметром», 36 ч» ссылается на дефицит «d9», которого нет в диагностике от 25.01.2023.',
    );
  });

  it('notices a diagnosis of another teacher', () => {
    const remarks = iomRemarks({ ...exampleDiagnosis, teacherId: 't8-math' }, exampleIom);
    expect(remarks[0]?.code).toBe('other-teacher');
  });
});
