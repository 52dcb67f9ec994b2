import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  startPreview,
  watchProblems,
  type PreviewServer,
} from '../../test-support/preview.js';

// The built portal, served as `npm start` serves it, opened in real Chromium.
describe('demo portal', () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startPreview(new URL('..', import.meta.url));
    browser = await launchChromium();
    page = await browser.newPage();
    pageErrors = watchProblems(page);
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  it('serves the monitoring page in Russian', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe('Мониторинг системы работы с ШНРО и ШНСУ');
    expect(await page.title()).toContain('Поддержка школ с низкими образовательными результатами');
  });

  it('shows the indicators the built widget computed from the seed counts', async () => {
    const row = page.locator('#computed tr[data-code="1.5"]');
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['7 из 18', '38,9%']);
    await expect(page.locator('#computed tr[data-code]').count()).resolves.toBe(25);
    await expect(page.locator('#computed h3').count()).resolves.toBe(6);
  });

  it('flags the three percentages the report printed wrongly', async () => {
    const mismatched = page.locator('#reconciled tr[part~="row-mismatch"]');
    await expect(
      mismatched.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code'))),
    ).resolves.toEqual(['1.6', '4.6', '5.2']);
  });

  it('loads without errors in the console', () => {
    expect(pageErrors).toEqual([]);
  });
});
