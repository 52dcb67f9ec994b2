import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import './define.js';
import type { ShnroIndicatorForm } from './indicator-form.js';

const known = { 'municipality-schools': 18, 'target-schools': 7, 'target-teachers': 202 };

async function mount(): Promise<ShnroIndicatorForm> {
  const element = document.createElement('shnro-indicator-form');
  element.populations = known;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const input = (element: ShnroIndicatorForm, code: string, role: string) =>
  element.shadowRoot!.getElementById(`f-${code}-${role}`) as HTMLInputElement;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A paste as the browser fires it: a ClipboardEvent carrying the spreadsheet's text in a DataTransfer. */
async function paste(
  element: ShnroIndicatorForm,
  target: HTMLInputElement,
  clipboard: string,
): Promise<ClipboardEvent> {
  target.focus();
  const data = new DataTransfer();
  data.setData('text/plain', clipboard);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  await element.updateComplete;
  return event;
}

/** Every field's value, in the form's order. */
const values = (element: ShnroIndicatorForm) =>
  [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')].map(
    (field) => field.value,
  );

describe('<shnro-indicator-form>: paste from Excel', () => {
  beforeEach(() => {
    document.documentElement.lang = 'ru';
  });
  afterEach(() => document.body.replaceChildren());

  it('fills «7⇥18» into a count and its population, never 718', async () => {
    const form = await mount();
    const before = values(form);
    const numerator = input(form, '1.5', 'numerator');
    const event = await paste(form, numerator, '7\t18\r\n');
    expect(event.defaultPrevented).toBe(true);
    expect(numerator.value).toBe('7');
    expect(input(form, '1.5', 'denominator').value).toBe('18');
    expect(text(form.shadowRoot!.querySelector('[data-code="1.5"] [part="result"]'))).toBe('38,9% 7 из 18');
    // Two cells, two fields: every other field is as it was.
    const fields = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')];
    const start = fields.indexOf(numerator);
    const now = values(form);
    expect([...now.slice(0, start), ...now.slice(start + 2)]).toEqual([
      ...before.slice(0, start),
      ...before.slice(start + 2),
    ]);
  });

  it('fills rows after rows into consecutive fields, as a spreadsheet would', async () => {
    const form = await mount();
    const fields = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')];
    const start = fields.indexOf(input(form, '1.5', 'numerator'));
    await paste(form, fields[start]!, '7\t18\r\n2\t18\r\n');
    const now = values(form);
    expect(now.slice(start, start + 4)).toEqual(['7', '18', '2', '18']);
    // What the person sees is what the draft and the host get: the form's value holds the numbers.
    expect(JSON.stringify(form.value)).toContain('"numerator":7');
  });

  it('refuses a paste that does not fit, saying why, and changes nothing', async () => {
    const form = await mount();
    const before = values(form);
    const fields = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')];
    const last = fields[fields.length - 1]!;
    const event = await paste(form, last, '7\t18\r\n2\t18\r\n1\t202\r\n');
    expect(event.defaultPrevented).toBe(true);
    expect(values(form)).toEqual(before);
    const alert = form.shadowRoot!.querySelector('[part="paste-problem"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(text(alert)).toMatch(
      // The last text field is followed by yes/no fields: 3 fields left in the form's order.
      /^Вставка не выполнена: скопировано 6 значений, а от этого поля до конца формы 3 поля\. Ничего не изменено\.$/,
    );

    const numerator = input(form, '1.5', 'numerator');
    await paste(form, numerator, '7\tсемь');
    expect(numerator.value).toBe(before[fields.indexOf(numerator)]);
    expect(text(form.shadowRoot!.querySelector('[part="paste-problem"]'))).toMatch(
      /^Вставка не выполнена: значение № 2 «семь» для поля «1\.5 .+» — не число\. Ничего не изменено\.$/,
    );
  });

  it('leaves a single cell to the browser', async () => {
    const form = await mount();
    const event = await paste(form, input(form, '1.5', 'numerator'), '7');
    expect(event.defaultPrevented).toBe(false);
    expect(form.shadowRoot!.querySelector('[part="paste-problem"]')).toBeNull();
  });
});
