import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  startPreview,
  watchProblems,
  type PreviewServer,
} from '../../test-support/preview.js';

// The report page of the built portal in real Chromium: the preview shows the computed numbers,
// the DOCX the button downloads is read back with an independent reader (mammoth).
describe('report page', () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startPreview(new URL('..', import.meta.url));
    browser = await launchChromium();
    page = await browser.newPage({ acceptDownloads: true });
    pageErrors = watchProblems(page);
    await page.goto(new URL('report.html', server.url).href);
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  it('previews the report in a sandboxed frame with the numbers the counts give', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Аналитическая записка по итогам мониторинга',
    );
    await expect(page.locator('#report-preview').getAttribute('sandbox')).resolves.toBe('');
    const frame = page.frameLocator('#report-preview');
    await expect(frame.locator('h1').textContent()).resolves.toBe('Аналитическая записка');
    const row = frame.locator('tr', {
      hasText: 'Доля школ муниципалитета с низкими результатами',
    });
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('38,9%');
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('7');
    await expect(frame.locator('table').first().locator('tbody tr').count()).resolves.toBe(31);
  });

  it('downloads a DOCX that an independent reader opens with every section and number', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#report-download-docx'),
    ]);
    expect(download.suggestedFilename()).toBe('Аналитическая записка от 20.06.2022.docx');
    const path = await download.path();
    const buffer = await readFile(path);
    const { value: text } = await mammoth.extractRawText({ buffer });
    for (const expected of [
      'Аналитическая записка',
      'Показатели мониторинга системы работы с ШНРО и ШНСУ',
      'Выводы по итогам мониторинга эффективности деятельности школ по повышению качества образования',
      'Рекомендации',
      'Методистам ММС:',
      '38,9%',
      '83,7%',
      '169',
      'М.Г. Федорук',
    ])
      expect(text).toContain(expected);
    // The seed's 11,2% appears only where the report flags the seed's arithmetic (issue 14).
    expect(text.split('Расхождения в исходной записке')[0]).not.toContain('11,2%');
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html.match(/<table>/gu)).toHaveLength(1);
    await expect(page.locator('#report-status').textContent()).resolves.toContain('сформирован');
  });

  it('flags a percentage typed into the conclusions that no share gives, and previews the edit', async () => {
    await page.fill('#report-conclusions', 'В мониторинге участвовало 38,8% школ.');
    await expect
      .poll(() => page.locator('#report-warnings li').allTextContents())
      .toEqual([expect.stringContaining('«38,8%»')]);
    await expect
      .poll(() => page.frameLocator('#report-preview').locator('section.conclusions li').allTextContents())
      .toEqual(['В мониторинге участвовало 38,8% школ.']);
  });

  it('opens the printable document in a new tab', async () => {
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#report-print')]);
    await popup.waitForLoadState();
    await expect(popup.title()).resolves.toBe('Аналитическая записка от 20.06.2022');
    await popup.close();
  });

  it('loads without errors in the console', () => {
    expect(pageErrors).toEqual([]);
  });
});
