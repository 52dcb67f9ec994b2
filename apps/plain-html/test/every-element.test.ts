import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleDiagnosis,
  exampleIom,
  kanskCycle2022,
  kanskCycle2023,
  kanskMonitoring2022Counts,
  kanskMonitoring2022Printed,
  leningradskyDistrictAverage,
  leningradskyGia9SumOfAverages,
  leningradskyMentorship2023,
  leningradskySchools,
  maloshDecisions2021,
  maloshRoadmap2021,
} from '../../../packages/core/dist/examples/index.js';
import { exampleIdentificationMethodology, importRegistry } from '../../../packages/core/dist/index.js';
import { exampleMunicipality } from '../../../packages/widgets/src/roadmap-board/test-support/municipality.js';
import {
  csvFile,
  largeRegistryCsv,
  regionResults,
  registry2023Csv,
  registry2024Csv,
} from '../../../packages/widgets/src/school-registry/test-support/region.js';
import { seed000Roadmap } from '../../../packages/widgets/src/roadmap-editor/examples.js';
import { cdnElements } from '../../../packages/widgets/src/cdn/elements.js';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.mjs';
import { serve, strictContentSecurityPolicy } from '../serve.mjs';

/** A CSP violation as the page reported it. */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

// Every element of the CDN build, with data, and each one's main actions, under
// `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`: not one violation.
describe('every element under the strict policy with Trusted Types', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let page: Page;
  const violations: Violation[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serve();
    const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
    if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH');
    browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
    page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.exposeFunction('reportViolation', (violation: Violation) => violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (v: Violation) => void }).reportViolation({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        }),
      );
    });
    const response = await page.goto(new URL('/every-element.html', server.url).href);
    expect(response?.headers()['content-security-policy']).toBe(strictContentSecurityPolicy);
    expect(strictContentSecurityPolicy).toContain("require-trusted-types-for 'script'");
    expect(strictContentSecurityPolicy).toMatch(/script-src 'self';.*style-src 'self';/);
    for (const tag of Object.keys(cdnElements))
      await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
    // Each element gets its data as properties, the way a framework or a page script would.
    await page.evaluate(
      (data) => {
        const set = (selector: string, values: Record<string, unknown>) =>
          Object.assign(document.querySelector(selector)!, values);
        set('shnro-dynamics-chart', data.chart);
        set('shnro-indicator-table', data.table);
        set('shnro-roadmap-editor', { roadmap: data.roadmap });
        set('shnro-roadmap-board', { roadmaps: data.roadmaps });
        set('shnro-decisions', { decisions: data.decisions, roadmaps: [data.decisionsRoadmap] });
        set('shnro-iom-tracker', data.iom);
        set('shnro-mentorship-map', data.mentorship);
        set('shnro-cycle-compare', data.cycles);
        set('shnro-scorecard', { cycles: [data.cycles.current], previousCycles: [data.cycles.previous] });
        set('shnro-school-registry', data.registry);
      },
      {
        chart: {
          series: leningradskyGia9SumOfAverages,
          schools: leningradskySchools,
          qualifier: 'ШНОР',
          options: { municipalAverage: leningradskyDistrictAverage },
        },
        table: {
          input: kanskMonitoring2022Counts,
          populations: kanskMonitoring2022Counts.populations,
          printed: kanskMonitoring2022Printed,
        },
        roadmap: seed000Roadmap(),
        roadmaps: exampleMunicipality(),
        decisions: maloshDecisions2021,
        decisionsRoadmap: maloshRoadmap2021(),
        iom: { iom: exampleIom, diagnosis: exampleDiagnosis },
        mentorship: (({ schools, assignments, events, teachers, period }) => ({
          schools,
          assignments,
          events,
          teachers,
          period,
        }))(leningradskyMentorship2023),
        cycles: { previous: kanskCycle2022(), current: kanskCycle2023() },
        registry: {
          registry: (await importRegistry(csvFile(registry2023Csv, 'реестр-2023.csv'))).registry,
          methodology: exampleIdentificationMethodology,
          results: regionResults(),
        },
      },
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Waits a little for late effects (a re-render, a blocked style) to be reported. */
  const settle = () => page.waitForTimeout(150);

  it('renders every element with its data and no violation', async () => {
    for (const tag of Object.keys(cdnElements))
      await page.waitForFunction(
        (name) => (document.querySelector(name)?.shadowRoot?.textContent ?? '').trim().length > 0,
        tag,
      );
    await page.locator('shnro-dynamics-chart g.series').first().waitFor();
    await page.locator('shnro-roadmap-editor textarea').first().waitFor();
    await settle();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('dynamics chart: table, a focused point with its tooltip, SVG, PNG and CSV', async () => {
    const chart = page.locator('shnro-dynamics-chart');
    await chart.locator('[part="table-toggle"]').click();
    await chart.locator('table').first().waitFor();
    await chart.locator('g.series[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await chart.locator('[part="tooltip"]').waitFor();
    // Placed beside the point through the CSSOM: the tooltip is not at the plot's corner.
    const left = await chart.locator('[part="tooltip"]').evaluate((node) => getComputedStyle(node).left);
    expect(Number.parseFloat(left)).toBeGreaterThan(0);
    const files: Record<string, Buffer> = {};
    for (const kind of ['svg', 'png', 'csv']) {
      const [download] = await Promise.all([
        page.waitForEvent('download') as Promise<Download>,
        chart.locator(`[data-export="${kind}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${kind}$`));
      files[kind] = readFileSync(await download.path());
    }
    // A real PNG (its signature), with pixels: the `data:` image was allowed and drawn.
    expect([...files['png']!.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(files['png']!.length).toBeGreaterThan(5_000);
    expect(files['svg']!.toString('utf8')).not.toMatch(/ style=/);
    expect(files['csv']!.toString('utf8')).toContain('Школа');
    await settle();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('indicator form: typing and the host form’s submit', async () => {
    await page.evaluate(() =>
      document.querySelector('#monitoring-form')!.addEventListener('submit', (event) => {
        event.preventDefault();
        document.body.dataset['submitted'] = [...new FormData(event.target as HTMLFormElement).keys()].join(
          ',',
        );
      }),
    );
    const input = page.locator('shnro-indicator-form input[type="text"]').first();
    await input.click();
    await page.keyboard.type('7');
    await page.locator('#monitoring-form button[type="submit"]').click();
    // The form-associated element's value went out with the host form.
    await expect.poll(() => page.evaluate(() => document.body.dataset['submitted'])).toContain('monitoring');
    await settle();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('roadmap editor: adding an activity and typing into it', async () => {
    const editor = page.locator('shnro-roadmap-editor');
    const before = await editor.locator('textarea').count();
    await editor.locator('[data-add-activity]').first().click();
    await expect.poll(() => editor.locator('textarea').count()).toBeGreaterThan(before);
    await page.keyboard.type('Семинар для учителей');
    await page.waitForTimeout(700);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('roadmap board and decisions: filters', async () => {
    const board = page.locator('shnro-roadmap-board');
    await board.locator('input[type="search"]').fill('1');
    await board.locator('select[name="status"]').selectOption({ index: 1 });
    await board.locator('input[name="with-remarks"]').check();
    const decisions = page.locator('shnro-decisions');
    await decisions.locator('[part="filter"] select').selectOption({ index: 1 });
    await settle();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('scorecard and draft list: sorting, saving a draft to a file, deleting it', async () => {
    const scorecard = page.locator('shnro-scorecard');
    await scorecard.locator('thead button').first().click();
    await expect
      .poll(() => scorecard.locator('th[aria-sort="ascending"], th[aria-sort="descending"]').count())
      .toBe(1);
    // The editor's typing (above) left a draft in the scope the list shows.
    const list = page.locator('shnro-draft-list');
    const item = list.locator('li[part~="item"]').first();
    await item.waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.locator('[part~="export"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const before = await list.locator('li[part~="item"]').count();
    await item.locator('[part~="discard"]').click();
    await item.locator('[part~="discard"]').click();
    await expect.poll(() => list.locator('li[part~="item"]').count()).toBe(before - 1);
    await settle();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('school registry: a file picked, the mapping changed, the preview scrolled, import, a proposal rejected', async () => {
    const registry = page.locator('shnro-school-registry');
    const input = registry.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'регион.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(largeRegistryCsv(2_000), 'utf8'),
    });
    const scroller = registry.locator('[part="preview"]');
    await scroller.waitFor();
    await scroller.evaluate((node) => (node.scrollTop = node.scrollHeight));
    await registry.locator('tr[data-row="2001"]').waitFor();
    await input.setInputFiles({
      name: 'реестр-2024.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(registry2024Csv, 'utf8'),
    });
    await registry.locator('[part="diff"]').waitFor();
    await registry.locator('select[name="schoolShortName"]').selectOption('');
    await registry.locator('select[name="schoolName"]').selectOption('');
    await registry.locator('[part="mapping"] [role="alert"]').waitFor();
    await registry.locator('select[name="schoolName"]').selectOption('B');
    await registry.locator('[part="import-button"]').click();
    await expect.poll(() => registry.locator('[part="summary"]').textContent()).toContain('7 школ');
    const proposal = registry.locator('[data-school="2400045056"] [data-category="low-results"]');
    await proposal.locator('[data-action="reject"]').click();
    await proposal.locator('textarea').fill('результаты перепроверяются');
    await proposal.locator('[data-action="reject-submit"]').click();
    await expect.poll(() => proposal.locator('.reason').textContent()).toContain('перепроверяются');
    await settle();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
