import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShnroScorecardSortEvent } from '../events/scorecard.js';
import { axeViolations } from '../test-support/axe.js';
import { mountElement, text } from '../test-support/mount-element.js';
import type { ShnroScorecard } from './scorecard.js';
import './define.js';
import { scorecardCycles } from './test-support/cycles.js';

const mount = (setup: (element: ShnroScorecard) => void, lang?: string) =>
  mountElement('shnro-scorecard', setup, lang);

const root = (element: ShnroScorecard) => element.shadowRoot!;
const cell = (element: ShnroScorecard, territory: string, column: string) =>
  root(element).querySelector(`tr[data-territory="${territory}"] td[data-column="${column}"]`);
const order = (element: ShnroScorecard) =>
  [...root(element).querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-territory'));
const seed = (element: ShnroScorecard) => {
  const { cycles, previousCycles } = scorecardCycles();
  element.cycles = cycles;
  element.previousCycles = previousCycles;
  element.indicators = ['1.1', '1.5', '3.1', '4.2', '4.4', '4.8'];
  element.asOf = '2023-06-20';
};

describe('<shnro-scorecard>', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('judges each cell against the previous cycle in a word and a sign, not by colour alone', async () => {
    const element = await mount(seed);
    const verdicts = ['1.1', '1.5', '4.2', '4.4', '4.8'].map((code) => {
      const found = cell(element, 'kansk', code)!;
      return [code, found.getAttribute('data-verdict'), text(found.querySelector('[part="verdict"]'))];
    });
    expect(verdicts).toEqual([
      ['1.1', 'same', '= без изменений'],
      ['1.5', 'changed', '~ изменилось'],
      ['4.2', 'worse', '− хуже'],
      ['4.4', 'better', '+ лучше'],
      ['4.8', 'no-data', '— нет данных'],
    ]);
    expect(text(cell(element, 'kansk', '1.5')?.querySelector('.value'))).toBe('47,1%');
    expect(text(cell(element, 'kansk', '4.8')?.querySelector('.value'))).toBe('нет данных');
    expect(cell(element, 'kansk', '4.4')?.classList.contains('better')).toBe(true);
    expect(text(root(element).querySelector('tr[data-territory="kansk"] th'))).toContain(
      'сравнение с циклом 2021-2022',
    );
  });

  it('gives each row its completeness, lateness, approval state and outliers', async () => {
    const element = await mount(seed);
    // Канск 2022–2023: only the municipality submitted; 17 schools in draft after the 10 June deadline.
    expect(text(cell(element, 'kansk', 'completeness'))).toBe(
      '1 из 18 (5,6%) срок прошёл, не представили — 17 участников',
    );
    expect(text(cell(element, 'kansk', 'approval'))).toBe('отправлено в муниципалитет');
    expect(text(cell(element, 'tukaev', 'completeness'))).toBe('2 из 2 (100%)');
    expect(text(cell(element, 'tukaev', 'approval'))).toBe('принято регионом');
    // Тукаевский район: 3.1 went from 6 to 24 of 24 teachers, beyond 20 п.п. — an outlier to explain.
    const outlier = cell(element, 'tukaev', '3.1')!;
    expect(text(outlier.querySelector('[part="outlier"]'))).toBe('выброс: нужно пояснение');
    expect(outlier.classList.contains('outlier')).toBe(true);
    expect(text(root(element).querySelector('tr[data-territory="tukaev"] th .mark'))).toMatch(/^\d+ выброс/);
  });

  it('sorts by a column with the header button, saying the order in aria-sort', async () => {
    const element = await mount(seed);
    const sorts: string[] = [];
    element.addEventListener('shnro-scorecard-sort', (event: ShnroScorecardSortEvent) =>
      sorts.push(`${event.detail.column} ${event.detail.direction}`),
    );
    const header = (column: string) => root(element).querySelector(`th[data-column="${column}"]`)!;
    expect(header('territory').getAttribute('aria-sort')).toBe('ascending');
    expect(order(element)).toEqual(['kansk', 'tukaev']);
    header('completeness').querySelector('button')!.click();
    await element.updateComplete;
    expect(header('completeness').getAttribute('aria-sort')).toBe('ascending');
    expect(header('territory').getAttribute('aria-sort')).toBe('none');
    expect(order(element)).toEqual(['kansk', 'tukaev']);
    header('completeness').querySelector('button')!.click();
    await element.updateComplete;
    expect(header('completeness').getAttribute('aria-sort')).toBe('descending');
    expect(order(element)).toEqual(['tukaev', 'kansk']);
    expect(sorts).toEqual(['completeness ascending', 'completeness descending']);
  });

  it('shows values without a verdict when there is no previous cycle, in English too', async () => {
    const element = await mount((el) => {
      el.cycles = scorecardCycles().cycles;
      el.indicators = ['1.5'];
    }, 'en');
    expect(root(element).querySelector('[part="verdict"]')).toBeNull();
    expect(text(cell(element, 'kansk', '1.5')?.querySelector('.value'))).toBe('47.1%');
    expect(text(root(element).querySelector('tr[data-territory="kansk"] th'))).toContain(
      'no previous cycle: not judged',
    );
  });

  it('names a cycle that fails the schema by its place and shows the rest', async () => {
    const element = await mount((el) => {
      seed(el);
      el.cycles = [
        { ...scorecardCycles().cycles[0]!, schoolYear: '2022-2024' },
        scorecardCycles().cycles[1]!,
      ];
    });
    expect(text(root(element).querySelector('[role="alert"]'))).toContain('cycles[0].schoolYear');
    expect(order(element)).toEqual(['tukaev']);
    element.cycles = [];
    await element.updateComplete;
    expect(text(root(element).querySelector('[role="status"]'))).toBe('Циклов мониторинга нет.');
  });

  it('has no axe violations, sorted or not', async () => {
    const element = await mount(seed);
    expect(await axeViolations(element)).toEqual([]);
    root(element).querySelector<HTMLButtonElement>('th[data-column="4.4"] button')!.click();
    await element.updateComplete;
    expect(await axeViolations(element)).toEqual([]);
  });
});
