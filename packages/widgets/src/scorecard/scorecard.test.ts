import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShnroScorecardSortEvent } from '../events/scorecard.js';
import { axeViolations } from '../test-support/axe.js';
import { mountElement, text } from '../test-support/mount-element.js';
import type { ShnroScorecard } from './scorecard.js';
import './define.js';
import { scorecardCycles, scorecardSchools } from './test-support/cycles.js';

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

  it('checks each cell against its target, the territory’s own before the general one, in words', async () => {
    const element = await mount((scorecard) => {
      seed(scorecard);
      scorecard.targets = [
        { code: '4.4', value: 50 },
        { code: '4.4', value: 60, territoryId: 'kansk' },
        { code: '4.2', value: 5 },
        { code: '4.8', value: 2 },
      ];
    });
    const target = (territory: string, code: string) => {
      const found = cell(element, territory, code)!;
      return [found.getAttribute('data-target'), text(found.querySelector('[part="target"]'))];
    };
    // Канск 2022–2023: 4.4 is 57,6 % against its own 60 %; 4.2 is 9,5 % against the general 5 %.
    expect(target('kansk', '4.4')).toEqual(['not-met', '✗ цель не достигнута (цель 60%)']);
    expect(target('kansk', '4.2')).toEqual(['met', '✓ цель достигнута (цель 5%)']);
    // A missing value is never compared as a zero; an indicator with no target has no mark.
    expect(target('kansk', '4.8')).toEqual(['no-data', '— нет данных (цель 2)']);
    expect(target('kansk', '1.1')).toEqual([null, '']);
    // The cell's colour follows the target, not the previous cycle (4.4 rose, but missed its target).
    expect(cell(element, 'kansk', '4.4')?.classList.contains('worse')).toBe(true);
    expect(cell(element, 'kansk', '4.4')?.getAttribute('data-verdict')).toBe('better');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('lists a target the core refuses by its place and shows the rest', async () => {
    const element = await mount((scorecard) => {
      seed(scorecard);
      scorecard.targets = [{ code: '4.4', value: 'шестьдесят' } as never, { code: '4.2', value: 5 }];
    });
    expect(text(root(element).querySelector('[part="remark"], [role="alert"]'))).toContain(
      'targets[0].value',
    );
    expect(cell(element, 'kansk', '4.2')?.getAttribute('data-target')).toBe('met');
    expect(cell(element, 'kansk', '4.4')?.getAttribute('data-target')).toBeNull();
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

  describe('by school, from the registry’s records', () => {
    const schoolCell = (element: ShnroScorecard, school: number, column: string) =>
      root(element).querySelector(`tr[data-school="kansk-school-${school}"] td[data-column="${column}"]`);
    const bySchool = (element: ShnroScorecard) => {
      Object.assign(element, scorecardSchools());
      element.indicators = ['4.4', '4.5', '1.6'];
      element.asOf = '2023-06-20';
    };

    it('gives one row per school, judged against the same school a year before', async () => {
      const element = await mount(bySchool);
      expect(text(root(element).querySelector('caption'))).toContain('по школам');
      expect(text(root(element).querySelector('th[data-column="territory"]'))).toBe('Школа, цикл');
      const schools = [...root(element).querySelectorAll('tbody tr')].map((row) =>
        row.getAttribute('data-school'),
      );
      expect(schools).toEqual(['kansk-school-1', 'kansk-school-2', 'kansk-school-4', 'kansk-school-5']);
      // № 1: 3 of 4 teachers with an ИОМ against 1 of 4 — better, and an outlier to explain.
      const iom = schoolCell(element, 1, '4.4')!;
      expect(text(iom.querySelector('.value'))).toBe('75%');
      expect(text(iom.querySelector('[part="verdict"]'))).toBe('+ лучше');
      expect(text(iom.querySelector('[part="outlier"]'))).toBe('выброс: нужно пояснение');
      // A share over schools reads «да» or «нет» for one school.
      expect(text(schoolCell(element, 1, '4.5')?.querySelector('.value'))).toBe('да');
      expect(text(schoolCell(element, 2, '4.5')?.querySelector('.value'))).toBe('нет');
      // № 5 has no category: outside the populations of ШНРО и ШНСУ, never a zero.
      expect(text(schoolCell(element, 5, '4.4')?.querySelector('.value'))).toBe('не относится');
      // № 4 joined this year: nothing to judge it against.
      expect(schoolCell(element, 4, '4.4')?.querySelector('[part="verdict"]')).toBeNull();
      expect(text(root(element).querySelector('tr[data-school="kansk-school-4"] th'))).toContain(
        'предыдущего цикла нет',
      );
      expect(await axeViolations(element)).toEqual([]);
    });

    it('gives each school its own form’s state, names the school that left, and sorts', async () => {
      const element = await mount(bySchool);
      expect(text(schoolCell(element, 1, 'completeness'))).toBe(
        '0 из 1 (0%) срок прошёл, не представили — 1 участник',
      );
      expect(text(schoolCell(element, 1, 'approval'))).toBe('черновик');
      expect(text(root(element).querySelector('[role="alert"]'))).toContain('«МБОУ СОШ № 3»');
      root(element).querySelector<HTMLButtonElement>('th[data-column="4.4"] button')!.click();
      await element.updateComplete;
      root(element).querySelector<HTMLButtonElement>('th[data-column="4.4"] button')!.click();
      await element.updateComplete;
      // Descending by 4.4: № 2 (100 %), № 1 (75 %), № 4 (0 %), then № 5 with no value, last.
      const schools = [...root(element).querySelectorAll('tbody tr')].map((row) =>
        row.getAttribute('data-school'),
      );
      expect(schools).toEqual(['kansk-school-2', 'kansk-school-1', 'kansk-school-4', 'kansk-school-5']);
    });

    it('names a record the core refuses by its place, in English too', async () => {
      const element = await mount((el) => {
        bySchool(el);
        el.records = {
          ...el.records!,
          teachers: [{ id: 't-x', schoolId: 'kansk-school-1', flags: { hasIom: 'да' } } as never],
        };
      }, 'en');
      expect(text(root(element).querySelector('[role="alert"]'))).toContain('teachers[0]');
    });
  });
});
