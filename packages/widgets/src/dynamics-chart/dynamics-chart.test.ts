import { compareSeries, summarizeDynamics, type ResultSeries } from '@shnro/core';
import {
  leningradskyDistrictAverage,
  leningradskyGia9SumOfAverages,
  leningradskyGia9SumOfQuality,
  leningradskySchools,
} from '@shnro/core/examples';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test-support/axe.js';
import './define.js';
import type { ShnroDynamicsChart } from './dynamics-chart.js';
import { syntheticDistrict } from './test-support/synthetic.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits for the first draw and the redraw at the measured width. */
async function settle(element: ShnroDynamicsChart): Promise<void> {
  await element.updateComplete;
  await frame();
  await frame();
  await element.updateComplete;
}

async function mount(
  setup: (element: ShnroDynamicsChart) => void,
  options: { lang?: string; parent?: HTMLElement } = {},
): Promise<ShnroDynamicsChart> {
  const element = document.createElement('shnro-dynamics-chart');
  if (options.lang) element.lang = options.lang;
  setup(element);
  (options.parent ?? document.body).append(element);
  await settle(element);
  return element;
}

function seed004(element: ShnroDynamicsChart, extra: ShnroDynamicsChart['options'] = {}): void {
  element.series = leningradskyGia9SumOfAverages;
  element.schools = leningradskySchools;
  element.qualifier = 'ШНОР';
  element.options = { municipalAverage: leningradskyDistrictAverage, ...extra };
}

