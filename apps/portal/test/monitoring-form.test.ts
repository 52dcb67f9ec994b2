import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  startPreview,
  watchProblems,
  type PreviewServer,
} from '../../test-support/preview.js';

// The built form on the portal page: typed counts, a reload that finds the draft, a submit.
describe('demo portal: filling in the monitoring', () => {
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

  const form = () => page.locator('#fill shnro-indicator-form');

  it('shows the set with the portal’s known populations prefilled', async () => {
    await expect(form().locator('[part~="indicator"]').count()).resolves.toBe(25);
    await expect(form().locator('[id="f-1.5-denominator"]').inputValue()).resolves.toBe('18');
    await expect(form().locator('[id="f-3.1-denominator"]').inputValue()).resolves.toBe('202');
  });

  it('computes the share as it is typed and keeps the draft over a reload', async () => {
    await form().locator('[id="f-1.5-numerator"]').fill('7');
    await expect(form().locator('[data-code="1.5"] [part="result"]').textContent()).resolves.toContain(
      '38,9%',
    );
    await form().locator('[id="f-4.4-numerator"]').fill('12,5');
    await expect(form().locator('[id="m-4.4-numerator"]').textContent()).resolves.toContain('целым числом');
    await form().locator('[part="draft-status"]', { hasText: 'Черновик сохранён' }).waitFor();
    await page.reload();
    await form().locator('[part="notice"]', { hasText: 'Показан черновик' }).waitFor();
    await expect(form().locator('[id="f-4.4-numerator"]').inputValue()).resolves.toBe('12,5');
    await expect(form().locator('[id="f-1.5-numerator"]').inputValue()).resolves.toBe('7');
  });

  it('submits through the portal form and shows the computed table', async () => {
    await form().locator('[id="f-4.4-numerator"]').fill('65');
    await page.getByRole('button', { name: 'Отправить мониторинг' }).click();
    await expect(page.locator('#monitoring-sent').textContent()).resolves.toBe(
      'Мониторинг отправлен: показателей с ответом — 2 из 25.',
    );
    await expect(page.locator('#computed tr[data-code="4.4"] td').allTextContents()).resolves.toEqual([
      '65 из 202',
      '32,2%',
    ]);
    expect(pageErrors).toEqual([]);
  });
});
