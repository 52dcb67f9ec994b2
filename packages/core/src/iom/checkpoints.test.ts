import { describe, expect, it } from 'vitest';
import { quarterlyCheckpoints } from './checkpoints.js';
import { exampleIom } from './example.js';
import type { Iom } from './schema.js';

function summary(iom: Iom, options: Parameters<typeof quarterlyCheckpoints>[1] = {}) {
  return quarterlyCheckpoints(iom, options).checkpoints.map((checkpoint) => ({
    label: checkpoint.label,
    due: checkpoint.dueByEnd,
    done: checkpoint.doneByEnd,
    share: checkpoint.share.display,
    notDone: checkpoint.notDoneByEnd,
  }));
}

describe('quarterlyCheckpoints (seed 004: «ежеквартальное отслеживание реализации мероприятий ИОМ»)', () => {
  it('shows, for each calendar quarter, what was due and what was done by its end', () => {
    expect(summary(exampleIom)).toEqual([
      { label: 'I квартал 2023 года', due: 1, done: 1, share: '100%', notDone: [] },
      { label: 'II квартал 2023 года', due: 3, done: 2, share: '66,7%', notDone: ['i3'] },
      { label: 'III квартал 2023 года', due: 4, done: 2, share: '50%', notDone: ['i3', 'i5'] },
      { label: 'IV квартал 2023 года', due: 5, done: 2, share: '40%', notDone: ['i3', 'i4', 'i5'] },
    ]);
  });

  it('dates a done activity by its evidence, lists what fell due and was done in each quarter', () => {
    const [q1, q2] = quarterlyCheckpoints(exampleIom, { asOf: '2023-06-30' }).checkpoints;
    expect(q1).toMatchObject({ dueInQuarter: ['i1'], doneInQuarter: ['i1'], reached: true });
    expect(q2).toMatchObject({ dueInQuarter: ['i2', 'i3'], doneInQuarter: ['i2'], reached: true });
    const q3 = quarterlyCheckpoints(exampleIom, { asOf: '2023-06-30' }).checkpoints[2];
    expect(q3?.reached).toBe(false);
  });

  it('counts an undated done activity as done on its deadline, and says it assumed so', () => {
    const undated: Iom = {
      ...exampleIom,
      items: exampleIom.items.map((item) =>
        item.id === 'i2' ? { ...item, evidence: [{ kind: 'lesson-plan' }] } : item,
      ),
    };
    const q2 = quarterlyCheckpoints(undated).checkpoints[1];
    expect(q2).toMatchObject({ doneByEnd: 2, assumedOnTime: ['i2'], doneInQuarter: [] });
  });

  it('follows the school year from September on request, February 2024 included', () => {
    const schoolYear: Iom = {
      ...exampleIom,
      period: { start: '2023-09-01', end: '2024-05-31' },
      items: [],
    };
    const result = quarterlyCheckpoints(schoolYear, { calendar: 'school', locale: 'ru' });
    expect(result.year).toBe(2023);
    expect(result.checkpoints.map((checkpoint) => [checkpoint.label, checkpoint.range])).toEqual([
      ['I квартал 2023/2024 учебного года', { start: '2023-09-01', end: '2023-11-30' }],
      ['II квартал 2023/2024 учебного года', { start: '2023-12-01', end: '2024-02-29' }],
      ['III квартал 2023/2024 учебного года', { start: '2024-03-01', end: '2024-05-31' }],
      ['IV квартал 2023/2024 учебного года', { start: '2024-06-01', end: '2024-08-31' }],
    ]);
    // No activity due: no share rather than 0%.
    expect(result.checkpoints[0]?.share.display).toBeNull();
  });
});
