import { describe, expect, it } from 'vitest';
import { createActivity, createRoadmap } from './create.js';
import { availableActions, openRemarks, resolveRemark, type RoadmapTransitionPayloads } from './lifecycle.js';
import { resolveRemarkChecked, transitionRoadmap } from './transition.js';
import { toRoadmapRemarks } from './review/remarks.js';
import { reviewRoadmap } from './review/review.js';
import type { Roadmap, RoadmapAction, RoadmapRemark } from './schema.js';

const draft = createRoadmap({
  id: 'rm-8',
  school: { id: 'school-8', name: 'МБОУ СОШ № 8' },
  title: 'Дорожная карта по повышению качества образования',
  period: { start: '2023-01-01', end: '2023-12-31' },
});

const remark: RoadmapRemark = {
  id: 'r1',
  target: { sectionId: 's1', activityId: 'a1', field: 'plannedResult' },
  author: 'Викульева О. Г.',
  date: '2020-11-30',
  text: 'Необходимо конкретизировать прогнозируемый результат.',
  status: 'open',
};

function step<A extends RoadmapAction>(
  roadmap: Roadmap,
  action: A,
  payload?: RoadmapTransitionPayloads[A],
): Roadmap {
  const result = transitionRoadmap(roadmap, action, payload);
  if (!result.ok) throw new Error(result.error.ru);
  return result.roadmap;
}

