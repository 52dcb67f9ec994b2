import { describe, expect, it } from 'vitest';
import { resolveDynamicsPolicy } from '../dynamics/policy.js';
import { parseOrExplain } from '../errors/index.js';
import { kanskMonitoring2022Counts } from '../examples/kansk-monitoring-2022.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { computeIndicators } from '../indicator/compute/compute.js';
import { compareCycles } from './compare.js';
import { aggregateRegion, computeCycle } from './compute.js';
import { kanskCycle2022, kanskCycle2023 } from './example.js';
import { approve, closeCycle, completeness, explainAnswer, findOutliers, setAnswer } from './quality.js';
import { monitoringCycleSchema, type MonitoringCycle } from './schema.js';

const actor = { by: 'Иванова А.А.', at: '2023-06-01T09:00:00+07:00' };

function ok(change: ReturnType<typeof setAnswer>): MonitoringCycle {
  if (!change.ok) throw new Error(change.issue.message);
  return change.cycle;
}

describe('a monitoring cycle', () => {
  it('computes seed 001’s table from the cycle’s stored answers, as the counts do', () => {
    const computed = computeCycle(kanskCycle2022(), municipalMonitoringSet);
    expect(computed.status).toBe('computed');
    expect(computed.issues).toEqual([]);
    const direct = computeIndicators(municipalMonitoringSet, kanskMonitoring2022Counts);
    expect(computed.report.results).toEqual(direct.results);
    expect(computed.report.results.find((result) => result.code === '1.5')?.display).toBe('38,9%');
  });

  it('refuses a school year written wrongly and a duplicated school, naming the field', () => {
    const raw = { ...kanskCycle2022(), schoolYear: '2021-2023' };
    const parsed = parseOrExplain(monitoringCycleSchema, raw);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual(['schoolYear']);
    const cycle = kanskCycle2022();
    const twice = { ...cycle, units: [...cycle.units, cycle.units[1]] };
    const duplicate = parseOrExplain(monitoringCycleSchema, twice);
    expect(duplicate.ok ? '' : duplicate.issues[0]?.message).toContain(
      '«kansk-school-1» уже есть в цикле выше',
    );
  });

  it('calls a cycle with no answers no-data, with every indicator missing and no zero', () => {
    const empty = { ...kanskCycle2023(), units: [] };
    const computed = computeCycle(empty, municipalMonitoringSet);
    expect(computed.status).toBe('no-data');
    expect(computed.issues.map((issue) => issue.message)).toEqual([
      'В цикле «г. Канск, 2022-2023» нет ни одного ответа: показатели не рассчитаны (нулями не заполняются).',
    ]);
    expect(computed.report.results.every((result) => result.status === 'missing')).toBe(true);
  });

  it('sums municipalities into the region, listing those without a value instead of adding a zero', () => {
    const region = aggregateRegion([
      computeCycle(kanskCycle2022(), municipalMonitoringSet),
      computeCycle(kanskCycle2023(), municipalMonitoringSet),
    ]);
    expect(region.find((row) => row.code === '1.5')).toEqual({
      code: '1.5',
      kind: 'share',
      numerator: 15,
      denominator: 35,
      missingIn: [],
    });
    expect(region.find((row) => row.code === '4.8')).toMatchObject({ numerator: 3, missingIn: ['kansk'] });
  });
});

