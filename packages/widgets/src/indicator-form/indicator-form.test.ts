import { municipalMonitoringSet, type CountsInput, type IndicatorSet } from '@shnro/core';
import { kanskMonitoring2022Counts, kanskMonitoring2022Printed } from '@shnro/core/examples';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  collectEvents,
  deleteTestDatabases,
  nextEvent,
  uniqueDatabaseName,
} from '../drafts/test-support/idb.js';
import { axeViolations } from '../test-support/axe.js';
import './define.js';
import type { ShnroIndicatorForm } from './indicator-form.js';

// The population sizes seed 001 implies: 18 schools, 7 of them ШНРО/ШНСУ, 202 of their teachers.
const known = { 'municipality-schools': 18, 'target-schools': 7, 'target-teachers': 202 };

async function mount(
  setup: (element: ShnroIndicatorForm) => void = () => {},
  parent: HTMLElement = document.body,
): Promise<ShnroIndicatorForm> {
  const element = document.createElement('shnro-indicator-form');
  setup(element);
  parent.append(element);
  await element.updateComplete;
  return element;
}

const root = (element: ShnroIndicatorForm): ShadowRoot => element.shadowRoot!;

function field(element: ShnroIndicatorForm, code: string, role: string): HTMLInputElement {
  const found = root(element).getElementById(`f-${code}-${role}`);
  if (!(found instanceof HTMLInputElement)) throw new Error(`no field ${code} ${role}`);
  return found;
}

