import type { Roadmap } from '@shnro/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test-support/axe.js';
import type { ShnroRoadmapChangeEvent, ShnroRemarkDismissedEvent } from '../events/roadmap.js';
import { emptyExampleRoadmap, largeRoadmap, seed000Roadmap } from './examples.js';
import {
  $,
  $$,
  button,
  choose,
  click,
  field,
  mount,
  order,
  reviewed,
  row,
  rules,
  text,
  type,
} from './test-support/helpers.js';

const activityOf = (roadmap: Roadmap | undefined, id: string) =>
  roadmap?.sections.flatMap((section) => section.activities).find((activity) => activity.id === id);

describe('<shnro-roadmap-editor>: writing a roadmap', () => {
  // A Russian portal page; the runner's own page says lang="en".
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('shows seed 000 section by section, with numbered activities and their fields', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    const headings = $$(element, 'section.section h3').map(text);
    expect(headings).toEqual([
      'Раздел 1. Работа с учителями',
      'Раздел 2. Повышение качества образовательных результатов обучающихся по отдельным оценочным процедурам',
      'Раздел 3. Совершенствование предметных и методических компетенций учителей по повышению качества образования',
      'Раздел 4. Развитие сотрудничества с родителями',
    ]);
    expect(text($(element, `li[data-activity="seminar"] h4`))).toBe('Мероприятие 1.2');
    expect(field(element, 'seminar', 'activity').value).toBe('Проведение семинара');
    expect(field<HTMLSelectElement>(element, 'seminar', 'form').value).toBe('seminar');
    expect(field(element, 'conversation', 'plannedResult').value).toBe('Повышение качества образования');
    expect(text($(element, '[part="summary"]'))).toMatch(/^Разделов: 4, мероприятий: 7/);
  });

  it('types an activity: the value and the change event carry it', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    const changes: ShnroRoadmapChangeEvent[] = [];
    document.addEventListener('shnro-roadmap-change', (event) => changes.push(event));
    await click(element, $(element, 'section[data-section="teachers"] [data-add-activity]'));
    const added = order(element, 'teachers')[2]!;
    expect(root(element).activeElement).toBe(field(element, added, 'activity'));
    await type(element, field(element, added, 'activity'), 'Разработка ИОМ для учителей математики');
    await type(element, field(element, added, 'responsible'), 'заместитель директора по УВР');
    expect(activityOf(element.roadmap, added)).toMatchObject({
      activity: 'Разработка ИОМ для учителей математики',
      responsible: 'заместитель директора по УВР',
      status: 'planned',
    });
    expect(changes.at(-1)!.detail.reason).toBe('edit');
    expect(changes.at(-1)!.detail.roadmap).toBe(element.roadmap);
    expect(changes.at(-1)!.composed).toBe(true);
  });

  it('reads a deadline typed in Russian as dates, keeps the text, and says why when it cannot', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    const deadline = field<HTMLInputElement>(element, 'seminar', 'deadline');
    await type(element, deadline, 'до 15 декабря 2020 года');
    expect(text($(element, 'li[data-activity="seminar"] [part="deadline-parsed"]'))).toBe(
      'Распознано: до 15.12.2020',
    );
    expect(activityOf(element.roadmap, 'seminar')!.deadline).toMatchObject({
      text: 'до 15 декабря 2020 года',
      kind: 'by-date',
      ranges: [{ start: '2020-09-01', end: '2020-12-15' }],
    });
    await type(element, deadline, 'I квартал 2021');
    expect(text($(element, 'li[data-activity="seminar"] [part="deadline-parsed"]'))).toBe(
      'Распознано: I квартал 2021',
    );
    await type(element, deadline, 'по согласованию');
    expect(deadline.value).toBe('по согласованию');
    expect(activityOf(element.roadmap, 'seminar')!.deadline?.text).toBe('по согласованию');
    expect(text($(element, 'li[data-activity="seminar"] [part="deadline-parsed"]'))).toMatch(
      /^Срок «по согласованию» не распознан/,
    );
  });

  it('shows the review remark after a pause, with its suggestion, and drops it once the result is concrete', async () => {
    const element = await mount((el) => {
      el.roadmap = seed000Roadmap();
      el.reviewDelay = 150;
    });
    await reviewed(element, () => expect(rules(element, 'conversation')).toContain('vague-result'));
    const remark = $(element, 'li[data-activity="conversation"] [data-rule="vague-result"]');
    expect(text(remark)).toContain('Общая формулировка, не отражающая конкретных планируемых изменений');
    expect(text(remark)).toContain('Рекомендация: Необходимо конкретизировать прогнозируемый результат');
    // Beside the field it concerns, and announced by it.
    const result = field(element, 'conversation', 'plannedResult');
    expect(result.getAttribute('aria-describedby')).toBe(remark.parentElement!.id);

    await type(
      element,
      result,
      'Разработаны ИОМ для 5 учителей, доля выполнивших ВПР на «4» и «5» не ниже 45%',
    );
    // Not at once: the review waits for the typing to stop.
    expect(rules(element, 'conversation')).toContain('vague-result');
    await reviewed(element, () => expect(rules(element, 'conversation')).not.toContain('vague-result'));
    expect(
      element.reviewRemarks.some((r) => r.place.activityId === 'conversation' && r.ruleId === 'vague-result'),
    ).toBe(false);

    await type(element, result, 'Повышение качества образования');
    await reviewed(element, () => expect(rules(element, 'conversation')).toContain('vague-result'));
  });

  it('flags a generic section title and drops the flag once a direction is chosen from the catalogue', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    const section = () => $(element, 'section[data-section="teachers"]');
    await reviewed(element, () =>
      expect(section().querySelector('[data-rule="generic-section-title"]')).not.toBeNull(),
    );
    await choose(
      element,
      $(element, 'section[data-section="teachers"] [data-field="direction"]'),
      'teachers-professional-development',
    );
    const updated = element.roadmap!.sections[0]!;
    // The school's own title is kept; the direction is recorded.
    expect(updated.directionId).toBe('teachers-professional-development');
    await type(element, $(element, 'section[data-section="teachers"] [data-field="title"]'), '');
    await choose(
      element,
      $(element, 'section[data-section="teachers"] [data-field="direction"]'),
      'teachers-education-quality',
    );
    expect(element.roadmap!.sections[0]!.title).toBe(
      'Совершенствование предметных и методических компетенций учителей по повышению качества образования',
    );
    await reviewed(element, () =>
      expect(section().querySelector('[data-rule="generic-section-title"]')).toBeNull(),
    );
  });

  it('hides a review remark with a reason, keeps it hidden for the same text and shows it again for a new one', async () => {
    const element = await mount((el) => {
      el.roadmap = seed000Roadmap();
      el.authorName = 'Петрова И. А.';
      el.reviewDelay = 100;
    });
    await reviewed(element, () => expect(rules(element, 'parents-meeting')).toContain('passive-format'));
    const events: ShnroRemarkDismissedEvent[] = [];
    element.addEventListener('shnro-remark-dismissed', (event) => events.push(event));
    const remark = () => $(element, 'li[data-activity="parents-meeting"] [data-rule="passive-format"]');
    await click(element, button(element, 'Скрыть', remark()));
    const reason = remark().querySelector<HTMLInputElement>('input[name="reason"]')!;
    expect(root(element).activeElement).toBe(reason);
    // No reason, no hiding.
    await click(element, button(element, 'Скрыть замечание', remark()));
    expect(events).toHaveLength(0);
    reason.value = 'Памятка для родителей раздаётся на собрании';
    await click(element, button(element, 'Скрыть замечание', remark()));

    expect(rules(element, 'parents-meeting')).not.toContain('passive-format');
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.dismissal).toMatchObject({
      ruleId: 'passive-format',
      activityId: 'parents-meeting',
      field: 'activity',
      text: 'Родительское собрание «Как помочь ребёнку учиться»',
      reason: 'Памятка для родителей раздаётся на собрании',
      date: '2020-12-01',
      by: 'Петрова И. А.',
    });
    expect(element.dismissedRemarks).toEqual([events[0]!.detail.dismissal]);
    expect(text($(element, '[part="dismissed"] summary'))).toBe('Скрытые замечания проверки (1)');

    // The review runs again on other edits: the remark stays hidden while its text is the same.
    await type(
      element,
      field(element, 'parents-meeting', 'responsible'),
      'классные руководители 5–8 классов',
    );
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(rules(element, 'parents-meeting')).not.toContain('passive-format');
    // «Вернуть» shows it again and tells the host.
    const restored: Event[] = [];
    element.addEventListener('shnro-remark-restored', (event) => restored.push(event));
    $<HTMLDetailsElement>(element, '[part="dismissed"]').open = true;
    await click(element, button(element, 'Вернуть', $(element, '[part="dismissed"]')));
    expect(rules(element, 'parents-meeting')).toContain('passive-format');
    expect(element.dismissedRemarks).toEqual([]);
    expect(restored).toHaveLength(1);
    element.dismissedRemarks = [events[0]!.detail.dismissal];
    await element.updateComplete;
    expect(rules(element, 'parents-meeting')).not.toContain('passive-format');
    // A different text is a different remark.
    await type(
      element,
      field(element, 'parents-meeting', 'activity'),
      'Родительское собрание «Как помочь ребёнку учиться» (7 классы)',
    );
    await reviewed(element, () => expect(rules(element, 'parents-meeting')).toContain('passive-format'));
  });

  it('moves an activity with Alt+ArrowDown and with the buttons, keeping focus and announcing the position', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    expect(order(element, 'teachers')).toEqual(['conversation', 'seminar']);
    const problem = field(element, 'conversation', 'problem');
    problem.focus();
    problem.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true }),
    );
    await element.updateComplete;
    expect(order(element, 'teachers')).toEqual(['seminar', 'conversation']);
    expect(element.roadmap!.sections[0]!.activities.map((a) => a.id)).toEqual(['seminar', 'conversation']);
    expect(root(element).activeElement).toBe(field(element, 'conversation', 'problem'));
    expect(text($(element, '[data-live]'))).toBe('Мероприятие перемещено на позицию 2 из 2.');
    expect(text($(element, 'li[data-activity="conversation"] h4'))).toBe('Мероприятие 1.2');

    const up = row(element, 'conversation').querySelector<HTMLButtonElement>('[data-control="move-up"]')!;
    expect(up.getAttribute('aria-label')).toBe('Переместить мероприятие 1.2 выше');
    await click(element, up);
    expect(order(element, 'teachers')).toEqual(['conversation', 'seminar']);
    expect(text($(element, '[data-live]'))).toBe('Мероприятие перемещено на позицию 1 из 2.');
    // At the top the button stays focusable and does nothing.
    const top = row(element, 'conversation').querySelector<HTMLButtonElement>('[data-control="move-up"]')!;
    expect(root(element).activeElement).toBe(top);
    expect(top.getAttribute('aria-disabled')).toBe('true');
    await click(element, top);
    expect(order(element, 'teachers')).toEqual(['conversation', 'seminar']);
  });

  it('moves an activity by dragging its handle, within a section and into another', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    const drag = async (activityId: string, targetId: string, edge: 'before' | 'after') => {
      const transfer = new DataTransfer();
      const handle = row(element, activityId).querySelector<HTMLElement>('[part="drag-handle"]')!;
      expect(handle.draggable).toBe(true);
      handle.dispatchEvent(
        new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: transfer }),
      );
      const target = row(element, targetId);
      const rect = target.getBoundingClientRect();
      const clientY = edge === 'before' ? rect.top + 4 : rect.bottom - 4;
      const over = new DragEvent('dragover', {
        bubbles: true,
        composed: true,
        cancelable: true,
        dataTransfer: transfer,
        clientY,
      });
      target.dispatchEvent(over);
      expect(over.defaultPrevented).toBe(true);
      await element.updateComplete;
      expect(target.classList.contains(`drop-${edge}`)).toBe(true);
      target.dispatchEvent(
        new DragEvent('drop', {
          bubbles: true,
          composed: true,
          cancelable: true,
          dataTransfer: transfer,
          clientY,
        }),
      );
      handle.dispatchEvent(
        new DragEvent('dragend', { bubbles: true, composed: true, dataTransfer: transfer }),
      );
      await element.updateComplete;
    };
    await drag('conversation', 'seminar', 'after');
    expect(order(element, 'teachers')).toEqual(['seminar', 'conversation']);
    expect(text($(element, '[data-live]'))).toBe('Мероприятие перемещено на позицию 2 из 2.');
    await drag('iom', 'seminar', 'before');
    expect(order(element, 'teachers')).toEqual(['iom', 'seminar', 'conversation']);
    expect(order(element, 'teachers-quality')).toEqual(['open-lesson']);
    expect(text($(element, '[data-live]'))).toBe('Мероприятие перемещено в раздел 1 на позицию 1 из 3.');
    expect($$(element, '.drop-before, .drop-after')).toHaveLength(0);
  });

  it('undoes typing as one step and redoes it, by buttons and by Ctrl+Z / Ctrl+Y', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    const original = element.roadmap;
    const result = field(element, 'seminar', 'plannedResult');
    for (const typed of ['П', 'При', 'Применение', 'Применение технологии на уроках'])
      await type(element, result, typed);
    await type(element, field(element, 'seminar', 'responsible'), 'Сидорова Е. В.');
    expect(activityOf(element.roadmap, 'seminar')!.plannedResult).toBe('Применение технологии на уроках');

    result.dispatchEvent(
      new KeyboardEvent('keydown', { code: 'KeyZ', key: 'я', ctrlKey: true, bubbles: true, composed: true }),
    );
    await element.updateComplete;
    expect(activityOf(element.roadmap, 'seminar')!.responsible).toBe('заместитель директора по УВР');
    expect(activityOf(element.roadmap, 'seminar')!.plannedResult).toBe('Применение технологии на уроках');
    await click(element, button(element, /Отменить/));
    expect(element.roadmap).toEqual(original);
    expect(result.value).toBe('Повышение качества преподаваемых предметов');
    expect(button(element, /Отменить/).getAttribute('aria-disabled')).toBe('true');

    result.dispatchEvent(
      new KeyboardEvent('keydown', { code: 'KeyY', key: 'н', ctrlKey: true, bubbles: true, composed: true }),
    );
    await element.updateComplete;
    expect(result.value).toBe('Применение технологии на уроках');
    result.dispatchEvent(
      new KeyboardEvent('keydown', {
        code: 'KeyZ',
        key: 'Я',
        ctrlKey: true,
        shiftKey: true,
        bubbles: true,
        composed: true,
      }),
    );
    await element.updateComplete;
    expect(activityOf(element.roadmap, 'seminar')!.responsible).toBe('Сидорова Е. В.');
  });

  it('adds and deletes activities and sections; a deletion is one undo away', async () => {
    const element = await mount((el) => (el.roadmap = emptyExampleRoadmap()));
    expect(text($(element, '.sections + .empty'))).toBe('В дорожной карте пока нет разделов.');
    await click(element, button(element, '+ Добавить раздел'));
    const section = element.roadmap!.sections[0]!;
    expect(section).toMatchObject({ title: '', targetGroup: 'teachers', activities: [] });
    expect(root(element).activeElement).toBe(
      $(element, `section[data-section="${section.id}"] [data-field="targetGroup"]`),
    );
    await choose(
      element,
      $(element, `section[data-section="${section.id}"] [data-field="targetGroup"]`),
      'parents',
    );
    const directions = $$<HTMLOptionElement>(
      element,
      `section[data-section="${section.id}"] [data-field="direction"] option`,
    ).map(text);
    expect(directions).toEqual(['— своё название —', 'Развитие сотрудничества', 'Информационная работа']);
    await click(element, button(element, '+ Добавить мероприятие'));
    const [activityId] = order(element, section.id);
    await type(element, field(element, activityId!, 'activity'), 'Родительский всеобуч');
    await click(element, row(element, activityId!).querySelector<HTMLElement>('[data-control="remove"]')!);
    expect(element.roadmap!.sections[0]!.activities).toEqual([]);
    expect(text($(element, '[data-live]'))).toBe('Мероприятие 1.1 удалено. Отменить: Ctrl+Z.');
    expect(root(element).activeElement).toBe($(element, `[data-add-activity="${section.id}"]`));
    element.undo();
    await element.updateComplete;
    expect(field(element, activityId!, 'activity').value).toBe('Родительский всеобуч');
  });

  it('stores a measurable target once the core finds it complete, and says what is missing before that', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    const details = row(element, 'seminar').querySelector<HTMLDetailsElement>('details.target')!;
    details.open = true;
    await vi.waitFor(() =>
      expect(row(element, 'seminar').querySelector('[data-field="target-indicator"]')).not.toBeNull(),
    );
    await type(
      element,
      field(element, 'seminar', 'target-indicator'),
      'Учителя, применяющие технологию на уроках',
    );
    expect(activityOf(element.roadmap, 'seminar')!.target).toBeUndefined();
    expect(text(row(element, 'seminar').querySelector('details.target [role="status"]')!)).toMatch(
      /^Показатель не сохранён:/,
    );
    await type(element, field(element, 'seminar', 'target-target'), '6');
    await type(element, field(element, 'seminar', 'target-unit'), 'чел.');
    await type(element, field(element, 'seminar', 'target-baseline'), '1,5');
    expect(activityOf(element.roadmap, 'seminar')!.target).toEqual({
      indicator: 'Учителя, применяющие технологию на уроках',
      target: 6,
      unit: 'чел.',
      baseline: 1.5,
    });
    expect(row(element, 'seminar').querySelector('details.target [role="status"]')).toBeNull();
    expect(text(row(element, 'seminar').querySelector('.target-summary')!)).toBe(
      'Учителя, применяющие технологию на уроках: 6 чел. (исходное значение 1,5)',
    );
  });

  it('keeps a 1,000-activity roadmap light: far rows are text until they come near or get focus', async () => {
    const element = await mount((el) => (el.roadmap = largeRoadmap(1000)));
    // The first update renders the first 100 rows; the rest follow after the first frame (section-list.test.ts).
    await vi.waitFor(() => expect($$(element, 'li[data-activity]')).toHaveLength(1000), { timeout: 10_000 });
    expect($$(element, 'li[data-light]')).toHaveLength(970);
    const far = row(element, 'activity-700');
    expect(far.querySelector('textarea')).toBeNull();
    expect(text(far)).toContain(element.roadmap!.sections[2]!.activities[199]!.activity);
    // Scrolled to, as a person scrolls: rows that wake above it may push it on, so scroll again.
    await vi.waitFor(
      () => {
        row(element, 'activity-700').scrollIntoView({ block: 'center' });
        expect(row(element, 'activity-700').querySelector('[data-field="activity"]')).not.toBeNull();
      },
      { timeout: 5000, interval: 100 },
    );
    await type(element, field(element, 'activity-700', 'responsible'), 'Иванова Н. П.');
    expect(activityOf(element.roadmap, 'activity-700')!.responsible).toBe('Иванова Н. П.');
    // Focus reaching a light row (Tab, «Перейти») lands in its first field.
    expect(row(element, 'activity-990').hasAttribute('data-light')).toBe(true);
    row(element, 'activity-990').focus();
    await vi.waitFor(() =>
      expect(root(element).activeElement).toBe(field(element, 'activity-990', 'problem')),
    );
  });

  it('renders free text as text, never as HTML', async () => {
    const roadmap = seed000Roadmap();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const first = roadmap.sections[0]!;
    const withHostile: Roadmap = {
      ...roadmap,
      title: hostile,
      sections: [{ ...first, title: hostile, activities: [{ ...first.activities[0]!, problem: hostile }] }],
      remarks: [{ id: 'x', target: {}, author: hostile, date: '2020-11-30', text: hostile, status: 'open' }],
    };
    const element = await mount((el) => {
      el.roadmap = withHostile;
      el.mode = 'readonly';
    });
    element.showPrintView();
    await element.updateComplete;
    expect($$(element, 'img')).toHaveLength(0);
    expect(root(element).textContent).toContain(hostile);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows only text in readonly mode: no fields, no buttons that edit', async () => {
    const element = await mount((el) => {
      el.roadmap = seed000Roadmap();
      el.mode = 'readonly';
    });
    expect($$(element, 'textarea, input:not([type="file"]), select')).toHaveLength(0);
    expect($$(element, '[data-action], [part~="undo"], [part~="add-activity"]')).toHaveLength(0);
    expect(text(row(element, 'seminar').querySelector('.field-deadline dd')!)).toBe(
      'в течение декабря 2020 года Распознано: декабрь 2020',
    );
  });

  it('speaks English when its lang says so', async () => {
    const element = await mount((el) => {
      el.roadmap = seed000Roadmap();
      el.lang = 'en';
    });
    expect(text($(element, 'section.section h3'))).toBe('Section 1. Работа с учителями');
    expect(text(row(element, 'seminar').querySelector('label[for$="-plannedResult"]')!)).toBe(
      'Planned result',
    );
    expect(text($(element, '[part~="action"]'))).toBe('Submit');
    await reviewed(element, () => expect(rules(element, 'seminar')).toContain('vague-result'));
    expect(text($(element, 'li[data-activity="seminar"] [data-rule="vague-result"]'))).toMatch(
      /^Remark .*Suggestion:/,
    );
    expect(text($(element, 'li[data-activity="conversation"] [part="deadline-parsed"]'))).toBe(
      'Read as: by 15 Dec 2020',
    );
  });

  it('has no axe violations when writing, reviewing and reading', async () => {
    for (const mode of ['author', 'reviewer', 'readonly'] as const) {
      const element = await mount((el) => {
        el.roadmap = seed000Roadmap();
        el.mode = mode;
      });
      await reviewed(element, () => expect(element.reviewRemarks.length).toBeGreaterThan(0));
      expect(await axeViolations(element), mode).toEqual([]);
      element.remove();
    }
  });
});

function root(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}
