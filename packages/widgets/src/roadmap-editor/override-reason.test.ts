import { resolveRemark, transitionRoadmap, type Roadmap, type RoadmapRemark } from '@shnro/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../test-support/axe.js';
import type { ShnroRoadmapTransitionDetail } from '../events/roadmap.js';
import { seed000Roadmap } from './examples.js';
import { $, $$, button, click, mount, text, type } from './test-support/helpers.js';
import { prefetchEditorChunks } from './editor-chunks.js';

const reviewer = 'О. Г. Викульева';

function ok(result: ReturnType<typeof transitionRoadmap>): Roadmap {
  if (!result.ok) throw new Error(result.error.en);
  return result.roadmap;
}

/**
 * Seed 000's roadmap resubmitted with the reviewer's remark on the seminar marked resolved while its
 * planned result still reads «Повышение качества преподаваемых предметов»: the review's rule fires
 * where her remark points, so the core refuses approval without a reason.
 */
function resolvedButStillVague(): Roadmap {
  const submitted = ok(transitionRoadmap(seed000Roadmap(), 'submit', { date: '2020-11-20', by: 'директор' }));
  const remark: RoadmapRemark = {
    id: 'remark-seminar',
    target: { sectionId: 'teachers', activityId: 'seminar', field: 'plannedResult' },
    author: reviewer,
    date: '2020-11-30',
    text: 'Укажите продукт семинара: что учителя применят на уроках и как это будет проверено.',
    status: 'open',
  };
  const returned = ok(
    transitionRoadmap(submitted, 'return', { date: '2020-11-30', by: reviewer, remarks: [remark] }),
  );
  return ok(
    transitionRoadmap(resolveRemark(returned, remark.id, '2020-12-01'), 'submit', { date: '2020-12-01' }),
  );
}

async function openApproval(lang: 'ru' | 'en') {
  document.documentElement.lang = lang;
  const element = await mount((el) => {
    el.roadmap = resolvedButStillVague();
    el.mode = 'reviewer';
    el.reviewerName = reviewer;
  });
  await click(element, $(element, '[data-action="approve"]'));
  await type(element, $<HTMLInputElement>(element, '#approve-order'), 'приказ № 245 от 28.12.2020');
  return element;
}

// The review's engine and the lifecycle's steps load on first use (or at idle time): loaded first here.
beforeAll(() => prefetchEditorChunks());

describe('<shnro-roadmap-editor>: approval over a firing rule, with the reviewer’s reason', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('asks for a reason when the core refuses, sends it, and the history keeps it', async () => {
    const element = await openApproval('ru');
    const steps: ShnroRoadmapTransitionDetail[] = [];
    element.addEventListener('shnro-roadmap-transition', (event) => steps.push(event.detail));
    expect($$(element, '#override-reason')).toHaveLength(0);

    await click(element, button(element, 'Утвердить', $(element, '.approve-form')));
    expect(element.roadmap!.status).toBe('submitted');
    expect(text($(element, '.lifecycle [role="alert"]'))).toMatch(
      /^Нельзя утвердить дорожную карту: автоматическая проверка по-прежнему находит замечания — 1 .*Исправьте текст или укажите обоснование утверждения\.$/,
    );
    const reason = $<HTMLTextAreaElement>(element, '#override-reason');
    expect(element.shadowRoot!.activeElement).toBe(reason);
    expect(text($(element, 'label[for="override-reason"]'))).toBe('Обоснование утверждения');
    expect(text($(element, '#override-reason-hint'))).toBe(
      'Автоматическая проверка по-прежнему находит замечания. Чтобы утвердить дорожную карту без исправлений, укажите причину: она будет записана в историю вместе с правилами проверки.',
    );
    expect(await axeViolations(element)).toEqual([]);

    // An empty reason is no reason: the core refuses again and the field stays.
    await click(element, button(element, 'Утвердить', $(element, '.approve-form')));
    expect(element.roadmap!.status).toBe('submitted');

    await type(
      element,
      reason,
      'Продукт семинара согласован устно с методистом; результат проверим в январе.',
    );
    await click(element, button(element, 'Утвердить', $(element, '.approve-form')));
    expect(element.roadmap!.status).toBe('approved');
    expect(element.roadmap!.history.at(-1)).toMatchObject({
      action: 'approve',
      by: reviewer,
      override: {
        reason: 'Продукт семинара согласован устно с методистом; результат проверим в январе.',
        ruleIds: [expect.any(String)],
      },
    });
    expect(steps.map((step) => `${step.action}: ${step.from} → ${step.to}`)).toEqual([
      'approve: submitted → approved',
    ]);
    expect($$(element, '#override-reason')).toHaveLength(0);
  });

  it('speaks English under lang="en"', async () => {
    const element = await openApproval('en');
    await click(element, button(element, 'Approve', $(element, '.approve-form')));
    expect(text($(element, '.lifecycle [role="alert"]'))).toMatch(
      /^Cannot approve the roadmap: the automatic review still finds 1 remark\(s\) .*Fix the text or give a reason for approving\.$/,
    );
    expect(text($(element, 'label[for="override-reason"]'))).toBe('Reason for approving');
    expect(text($(element, '#override-reason-hint'))).toBe(
      'The automatic review still finds remarks. To approve the roadmap as it is, give a reason: it is kept in the history with the review’s rules.',
    );
  });

  it('forgets the reason when another roadmap is loaded', async () => {
    const element = await openApproval('ru');
    await click(element, button(element, 'Утвердить', $(element, '.approve-form')));
    expect($$(element, '#override-reason')).toHaveLength(1);
    element.roadmap = { ...resolvedButStillVague(), id: 'another-roadmap' };
    await element.updateComplete;
    expect($$(element, '#override-reason')).toHaveLength(0);
  });
});
