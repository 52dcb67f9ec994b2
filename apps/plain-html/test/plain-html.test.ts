import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.mjs';
import { contentSecurityPolicy, serve } from '../serve.mjs';

describe('plain HTML page with the CDN build, under a strict CSP', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve();
    const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
    if (!executablePath)
      throw new Error('No Chromium: run the tests through `npm test`, or set CHROMIUM_PATH');
    browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a page and collects CSP violations, page errors and console messages. */
  async function open(path: string) {
    const page: Page = await browser.newPage();
    const problems: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(new URL(path, server.url).href);
    return { page, problems, warnings, headers: response?.headers() ?? {} };
  }

  it('is really served with the strict policy', async () => {
    const { headers, page } = await open('/');
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval/);
    await page.close();
  });

  it('renders the widget from one module script and a JSON block, with no violation', async () => {
    const { page, problems } = await open('/');
    const row = page.locator('shnro-indicator-table tr[data-code="1.5"] td');
    await row.first().waitFor();
    const texts = (await row.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['7 из 18', '38,9%', '38,9% совпадает с расчётом']);
    await expect(page.locator('shnro-indicator-table tr[part~="row-mismatch"]').count()).resolves.toBe(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('defines a widget added to the page later', async () => {
    const { page, problems } = await open('/');
    await page.locator('shnro-indicator-table tr[data-code]').first().waitFor();
    await page.evaluate(() => {
      const later = document.createElement('div');
      later.innerHTML = '<shnro-draft-list scope="demo"></shnro-draft-list>';
      document.body.append(later);
    });
    await page.waitForFunction(() => customElements.get('shnro-draft-list') !== undefined);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads the workspace elements through the autoloader too, under the strict policy', async () => {
    const { page, problems } = await open('/');
    await page.locator('shnro-indicator-table tr[data-code]').first().waitFor();
    const tags = ['shnro-roadmap-board', 'shnro-iom-tracker', 'shnro-mentorship-map', 'shnro-cycle-compare'];
    await page.evaluate((names) => {
      for (const name of names) document.body.append(document.createElement(name));
    }, tags);
    for (const tag of tags) {
      await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
      // Rendered: an empty element still says something in its shadow root, in Russian.
      await page.waitForFunction(
        (name) => (document.querySelector(name)?.shadowRoot?.textContent ?? '').trim().length > 0,
        tag,
      );
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fetches an element only when its tag appears, and each shared chunk once for three elements', async () => {
    const { page, problems } = await open('/');
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/cdn/')) fetched.push(path.slice('/cdn/'.length));
    });
    await page.locator('shnro-indicator-table tr[data-code]').first().waitFor();
    const three = ['shnro-indicator-form', 'shnro-roadmap-editor', 'shnro-dynamics-chart'];
    expect(fetched.filter((path) => three.includes(path.replace(/\.js$/, '')))).toEqual([]);
    await page.evaluate((names) => {
      for (const name of names) document.body.append(document.createElement(name));
    }, three);
    for (const tag of three)
      await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
    expect(fetched.filter((path) => !path.startsWith('chunks/')).sort()).toEqual(
      three.map((tag) => `${tag}.js`).sort(),
    );
    // Lit, the core and the widgets' shared code sit in chunks that the three entries share.
    expect(fetched.filter((path) => path.startsWith('chunks/')).length).toBeGreaterThan(0);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('warns, never crashes, when two copies meet on one page', async () => {
    const { page, problems, warnings } = await open('/two-copies.html');
    await page.waitForFunction(() => customElements.get('shnro-indicator-table') !== undefined);
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    expect(warnings.some((text) => text.includes('<shnro-indicator-table> is already registered'))).toBe(
      true,
    );
    await expect(page.locator('shnro-indicator-table p.empty').textContent()).resolves.toBe(
      'Нет показателей для отображения.',
    );
    await page.close();
  });
});