function block(element: ShnroIndicatorForm, code: string): HTMLElement {
  const found = root(element).querySelector<HTMLElement>(`[data-code="${code}"]`);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a screen reader reads as the field's description: the elements its aria-describedby names. */
function description(element: ShnroIndicatorForm, input: HTMLInputElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => text(root(element).getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

/** Types as a person does: focus the field, select what is there, press the keys. */
async function typeInto(element: ShnroIndicatorForm, input: HTMLInputElement, typed: string): Promise<void> {
  await userEvent.clear(input);
  if (typed) await userEvent.type(input, typed);
  await element.updateComplete;
}

/** Types and leaves the field, as a person does before moving on. */
async function typeAndLeave(element: ShnroIndicatorForm, input: HTMLInputElement, typed: string) {
  await typeInto(element, input, typed);
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

describe('<shnro-indicator-form>', () => {
  // A Russian portal page; the runner's own page says lang="en".
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(async () => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
    // Let removed forms finish their last draft save before the databases go.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await deleteTestDatabases();
  });

  describe('filling in', () => {
    it('renders seed 001 in its six sections, Russian by default, with known populations prefilled', async () => {
      const element = await mount((el) => (el.populations = known));
      const headings = [...root(element).querySelectorAll('h3')].map(text);
      expect(headings).toHaveLength(6);
      expect(headings[0]).toMatch(/^1\. По выявлению школ с низкими результатами обучения/);
      expect(root(element).querySelectorAll('[part~="indicator"]')).toHaveLength(25);

      // A presence is a yes/no radio group, named by its code and title.
      const presence = block(element, '1.1');
      expect(presence.localName).toBe('fieldset');
      expect(text(presence.querySelector('legend'))).toMatch(/^1\.1 Наличие в муниципальной программе/);
      expect([...presence.querySelectorAll('label')].map(text)).toEqual([
        'имеется',
        'отсутствует',
        'не указано',
      ]);

      // A share asks for its count and its population; the population is prefilled.
      expect(field(element, '1.5', 'numerator').value).toBe('');
      expect(field(element, '1.5', 'denominator').value).toBe('18');
      expect(field(element, '3.1', 'denominator').value).toBe('202');
      expect(field(element, '4.5', 'denominator').value).toBe('7');
      expect(text(block(element, '1.5').querySelector(`label[for="f-1.5-denominator"]`))).toBe(
        'Совокупность: Все школы муниципалитета',
      );
      // A count is one whole number with its unit.
      expect(text(block(element, '4.8'))).toContain('школ');
      expect(text(root(element).querySelector('[part="summary"]'))).toBe('Показателей: 25, с ответом: 0.');
    });

    it('labels every input with the indicator code and title, for screen readers too', async () => {
      const element = await mount((el) => (el.populations = known));
      const numerator = field(element, '1.5', 'numerator');
      const names = (numerator.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => text(root(element).getElementById(id)));
      expect(names.join(' ')).toMatch(/^Количество 1\.5 Доля школ муниципалитета с низкими результатами/);
      expect(root(element).querySelector('label[for="f-1.5-numerator"]')).not.toBeNull();
      expect(text(root(element).querySelector('label[for="f-4.8-count"]'))).toMatch(
        /^4\.8 Количество школ в МСО/,
      );
      expect(description(element, numerator)).toBe('количество ШНРО и ШНСУ');
    });

    it('shows the percentage the core computes as the count is typed', async () => {
      const element = await mount((el) => (el.populations = known));
      const inputs = collectEvents(element, 'input');
      const numerator = field(element, '1.5', 'numerator');
      await typeInto(element, numerator, '7');
      const result = block(element, '1.5').querySelector('[part="result"]');
      expect(text(result)).toBe('38,9% 7 из 18');
      expect(element.value.answers['1.5']).toEqual({ numerator: 7, denominator: 18 });
      // One `input` per keystroke, from the element itself (the inner input's own is not let out).
      expect(inputs).toHaveLength(1);
      expect(inputs[0]!.target).toBe(element);

      await typeInto(element, field(element, '1.6', 'numerator'), '2');
      // The report printed 11,2%; 2 of 18 is 11,1%.
      expect(text(block(element, '1.6').querySelector('[part="result"]'))).toBe('11,1% 2 из 18');
      await typeInto(element, field(element, '1.5', 'denominator'), '20');
      expect(text(result)).toBe('35% 7 из 20');
    });

    it('names a fractional count next to its field and keeps what was typed', async () => {
      const element = await mount((el) => (el.populations = known));
      const numerator = field(element, '4.4', 'numerator');
      await typeInto(element, numerator, '12,5');
      expect(numerator.value).toBe('12,5');
      expect(numerator.getAttribute('aria-invalid')).toBe('true');
      const message = text(root(element).getElementById('m-4.4-numerator'));
      expect(message).toMatch(/^Показатель 4\.4 «Доля педагогов ШНРО и ШНСУ в МСО, имеющих ИОМ»/);
      expect(message).toContain('должен быть целым числом, а указано 12,5');
      expect(description(element, numerator)).toContain(message);
      expect(block(element, '4.4').getAttribute('part')).toContain('indicator-invalid');
      expect(block(element, '4.4').querySelector('[part="result"] .percent')).toBeNull();
      expect(text(block(element, '4.4').querySelector('[part="result"] .visually-hidden'))).toBe(
        'доля не рассчитана',
      );
      expect(element.checkValidity()).toBe(false);
      expect(element.validity.customError).toBe(true);
      expect(element.validationMessage).toBe(message);
    });

    it('names a count above its population and a negative count, and keeps both', async () => {
      const element = await mount((el) => (el.populations = known));
      await typeInto(element, field(element, '4.6', 'numerator'), '9');
      expect(text(root(element).getElementById('m-4.6-numerator'))).toMatch(
        /^Показатель 4\.6 .*: числитель 9 больше знаменателя 7/,
      );
      await typeInto(element, field(element, '4.8', 'count'), '-3');
      expect(text(root(element).getElementById('m-4.8-count'))).toMatch(
        /^Показатель 4\.8 .*: количество не может быть отрицательным, а указано -3\.$/,
      );
      expect(field(element, '4.6', 'numerator').value).toBe('9');
      expect(field(element, '4.8', 'count').value).toBe('-3');
      // The first problem in the set's order is the one the browser reports.
      expect(element.validationMessage).toMatch(/^Показатель 4\.6/);
    });

    it('asks for a whole number where the text is no number at all, naming the indicator', async () => {
      const element = await mount((el) => (el.populations = known));
      await typeInto(element, field(element, '4.8', 'count'), 'три');
      expect(field(element, '4.8', 'count').value).toBe('три');
      expect(text(root(element).getElementById('m-4.8-count'))).toMatch(
        /^Показатель 4\.8 «Количество школ в МСО, .*»: введите целое число, а указано «три»\.$/,
      );
      expect(element.validity.badInput).toBe(true);
      // Nothing typed is lost: the draft of the form (its state) keeps the text.
      expect(element.report.results.find((result) => result.code === '4.8')?.status).toBe('invalid');
      expect(element.value.answers['4.8']).toBeUndefined();
    });

    it('tells the population is missing without calling it an error, unless answers are required', async () => {
      const element = await mount();
      await typeInto(element, field(element, '1.5', 'numerator'), '7');
      expect(text(root(element).getElementById('h-1.5-denominator'))).toBe(
        'Не указан знаменатель: численность совокупности «Все школы муниципалитета».',
      );
      expect(element.checkValidity()).toBe(true);
      element.required = true;
      await element.updateComplete;
      expect(element.validity.valueMissing).toBe(true);
    });

    it('requires every answer when `required`, and shows the missing ones once submit is tried', async () => {
      const element = await mount((el) => {
        el.required = true;
        el.populations = known;
      });
      // Nothing is shouted at a person who has not typed yet.
      expect(root(element).querySelectorAll('.message p')).toHaveLength(0);
      const submits = collectEvents(element, 'shnro-indicators-submit');
      await userEvent.click(root(element).querySelector<HTMLButtonElement>('[part~="submit"]')!);
      await element.updateComplete;
      expect(submits).toHaveLength(0);
      expect(element.validity.valueMissing).toBe(true);
      const summary = root(element).querySelector('[part="error-summary"]')!;
      expect(summary.getAttribute('role')).toBe('alert');
      expect(text(summary)).toMatch(/^Данные не отправлены\. Исправьте ошибки \(25\):/);
      expect(text(root(element).getElementById('m-1.1-presence'))).toBe(
        'Показатель 1.1 «Наличие в муниципальной программе повышения качества образования раздела, содержащего информацию о региональной методике идентификации школ как ШНРО и ШНСУ»: выберите «имеется» или «отсутствует».',
      );
      expect(text(root(element).getElementById('m-1.5-numerator'))).toMatch(/: введите количество\.$/);
      // A problem in the summary takes the person to its field.
      await userEvent.click(summary.querySelectorAll('button')[4]!);
      expect(root(element).activeElement?.id).toBe('f-1.5-numerator');
    });

    it('fires a submit event whose detail the core validated, when every answer is given', async () => {
      const element = await mount((el) => {
        el.required = true;
        el.populations = known;
        el.value = kanskMonitoring2022Counts;
      });
      const submitted = nextEvent(element, 'shnro-indicators-submit');
      await userEvent.click(root(element).querySelector<HTMLButtonElement>('[part~="submit"]')!);
      const event = await submitted;
      expect(event.bubbles && event.composed).toBe(true);
      expect(event.detail.input.answers['1.5']).toEqual({ numerator: 7, denominator: 18 });
      expect(event.detail.input.answers['1.1']).toBe(true);
      expect(event.detail.input.answers['4.8']).toBe(3);
      expect(event.detail.report.ok).toBe(true);
      expect(event.detail.report.missing).toEqual([]);
      expect(event.detail.report.results.find((result) => result.code === '4.6')?.display).toBe('71,4%');

      // Disabled, it submits nothing.
      const later = collectEvents(element, 'shnro-indicators-submit');
      element.disabled = true;
      await element.updateComplete;
      element.requestSubmit();
      expect(root(element).querySelector<HTMLButtonElement>('[part~="submit"]')!.disabled).toBe(true);
      expect(later).toHaveLength(0);
    });

    it('is operable from the keyboard: arrows pick a presence, Tab moves on, digits type a count', async () => {
      const element = await mount((el) => (el.populations = known));
      await userEvent.tab();
      // The group's checked radio («не указано») takes the focus first.
      expect(root(element).activeElement?.id).toBe('f-1.1-presence-unset');
      await userEvent.keyboard('{ArrowUp}');
      await element.updateComplete;
      expect(element.value.answers['1.1']).toBe(false);
      await userEvent.keyboard('{ArrowUp}');
      await element.updateComplete;
      expect(element.value.answers['1.1']).toBe(true);
      await userEvent.tab();
      expect(root(element).activeElement?.getAttribute('name')).toBe('p-1.2');
      for (let step = 0; step < 3; step += 1) await userEvent.tab();
      expect(root(element).activeElement?.id).toBe('f-1.5-numerator');
      await userEvent.keyboard('7');
      await element.updateComplete;
      expect(text(block(element, '1.5').querySelector('[part="result"]'))).toBe('38,9% 7 из 18');
    });

    it('renders titles from a host set as text, never as HTML', async () => {
      const hostile: IndicatorSet = {
        ...municipalMonitoringSet,
        indicators: municipalMonitoringSet.indicators.map((indicator) =>
          indicator.code === '1.1'
            ? { ...indicator, title: { ru: '<img src=x onerror="window.__pwned=1">Наличие' } }
            : indicator,
        ),
      };
      const element = await mount((el) => (el.set = hostile));
      expect(root(element).querySelector('img')).toBeNull();
      expect(text(block(element, '1.1').querySelector('legend'))).toContain('<img src=x');
    });

    it('renders a set the host passes as data, and says what is wrong with a broken one', async () => {
      const element = await mount((el) => (el.set = smallSet));
      expect([...root(element).querySelectorAll('h3')].map(text)).toEqual(['1. Раздел «первый»']);
      expect(root(element).querySelectorAll('[part~="indicator"]')).toHaveLength(3);

      element.set = {
        ...smallSet,
        indicators: [{ ...smallSet.indicators[2]!, population: 'nowhere' }],
      } as IndicatorSet;
      await element.updateComplete;
      expect(root(element).querySelectorAll('[part~="indicator"]')).toHaveLength(0);
      expect(text(root(element).querySelector('.general'))).toContain('совокупности «nowhere» нет в списке');
      expect(element.checkValidity()).toBe(false);
    });

    it('speaks English when its lang says so', async () => {
      const element = await mount((el) => {
        el.lang = 'en';
        el.populations = known;
      });
      expect(text(root(element).querySelector('h3'))).toMatch(
        /^1\. Identifying schools with low educational results/,
      );
      expect([...block(element, '1.1').querySelectorAll('label')].map(text)).toEqual([
        'present',
        'absent',
        'not stated',
      ]);
      await typeInto(element, field(element, '1.5', 'numerator'), '7');
      expect(text(block(element, '1.5').querySelector('[part="result"]'))).toBe('38.9% 7 of 18');
      await typeInto(element, field(element, '4.8', 'count'), 'x');
      expect(text(root(element).getElementById('m-4.8-count'))).toMatch(
        /^Indicator 4\.8 ".*": enter a whole number; "x" is not a number\.$/,
      );
      expect(text(root(element).querySelector('[part~="export-csv"]'))).toBe('Download CSV (Excel)');
    });
  });

  describe('drafts', () => {
    it('saves the typed text visibly, and finds it again after a reload', async () => {
      const database = uniqueDatabaseName('indicator-form-reload');
      const open = () =>
        mount((el) => {
          el.populations = known;
          el.documentId = 'kansk-2022';
          el.draftScope = 'methodologist-17';
          el.draftDatabase = database;
        });
      const first = await open();
      const status = root(first).querySelector('[part="draft-status"]')!;
      expect(status.getAttribute('role')).toBe('status');
      const saved = nextEvent(first, 'shnro-draft-saved');
      await typeInto(first, field(first, '1.5', 'numerator'), '7');
      await typeAndLeave(first, field(first, '4.4', 'numerator'), '12,5');
      expect((await saved).key).toEqual({
        scope: 'methodologist-17',
        kind: 'indicator-form',
        documentId: 'kansk-2022',
      });
      await first.updateComplete;
      expect(text(status)).toMatch(/^Черновик сохранён в \d\d:\d\d$/);
      await typeInto(first, field(first, '4.8', 'count'), 'три');

      // The page goes away (the element is removed: its last words are saved), a new one opens.
      const lastSave = nextEvent(first, 'shnro-draft-saved');
      first.remove();
      await lastSave;
      const restored = collectEvents(document.body, 'shnro-draft-restored');
      const second = await open();
      await vi.waitFor(() => expect(field(second, '1.5', 'numerator').value).toBe('7'));
      await second.updateComplete;
      expect(field(second, '4.4', 'numerator').value).toBe('12,5');
      expect(field(second, '4.8', 'count').value).toBe('три');
      expect(text(block(second, '1.5').querySelector('[part="result"]'))).toBe('38,9% 7 из 18');
      expect(text(root(second).getElementById('m-4.4-numerator'))).toContain('целым числом');
      expect(restored).toHaveLength(1);
      expect(text(root(second).querySelector('[part="notice"]'))).toMatch(
        /^Показан черновик, сохранённый \d\d:\d\d\.$/,
      );
      expect(text(root(second).querySelector('[part="draft-status"]'))).toMatch(/^Черновик сохранён в/);
    });

    it('keeps no draft without a document id', async () => {
      const element = await mount();
      expect(root(element).querySelector('[part="draft-status"]')).toBeNull();
      expect(element.draftState).toBeUndefined();
    });

    it('restores a draft over the host value, and goes back to the host value on request', async () => {
      const database = uniqueDatabaseName('indicator-form-over-value');
      const open = () =>
        mount((el) => {
          el.value = kanskMonitoring2022Counts;
          el.documentId = 'kansk-2022';
          el.draftDatabase = database;
        });
      const first = await open();
      expect(field(first, '4.8', 'count').value).toBe('3');
      await typeInto(first, field(first, '4.8', 'count'), '4');
      await first.saveDraft();
      first.remove();

      const second = await open();
      await vi.waitFor(() => expect(field(second, '4.8', 'count').value).toBe('4'));
      await second.updateComplete;
      const back = root(second).querySelector<HTMLButtonElement>('[part="notice"] button')!;
      expect(text(back)).toBe('Вернуть исходные данные');
      const discarded = nextEvent(second, 'shnro-draft-discarded');
      await userEvent.click(back);
      await discarded;
      await second.updateComplete;
      expect(field(second, '4.8', 'count').value).toBe('3');
      expect(root(second).querySelector('[part="notice"]')).toBeNull();
      second.remove();

      // The draft is gone: a third visit shows the host's data.
      const third = await open();
      await third.saveDraft();
      expect(field(third, '4.8', 'count').value).toBe('3');
    });

    it('shows both versions when another tab saved the same document, and takes the chosen one', async () => {
      const database = uniqueDatabaseName('indicator-form-conflict');
      const open = () =>
        mount((el) => {
          el.populations = known;
          el.documentId = 'kansk-2022';
          el.draftDatabase = database;
        });
      const ours = await open();
      const theirs = await open();
      await Promise.all([ours.saveDraft(), theirs.saveDraft()]);

      await typeInto(theirs, field(theirs, '4.8', 'count'), '3');
      await theirs.saveDraft();
      const conflict = nextEvent(ours, 'shnro-draft-conflict');
      await typeInto(ours, field(ours, '4.8', 'count'), '5');
      await ours.saveDraft();
      await conflict;
      await ours.updateComplete;

      const panel = root(ours).querySelector('[part="conflict"]')!;
      expect(text(panel.querySelector('h3'))).toBe('Этот черновик изменён в другой вкладке');
      const row = panel.querySelector('tr[data-key]')!;
      expect([...row.children].map(text)).toEqual([
        expect.stringMatching(/^4\.8 Количество школ в МСО/),
        '5',
        '3',
      ]);
      expect([...panel.querySelectorAll('button')].map(text)).toEqual([
        'Оставить версию из этой вкладки',
        'Взять версию из другой вкладки',
      ]);
      await userEvent.click(panel.querySelector<HTMLButtonElement>('.take-theirs')!);
      await vi.waitFor(() => expect(field(ours, '4.8', 'count').value).toBe('3'));
      await ours.updateComplete;
      expect(root(ours).querySelector('[part="conflict"]')).toBeNull();
    });
  });

  describe('inside a host form', () => {
    async function inForm(setup: (element: ShnroIndicatorForm) => void = () => {}) {
      const form = document.createElement('form');
      form.innerHTML =
        '<button type="submit">Отправить мониторинг</button><button type="reset">Сбросить</button>';
      document.body.append(form);
      const element = await mount((el) => {
        el.name = 'monitoring';
        el.populations = known;
        setup(el);
      }, form);
      form.prepend(element);
      await element.updateComplete;
      return { form, element };
    }

    it('puts its value into FormData and submits through the form', async () => {
      const { form, element } = await inForm((el) => (el.value = kanskMonitoring2022Counts));
      // The host form has its own button: the element shows none.
      expect(root(element).querySelector('[part~="submit"]')).toBeNull();
      await typeInto(element, field(element, '4.8', 'count'), '4');

      const value = JSON.parse(String(new FormData(form).get('monitoring'))) as CountsInput;
      expect(value.answers['4.8']).toBe(4);
      expect(value.answers['3.1']).toEqual({ numerator: 169, denominator: 202 });
      expect(value).toEqual(element.value);

      const seen: string[] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        seen.push(String(new FormData(form).get('monitoring')));
      });
      const submitted = nextEvent(element, 'shnro-indicators-submit');
      await userEvent.click(form.querySelector('button[type="submit"]')!);
      const event = await submitted;
      expect(seen).toHaveLength(1);
      expect(JSON.parse(seen[0]!)).toEqual(event.detail.input);
      expect(event.detail.report.results.find((result) => result.code === '4.8')?.display).toBe('4');
    });

    it('blocks the form while an answer is wrong, and points at the field', async () => {
      const { form, element } = await inForm();
      await typeInto(element, field(element, '4.4', 'numerator'), 'abc');
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits += 1;
      });
      const invalid = nextEvent(element, 'invalid');
      form.requestSubmit();
      await invalid;
      await element.updateComplete;
      expect(submits).toBe(0);
      expect(form.checkValidity()).toBe(false);
      expect(element.matches(':invalid')).toBe(true);
      expect(element.matches(':state(invalid)')).toBe(true);
      expect(element.matches(':state(user-invalid)')).toBe(true);
      expect(element.validationMessage).toMatch(
        /^Показатель 4\.4 .*: введите целое число, а указано «abc»\.$/,
      );
      expect(root(element).activeElement?.id).toBe('f-4.4-numerator');
      expect(text(root(element).querySelector('[part="error-summary"]'))).toContain('«abc»');
    });

    it('goes back to its initial value on reset()', async () => {
      const { form, element } = await inForm((el) => (el.value = kanskMonitoring2022Counts));
      await typeInto(element, field(element, '4.8', 'count'), '12,5');
      await typeInto(element, field(element, '1.5', 'denominator'), '');
      form.reset();
      await element.updateComplete;
      expect(field(element, '4.8', 'count').value).toBe('3');
      expect(field(element, '1.5', 'denominator').value).toBe('18');
      expect(element.checkValidity()).toBe(true);
      expect(JSON.parse(String(new FormData(form).get('monitoring')))).toEqual(element.value);
    });

    it('is disabled by a disabled fieldset: nothing to type, nothing submitted', async () => {
      const fieldset = document.createElement('fieldset');
      const form = document.createElement('form');
      form.append(fieldset);
      document.body.append(form);
      const element = await mount((el) => (el.name = 'monitoring'), fieldset);
      expect(new FormData(form).has('monitoring')).toBe(true);
      fieldset.disabled = true;
      await element.updateComplete;
      expect(field(element, '1.5', 'numerator').disabled).toBe(true);
      expect(new FormData(form).has('monitoring')).toBe(false);
    });

    it('takes back the typed text the browser restores on history navigation', async () => {
      const { element } = await inForm();
      element.formStateRestoreCallback(
        JSON.stringify({ setId: 'municipal-monitoring', entries: { 'answers["4.8"]': '3,5' } }),
        'restore',
      );
      await element.updateComplete;
      expect(field(element, '4.8', 'count').value).toBe('3,5');
      expect(element.validity.customError).toBe(true);
    });
  });

  describe('read-only and review', () => {
    it('shows values and computed percentages, with no field to type in', async () => {
      const element = await mount((el) => {
        el.mode = 'readonly';
        el.value = kanskMonitoring2022Counts;
      });
      expect(root(element).querySelector('input')).toBeNull();
      const table = root(element).querySelector('shnro-indicator-table')!;
      await table.updateComplete;
      const row = table.shadowRoot!.querySelector('tr[data-code="1.5"]')!;
      expect([...row.querySelectorAll('td')].map(text)).toEqual(['7 из 18', '38,9%']);
      expect(root(element).querySelector('[part~="submit"]')).toBeNull();
      expect(root(element).querySelector('[part~="export-csv"]')).not.toBeNull();
    });

    it('shows a reviewer the remarks of reconciling the printed table', async () => {
      const element = await mount((el) => {
        el.mode = 'review';
        el.value = kanskMonitoring2022Counts;
        el.printed = kanskMonitoring2022Printed;
        el.populations = known;
      });
      const table = root(element).querySelector('shnro-indicator-table')!;
      await table.updateComplete;
      const mismatched = [...table.shadowRoot!.querySelectorAll('tr[part~="row-mismatch"]')].map((row) =>
        row.getAttribute('data-code'),
      );
      expect(mismatched).toEqual(['1.6', '4.6', '5.2']);
      expect(text(table.shadowRoot!.querySelector('tr[data-code="4.6"]'))).toContain('71,5%');
    });

    it('keeps the text that is no number visible in review', async () => {
      const element = await mount((el) => {
        el.populations = known;
      });
      await typeInto(element, field(element, '4.8', 'count'), 'три');
      element.mode = 'review';
      await element.updateComplete;
      const table = root(element).querySelector('shnro-indicator-table')!;
      await table.updateComplete;
      expect(text(table.shadowRoot!.querySelector('tr[data-code="4.8"]'))).toContain('«три»');
      // Read-only and review are barred from validation, as a readonly input is.
      expect(element.checkValidity()).toBe(true);
    });
  });

  describe('export', () => {
    it('writes a CSV Excel opens: BOM, «;», decimal comma, every cell quoted (exact bytes)', async () => {
      const element = await mount((el) => {
        el.set = smallSet;
        el.value = {
          kind: 'counts',
          answers: { '1.1': true, '1.2': 3, '1.10': { numerator: 1, denominator: 3 } },
        };
      });
      const bytes = new Uint8Array(await element.exportCsv().arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const expected =
        '\uFEFF"Раздел";"Код";"Показатель";"Количество";"Совокупность";"Доля, %"\r\n' +
        '"1. Раздел «первый»";"=""1.1""";"Наличие ""программы""";"имеется";"";""\r\n' +
        '"1. Раздел «первый»";"=""1.2""";"\'=СУММ(A1)";"3";"";""\r\n' +
        '"1. Раздел «первый»";"=""1.10""";"Доля школ";"1";"3";"33,3"\r\n';
      expect(bytes).toEqual(new TextEncoder().encode(expected));
      expect(element.exportCsv().type).toBe('text/csv;charset=utf-8');
    });

    it('exports seed 001 with the core’s numbers, and leaves unknown values empty', async () => {
      const element = await mount((el) => {
        el.populations = known;
        el.value = {
          ...kanskMonitoring2022Counts,
          answers: { ...kanskMonitoring2022Counts.answers, '4.9': null },
        };
      });
      await typeInto(element, field(element, '4.8', 'count'), 'три');
      const lines = (await element.exportCsv().text()).split('\r\n');
      expect(lines).toHaveLength(27);
      const row = (code: string) => lines.find((line) => line.includes(`"=""${code}"""`))!;
      expect(row('1.5')).toMatch(/;"7";"18";"38,9"$/);
      expect(row('1.6')).toMatch(/;"2";"18";"11,1"$/);
      expect(row('4.5')).toMatch(/;"7";"7";"100"$/);
      expect(row('1.1')).toMatch(/;"имеется";"";""$/);
      expect(row('4.8')).toMatch(/;"";"";""$/);
      expect(row('4.9')).toMatch(/;"";"";""$/);
      expect(lines[26]).toBe('');
    });

    it('exports JSON of the counts input, and downloads both from its buttons', async () => {
      const element = await mount((el) => {
        el.populations = known;
        el.value = kanskMonitoring2022Counts;
        el.documentId = 'kansk 2022';
        el.draftDatabase = uniqueDatabaseName('indicator-form-export');
      });
      const json = JSON.parse(await element.exportJson().text()) as CountsInput;
      expect(json).toEqual(element.value);
      expect(json.answers['1.5']).toEqual({ numerator: 7, denominator: 18 });

      const files: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((file) => {
        files.push(file as Blob);
        return 'blob:test';
      });
      const names: string[] = [];
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        names.push(this.download);
      });
      await userEvent.click(root(element).querySelector<HTMLButtonElement>('[part~="export-json"]')!);
      await userEvent.click(root(element).querySelector<HTMLButtonElement>('[part~="export-csv"]')!);
      expect(names).toEqual(['municipal-monitoring-kansk-2022.json', 'municipal-monitoring-kansk-2022.csv']);
      expect(await files[1]!.text()).toBe(await element.exportCsv().text());
      expect(text(root(element).querySelector('[part~="export-json"]'))).toBe('Скачать JSON');
      expect(text(root(element).querySelector('[part~="export-csv"]'))).toBe('Скачать CSV (Excel)');
    });
  });

  describe('accessibility', () => {
    it('has no axe violations while filling in, with problems shown', async () => {
      const element = await mount((el) => {
        el.required = true;
        el.populations = known;
        el.documentId = 'axe';
        el.draftDatabase = uniqueDatabaseName('indicator-form-axe');
      });
      await typeInto(element, field(element, '4.4', 'numerator'), '12,5');
      await typeInto(element, field(element, '1.5', 'numerator'), '7');
      element.reportValidity();
      await element.updateComplete;
      expect(root(element).querySelector('[part="error-summary"]')).not.toBeNull();
      expect(await axeViolations(element)).toEqual([]);
    });

    it('has no axe violations in review', async () => {
      const element = await mount((el) => {
        el.mode = 'review';
        el.value = kanskMonitoring2022Counts;
        el.printed = kanskMonitoring2022Printed;
      });
      await root(element).querySelector('shnro-indicator-table')!.updateComplete;
      expect(await axeViolations(element)).toEqual([]);
    });
  });
});

/** A small set a host could pass as data: one of each kind, with text that tests CSV quoting. */
const smallSet: IndicatorSet = {
  id: 'small',
  title: { ru: 'Малый набор', en: 'Small set' },
  sections: [{ code: '1', title: { ru: 'Раздел «первый»', en: 'First section' } }],
  populations: [
    { id: 'schools', entity: 'school', title: { ru: 'Школы', en: 'Schools' }, where: { all: [] } },
  ],
  indicators: [
    {
      kind: 'presence',
      code: '1.1',
      section: '1',
      title: { ru: 'Наличие "программы"' },
      betterDirection: 'higher',
    },
    { kind: 'count', code: '1.2', section: '1', title: { ru: '=СУММ(A1)' }, betterDirection: 'none' },
    {
      kind: 'share',
      code: '1.10',
      section: '1',
      title: { ru: 'Доля школ' },
      betterDirection: 'higher',
      precision: 1,
      population: 'schools',
      numerator: { description: { ru: 'количество школ' } },
    },
  ],
};