describe('two cycles compared (seed 001 year over year)', () => {
  const before = computeCycle(kanskCycle2022(), municipalMonitoringSet);
  const after = computeCycle(kanskCycle2023(), municipalMonitoringSet);

  it('gives both values, the change in п.п. and its direction', () => {
    const comparison = compareCycles(before, after);
    const row = (code: string) => comparison.rows.find((entry) => entry.code === code);
    expect(row('1.5')).toMatchObject({
      status: 'compared',
      before: { value: 38.9, numerator: 7, denominator: 18, display: '38,9%' },
      after: { value: 47.1, numerator: 8, denominator: 17, display: '47,1%' },
      change: 8.2,
      unit: 'percentage-points',
      direction: 'up',
      // Seed 001 never says a lower share of ШНРО/ШНСУ is better: the rise is shown, not judged.
      assessment: 'neutral',
    });
    expect(row('4.2')).toMatchObject({ change: -3.4, direction: 'down', assessment: 'worse' });
    expect(row('1.1')).toMatchObject({
      change: 0,
      unit: 'presence',
      direction: 'same',
      assessment: 'unchanged',
    });
  });

  it('takes «no change» from the dynamics policy’s tolerance in п.п.', () => {
    const comparison = compareCycles(before, after, {
      policy: resolveDynamicsPolicy({ tolerance: { percentagePoints: 5 } }),
    });
    expect(comparison.rows.find((entry) => entry.code === '4.2')?.direction).toBe('same');
    expect(comparison.rows.find((entry) => entry.code === '1.5')?.direction).toBe('up');
  });

  it('does not compare a value missing in one year, and names the school that left the registry', () => {
    const comparison = compareCycles(before, after);
    expect(comparison.rows.find((entry) => entry.code === '4.8')).toMatchObject({
      status: 'missing-after',
      change: null,
      before: { value: 3 },
      after: null,
    });
    expect(comparison.schoolsLeft).toEqual(['kansk-school-18']);
    expect(comparison.issues.map((issue) => issue.message)).toEqual([
      'Показатель 4.8 «Количество школ в МСО, имеющих статус муниципальных, региональных стажировочных площадок для оказания консультативной, методической, организационной и других видов поддержки ШНРО и ШНСУ по повышению качества образования в течение года»: нет значения в цикле «г. Канск, 2022-2023», изменение не рассчитано.',
      'Школа «МБОУ СОШ № 18» участвовала в цикле «г. Канск, 2021-2022», но отсутствует в цикле «г. Канск, 2022-2023» (выбыла из реестра): её показатели не сравниваются.',
    ]);
  });

  it('lists an indicator removed from the set in the second year without a change', () => {
    const smaller = {
      ...municipalMonitoringSet,
      indicators: municipalMonitoringSet.indicators.filter((indicator) => indicator.code !== '5.3'),
    };
    const comparison = compareCycles(before, computeCycle(kanskCycle2023(), smaller));
    expect(comparison.rows.at(-1)).toMatchObject({ code: '5.3', status: 'removed', change: null });
    expect(comparison.issues.map((issue) => issue.code)).toContain('indicator-removed');
  });
});

