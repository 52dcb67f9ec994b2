import type { DecisionRecordInput } from '@shnro/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShnroDecisionStatusChangeEvent } from '../events/decisions.js';
import { axeViolations } from '../test-support/axe.js';
import { mountElement, text } from '../test-support/mount-element.js';
import type { ShnroDecisions } from './decisions.js';
import './define.js';
import {
  maloshDecisions2021 as maloshDecisions,
  maloshRoadmap2021 as maloshRoadmap,
} from '@shnro/core/examples';

const mount = (setup: (element: ShnroDecisions) => void, lang?: string) =>
  mountElement('shnro-decisions', setup, lang);

const row = (element: ShnroDecisions, id: string) =>
  element.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-decision="${id}"]`);
const seed = (element: ShnroDecisions) => {
  element.decisions = maloshDecisions;
  element.roadmaps = [maloshRoadmap()];
  element.asOf = '2021-12-10';
};

describe('<shnro-decisions>', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('follows each decision on the day: overdue in days, the activities that answer it, the summary', async () => {
    const element = await mount(seed);
    expect(text(element.shadowRoot!.querySelector('[part="summary"]'))).toBe(
      'Всего — 4: просрочено — 1, выполняется — 0, запланировано — 2, выполнено — 1. ' +
        'Срок не распознан у 1 решения: просрочку по ним определить нельзя.',
    );
    const r1 = row(element, 'r1')!;
    expect(r1.classList.contains('overdue')).toBe(true);
    expect(text(r1.querySelector('[part="overdue"]'))).toBe('просрочено на 9 дней');
    expect(text(r1.querySelector('td:nth-of-type(3)'))).toContain('до 1 декабря 2021 г');
    const activities = [...r1.querySelectorAll('.activity')].map(text);
    expect(activities).toEqual([
      'МБОУ «Малошильнинская СОШ»: Посещение уроков педагогами школы-куратора МБОУ «Бетькинская СОШ» выполнено',
      'МБОУ «Малошильнинская СОШ»: Составление ИОМ для учителей математики просрочено',
    ]);
    expect(text(r1)).toContain('выполнено 1 из 2');
    // Done on time: no overdue mark, the evidence listed.
    const d1 = row(element, 'd1')!;
    expect(d1.querySelector('[part="overdue"]')).toBeNull();
    expect(text(d1)).toContain('Приказ от 28.05.2021 № 141');
    // Subject teachers are named by subject; an unreadable deadline is said under the decision.
    expect(text(row(element, 'r2'))).toContain('учителя: математика, русский язык');
    expect(text(row(element, 'd2')?.querySelector('.error'))).toMatch(
      /^Срок «по мере необходимости» решения .* не распознан/,
    );
  });

  it('counts overdue days with the right word form', async () => {
    const element = await mount((el) => {
      seed(el);
      el.asOf = '2021-12-02';
    });
    expect(text(row(element, 'r1')?.querySelector('[part="overdue"]'))).toBe('просрочено на 1 день');
    element.asOf = '2021-12-04';
    await element.updateComplete;
    expect(text(row(element, 'r1')?.querySelector('[part="overdue"]'))).toBe('просрочено на 3 дня');
  });

  it('filters by state with the counts in the choices', async () => {
    const element = await mount(seed);
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('[part="filter"] select')!;
    expect([...select.options].map((option) => text(option))).toEqual([
      'все',
      'запланировано (2)',
      'выполняется (0)',
      'выполнено (1)',
      'просрочено (1)',
    ]);
    select.value = 'overdue';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(
      [...element.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-decision')),
    ).toEqual(['r1']);
    select.value = 'in-progress';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(text(element.shadowRoot!.querySelector('p.empty'))).toBe('Нет решений в выбранном состоянии.');
  });

  it('changes a state when editable, and keeps the old one when the host refuses', async () => {
    const element = await mount((el) => {
      seed(el);
      el.editable = true;
    });
    const seen: ShnroDecisionStatusChangeEvent[] = [];
    element.addEventListener('shnro-decision-status-change', (event) => seen.push(event));
    const select = () => row(element, 'r1')!.querySelector<HTMLSelectElement>('select')!;
    expect(select().getAttribute('aria-label')).toBe(
      'Состояние: Организовать взаимопосещение уроков с педагогами школы-куратора',
    );
    select().value = 'done';
    select().dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(seen[0]?.detail).toMatchObject({
      previous: 'planned',
      decision: { id: 'r1', status: 'done', doneOn: '2021-12-10' },
    });
    // Done now: no longer overdue, and the host's list holds the change.
    expect(row(element, 'r1')!.querySelector('[part="overdue"]')).toBeNull();
    expect((element.decisions as DecisionRecordInput[]).find((d) => d.id === 'r1')?.status).toBe('done');

    element.addEventListener('shnro-decision-status-change', (event) => event.preventDefault());
    select().value = 'in-progress';
    select().dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(seen).toHaveLength(2);
    expect(select().value).toBe('done');
    expect((element.decisions as DecisionRecordInput[]).find((d) => d.id === 'r1')?.status).toBe('done');
  });

  it('lists records that fail the schema by place, shows the rest, and renders text as text', async () => {
    const element = await mount((el) => {
      seed(el);
      el.decisions = [
        ...maloshDecisions,
        { id: 'bad', kind: 'recommendation', text: '' } as unknown as DecisionRecordInput,
        { ...maloshDecisions[0]!, id: 'html', text: '<img src=x onerror=alert(1)>Провести педсовет' },
      ];
    });
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(text(alert)).toContain('decisions[4]');
    expect(element.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(row(element, 'html'))).toContain('<img src=x onerror=alert(1)>Провести педсовет');
  });

  it('says so when there is nothing, and reads its data from a JSON block', async () => {
    const empty = await mount(() => {});
    expect(text(empty.shadowRoot!.querySelector('.empty'))).toBe('Рекомендаций и решений нет.');
    const element = document.createElement('shnro-decisions');
    element.setAttribute('as-of', '2021-12-10');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ decisions: maloshDecisions, roadmaps: [maloshRoadmap()] });
    element.append(script);
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(4);
  });

  it('speaks English under lang="en"', async () => {
    const element = await mount(seed, 'en');
    expect(text(element.shadowRoot!.querySelector('[part="summary"]'))).toMatch(
      /^4 in all: 1 overdue, 0 in progress, 2 planned, 1 done\./,
    );
    expect(text(row(element, 'r1')?.querySelector('[part="overdue"]'))).toBe('overdue by 9 days');
  });

  it('has no axe violations, read-only and editable', async () => {
    const element = await mount(seed);
    expect(await axeViolations(element)).toEqual([]);
    element.editable = true;
    await element.updateComplete;
    expect(await axeViolations(element)).toEqual([]);
  });
});
