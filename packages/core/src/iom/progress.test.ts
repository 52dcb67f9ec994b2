import { describe, expect, it } from 'vitest';
import { exampleIom } from './example.js';
import { overdueItems, routeProgress } from './progress.js';

describe('routeProgress', () => {
  it('counts done over the activities that count, leaving the cancelled one out', () => {
    const progress = routeProgress(exampleIom, '2023-06-30');
    expect(progress).toMatchObject({
      total: 5,
      done: 2,
      inProgress: 1,
      notStarted: 1,
      unknown: 0,
      cancelled: 1,
    });
    expect(progress.share).toMatchObject({ numerator: 2, denominator: 5, display: '40%' });
  });

  it('calls overdue an activity «выполняется» past its deadline, with the days since', () => {
    expect(overdueItems(exampleIom, '2023-06-30')).toEqual([
      {
        itemId: 'i3',
        title: 'Взаимопосещение уроков с учителями МБОУ СОШ № 1',
        kind: 'lesson-visits',
        deadline: 'февраль–апрель 2023',
        lastDay: '2023-04-30',
        daysOverdue: 61,
      },
    ]);
  });

  it('finds nothing overdue on the last day of a deadline, and more as the year goes on', () => {
    expect(overdueItems(exampleIom, '2023-04-30')).toEqual([]);
    expect(overdueItems(exampleIom, '2023-10-01').map((item) => item.itemId)).toEqual(['i3', 'i5']);
  });

  it('prints the share in English on request', () => {
    expect(routeProgress(exampleIom, '2023-06-30', { locale: 'en', precision: 0 }).share.display).toBe('40%');
    const twoOfThree = { ...exampleIom, items: exampleIom.items.slice(0, 3) };
    expect(routeProgress(twoOfThree, '2023-06-30', { locale: 'en' }).share.display).toBe('66.7%');
  });
});
