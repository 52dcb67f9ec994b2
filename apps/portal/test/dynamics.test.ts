import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  startPreview,
  watchProblems,
  type PreviewServer,
} from '../../test-support/preview.js';

// The dynamics page of the built portal, served as `npm start` serves it, opened in real Chromium.
// Playwright's CSS locators pierce open shadow roots, so `shnro-dynamics-chart .legend` reaches inside.
describe('demo portal: results dynamics (seed 004)', () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startPreview(new URL('..', import.meta.url));
    browser = await launchChromium();
    page = await browser.newPage({ acceptDownloads: true });
    pageErrors = watchProblems(page);
    await page.goto(new URL('dynamics.html', server.url).href);
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  const chart = () => page.locator('shnro-dynamics-chart');
  const badge = (school: string) => chart().locator(`.legend li[data-school="${school}"] .badge`);
  /** What a person reads: the text with its layout whitespace folded. */
  const read = async (locator: ReturnType<Page['locator']>) =>
    ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

  it('serves the dynamics page with the navigation marking it', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe('Динамика образовательных результатов ШНОР');
    await expect(page.locator('.portal-nav a[aria-current="page"]').textContent()).resolves.toBe(
      'Динамика результатов',
    );
  });

  it('draws the three ШНОР as bars and writes the report’s sentence about № 22 and 27', async () => {
    await expect(chart().locator('svg.chart').getAttribute('data-variant')).resolves.toBe('bars');
    await expect(chart().locator('svg.chart g.series-layer rect.bar').count()).resolves.toBe(6);
    expect(await read(badge('school-22'))).toBe('Положительная динамика');
    expect(await read(badge('school-27'))).toBe('Положительная динамика');
    expect(await read(badge('school-8'))).toBe('Стабильно низкие результаты');
    await expect(chart().locator('[part="summary"] p').nth(1).textContent()).resolves.toBe(
      'Положительная динамика результатов ГИА-9: совокупность среднего балла по 4 предметам выше в сравнении с 2022 годом в школах ШНОР № 22, 27.',
    );
    await expect(chart().locator('svg.chart path.municipal').count()).resolves.toBe(1);
  });

  it('switches to the sum of quality rates: higher in № 8 and 22, as the seed says', async () => {
    await page.getByLabel('Совокупность среднего балла по качеству образования').check();
    await expect(chart().locator('figcaption').textContent()).resolves.toBe(
      'ГИА-9: совокупность среднего балла по качеству образования по 4 предметам, 2022–2023',
    );
    await expect(chart().locator('[part="summary"] p').nth(1).textContent()).resolves.toBe(
      'Положительная динамика результатов ГИА-9: совокупность среднего балла по качеству образования по 4 предметам выше в сравнении с 2022 годом в школах ШНОР № 8, 22.',
    );
    expect(await read(badge('school-27'))).toBe('Снижение результатов');
    await page.getByLabel('Совокупность среднего балла по 4 предметам').check();
    expect(await read(badge('school-8'))).toBe('Стабильно низкие результаты');
  });

  it('shows the data as a table on request', async () => {
    await chart().getByRole('button', { name: 'Показать таблицу' }).click();
    const rows = chart().locator('table tbody tr[data-school]');
    await expect(rows.count()).resolves.toBe(3);
    const cells = (await rows.nth(1).locator('td').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual([
      '12,4',
      '13,1',
      expect.stringContaining('+0,7 балла'),
      expect.stringContaining('Положительная динамика'),
    ]);
  });

  it('gives a tooltip to the keyboard: Tab into the chart, arrow down to № 22', async () => {
    await chart().locator('svg.chart g.series[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(chart().locator('[part="tooltip"]').textContent()).resolves.toContain('МБОУ СОШ № 22');
  });

  it('downloads the data as a CSV for Excel', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart().getByRole('button', { name: 'Скачать CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Динамика-ГИА-9-2022-2023.csv');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(
      '"МБОУ СОШ № 22";"12,4";"13,1";"0,7";"баллы";"Положительная динамика";""',
    );
  });

  it('loads without errors in the console', () => {
    expect(pageErrors).toEqual([]);
  });
});
