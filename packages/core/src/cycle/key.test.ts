import { describe, expect, it } from 'vitest';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { compareCycles } from './compare.js';
import { computeCycle } from './compute.js';
import { kanskCycle2022, kanskCycle2023, tukaevCycles } from './example.js';
import { cycleKey, orderCycles, previousCycle } from './key.js';
import { monitoringCycleSchema } from './schema.js';

describe('two cycles of one school year (seed 003: начальный и итоговый мониторинг)', () => {
  const { initial, final } = tukaevCycles();
  const kansk = [kanskCycle2023(), kanskCycle2022()];

  it('keys a staged cycle apart from the other stage of its year; a cycle without a stage keeps its key', () => {
    expect(initial.schoolYear).toBe(final.schoolYear);
    expect(cycleKey(initial)).toBe('tukaev|2020-2021|municipal-monitoring|начальный мониторинг');
    expect(cycleKey(final)).toBe('tukaev|2020-2021|municipal-monitoring|итоговый мониторинг');
    expect(cycleKey(kanskCycle2022())).toBe('kansk|2021-2022|municipal-monitoring');
    // Case, spaces and ё do not make another stage.
    expect(cycleKey({ ...final, stage: ' Итоговый   мониторинг ' })).toBe(cycleKey(final));
    // Data written before the stage existed still reads: the field is optional.
    const { stage: _stage, ...withoutStage } = initial;
    expect(monitoringCycleSchema.safeParse(withoutStage).success).toBe(true);
  });

  it('orders the stages within a year, and finds the cycle each is compared with', () => {
    const all = [final, ...kansk, initial];
    expect(orderCycles(all).map((cycle) => cycle.id)).toEqual([
      'tukaev-2021-initial',
      'tukaev-2021-final',
      'kansk-2021-2022',
      'kansk-2022-2023',
    ]);
    // Without the closing dates, the stage's name still orders them.
    const undated = [final, initial].map(({ closedAt: _closed, ...cycle }) => cycle);
    expect(orderCycles(undated).map((cycle) => cycle.stage)).toEqual([
      'начальный мониторинг',
      'итоговый мониторинг',
    ]);
    expect(previousCycle(all, final)?.id).toBe('tukaev-2021-initial');
    expect(previousCycle(all, initial)).toBeUndefined();
    expect(previousCycle(all, kansk[0]!)?.id).toBe('kansk-2021-2022');
    // A cycle being opened, not yet in the list: the latest earlier one of its territory and set.
    expect(previousCycle(kansk, { ...kansk[0]!, id: 'new', schoolYear: '2023-2024' })?.id).toBe(
      'kansk-2022-2023',
    );
  });

  it('compares the final monitoring with the initial one: before and after, in п.п., each for the better', () => {
    const before = previousCycle([initial, final], final)!;
    const comparison = compareCycles(
      computeCycle(before, municipalMonitoringSet),
      computeCycle(final, municipalMonitoringSet),
    );
    expect(comparison.before).toEqual({
      cycleId: 'tukaev-2021-initial',
      schoolYear: '2020-2021',
      stage: 'начальный мониторинг',
    });
    const rows = comparison.rows.filter((row) => row.status === 'compared');
    // 24 teachers of the school: diagnosed 6 → 24, supported 10 → 22, with an ИОМ 2 → 9.
    expect(
      rows.map((row) => [row.code, row.before?.display, row.after?.display, row.change, row.assessment]),
    ).toEqual([
      ['3.1', '25%', '100%', 75, 'better'],
      ['4.1', '41,7%', '91,7%', 50, 'better'],
      ['4.4', '8,3%', '37,5%', 29.2, 'better'],
    ]);
    expect(comparison.schoolsLeft).toEqual([]);
  });
});
