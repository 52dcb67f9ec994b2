import { municipalMonitoringSet, monitoringCycleSchema, resolveDynamicsPolicy } from '@shnro/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../test-support/axe.js';
import { mountElement, text } from '../test-support/mount-element.js';
import type { ShnroCycleCompare } from './cycle-compare.js';
import './define.js';
import { kanskCurrent, kanskPrevious, tukaev } from './test-support/cycles.js';

const mount = (setup: (element: ShnroCycleCompare) => void, lang?: string) =>
  mountElement('shnro-cycle-compare', setup, lang);

const row = (element: ShnroCycleCompare, code: string) =>
  element.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-code="${code}"]`);
const cells = (element: ShnroCycleCompare, code: string) =>
  [...(row(element, code)?.querySelectorAll('td') ?? [])].map(text);
const kansk = (element: ShnroCycleCompare) => {
  element.previous = kanskPrevious;
  element.current = kanskCurrent;
};

describe('<shnro-cycle-compare>', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('shows both values, the change in п.п. or units and its direction, as the core compares them', async () => {
    const element = await mount(kansk);
    const root = element.shadowRoot!;
    expect(text(root.querySelector('h2'))).toBe('Сравнение циклов мониторинга: 2021-2022 и 2022-2023');
    // A share: both values with their counts, the change in п.п., up — and not judged, since 1.5
    // (the ШНРО/ШНСУ taking part in the monitoring) has no better direction in the set.
    expect(cells(element, '1.5')).toEqual(['38,9% 7 из 18', '47,1% 8 из 17', '+8,2 п.п.', '↑ рост']);
    // A fall counted as worse by the indicator's direction.
    expect(cells(element, '4.2')[2]).toBe('-3,4 п.п.');
    expect(cells(element, '4.2')[3]).toBe('↓ снижение ухудшение');
    // A presence that did not change.
    expect(cells(element, '1.1').slice(2)).toEqual(['без изменений', '→ без изменений']);
    // Rows sit under the set's sections, each section with its own table.
    const sections = [...root.querySelectorAll('[part="section"]')].map((node) =>
      node.getAttribute('data-section'),
    );
    expect(sections).toEqual(municipalMonitoringSet.sections.map((section) => section.code));
    expect(row(element, '1.5')?.closest('[part="section"]')?.getAttribute('data-section')).toBe('1');
    const summary = text(root.querySelector('[part="summary"]'));
    expect(summary).toMatch(
      /^Всего \d+ показател(ь|я|ей): улучшилось — \d+, ухудшилось — \d+, без изменений — \d+, изменилось без оценки — 1, не сравнивается — 1\.$/,
    );
    // The parts add up to the total: 1.5's move, not judged, is counted apart.
    const [total, ...parts] = [...summary.matchAll(/\d+/g)].map((match) => Number(match[0]));
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
  });

  it('shows a value missing in one cycle as «нет данных», never as a zero, with the core’s sentence', async () => {
    const element = await mount(kansk);
    const root = element.shadowRoot!;
    expect(row(element, '4.8')?.dataset['status']).toBe('missing-after');
    expect(cells(element, '4.8')).toEqual(['3', 'нет данных', 'нет данных во втором цикле', '']);
    const remarks = [...root.querySelectorAll('[part="remark"] li')].map(text);
    expect(remarks).toContain(
      'Школа «МБОУ СОШ № 18» участвовала в цикле «г. Канск, 2021-2022», но отсутствует в цикле «г. Канск, 2022-2023» (выбыла из реестра): её показатели не сравниваются.',
    );
    expect(remarks.some((remark) => remark.startsWith('Показатель 4.8 «'))).toBe(true);
  });

  it('names an indicator removed from the set, and a cycle with no data, as the core says', async () => {
    const smaller = {
      ...municipalMonitoringSet,
      indicators: municipalMonitoringSet.indicators.filter((indicator) => indicator.code !== '5.3'),
    };
    const element = await mount((el) => {
      kansk(el);
      el.previousIndicatorSet = municipalMonitoringSet;
      el.indicatorSet = smaller;
    });
    expect(row(element, '5.3')?.dataset['status']).toBe('removed');
    expect(cells(element, '5.3').slice(1, 3)).toEqual(['не входит в набор', 'показатель исключён из набора']);
    expect(
      element.shadowRoot!.querySelector('[part="remark"] li[data-code="indicator-removed"]'),
    ).not.toBeNull();

    const silent = monitoringCycleSchema.parse({
      ...kanskCurrent,
      units: kanskCurrent.units.map((unit) => ({ ...unit, answers: {} })),
    });
    element.indicatorSet = municipalMonitoringSet;
    element.current = silent;
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(text(root.querySelector('[part="summary"]'))).toBe('Ни один показатель не сравнивается.');
    expect(text(root.querySelector('li[data-code="cycle-no-data"]'))).toMatch(
      /^В цикле «г\. Канск, 2022-2023» нет данных/,
    );
    expect(root.querySelectorAll('td.change .missing').length).toBe(root.querySelectorAll('tbody tr').length);
    expect([...root.querySelectorAll('td.change')].some((cell) => /\d/.test(text(cell)))).toBe(false);
  });

  it('compares seed 003’s initial and final monitoring, with the stage in the column heads', async () => {
    const element = await mount((el) => {
      el.previous = tukaev.initial;
      el.current = tukaev.final;
    });
    const heads = [...element.shadowRoot!.querySelectorAll('[data-section="3"] thead th')].map(text);
    expect(heads.slice(1, 3)).toEqual([
      'начальный мониторинг (2020-2021)',
      'итоговый мониторинг (2020-2021)',
    ]);
    expect(cells(element, '3.1')[2]).toMatch(/^\+\d+(,\d)? п\.п\.$/);
    expect(cells(element, '3.1')[3]).toContain('рост');
  });

  it('takes «без изменений» from the policy’s tolerance', async () => {
    const element = await mount((el) => {
      kansk(el);
      el.policy = resolveDynamicsPolicy({ tolerance: { percentagePoints: 5 } });
    });
    expect(cells(element, '4.2').slice(2)).toEqual(['-3,4 п.п.', '→ без изменений']);
  });

  it('draws one chart of shares per section with attributes only, hidden from screen readers', async () => {
    const element = await mount(kansk);
    const root = element.shadowRoot!;
    const chart = root.querySelector('[data-section="1"] [part="chart"]')!;
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    const bars = [...chart.querySelectorAll('g[data-code="1.5"] rect')];
    expect(bars.map((bar) => bar.getAttribute('class'))).toEqual(['bar before', 'bar after']);
    // 38,9% and 47,1% of a 160-unit axis.
    expect(bars.map((bar) => Number(bar.getAttribute('width')))).toEqual([62.2, 75.4]);
    // A missing share is a label, not a zero-length bar.
    const missing = [...root.querySelectorAll('[part="chart"] g')].find((g) =>
      g.querySelector('text.missing'),
    );
    if (missing) expect(missing.querySelectorAll('rect').length).toBeLessThan(2);
    expect(root.querySelectorAll('[style]').length).toBe(0);
  });

  it('lists a cycle that fails the schema by place, and reads its data from a JSON block', async () => {
    const bad = await mount((el) => {
      el.previous = kanskPrevious;
      el.current = { ...kanskCurrent, schoolYear: '2023' } as never;
    });
    const alert = bad.shadowRoot!.querySelector('[role="alert"]');
    expect(text(alert)).toContain('current.schoolYear');
    expect(bad.shadowRoot!.querySelector('table')).toBeNull();

    const empty = await mount(() => {});
    expect(text(empty.shadowRoot!.querySelector('.empty'))).toBe(
      'Передайте два цикла мониторинга: previous и current.',
    );

    const element = document.createElement('shnro-cycle-compare');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ previous: tukaev.initial, current: tukaev.final });
    element.append(script);
    document.body.append(element);
    await element.updateComplete;
    expect(row(element, '4.4')).not.toBeNull();
  });

  it('speaks English under lang="en"', async () => {
    const element = await mount(kansk, 'en');
    expect(cells(element, '1.5')).toEqual(['38.9% 7 of 18', '47.1% 8 of 17', '+8.2 pp', '↑ up']);
    expect(cells(element, '4.8')[2]).toBe('no data in the second cycle');
    expect(text(element.shadowRoot!.querySelector('[part="summary"]'))).toMatch(/^\d+ indicators: /);
  });

  it('has no axe violations', async () => {
    const element = await mount(kansk);
    expect(await axeViolations(element)).toEqual([]);
  });
});
