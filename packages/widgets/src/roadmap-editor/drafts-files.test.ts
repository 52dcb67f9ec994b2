import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test-support/axe.js';
import type { ShnroRoadmapChangeEvent } from '../events/roadmap.js';
import { seed000Roadmap } from './examples.js';
import type { ShnroRoadmapEditor } from './roadmap-editor.js';
import { $, $$, button, click, field, mount, text, type } from './test-support/helpers.js';

let database = '';
const withDrafts = (el: ShnroRoadmapEditor) => {
  el.roadmap = seed000Roadmap();
  el.documentId = 'roadmap-school-7-2020';
  el.draftScope = 'user-42';
  el.draftDatabase = database;
};

async function chooseFile(element: ShnroRoadmapEditor, name: string, content: string) {
  const input = $<HTMLInputElement>(element, 'input[type="file"][data-import]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The file is read asynchronously: wait until the editor speaks of this file.
  await vi.waitFor(() =>
    expect(element.shadowRoot!.querySelector('[part="import-problems"], [data-live]')!.textContent).toContain(
      name,
    ),
  );
  await element.updateComplete;
}

describe('<shnro-roadmap-editor>: drafts, files, print', () => {
  beforeEach(() => {
    document.documentElement.lang = 'ru';
    database = `roadmap-editor-test-${crypto.randomUUID()}`;
  });
  afterEach(() => document.body.replaceChildren());

  it('keeps a draft in IndexedDB and brings it back after a reload, with a way back to the original', async () => {
    const first = await mount(withDrafts);
    await type(first, field(first, 'conversation', 'plannedResult'), 'Разработаны ИОМ для 5 учителей');
    await first.saveDraft();
    expect(first.draftState?.status).toBe('saved');
    expect(text($(first, '[part="draft-status"]'))).toMatch(/^Черновик сохранён/);
    first.remove();

    // The page reloads: the host gives the roadmap as the server has it.
    const second = await mount(withDrafts);
    await vi.waitFor(() =>
      expect(field(second, 'conversation', 'plannedResult').value).toBe('Разработаны ИОМ для 5 учителей'),
    );
    expect(second.roadmap!.sections[0]!.activities[0]!.plannedResult).toBe('Разработаны ИОМ для 5 учителей');
    expect(text($(second, '[part="notice"]'))).toMatch(/^Восстановлен черновик, сохранённый/);

    await click(second, button(second, 'Вернуть исходную версию'));
    await vi.waitFor(() =>
      expect(field(second, 'conversation', 'plannedResult').value).toBe('Повышение качества образования'),
    );
    second.remove();
    const third = await mount(withDrafts);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(third.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
    expect(field(third, 'conversation', 'plannedResult').value).toBe('Повышение качества образования');
  });

  it('offers, never applies, a draft written before the roadmap was submitted elsewhere', async () => {
    const first = await mount(withDrafts);
    await type(first, field(first, 'seminar', 'activity'), 'Проведение семинара-практикума');
    await first.saveDraft();
    first.remove();

    const second = await mount((el) => {
      withDrafts(el);
      el.roadmap = {
        ...seed000Roadmap(),
        status: 'submitted',
        history: [{ action: 'submit', from: 'draft', to: 'submitted' }],
      };
    });
    await vi.waitFor(() => expect(second.shadowRoot!.querySelector('[part~="notice"]')).not.toBeNull());
    expect(text($(second, '[part~="notice"]'))).toMatch(/на другом этапе \(«черновик», версия 1\)/);
    expect(second.roadmap!.status).toBe('submitted');
    expect(second.roadmap!.sections[0]!.activities[1]!.activity).toBe('Проведение семинара');
    await click(second, button(second, 'Открыть черновик'));
    expect(second.roadmap!.status).toBe('draft');
    expect(second.roadmap!.sections[0]!.activities[1]!.activity).toBe('Проведение семинара-практикума');
  });

  it('keeps hidden review remarks in the draft too', async () => {
    const first = await mount((el) => {
      withDrafts(el);
      el.reviewDelay = 50;
    });
    // Seven since issue 14: the interview («Собеседование») is no longer a passive format.
    await vi.waitFor(() => expect(first.reviewRemarks.length).toBe(7));
    await first.updateComplete;
    const remark = $(first, 'li[data-activity="parents-meeting"] [data-rule="passive-format"]');
    await click(first, button(first, 'Скрыть', remark));
    remark.querySelector<HTMLInputElement>('input[name="reason"]')!.value = 'Памятка раздаётся на собрании';
    await click(first, button(first, 'Скрыть замечание', remark));
    await first.saveDraft();
    first.remove();

    const second = await mount(withDrafts);
    await vi.waitFor(() => expect(second.dismissedRemarks).toHaveLength(1));
    await vi.waitFor(() => expect(second.reviewRemarks.length).toBe(6));
  });

  it('lets the person choose when another tab saved the same roadmap meanwhile', async () => {
    const here = await mount(withDrafts);
    const there = await mount(withDrafts);
    await type(here, field(here, 'seminar', 'activity'), 'Семинар-практикум в этой вкладке');
    await type(there, field(there, 'seminar', 'activity'), 'Семинар-практикум в другой вкладке');
    await there.saveDraft();
    await here.saveDraft();
    // The 500 ms autosave may fire in either tab first on a loaded machine: whichever tab saved
    // second is the one whose person must choose, and the other tab's text is what it can take.
    await vi.waitFor(() =>
      expect(
        [here.draftState?.status, there.draftState?.status].filter((s) => s === 'conflict'),
      ).toHaveLength(1),
    );
    const [chooser, otherText] =
      here.draftState?.status === 'conflict'
        ? [here, 'Семинар-практикум в другой вкладке']
        : [there, 'Семинар-практикум в этой вкладке'];
    await chooser.updateComplete;
    const conflict = $(chooser, '[part~="conflict"]');
    expect(text(conflict)).toContain('Этот черновик изменён в другой вкладке');
    await click(chooser, button(chooser, 'Взять версию из другой вкладки', conflict));
    await vi.waitFor(() => expect(field(chooser, 'seminar', 'activity').value).toBe(otherText));
    // The field shows the other tab's text at once; the draft store confirms the write a moment
    // later (IndexedDB), so the status is awaited rather than read on the same tick.
    await vi.waitFor(() => expect(chooser.draftState?.status).toBe('saved'));
    expect(chooser.shadowRoot!.querySelector('[part~="conflict"]')).toBeNull();
  });

  it('refuses a file that is not JSON, or not a valid roadmap, saying why and changing nothing', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    const before = element.roadmap;
    const changes: ShnroRoadmapChangeEvent[] = [];
    element.addEventListener('shnro-roadmap-change', (event) => changes.push(event));

    await chooseFile(element, 'карта.json', '{"школа": ');
    expect(text($(element, '[part="import-problems"] p'))).toBe(
      'Файл «карта.json» не загружен: это не файл JSON. Дорожная карта не изменена.',
    );

    const broken = structuredClone(seed000Roadmap()) as unknown as {
      sections: { activities: Record<string, unknown>[] }[];
    };
    broken.sections[0]!.activities[1]!['status'] = 'почти готово';
    delete broken.sections[1]!.activities[0]!['activity'];
    await chooseFile(element, 'roadmap-school-7.json', JSON.stringify(broken));
    const problems = $(element, '[part="import-problems"]');
    expect(problems.getAttribute('role')).toBe('alert');
    expect(text(problems.querySelector('p')!)).toBe(
      'Файл «roadmap-school-7.json» не загружен: в нём не дорожная карта или она заполнена с ошибками. Дорожная карта не изменена.',
    );
    const issues = [...problems.querySelectorAll('li')].map(text);
    expect(issues.some((issue) => issue.startsWith('sections[0].activities[1].status:'))).toBe(true);
    expect(issues.some((issue) => issue.startsWith('sections[1].activities[0].activity:'))).toBe(true);
    expect(element.roadmap).toBe(before);
    expect(changes).toHaveLength(0);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('loads a valid file in place of the roadmap, and Ctrl+Z takes it back', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    const before = element.roadmap;
    const other = { ...seed000Roadmap(), title: 'Дорожная карта, версия из файла' };
    await chooseFile(element, 'roadmap.json', JSON.stringify(other));
    expect(element.roadmap).toEqual(other);
    expect(element.shadowRoot!.querySelector('[part="import-problems"]')).toBeNull();
    expect(text($(element, '[data-live]'))).toBe(
      'Дорожная карта загружена из файла «roadmap.json». Отменить загрузку: Ctrl+Z.',
    );
    element.undo();
    await element.updateComplete;
    expect(element.roadmap).toEqual(before);
  });

  it('exports the roadmap as roadmap-<school>.json that imports back unchanged', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    let download: { name: string; href: string } | undefined;
    const clickSpy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      download = { name: this.download, href: this.href };
    });
    try {
      await click(element, button(element, 'Сохранить в файл'));
    } finally {
      clickSpy.mockRestore();
    }
    expect(download!.name).toBe('roadmap-МБОУ-СОШ-7.json');
    const body = await (await fetch(download!.href)).text();
    expect(JSON.parse(body)).toEqual(seed000Roadmap());
    expect((await element.importRoadmap(body)).ok).toBe(true);
  });

  it('prints a table per section with the seeds’ columns, and a header with school, period and order', async () => {
    const element = await mount((el) => (el.roadmap = seed000Roadmap()));
    expect(element.shadowRoot!.querySelector('[part="print-view"]')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    // Rendered synchronously: the browser lays the page out right after the event.
    const view = $(element, '[part="print-view"]');
    expect(text(view.querySelector('.print-school')!)).toBe('МБОУ «СОШ № 7»');
    expect(text(view.querySelector('.print-period')!)).toBe('на период с 01.09.2020 по 31.08.2021');
    const tables = $$(element, '[part="print-table"]');
    expect(tables).toHaveLength(4);
    expect([...tables[0]!.querySelectorAll('th')].map(text)).toEqual([
      '№',
      'Мероприятие',
      'Форма',
      'Прогнозируемый результат',
      'Срок',
      'Ответственный',
    ]);
    expect([...tables[0]!.querySelectorAll('tbody tr')[1]!.querySelectorAll('td')].map(text)).toEqual([
      '1.2',
      'Проведение семинара Проблема: Профессиональное выгорание педагогов с большим стажем',
      'семинар',
      'Повышение качества преподаваемых предметов',
      'в течение декабря 2020 года',
      'заместитель директора по УВР',
    ]);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="print-view"]')).toBeNull();

    await click(element, button(element, 'Версия для печати'));
    expect($(element, '.screen').hidden).toBe(true);
    expect(await axeViolations(element)).toEqual([]);
    await click(element, button(element, 'Вернуться к редактору'));
    expect($(element, '.screen').hidden).toBe(false);
  });
});
