import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  startPreview,
  watchProblems,
  type PreviewServer,
} from '../../test-support/preview.js';

// The built roadmap page: the school's roadmap from seed 000 with the automatic remarks, then
// submitted by the school and seen by the methodologist.
describe('demo portal: roadmap page', () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    server = await startPreview(new URL('..', import.meta.url));
    browser = await launchChromium();
    page = await browser.newPage();
    problems = watchProblems(page);
    await page.goto(new URL('roadmap.html', server.url).href);
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  const editor = () => page.locator('shnro-roadmap-editor');

  it('is reached from the portal navigation and shows the seed 000 roadmap', async () => {
    await expect(page.locator('.portal-nav a[aria-current="page"]').textContent()).resolves.toBe(
      'Дорожные карты',
    );
    const summary = (await editor().locator('[part="summary"]').textContent()) ?? '';
    expect(summary.replace(/\s+/g, ' ').trim()).toMatch(/^Разделов: \d+, мероприятий: \d+/);
  });

  it('shows the automatic review remarks as seed 000 words them', async () => {
    const remark = editor().getByText('Необходимо конкретизировать прогнозируемый результат', {
      exact: false,
    });
    await remark.first().waitFor();
    expect(await remark.count()).toBeGreaterThan(0);
  });

  it('lets the school submit and the methodologist take it over', async () => {
    await editor()
      .getByRole('button', { name: /направить на рассмотрение/i })
      .click();
    await page.getByRole('button', { name: 'Методист' }).click();
    await expect(page.getByRole('button', { name: 'Методист' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await expect(editor().getAttribute('mode')).resolves.toBe('reviewer');
    // The submitted version is what the "server" holds now.
    const stored = await page.evaluate(() => localStorage.getItem('demo-roadmap-school-7'));
    expect(JSON.parse(stored ?? '{}').status).toBe('submitted');
  });

  it('loads without errors in the console', () => {
    expect(problems).toEqual([]);
  });
});