describe('the cycle’s data quality', () => {
  it('keeps who changed an answer, when, and the old and new values', () => {
    let cycle = kanskCycle2023();
    cycle = ok(setAnswer(cycle, 'kansk-school-1', 'flag', true, actor));
    cycle = ok(
      setAnswer(cycle, 'kansk-school-1', 'flag', false, { ...actor, by: 'Петров П.П.', note: 'опечатка' }),
    );
    const answer = cycle.units.find((unit) => unit.unitId === 'kansk-school-1')?.answers['flag'];
    expect(answer?.value).toBe(false);
    expect(answer?.history).toEqual([
      { at: actor.at, by: 'Иванова А.А.', from: null, to: true },
      { at: actor.at, by: 'Петров П.П.', from: true, to: false, note: 'опечатка' },
    ]);
  });

  it('locks approved answers; unlocking needs a reason and leaves a trace', () => {
    let cycle = kanskCycle2023();
    cycle = ok(approve(cycle, 'kansk-school-2', 'submit', actor));
    cycle = ok(approve(cycle, 'kansk-school-2', 'approve', { ...actor, by: 'Муниципалитет' }));
    const refused = setAnswer(cycle, 'kansk-school-2', '4.4', 1, actor);
    expect(refused.ok ? '' : refused.issue.message).toBe(
      'Ответы «МБОУ СОШ № 2» утверждены и заблокированы: чтобы изменить показатель 4.4, их нужно разблокировать (с указанием причины).',
    );
    const noReason = approve(cycle, 'kansk-school-2', 'unlock', actor);
    expect(noReason.ok ? '' : noReason.issue.message).toBe(
      'Чтобы разблокировать ответы «МБОУ СОШ № 2», укажите причину.',
    );
    cycle = ok(approve(cycle, 'kansk-school-2', 'unlock', { ...actor, comment: 'Ошибка в числе педагогов' }));
    const unit = cycle.units.find((entry) => entry.unitId === 'kansk-school-2');
    expect(unit?.state).toBe('draft');
    expect(unit?.trace.map((step) => step.action)).toEqual(['submit', 'approve', 'unlock']);
    expect(unit?.trace.at(-1)?.comment).toBe('Ошибка в числе педагогов');
    const wrong = approve(cycle, 'kansk-school-2', 'accept', actor);
    expect(wrong.ok ? '' : wrong.issue.message).toBe(
      'Нельзя принять ответы «МБОУ СОШ № 2»: сейчас они в состоянии «черновик».',
    );
  });

  it('says who has not answered and who is late', () => {
    let cycle = kanskCycle2023();
    cycle = ok(approve(cycle, 'kansk-school-1', 'submit', actor));
    const before = completeness(cycle, '2023-06-01');
    expect(before).toMatchObject({ expected: 18, submitted: 2, percent: 11.1, deadline: '2023-06-10' });
    expect(before.pending[0]).toEqual({
      unitId: 'kansk-school-2',
      name: 'МБОУ СОШ № 2',
      state: 'draft',
      overdue: false,
    });
    expect(completeness(cycle, '2023-06-11').pending.every((entry) => entry.overdue)).toBe(true);
  });

  it('closes only after the deadline, and only with every school approved or excused with a reason', () => {
    const cycle = kanskCycle2023();
    const early = closeCycle(cycle, '2023-06-05', [], actor);
    expect(early.ok ? '' : early.issue.message).toBe(
      'Цикл «г. Канск, 2022-2023» нельзя закрыть до окончания срока представления данных (10.06.2023).',
    );
    const open = closeCycle(cycle, '2023-06-20', [], actor);
    expect(open.ok ? '' : open.issue.code).toBe('not-approved');
    let ready = cycle;
    for (const unit of cycle.units.filter((entry) => entry.level === 'school').slice(1)) {
      ready = ok(approve(ready, unit.unitId, 'submit', actor));
      ready = ok(approve(ready, unit.unitId, 'approve', actor));
    }
    ready = ok(approve(ready, 'kansk', 'approve', actor));
    const closed = ok(
      closeCycle(
        ready,
        '2023-06-20',
        [{ unitId: 'kansk-school-1', reason: 'Школа на капитальном ремонте' }],
        actor,
      ),
    );
    expect(closed).toMatchObject({ status: 'closed', closedAt: '2023-06-20' });
    expect(closed.exceptions).toEqual([{ unitId: 'kansk-school-1', reason: 'Школа на капитальном ремонте' }]);
    const late = setAnswer(closed, 'kansk-school-1', '1.1', true, actor);
    expect(late.ok ? '' : late.issue.code).toBe('cycle-closed');
  });

  it('flags a share that moved by more than 20 п.п. and requires an explanation', () => {
    const before = computeCycle(kanskCycle2022(), municipalMonitoringSet);
    let cycle = kanskCycle2023();
    const outliers = findOutliers(before, computeCycle(cycle, municipalMonitoringSet));
    expect(outliers.map((entry) => entry.code)).toEqual(['4.4']);
    expect(outliers[0]?.message).toBe(
      'Показатель 4.4 «Доля педагогов ШНРО и ШНСУ в МСО, имеющих ИОМ»: 32,2% в 2021-2022 учебном году и 57,6% в 2022-2023 — требуется пояснение.',
    );
    expect(outliers[0]?.explanation).toBeNull();
    cycle = ok(explainAnswer(cycle, 'kansk', '4.4', 'ИОМ составлены для всех учителей математики', actor));
    expect(findOutliers(before, computeCycle(cycle, municipalMonitoringSet))[0]?.explanation).toBe(
      'ИОМ составлены для всех учителей математики',
    );
  });
});