describe('transitionRoadmap', () => {
  it('walks the whole lifecycle: submit, return with remarks, resubmit, approve by order, start, report', () => {
    const submitted = step(draft, 'submit', { date: '2020-11-20', by: 'директор' });
    const returned = step(submitted, 'return', { remarks: [remark], date: '2020-11-30' });
    const fixed = resolveRemark(returned, 'r1', '2020-12-10');
    const resubmitted = step(fixed, 'submit');
    const approved = step(resubmitted, 'approve', { order: 'приказ № 1699-осн от 30.12.2022' });
    const started = step(approved, 'start');
    const reported = step(started, 'report');

    expect(reported.status).toBe('reported');
    expect(approved.approval).toEqual({ number: '1699-осн', date: '2022-12-30' });
    expect(resubmitted.version).toBe(2);
    expect(reported.history.map((entry) => `${entry.from}→${entry.to}`)).toEqual([
      'draft→submitted',
      'submitted→returned',
      'returned→submitted',
      'submitted→approved',
      'approved→in-progress',
      'in-progress→reported',
    ]);
    expect(reported.history[0]).toMatchObject({ date: '2020-11-20', by: 'директор' });
    expect(fixed.remarks[0]).toMatchObject({ status: 'resolved', resolvedOn: '2020-12-10' });
  });

  it('does not change the roadmap it was given', () => {
    transitionRoadmap(draft, 'submit');
    expect(draft.status).toBe('draft');
    expect(draft.history).toEqual([]);
  });

  it('refuses an illegal transition and names both states in Russian and English', () => {
    const result = transitionRoadmap(draft, 'approve', { order: { number: '1', date: '2023-01-10' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'illegal-transition',
      from: 'draft',
      to: 'approved',
      action: 'approve',
    });
    expect(result.error.ru).toBe(
      'Действие «утвердить» недоступно: дорожная карта в состоянии «черновик», ' +
        'а в состояние «утверждена» она переходит только из состояния «на рассмотрении».',
    );
    expect(result.error.en).toContain('the roadmap is “draft”');
    expect(result.error.en).toContain('“approved”');
  });

  it('refuses to report a roadmap that was never started', () => {
    const approved = step(step(draft, 'submit'), 'approve', { order: { number: '7', date: '2023-01-10' } });
    const result = transitionRoadmap(approved, 'report');
    expect(result.ok || result.error.code).toBe('illegal-transition');
  });

  it('approving needs an order number and date', () => {
    const submitted = step(draft, 'submit');
    for (const order of ['утвердить приказом директора', { number: ' ', date: '2023-01-10' }, undefined]) {
      const result = transitionRoadmap(submitted, 'approve', order === undefined ? undefined : { order });
      expect(result.ok || result.error.code).toBe('order-required');
    }
  });

  it('returning needs at least one open remark', () => {
    const submitted = step(draft, 'submit');
    const noRemark = transitionRoadmap(submitted, 'return');
    expect(noRemark.ok || noRemark.error.code).toBe('remark-required');
    const onlyResolved = transitionRoadmap(submitted, 'return', {
      remarks: [{ ...remark, status: 'resolved' }],
    });
    expect(onlyResolved.ok || onlyResolved.error.ru).toContain('хотя бы одно открытое замечание');
  });

  it('approving with open remarks is refused unless explicitly allowed', () => {
    const withRemark: Roadmap = { ...step(draft, 'submit'), remarks: [remark] };
    const refused = transitionRoadmap(withRemark, 'approve', { order: 'приказ № 5 от 10.01.2023' });
    expect(refused.ok || refused.error.code).toBe('open-remarks');
    const allowed = transitionRoadmap(withRemark, 'approve', {
      order: 'приказ № 5 от 10.01.2023',
      allowOpenRemarks: true,
    });
    expect(allowed.ok).toBe(true);
  });
});

describe('availableActions and openRemarks', () => {
  it('lists what can be done next', () => {
    expect(availableActions(draft)).toEqual(['submit']);
    expect(availableActions(step(draft, 'submit'))).toEqual(['return', 'approve']);
  });

  it('counts only open remarks', () => {
    const roadmap: Roadmap = { ...draft, remarks: [remark, { ...remark, id: 'r2', status: 'resolved' }] };
    expect(openRemarks(roadmap).map((r) => r.id)).toEqual(['r1']);
  });
});

describe('resolving and approving re-run the automatic review', () => {
  // The incident behind issue 14: a remark marked resolved with the text unchanged, then approved.
  const vague = createActivity(
    {
      id: 'a2',
      activity: 'Проведение семинара',
      plannedResult: 'Повышение качества преподаваемых предметов',
      deadline: 'ноябрь 2023 года',
      responsible: 'заместитель директора по УВР',
    },
    draft,
  );
  const written: Roadmap = {
    ...draft,
    sections: [
      {
        id: 's1',
        title: 'Совершенствование предметных и методических компетенций учителей',
        targetGroup: 'teachers',
        activities: [vague],
      },
    ],
  };
  const returned = step(step(written, 'submit'), 'return', {
    remarks: toRoadmapRemarks(reviewRoadmap(written), { author: 'Викульева О. Г.', date: '2023-01-10' }),
  });
  const vagueRemark = returned.remarks.find((r) => r.ruleId === 'vague-result')!;

  it('keeps a remark open while its rule still fires at its place, and says why', () => {
    const result = resolveRemarkChecked(returned, vagueRemark.id, { date: '2023-01-12' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.ru).toBe(
      'Замечание не устранено — общая формулировка, не отражающая конкретных планируемых изменений: ' +
        '«Повышение качества преподаваемых предметов». Исправьте текст или укажите обоснование.',
    );
  });

  it('resolves it once the text is put right, or with the reviewer’s reason kept beside it', () => {
    const fixedText = {
      ...returned,
      sections: returned.sections.map((section) => ({
        ...section,
        activities: section.activities.map((activity) => ({
          ...activity,
          plannedResult: 'Технология смыслового чтения применена на 4 открытых уроках; отчёт на ШМО',
        })),
      })),
    };
    const fixed = resolveRemarkChecked(fixedText, vagueRemark.id, { date: '2023-01-12' });
    expect(fixed.ok && fixed.roadmap.remarks.find((r) => r.id === vagueRemark.id)?.status).toBe('resolved');
    const overridden = resolveRemarkChecked(returned, vagueRemark.id, {
      overrideReason: 'Результат конкретизирован в плане ШМО',
    });
    expect(overridden.ok && overridden.roadmap.remarks.find((r) => r.id === vagueRemark.id)).toMatchObject({
      status: 'resolved',
      resolution: 'Результат конкретизирован в плане ШМО',
    });
  });

  it('approves over a warning no reviewer’s remark points at, but not over an error rule', () => {
    const submitted = step(written, 'submit');
    expect(transitionRoadmap(submitted, 'approve', { order: 'приказ № 5 от 10.01.2023' }).ok).toBe(true);
    const strict = transitionRoadmap(submitted, 'approve', {
      order: 'приказ № 5 от 10.01.2023',
      review: { severity: { 'vague-result': 'error' } },
    });
    expect(!strict.ok && strict.error.code).toBe('rules-fire');
  });

  it('refuses approval while a rule fires, even with every remark marked resolved', () => {
    let resolved = returned;
    for (const remark of returned.remarks) resolved = resolveRemark(resolved, remark.id);
    const resubmitted = step(resolved, 'submit');
    const refused = transitionRoadmap(resubmitted, 'approve', { order: 'приказ № 5 от 10.01.2023' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('rules-fire');
    expect(refused.error.ru).toBe(
      'Нельзя утвердить дорожную карту: автоматическая проверка по-прежнему находит замечания — 2 ' +
        '(общая формулировка, не отражающая конкретных планируемых изменений: «Повышение качества преподаваемых предметов»; ' +
        'пассивный формат («семинар»): участие само по себе не даст повышения качества без продукта или применения в практике). ' +
        'Исправьте текст или укажите обоснование утверждения.',
    );
    const overridden = transitionRoadmap(resubmitted, 'approve', {
      order: 'приказ № 5 от 10.01.2023',
      overrideReason: 'Семинар проводит школа-куратор, продукт — в её плане',
      date: '2023-01-15',
    });
    expect(overridden.ok && overridden.roadmap.history.at(-1)).toEqual({
      action: 'approve',
      from: 'submitted',
      to: 'approved',
      date: '2023-01-15',
      override: {
        reason: 'Семинар проводит школа-куратор, продукт — в её плане',
        ruleIds: ['vague-result', 'passive-format'],
      },
    });
  });
});