const $ = <T extends Element = Element>(element: ShnroDynamicsChart, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = <T extends Element = Element>(element: ShnroDynamicsChart, selector: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const number = (label: string) => Number(label.replace(',', '.').replace('−', '-'));

/** The value an y coordinate stands for, read back from the drawn tick labels (not from the code's scale). */
function valueAxis(element: ShnroDynamicsChart): (y: number) => number {
  const ticks = $$<SVGTextElement>(element, '.grid text.tick').map((tick) => ({
    y: Number(tick.getAttribute('y')) - 4,
    value: number(text(tick)),
  }));
  const first = ticks[0]!;
  const last = ticks.at(-1)!;
  const perUnit = (last.y - first.y) / (last.value - first.value);
  return (y) => first.value + (y - first.y) / perUnit;
}

/** The drawn values of each school: `{ 'school-22': { 2022: 12.4, … } }`, read from the SVG. */
function drawnValues(element: ShnroDynamicsChart): Record<string, Record<number, number>> {
  const at = valueAxis(element);
  const drawn: Record<string, Record<number, number>> = {};
  for (const group of $$<SVGGElement>(element, 'g.series-layer g.series')) {
    const school = group.dataset['school']!;
    drawn[school] = {};
    const path = group.querySelector('.line');
    if (path) {
      const years = element.dynamics!.years;
      const yearX = $$(element, '.x-axis text.year').map((label) => Number(label.getAttribute('x')));
      for (const [, x, y] of path.getAttribute('d')!.matchAll(/[ML]([\d.]+) ([\d.]+)/g)) {
        const year = years[yearX.findIndex((centre) => Math.abs(centre - Number(x)) < 0.5)]!;
        drawn[school][year] = Math.round(at(Number(y)) * 100) / 100;
      }
    } else {
      for (const bar of group.querySelectorAll('rect.bar')) {
        drawn[school][Number(bar.getAttribute('data-year'))] =
          Math.round(at(Number(bar.getAttribute('y'))) * 100) / 100;
      }
    }
  }
  return drawn;
}

describe('<shnro-dynamics-chart>', () => {
  // A Russian portal page; the runner's own page says lang="en".
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('draws seed 004 as grouped bars, each as tall as its value on the drawn axis', async () => {
    const element = await mount((el) => seed004(el));
    expect($(element, 'svg.chart').getAttribute('data-variant')).toBe('bars');
    expect($$(element, 'svg.chart rect.bar')).toHaveLength(6);
    expect(drawnValues(element)).toEqual({
      'school-8': { 2022: 13.6, 2023: 13.2 },
      'school-22': { 2022: 12.4, 2023: 13.1 },
      'school-27': { 2022: 12.9, 2023: 13.5 },
    });
    // Bars start at zero: the bottom of every bar is the axis' zero.
    const at = valueAxis(element);
    for (const bar of $$(element, 'svg.chart rect.bar')) {
      expect(at(Number(bar.getAttribute('y')) + Number(bar.getAttribute('height')))).toBeCloseTo(0, 1);
    }
    expect($$(element, '.bar-value').map(text)).toEqual(['13,6', '13,2', '12,4', '13,1', '12,9', '13,5']);
    expect(text($(element, 'figcaption'))).toBe(
      'ГИА-9: совокупность среднего балла по 4 предметам, 2022–2023',
    );
  });

  it('shows each school’s class from the core as a badge with an icon, and the report’s sentences', async () => {
    const element = await mount((el) => seed004(el));
    const badges = Object.fromEntries(
      $$<HTMLLIElement>(element, '.legend li[data-school]').map((li) => [
        li.dataset['school'],
        text(li.querySelector('.badge')),
      ]),
    );
    expect(badges).toEqual({
      'school-8': 'Снижение результатов',
      'school-22': 'Положительная динамика',
      'school-27': 'Положительная динамика',
    });
    expect($$(element, '.legend .badge svg path').length).toBeGreaterThanOrEqual(3);
    const expected = summarizeDynamics(
      compareSeries(leningradskyGia9SumOfAverages, {
        assessment: 'gia-9',
        metric: 'sum-of-average-scores',
        schools: leningradskySchools,
        municipalAverage: leningradskyDistrictAverage,
      }),
      'ru',
      { qualifier: { ru: 'ШНОР' } },
    );
    expect($$(element, '[part="summary"] p').map(text)).toEqual(expected);
    expect(expected[1]).toBe(
      'Положительная динамика результатов ГИА-9: совокупность среднего балла по 4 предметам выше в сравнении с 2022 годом в школах ШНОР № 22, 27.',
    );
  });

  it('draws the municipal average as a reference line and the band below it, and calls № 8 stable-low', async () => {
    const element = await mount((el) => seed004(el, { tolerance: 0.5, lowThreshold: 'municipal-average' }));
    const at = valueAxis(element);
    const segments = [
      ...$(element, 'svg.chart path.municipal')
        .getAttribute('d')!
        .matchAll(/M[\d.]+ ([\d.]+)H/g),
    ].map((match) => Math.round(at(Number(match[1])) * 100) / 100);
    expect(segments).toEqual([14.1, 14.3]);
    expect($$(element, 'path.band')).toHaveLength(1);
    expect(text($(element, '.legend li[data-legend="band"]'))).toBe('Ниже среднего по муниципалитету');
    expect(text($(element, '.legend li[data-school="school-8"] .badge'))).toBe('Стабильно низкие результаты');
    expect($(element, 'g.series[data-school="school-8"]').getAttribute('data-class')).toBe('stable-low');

    element.options = { lowThreshold: 13 };
    await settle(element);
    expect($$(element, 'svg.chart path.municipal')).toHaveLength(0);
    const band = $(element, 'svg.chart path.band').getAttribute('d')!;
    expect(valueAxis(element)(Number(/^M[\d.]+ ([\d.]+)/.exec(band)![1]))).toBeCloseTo(13, 1);
    expect(text($(element, '.legend li[data-legend="band"]'))).toBe('Ниже порога 13');
  });

  it('shows the same numbers in the table as in the chart, with the change and the class', async () => {
    const element = await mount((el) => seed004(el));
    const toggle = $<HTMLButtonElement>(element, 'button[part="table-toggle"]');
    expect(text(toggle)).toBe('Показать таблицу');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect($$(element, 'table')).toHaveLength(0);
    toggle.click();
    await element.updateComplete;
    expect(element.showTable).toBe(true);
    expect(element.hasAttribute('show-table')).toBe(true);
    expect(text(toggle)).toBe('Скрыть таблицу');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    const headers = $$(element, 'table thead th').map(text);
    expect(headers).toEqual(['Школа', '2022', '2023', 'Изменение 2023 к 2022', 'Динамика']);
    const rows = $$<HTMLTableRowElement>(element, 'table tbody tr[data-school]');
    expect(rows.map((row) => [...row.cells].map(text))).toEqual([
      ['МБОУ СОШ № 8', '13,6', '13,2', '-0,4 балла', 'Снижение результатов'],
      ['МБОУ СОШ № 22', '12,4', '13,1', '+0,7 балла', 'Положительная динамика'],
      ['МБОУ СОШ № 27', '12,9', '13,5', '+0,6 балла', 'Положительная динамика'],
    ]);
    expect([...$<HTMLTableRowElement>(element, 'tr[data-row="municipal"]').cells].map(text)).toEqual([
      'Среднее по муниципалитету',
      '14,1',
      '14,3',
      '',
      '',
    ]);
    // The table and the drawing agree cell by cell.
    const drawn = drawnValues(element);
    for (const row of rows) {
      for (const cell of row.querySelectorAll<HTMLTableCellElement>('td[data-year]')) {
        const year = Number(cell.dataset['year']);
        expect(number(text(cell)), `${row.dataset['school']} ${year}`).toBeCloseTo(
          drawn[row.dataset['school']!]![year]!,
          1,
        );
      }
    }
  });

  it('draws lines for more than three years: one path per school, broken where a year is missing', async () => {
    const district = syntheticDistrict(12, 6);
    const element = await mount((el) => {
      el.series = district.series;
      el.schools = district.schools;
      el.options = { years: district.years, municipalAverage: district.municipalAverage };
    });
    expect($(element, 'svg.chart').getAttribute('data-variant')).toBe('lines');
    expect($$(element, 'g.series-layer path.line')).toHaveLength(12);
    const drawn = drawnValues(element);
    for (const series of district.series) {
      const expected = Object.fromEntries(series.points.map((point) => [point.year, point.value]));
      for (const [year, value] of Object.entries(expected)) {
        expect(drawn[series.schoolId]![Number(year)], `${series.schoolId} ${year}`).toBeCloseTo(value, 1);
      }
    }
    // School 6 has no result for 2019: its line is two pieces, and 2019 has no vertex.
    const gap = $(element, 'g.series[data-school="school-6"] path.line').getAttribute('d')!;
    expect(gap.match(/M/g)).toHaveLength(2);
    expect(drawn['school-6']![2019]).toBeUndefined();
    // Colour is never the only cue: the first schools differ in dash and marker too.
    const dashes = $$(element, 'g.series-layer path.line')
      .slice(0, 4)
      .map((path) => path.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).toBe(4);
    const markers = $$(element, 'marker path')
      .slice(0, 7)
      .map((path) => path.getAttribute('d'));
    expect(new Set(markers).size).toBe(7);

    element.variant = 'bars';
    await settle(element);
    expect($(element, 'svg.chart').getAttribute('data-variant')).toBe('bars');
    expect($$(element, 'svg.chart rect.bar')).toHaveLength(
      district.series.reduce((sum, entry) => sum + entry.points.length, 0),
    );
  });

  it('draws 100 schools × 10 years with one path per school and one tab stop', async () => {
    const district = syntheticDistrict(100, 10);
    const element = await mount((el) => {
      el.series = district.series;
      el.schools = district.schools;
      el.options = { years: district.years, municipalAverage: district.municipalAverage, lowThreshold: 13 };
    });
    expect($$(element, 'g.series-layer path.line')).toHaveLength(100);
    expect($$(element, 'g.series-layer circle, g.series-layer rect').length).toBeLessThan(100);
    expect($$(element, 'svg [tabindex="0"]')).toHaveLength(1);
    expect($$(element, 'svg [tabindex="-1"]')).toHaveLength(99);
    // The legend of a hundred schools opens on request.
    expect($$(element, '.legend li[data-school]')).toHaveLength(0);
    $<HTMLDetailsElement>(element, 'details.legend-details').open = true;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect($$(element, '.legend li[data-school]')).toHaveLength(100);
    expect(element.shadowRoot!.querySelectorAll('*').length).toBeLessThan(2500);
  });

  it('shows the same tooltip by pointer and by keyboard, and moves between schools and years with arrows', async () => {
    const element = await mount((el) => seed004(el));
    const svgElement = $<SVGSVGElement>(element, 'svg.chart');
    const bar = $<SVGRectElement>(element, 'g.series[data-school="school-22"] rect.bar[data-year="2023"]');
    const box = bar.getBoundingClientRect();
    svgElement.dispatchEvent(
      new PointerEvent('pointermove', {
        bubbles: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
      }),
    );
    await element.updateComplete;
    const byPointer = text($(element, '[part="tooltip"]'));
    expect(byPointer).toBe(
      'МБОУ СОШ № 22 2023: 13,1 · 52 участника к 2022: +0,7 балла к среднему по муниципалитету: -1,2 балла Положительная динамика',
    );
    svgElement.dispatchEvent(new PointerEvent('pointerleave'));
    await element.updateComplete;
    expect($$(element, '[part="tooltip"]')).toHaveLength(0);

    const first = $<SVGGElement>(element, 'g.series[data-school="school-8"]');
    expect(first.getAttribute('tabindex')).toBe('0');
    first.focus();
    await element.updateComplete;
    expect(text($(element, '[part="tooltip"]'))).toContain('МБОУ СОШ № 8 2023: 13,2');
    await userEvent.keyboard('{ArrowDown}');
    await element.updateComplete;
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.getAttribute('data-school')).toBe('school-22');
    expect(text($(element, '[part="tooltip"]'))).toBe(byPointer);
    expect(text($(element, '[role="status"]'))).toBe(
      'МБОУ СОШ № 22, 2023: 13,1, 52 участника, к 2022: +0,7 балла, к среднему по муниципалитету: -1,2 балла',
    );
    expect($$(element, 'g.series[tabindex="0"]').map((g) => g.getAttribute('data-school'))).toEqual([
      'school-22',
    ]);
    await userEvent.keyboard('{ArrowLeft}');
    await element.updateComplete;
    expect(text($(element, '[part="tooltip"]'))).toContain('2022: 12,4 · 48 участников');
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect($$(element, '[part="tooltip"]')).toHaveLength(0);
  });

  it('reaches every school by keyboard: one tab stop, ↓/↑ through all series, a tooltip on each, Esc then an arrow reopens', async () => {
    const district = syntheticDistrict(12, 6);
    const before = document.createElement('button');
    before.textContent = 'до графика';
    document.body.append(before);
    const element = await mount((el) => {
      el.series = district.series;
      el.schools = district.schools;
      el.options = { years: district.years, municipalAverage: district.municipalAverage };
    });
    const groups = $$<SVGGElement>(element, 'g.series');
    expect(groups).toHaveLength(12);
    expect(groups.filter((g) => g.getAttribute('tabindex') === '0')).toHaveLength(1);
    const names = new Map(district.schools.map((school) => [school.id, school.name]));
    const focused = () => element.shadowRoot!.activeElement?.getAttribute('data-school') ?? '';
    const tooltip = () => element.shadowRoot!.querySelector('[part="tooltip"]');

    // Tab from the button before the chart lands on the roving series (after the toolbar).
    before.focus();
    for (let step = 0; step < 10 && !focused(); step += 1) await userEvent.tab();
    const reached: string[] = [focused()];
    await element.updateComplete;
    expect(text(tooltip())).toContain(names.get(reached[0]!)!);
    for (let step = 1; step < groups.length; step += 1) {
      await userEvent.keyboard('{ArrowDown}');
      await settle(element);
      reached.push(focused());
      // The tooltip follows focus, beside its point (placed through the CSSOM).
      expect(text(tooltip())).toContain(names.get(focused())!);
      expect(Number.parseFloat(getComputedStyle(tooltip()!).left)).toBeGreaterThan(0);
    }
    expect(new Set(reached)).toEqual(new Set(district.schools.map((school) => school.id)));
    expect($$(element, 'g.series[tabindex="0"]').map((g) => g.getAttribute('data-school'))).toEqual([
      reached.at(-1),
    ]);
    // Walk the years of the last school, then back up to the first school.
    await userEvent.keyboard('{Home}');
    await element.updateComplete;
    expect(text(tooltip())).toContain(`${district.years[0]}:`);
    for (let step = 1; step < groups.length; step += 1) {
      await userEvent.keyboard('{ArrowUp}');
      await settle(element);
    }
    expect(focused()).toBe(reached[0]);
    // Esc closes the tooltip; the next arrow opens it again on the focused school.
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(tooltip()).toBeNull();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    expect(text(tooltip())).toContain(names.get(reached[0]!)!);
    // A second Tab leaves the chart: the series are one stop, not twelve.
    await userEvent.tab();
    expect(element.shadowRoot!.activeElement?.closest('g.series') ?? null).toBeNull();
    before.remove();
  });

  it('names every school and its values for a screen reader', async () => {
    const element = await mount((el) => seed004(el));
    expect($(element, 'g.series[data-school="school-22"]').getAttribute('aria-label')).toBe(
      'МБОУ СОШ № 22: 2022 — 12,4; 2023 — 13,1. Положительная динамика (+0,7 балла).',
    );
    expect($(element, 'svg.chart').getAttribute('aria-label')).toBe(
      'Диаграмма: ГИА-9: совокупность среднего балла по 4 предметам, 2022–2023',
    );
  });

  it('exports a standalone SVG in the light scheme, with the school names and a legend', async () => {
    const box = document.createElement('div');
    box.style.width = '960px';
    document.body.append(box);
    const element = await mount((el) => seed004(el, { lowThreshold: 'municipal-average' }), { parent: box });
    element.style.colorScheme = 'dark';
    await settle(element);
    const bar = $(element, 'g.series[data-school="school-8"] rect.bar');
    expect(getComputedStyle(bar).stroke).toBe('rgb(86, 180, 233)');

    const file = await element.toSvg();
    expect(element.style.colorScheme).toBe('dark');
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    for (const name of ['МБОУ СОШ № 8', 'МБОУ СОШ № 22', 'МБОУ СОШ № 27', 'Среднее по муниципалитету'])
      expect(file).toContain(name);
    expect(file).toContain('МБОУ СОШ № 22 — положительная динамика — +0,7 балла');
    expect(file).not.toMatch(/var\(--|light-dark|<!--|tabindex| class=/);
    const parsed = new DOMParser().parseFromString(file, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    // The first school's bars keep its light-scheme colour, written as a presentation attribute
    // (no `style` attribute, which a strict `style-src` refuses to set).
    const exportedBar = parsed.querySelector('rect[data-year="2022"]')!;
    expect(exportedBar.getAttribute('stroke')).toBe('rgb(0, 114, 178)');
    expect(file).not.toMatch(/ style=/);

    const png = await element.toPng();
    expect(png.type).toBe('image/png');
    const image = await createImageBitmap(png);
    expect(image.width).toBe(Number(parsed.documentElement.getAttribute('width')) * 2);
  });

  it('writes the data as a CSV for Excel: BOM, «;», decimal comma, negative changes as numbers', async () => {
    const element = await mount((el) => seed004(el));
    const csv = await element.toCsv();
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe(
      '\uFEFF' +
        [
          '"Школа";"2022";"2023";"Изменение 2023 к 2022";"Единица";"Динамика";"Примечание"',
          '"МБОУ СОШ № 8";"13,6";"13,2";"-0,4";"баллы";"Снижение результатов";""',
          '"МБОУ СОШ № 22";"12,4";"13,1";"0,7";"баллы";"Положительная динамика";""',
          '"МБОУ СОШ № 27";"12,9";"13,5";"0,6";"баллы";"Положительная динамика";""',
          '"Среднее по муниципалитету";"14,1";"14,3";"";"";"";""',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('downloads the CSV the «Скачать CSV» button offers, named after the assessment and years', async () => {
    const element = await mount((el) => seed004(el));
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return 'blob:test';
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    $<HTMLButtonElement>(element, 'button[data-export="csv"]').click();
    await element.updateComplete;
    expect(clicked).toEqual(['Динамика-ГИА-9-2022-2023.csv']);
    expect(await files[0]!.text()).toBe((await element.toCsv()).slice(1)); // Blob.text() drops the BOM
    expect(new Uint8Array(await files[0]!.arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
  });

  it('marks small samples: badge, note, rings around the bars, a legend key', async () => {
    const [school8, ...others] = leningradskyGia9SumOfAverages;
    const small: ResultSeries = {
      ...school8!,
      points: school8!.points.map((point) => ({ ...point, participants: 4 })),
    };
    const element = await mount((el) => {
      el.series = [small, ...others];
      el.schools = leningradskySchools;
    });
    const item = $(element, '.legend li[data-school="school-8"]');
    expect(text(item.querySelector('.badge'))).toBe('Недостаточно данных');
    expect(text(item)).toContain('малочисленная выборка');
    expect($$(element, 'g.series[data-school="school-8"] rect.small-sample')).toHaveLength(2);
    expect($$(element, 'g.series[data-school="school-22"] .small-sample')).toHaveLength(0);
    expect(text($(element, '.legend li[data-legend="small-sample"]'))).toContain('менее 5 участников');
  });

  it('says so when there is no data, and when nothing matches the metric', async () => {
    const element = await mount(() => {});
    expect(text($(element, '[part="empty"]'))).toBe(
      'Нет данных для графика динамики. Передайте ряды результатов (series) и выберите процедуру и показатель.',
    );
    expect($$(element, 'svg.chart')).toHaveLength(0);
    expect(await element.toCsv()).toBe('');
    expect(await element.toSvg()).toBe('');

    element.series = leningradskyGia9SumOfAverages;
    element.options = { metric: 'pass-rate' };
    await settle(element);
    expect(text($(element, '[part="empty"]'))).toBe(
      'Нет данных для графика динамики. Нет результатов ГИА-9 для оценки динамики.',
    );
  });

  it('draws a single year as bars only, with no change, and says dynamics need two years', async () => {
    const element = await mount((el) => {
      el.series = leningradskyGia9SumOfAverages.map((series) => ({
        ...series,
        points: series.points.slice(1),
      }));
      el.schools = leningradskySchools;
      el.showTable = true;
    });
    expect($(element, 'svg.chart').getAttribute('data-variant')).toBe('bars');
    expect($$(element, 'svg.chart rect.bar')).toHaveLength(3);
    expect(text($(element, '[part="notice"]'))).toBe(
      'Есть результаты только за 2023 год: для динамики нужны результаты хотя бы за два года.',
    );
    expect($$(element, 'table thead th').map(text)).toEqual(['Школа', '2023', 'Динамика']);
    expect($$(element, '.legend .change')).toHaveLength(0);
    expect(text($(element, 'figcaption'))).toBe('ГИА-9: совокупность среднего балла по 4 предметам, 2023');
    expect(text($(element, '[part="summary"]'))).toContain('нужны результаты хотя бы за два года');
  });

  it('renders school names as text, never as HTML, in the chart and in the exported SVG', async () => {
    const element = await mount((el) => {
      el.series = leningradskyGia9SumOfAverages;
      el.schools = {
        'school-8': '<img src=x onerror="window.__pwned=1">Школа',
        'school-22': 'МБОУ СОШ № 22',
      };
    });
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(text($(element, '.legend li[data-school="school-8"] .name'))).toBe(
      '<img src=x onerror="window.__pwned=1">Школа',
    );
    expect(await element.toSvg()).toContain('&lt;img src=x');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('switches the metric: the sum of quality rates is higher in № 8 and 22, in п.п.', async () => {
    const element = await mount((el) => seed004(el));
    element.series = [...leningradskyGia9SumOfAverages, ...leningradskyGia9SumOfQuality];
    element.options = { metric: 'sum-of-quality-percents' };
    element.showTable = true;
    await settle(element);
    expect(text($(element, 'figcaption'))).toBe(
      'ГИА-9: совокупность среднего балла по качеству образования по 4 предметам, 2022–2023',
    );
    expect(
      $$<HTMLTableRowElement>(element, 'tbody tr[data-school]').map((row) => text(row.cells[3])),
    ).toEqual(['+13,5 п.п.', '+15,8 п.п.', '-7,2 п.п.']);
  });

  it('takes its data from a JSON block, as a page without a build step passes it', async () => {
    const element = document.createElement('shnro-dynamics-chart');
    const block = document.createElement('script');
    block.type = 'application/json';
    block.textContent = JSON.stringify({
      series: leningradskyGia9SumOfAverages,
      schools: Object.fromEntries(leningradskySchools.map((school) => [school.id, school.name])),
      options: { municipalAverage: leningradskyDistrictAverage },
    });
    element.append(block);
    document.body.append(element);
    await settle(element);
    expect(drawnValues(element)['school-22']).toEqual({ 2022: 12.4, 2023: 13.1 });
    expect($$(element, 'svg.chart path.municipal')).toHaveLength(1);
  });

  it('names the wrong field of a JSON block instead of drawing nonsense', async () => {
    const element = document.createElement('shnro-dynamics-chart');
    element.innerHTML = `<script type="application/json">${JSON.stringify({
      series: [{ ...leningradskyGia9SumOfAverages[0], points: [{ year: 2023, value: -1 }] }],
    })}</script>`;
    document.body.append(element);
    await settle(element);
    const alert = text($(element, '[role="alert"]'));
    expect(alert).toMatch(
      /^Данные в блоке <script type="application\/json"> не прочитаны: series\.0\.points\.0\.value: /,
    );
    expect($$(element, 'svg.chart')).toHaveLength(0);
  });

  it('names the wrong field of a malformed series property, in Russian or English, and draws again once it is right', async () => {
    const broken = [
      leningradskyGia9SumOfAverages[0]!,
      { ...leningradskyGia9SumOfAverages[1]!, points: [{ year: 2023, value: '13,1' }] },
    ] as unknown as ResultSeries[];
    const element = await mount((el) => (el.series = broken));
    expect(text($(element, '[role="alert"]'))).toBe(
      'Данные графика не подходят: series[1].points[0].value: Поле «value»: ожидается число, а указано текст «13,1».',
    );
    expect($$(element, 'svg.chart')).toHaveLength(0);
    expect(element.dynamics).toBeUndefined();
    element.series = leningradskyGia9SumOfAverages;
    await settle(element);
    expect($$(element, '[role="alert"]')).toHaveLength(0);
    expect($$(element, 'svg.chart')).toHaveLength(1);
    element.remove();

    const english = await mount((el) => (el.series = broken), { lang: 'en' });
    expect(text($(english, '[role="alert"]'))).toBe(
      'The chart data is not valid: series[1].points[0].value: Field "value": expected a number, got text "13,1".',
    );
  });

  it('speaks English when its lang says so', async () => {
    const element = await mount((el) => seed004(el), { lang: 'en' });
    expect(text($(element, 'button[part="table-toggle"]'))).toBe('Show table');
    expect(text($(element, '.legend li[data-school="school-22"] .badge'))).toBe('Positive dynamics');
    expect(text($(element, '[part="summary"] p'))).toMatch(/^Dynamics of GIA-9 results/);
    expect($$(element, '.bar-value').map(text)).toContain('13.1');
  });

  it('redraws to the width of its container', async () => {
    const box = document.createElement('div');
    box.style.width = '420px';
    document.body.append(box);
    const element = await mount((el) => seed004(el), { parent: box });
    expect($(element, 'svg.chart').getAttribute('viewBox')).toBe('0 0 420 260');
    box.style.width = '900px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(element);
    expect($(element, 'svg.chart').getAttribute('viewBox')).toBe('0 0 900 460');
    expect($(element, 'svg.chart').getBoundingClientRect().width).toBeCloseTo(900, 0);
  });

  it('has no axe violations: bars with the table, lines with a focused point', async () => {
    const bars = await mount((el) => {
      seed004(el, { lowThreshold: 'municipal-average', tolerance: 0.5 });
      el.showTable = true;
    });
    expect(await axeViolations(bars)).toEqual([]);
    bars.remove();
    const district = syntheticDistrict(5, 6);
    const lines = await mount((el) => {
      el.series = district.series;
      el.schools = district.schools;
      el.options = { years: district.years, municipalAverage: district.municipalAverage };
    });
    $<SVGGElement>(lines, 'g.series').focus();
    await lines.updateComplete;
    expect(await axeViolations(lines)).toEqual([]);
  });
});
