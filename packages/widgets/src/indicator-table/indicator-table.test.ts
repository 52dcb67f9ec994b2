import { municipalMonitoringSet, type IndicatorSet } from '@shnro/core';
import { kanskMonitoring2022Counts, kanskMonitoring2022Printed } from '@shnro/core/examples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../test-support/axe.js';
import './define.js';
import type { ShnroIndicatorTable } from './indicator-table.js';

async function mount(
  setup: (element: ShnroIndicatorTable) => void,
  lang?: string,
): Promise<ShnroIndicatorTable> {
  const element = document.createElement('shnro-indicator-table');
  if (lang) element.lang = lang;
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

function row(element: ShnroIndicatorTable, code: string): HTMLTableRowElement {
  const found = element.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-code="${code}"]`);
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

const cells = (tr: HTMLTableRowElement) =>
  [...tr.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());

describe('<shnro-indicator-table>', () => {
  // A Russian portal page; the runner's own page says lang="en".
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('shows seed 001 section by section with counts, populations and percentages', async () => {
    const element = await mount((el) => {
      el.set = municipalMonitoringSet;
      el.input = kanskMonitoring2022Counts;
    });
    const headings = [...element.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toHaveLength(6);
    expect(headings[0]).toMatch(/^1\. По выявлению школ с низкими результатами обучения/);
    expect(cells(row(element, '1.5')).slice(1)).toEqual(['7 из 18', '38,9%']);
    expect(cells(row(element, '3.1')).slice(1)).toEqual(['169 из 202', '83,7%']);
    // Where the report printed 11,2%, the calculator gives what 2 of 18 is.
    expect(cells(row(element, '1.6')).slice(1)).toEqual(['2 из 18', '11,1%']);
    expect(cells(row(element, '1.1'))[1]).toBe('имеется');
    expect(cells(row(element, '4.8')).slice(1)).toEqual(['3', '–']);
    expect(element.shadowRoot!.querySelector('[part="summary"]')!.textContent).toBe(
      'Показателей: 25, с ответом: 25.',
    );
  });

  it('flags the printed percentages their own counts do not give', async () => {
    const element = await mount((el) => {
      el.set = municipalMonitoringSet;
      el.input = kanskMonitoring2022Counts;
      el.printed = kanskMonitoring2022Printed;
      el.populations = kanskMonitoring2022Counts.populations!;
    });
    const mismatched = [...element.shadowRoot!.querySelectorAll('tr[part~="row-mismatch"]')].map(
      (tr) => (tr as HTMLElement).dataset['code'],
    );
    expect(mismatched).toEqual(['1.6', '4.6', '5.2']);
    const printedCell = cells(row(element, '4.6'))[3]!;
    expect(printedCell).toContain('71,5%');
    expect(printedCell).toContain('71,4%');
    expect(cells(row(element, '1.5'))[3]).toBe('38,9% совпадает с расчётом');
    // Seed 001's «имеется» rows and its count row 4.8 show what the report printed, not «не указано».
    expect(cells(row(element, '1.1'))[3]).toBe('имеется');
    expect(cells(row(element, '6.1'))[3]).toBe('имеется');
    expect(cells(row(element, '4.8'))[3]).toBe('3');
  });

  it('speaks English when its lang says so', async () => {
    const element = await mount((el) => {
      el.set = municipalMonitoringSet;
      el.input = kanskMonitoring2022Counts;
    }, 'en');
    expect(element.shadowRoot!.querySelector('th')!.textContent).toBe('Indicator');
    expect(cells(row(element, '1.5')).slice(1)).toEqual(['7 of 18', '38.9%']);
  });

  it('names the indicator when a typed count is not a whole number, and keeps the other rows', async () => {
    const element = await mount((el) => {
      el.set = municipalMonitoringSet;
      el.input = {
        ...kanskMonitoring2022Counts,
        answers: { ...kanskMonitoring2022Counts.answers, '4.4': { numerator: 6.5 } },
      };
    });
    const invalid = row(element, '4.4');
    expect(invalid.getAttribute('part')).toContain('row-invalid');
    expect(invalid.textContent).toMatch(/4\.4/);
    expect(invalid.querySelector('.remark.error')!.textContent).toMatch(/цел/i);
    expect(cells(row(element, '4.3')).slice(1)).toEqual(['22 из 202', '10,9%']);
    expect(element.shadowRoot!.querySelector('[part="summary"]')!.textContent).toContain('с ошибками: 1');
  });

  it('renders titles as text, never as HTML', async () => {
    const hostile: IndicatorSet = {
      ...municipalMonitoringSet,
      indicators: municipalMonitoringSet.indicators.map((indicator) =>
        indicator.code === '1.1'
          ? { ...indicator, title: { ru: '<img src=x onerror="window.__pwned=1">Наличие' } }
          : indicator,
      ),
    };
    const element = await mount((el) => {
      el.set = hostile;
      el.input = kanskMonitoring2022Counts;
    });
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(row(element, '1.1').textContent).toContain('<img src=x');
  });

  it('takes its data from a JSON block, as a page without a build step passes it', async () => {
    const element = document.createElement('shnro-indicator-table');
    const block = document.createElement('script');
    block.type = 'application/json';
    block.textContent = JSON.stringify({
      input: kanskMonitoring2022Counts,
      printed: kanskMonitoring2022Printed,
    });
    element.append(block);
    document.body.append(element);
    await element.updateComplete;
    expect(cells(row(element, '1.5')).slice(1, 3)).toEqual(['7 из 18', '38,9%']);
    expect(element.shadowRoot!.querySelectorAll('tr[part~="row-mismatch"]')).toHaveLength(3);
  });

  it('says plainly when its JSON block cannot be read', async () => {
    const element = document.createElement('shnro-indicator-table');
    element.innerHTML = '<script type="application/json">{"input": </script>';
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain(
      'Данные в блоке <script type="application/json"> не прочитаны',
    );
  });

  it('says so when there is nothing to show', async () => {
    const element = await mount(() => {});
    expect(element.shadowRoot!.textContent).toContain('Нет показателей для отображения.');
  });

  it('has no axe violations', async () => {
    const element = await mount((el) => {
      el.set = municipalMonitoringSet;
      el.input = kanskMonitoring2022Counts;
      el.printed = kanskMonitoring2022Printed;
    });
    expect(await axeViolations(element)).toEqual([]);
  });
});
