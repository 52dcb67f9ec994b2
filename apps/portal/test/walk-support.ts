// What the seed walk-throughs share: the built portal served by its real server (embedded PGlite
// in memory, seeded at first start as `npm start` seeds it), one browser context per person
// (each their own cookies and outbox), sign-in through the page, and the outbox rows to wait on.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import { startServer, type RunningServer } from '../../portal-server/src/server.js';
import { demoAccounts } from '../../portal-server/src/seed/demo.js';
import { launchChromium, watchProblems } from '../../test-support/preview.js';

export interface Walk {
  server: RunningServer;
  browser: Browser;
  /** Console errors, page errors and failed requests of every page opened, by login. */
  problems: Map<string, string[]>;
  /** A page of its own for this person, signed in on `path`. */
  as(login: string, path: string): Promise<Page>;
  count(sql: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export async function startWalk(): Promise<Walk> {
  const server = await startServer({ staticRoot: fileURLToPath(new URL('../dist', import.meta.url)) });
  const browser = await launchChromium();
  const problems = new Map<string, string[]>();
  const pages = new Map<string, Page>();
  return {
    server,
    browser,
    problems,
    async as(login, path) {
      let page = pages.get(login);
      if (!page) {
        const context = await browser.newContext({ acceptDownloads: true });
        page = await context.newPage();
        problems.set(login, watchProblems(page));
        pages.set(login, page);
      }
      await page.goto(`${server.url}${path}`);
      const form = page.locator('#signin');
      const whoami = page.locator('#whoami');
      await Promise.race([form.waitFor(), whoami.waitFor()]);
      if (await form.isVisible()) {
        const account = demoAccounts.find((a) => a.login === login)!;
        await form.locator('input[name="login"]').fill(login);
        await form.locator('input[name="password"]').fill(account.password);
        await form.getByRole('button', { name: 'Войти' }).click();
        await whoami.waitFor({ timeout: 15_000 });
      }
      return page;
    },
    async count(sql, params = []) {
      return (await server.db.query<{ n: number }>(sql, params))[0]!.n;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until `times` outbox rows whose label contains `label` read «отправлено». */
export async function sent(page: Page, label: string, times = 1, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ([text, n]) =>
      [...document.querySelectorAll('#outbox-items li[data-state="sent"]')].filter((row) =>
        row.textContent?.includes(text as string),
      ).length >= (n as number),
    [label, times] as const,
    { timeout },
  );
}

/**
 * The setup every walk-through repeats: the server and the browser started once for the file,
 * closed after it, and two minutes a test (a walk signs in and waits on the outbox). Returns the
 * running walk, to be called inside tests.
 */
export function walkThrough(): () => Walk {
  let walk: Walk | undefined;
  beforeAll(async () => {
    walk = await startWalk();
  });
  vi.setConfig({ testTimeout: 120_000 });
  afterAll(async () => {
    await walk?.close();
  });
  return () => {
    if (!walk) throw new Error('the walk has not started');
    return walk;
  };
}

/** The text an element shows in its shadow root, its layout whitespace folded. */
export function shownText(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .evaluate((element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
}

/**
 * The operator loads one of the demo files (`public/demo/…`) into the registry through the page's
 * <shnro-school-registry>: the file read, its diff shown, then stored. The page is reloaded after,
 * so a next file is read against what was stored.
 */
export async function loadDemoRegistryFile(walk: Walk, file: string): Promise<void> {
  const operator = await walk.as('operator', '/registry.html');
  const element = operator.locator('shnro-school-registry');
  await element
    .locator('input[type="file"]')
    .setInputFiles(fileURLToPath(new URL(`../public/demo/${file}`, import.meta.url)));
  await operator.locator('#registry-result', { hasText: 'Так изменится реестр' }).waitFor();
  await element.getByRole('button', { name: 'Загрузить в реестр' }).click();
  await operator.locator('#registry-result', { hasText: 'Реестр загружен.' }).waitFor();
  await operator.reload();
  await operator.locator('#whoami').waitFor();
}
