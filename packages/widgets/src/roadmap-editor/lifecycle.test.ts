import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../test-support/axe.js';
import type { ShnroRoadmapTransitionDetail } from '../events/roadmap.js';
import { approvedRoadmap, reviewedRoadmap, seed000Roadmap } from './examples.js';
import type { ShnroRoadmapEditor } from './roadmap-editor.js';
import {
  $,
  $$,
  button,
  click,
  field,
  mount,
  reviewed,
  row,
  rules,
  text,
  type,
} from './test-support/helpers.js';
import { prefetchEditorChunks } from './editor-chunks.js';

const actions = (element: ShnroRoadmapEditor) => $$(element, '[data-action]').map((b) => b.dataset['action']);
const status = (element: ShnroRoadmapEditor) => $(element, '[part="status"]').dataset['status'];
const act = (element: ShnroRoadmapEditor, action: string) =>
  click(element, $(element, `[data-action="${action}"]`));
const setMode = async (element: ShnroRoadmapEditor, mode: 'author' | 'reviewer' | 'readonly') => {
  element.mode = mode;
  await element.updateComplete;
};

// The review's engine and the lifecycle's steps load on first use (or at idle time): loaded first here.
beforeAll(() => prefetchEditorChunks());

describe('<shnro-roadmap-editor>: review and lifecycle', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('walks submit → return with a remark → resubmit → approve with an order → start → report, by its buttons', async () => {
    const element = await mount((el) => {
      el.roadmap = seed000Roadmap();
      el.authorName = 'директор';
      el.reviewerName = 'О. Г. Викульева';
    });
    const steps: ShnroRoadmapTransitionDetail[] = [];
    element.addEventListener('shnro-roadmap-transition', (event) => steps.push(event.detail));

    // The school submits; a submitted roadmap is not edited.
    expect(actions(element)).toEqual(['submit']);
    await act(element, 'submit');
    expect(status(element)).toBe('submitted');
    expect(text($(element, '[data-live]'))).toBe('Дорожная карта: на рассмотрении.');
    expect(actions(element)).toEqual([]);
    expect($$(element, 'li[data-activity] textarea')).toHaveLength(0);

    // The reviewer cannot return it without a remark: the core says so.
    await setMode(element, 'reviewer');
    expect(actions(element)).toEqual(['return', 'approve']);
    await act(element, 'return');
    await click(element, button(element, 'Вернуть на доработку', $(element, '.return-form')));
    expect(text($(element, '.lifecycle [role="alert"]'))).toBe(
      'Вернуть дорожную карту на доработку можно только с замечаниями: добавьте хотя бы одно открытое замечание.',
    );
    expect(element.roadmap!.status).toBe('submitted');

    // A remark on the seminar, then the return.
    await click(element, button(element, 'Добавить замечание', row(element, 'seminar')));
    const remarkText = row(element, 'seminar').querySelector<HTMLTextAreaElement>('textarea[name="text"]')!;
    expect(element.shadowRoot!.activeElement).toBe(remarkText);
    remarkText.value = 'Укажите продукт семинара и как его применят на уроках.';
    await click(element, button(element, 'Добавить', row(element, 'seminar')));
    expect(element.roadmap!.remarks).toEqual([
      {
        id: expect.any(String),
        target: { sectionId: 'teachers', activityId: 'seminar' },
        author: 'О. Г. Викульева',
        date: '2020-12-01',
        text: 'Укажите продукт семинара и как его применят на уроках.',
        status: 'open',
      },
    ]);
    // The return form stayed open, and the core's refusal went with the new remark.
    expect(element.shadowRoot!.querySelector('.lifecycle [role="alert"]')).toBeNull();
    await click(element, button(element, 'Вернуть на доработку', $(element, '.return-form')));
    expect(status(element)).toBe('returned');

    // The school sees the open remark first, and at the activity.
    await setMode(element, 'author');
    expect(text($(element, '[part="remarks-panel"]'))).toContain(
      'Укажите продукт семинара и как его применят на уроках.',
    );
    expect(text($(element, '[part="remarks-panel"]'))).toContain('Мероприятие 1.2 «Проведение семинара»');
    expect(row(element, 'seminar').querySelector('[part~="reviewer-remark-open"]')).not.toBeNull();
    await click(element, button(element, 'Перейти', $(element, '[part="remarks-panel"]')));
    expect(element.shadowRoot!.activeElement).toBe(field(element, 'seminar', 'problem'));
    await type(
      element,
      field(element, 'seminar', 'plannedResult'),
      'Технология применена на 4 открытых уроках, карты уроков на сайте',
    );
    await act(element, 'submit');
    expect(element.roadmap!.version).toBe(2);

    // Approval needs an order the core can read, and no open remarks.
    await setMode(element, 'reviewer');
    await act(element, 'approve');
    const order = $<HTMLInputElement>(element, '#approve-order');
    expect(element.shadowRoot!.activeElement).toBe(order);
    await type(element, order, 'приказ от 28.12.2020');
    expect(text($(element, '#approve-hint'))).toBe(
      'Укажите номер и дату приказа, например: приказ № 1699-осн от 30.12.2022.',
    );
    await click(element, button(element, 'Утвердить', $(element, '.approve-form')));
    expect(text($(element, '.lifecycle [role="alert"]'))).toMatch(/^Для утверждения нужен приказ/);
    await type(element, order, 'приказ МКУ «Управление образования» от 28.12.2020 № 245');
    expect(text($(element, '#approve-hint'))).toBe(
      'Будет записано: приказ МКУ «Управление образования» № 245 от 28.12.2020.',
    );
    await click(element, button(element, 'Утвердить', $(element, '.approve-form')));
    expect(text($(element, '.lifecycle [role="alert"]'))).toMatch(/не сняты замечания — 1/);
    await click(element, button(element, 'Отметить как устранённое', row(element, 'seminar')));
    expect(element.roadmap!.remarks[0]).toMatchObject({ status: 'resolved', resolvedOn: '2020-12-01' });
    await click(element, button(element, 'Утвердить', $(element, '.approve-form')));
    expect(status(element)).toBe('approved');
    expect(element.roadmap!.approval).toEqual({
      number: '245',
      date: '2020-12-28',
      issuer: 'МКУ «Управление образования»',
    });
    expect(text($(element, '.status-line'))).toContain('утверждена приказом от 28.12.2020 № 245');

    // The school carries it out: only the completion marks are edited now.
    await setMode(element, 'author');
    expect(actions(element)).toEqual(['start']);
    await act(element, 'start');
    expect($$(element, 'li[data-activity] textarea')).toHaveLength(0);
    const completion = field<HTMLSelectElement>(element, 'iom', 'status');
    completion.value = 'done';
    completion.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(text(row(element, 'iom').querySelector('[part="progress"]')!)).toBe('выполнено');
    await act(element, 'report');
    expect(status(element)).toBe('reported');

    expect(steps.map(({ action, from, to }) => `${action}: ${from} → ${to}`)).toEqual([
      'submit: draft → submitted',
      'return: submitted → returned',
      'submit: returned → submitted',
      'approve: submitted → approved',
      'start: approved → in-progress',
      'report: in-progress → reported',
    ]);
    expect(steps.at(-1)!.roadmap).toBe(element.roadmap);
    expect(element.roadmap!.history.map((entry) => entry.by)).toEqual([
      'директор',
      'О. Г. Викульева',
      'директор',
      'О. Г. Викульева',
      'директор',
      'директор',
    ]);
    // A lifecycle step is not undone.
    expect(element.canUndo).toBe(false);
  });

  it('lets the reviewer add remarks to a section and to the roadmap as a whole, accept review remarks and resolve', async () => {
    const submitted = { ...seed000Roadmap(), status: 'submitted' as const };
    const element = await mount((el) => {
      el.roadmap = submitted;
      el.mode = 'reviewer';
      el.reviewerName = 'О. Г. Викульева';
    });
    const section = () => $(element, 'section[data-section="teachers"]');
    await click(element, button(element, 'Добавить замечание', section()));
    section().querySelector<HTMLTextAreaElement>('textarea[name="text"]')!.value =
      'Назовите направление работы.';
    await click(element, button(element, 'Добавить', section()));
    await click(element, button(element, 'Замечание к дорожной карте в целом'));
    $<HTMLTextAreaElement>(element, '#general-remark').value = 'Добавьте раздел о работе с обучающимися.';
    await click(element, button(element, 'Добавить', $(element, '[part="remarks-panel"]')));
    expect(element.roadmap!.remarks.map((remark) => [remark.target, remark.text])).toEqual([
      [{ sectionId: 'teachers' }, 'Назовите направление работы.'],
      [{}, 'Добавьте раздел о работе с обучающимися.'],
    ]);
    expect(text($(element, '[part="remarks-panel"]'))).toContain('Дорожная карта в целом');

    // An automatic remark becomes the roadmap's own, worded by the core.
    await reviewed(element, () => expect(rules(element, 'conversation')).toContain('vague-result'));
    const vague = row(element, 'conversation').querySelector<HTMLElement>('[data-rule="vague-result"]')!;
    await click(element, button(element, 'Добавить в замечания', vague));
    const accepted = element.roadmap!.remarks.at(-1)!;
    expect(accepted).toMatchObject({
      target: { sectionId: 'teachers', activityId: 'conversation', field: 'plannedResult' },
      ruleId: 'vague-result',
      status: 'open',
    });
    expect(accepted.text).toMatch(/^Общая формулировка, не отражающая конкретных планируемых изменений/);
    expect(
      row(element, 'conversation').querySelector('[data-rule="vague-result"] [part~="accept"]'),
    ).toBeNull();

    await click(element, button(element, 'Отметить как устранённое', section()));
    expect(element.roadmap!.remarks[0]!.status).toBe('resolved');
    expect(text(section().querySelector('[part~="reviewer-remark"]')!)).toContain('устранено 01.12.2020');
  });

  it('returns a roadmap with the automatic review remarks the reviewer chose to include', async () => {
    const element = await mount((el) => {
      el.roadmap = { ...seed000Roadmap(), status: 'submitted' };
      el.mode = 'reviewer';
      el.reviewerName = 'О. Г. Викульева';
    });
    // Seven since issue 14: the interview («Собеседование») is no longer a passive format.
    await reviewed(element, () => expect(element.reviewRemarks.length).toBe(7));
    await act(element, 'return');
    const include = $<HTMLInputElement>(element, '.return-form input[name="review"]');
    expect(text(include.parentElement!)).toBe('Добавить замечания автоматической проверки (7)');
    include.checked = true;
    await click(element, button(element, 'Вернуть на доработку', $(element, '.return-form')));
    expect(element.roadmap!.status).toBe('returned');
    expect(element.roadmap!.remarks).toHaveLength(7);
    expect(new Set(element.roadmap!.remarks.map((remark) => remark.id)).size).toBe(7);
  });

  it('shows a returned roadmap to its author with the open remarks first, and an approved one read-only', async () => {
    const returned = await mount((el) => (el.roadmap = reviewedRoadmap()));
    // One fewer since issue 14: the interview is no longer a passive format.
    expect(text($(returned, '[part="remarks-panel"] h2'))).toBe('Замечания проверяющего открыто: 8');
    expect($$(returned, '[part="remarks-panel"] [part~="reviewer-remark"]')).toHaveLength(8);
    expect(await axeViolations(returned)).toEqual([]);
    returned.remove();

    const approved = await mount((el) => (el.roadmap = approvedRoadmap()));
    expect(status(approved)).toBe('approved');
    expect(actions(approved)).toEqual(['start']);
    expect($$(approved, 'textarea')).toHaveLength(0);
    expect(approved.shadowRoot!.querySelector('[part="remarks-panel"]')).toBeNull();
    expect(await axeViolations(approved)).toEqual([]);
  });
});
