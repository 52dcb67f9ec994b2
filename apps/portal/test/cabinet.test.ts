import type { Browser, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../portal-server/src/server.js';
import { launchChromium, watchProblems } from '../../test-support/preview.js';

// The built portal served by its real server (embedded PGlite in memory) in real Chromium:
// sign-in by role, the monitoring form and the roadmap stored in the database through the
// outbox, the server unreachable for a while, an expired session, and the methodologist's view.
describe('demo portal: the cabinet with its server', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  const count = async (sql: string) => (await server.db.query<{ n: number }>(sql))[0]!.n;
  const outboxRow = (label: string, state: string) =>
    page.locator(`#outbox-items li[data-state="${state}"]`, { hasText: label });

  async function signIn(login: string, password: string) {
    await page.locator('#signin input[name="login"]').fill(login);
    await page.locator('#signin input[name="password"]').fill(password);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.locator('#whoami').waitFor({ timeout: 15_000 });
  }

  beforeAll(async () => {
    server = await startServer({ staticRoot: fileURLToPath(new URL('../dist', import.meta.url)) });
    browser = await launchChromium();
    page = await browser.newPage();
    problems = watchProblems(page);
    await page.goto(`${server.url}/cabinet.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs a school team in; a wrong password gets the server’s Russian message', async () => {
    await page.locator('#signin input[name="login"]').fill('school7');
    await page.locator('#signin input[name="password"]').fill('не тот');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.locator('#signin-error', { hasText: 'Неверный логин или пароль.' }).waitFor();
    await signIn('school7', 'shnor-school-7');
    await expect(page.locator('#whoami').textContent()).resolves.toBe('Вы вошли как Команда МБОУ «СОШ № 7».');
  });

  it('creates the school’s roadmap on the server through the outbox', async () => {
    await outboxRow('Дорожная карта: создание', 'sent').waitFor({ timeout: 15_000 });
    await expect(outboxRow('Дорожная карта: создание', 'sent').textContent()).resolves.toContain(
      'отправлено',
    );
    expect(await count("select count(*)::int as n from roadmaps where school_id = 'kansk-school-7'")).toBe(1);
  });

  it('submits the monitoring form: stored once in the database', async () => {
    await page.locator('shnro-indicator-form [part~="submit"]').click();
    await outboxRow('Мониторинг 2021-2022', 'sent').waitFor({ timeout: 15_000 });
    expect(
      await count("select count(*)::int as n from monitoring_submissions where scope = 'kansk-school-7'"),
    ).toBe(1);
    // Only the deliberately wrong password of the first test shows up as a failed request.
    expect(problems).toEqual([
      expect.stringMatching(/^401 http:.*\/api\/session$/),
      expect.stringContaining('401 (Unauthorized)'),
    ]);
  });

  it('with the server unreachable the submission waits («ожидает отправки») and goes once when it is back', async () => {
    await page.route('**/api/cycles/**', (route) => route.abort('connectionrefused'));
    await page.locator('shnro-indicator-form [part~="submit"]').click();
    await outboxRow('Мониторинг 2021-2022', 'pending').waitFor({ timeout: 15_000 });
    await expect(outboxRow('Мониторинг 2021-2022', 'pending').textContent()).resolves.toContain(
      'ожидает отправки',
    );
    await page.unroute('**/api/cycles/**');
    await page.waitForFunction(
      () => !document.querySelector('#outbox-items li[data-state="pending"]'),
      null,
      {
        timeout: 20_000,
      },
    );
    // The outbox marks an item as sending before the server commits it: wait for the row itself.
    await vi.waitFor(
      async () =>
        expect(
          await count("select count(*)::int as n from monitoring_submissions where scope = 'kansk-school-7'"),
        ).toBe(2),
      { timeout: 20_000, interval: 100 },
    );
    expect(
      await count(
        'select count(*)::int as n from (select idempotency_key from monitoring_submissions group by 1 having count(*) > 1) d',
      ),
    ).toBe(0);
  });

  it('an expired session keeps the queue, asks to sign in, then sends', async () => {
    await server.db.query('delete from sessions');
    await page.locator('shnro-indicator-form [part~="submit"]').click();
    await page.locator('#signin-error', { hasText: 'Сеанс истёк' }).waitFor({ timeout: 15_000 });
    await signIn('school7', 'shnor-school-7');
    await page.waitForFunction(
      () => !document.querySelector('#outbox-items li[data-state="pending"]'),
      null,
      {
        timeout: 20_000,
      },
    );
    // The outbox marks an item as sending before the server commits it: wait for the row itself.
    await vi.waitFor(
      async () =>
        expect(
          await count("select count(*)::int as n from monitoring_submissions where scope = 'kansk-school-7'"),
        ).toBe(3),
      { timeout: 20_000, interval: 100 },
    );
  });

  it('submits the roadmap for review; the methodologist of the municipality sees it', async () => {
    await page
      .locator('shnro-roadmap-editor')
      .getByRole('button', { name: /направить на рассмотрение/i })
      .click();
    await outboxRow('Дорожная карта: submit', 'sent').waitFor({ timeout: 15_000 });
    const [row] = await server.db.query<{ status: string }>(
      "select status from roadmaps where school_id = 'kansk-school-7'",
    );
    expect(row!.status).toBe('submitted');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await signIn('metodist.kansk', 'shnor-metodist-kansk');
    const table = page.locator('#roadmaps tbody tr');
    await table.first().waitFor();
    await expect(table.allTextContents()).resolves.toEqual([
      expect.stringContaining('МБОУ «СОШ № 7»submitted'),
    ]);
    await expect(page.locator('#cycles li').first().textContent()).resolves.toBe(
      '2021-2022: ответов получено — 1',
    );
    await page.getByRole('button', { name: 'Открыть дорожную карту: МБОУ «СОШ № 7»' }).click();
    await expect(page.locator('shnro-roadmap-editor').getAttribute('mode')).resolves.toBe('reviewer');
  });

  it('another municipality’s methodologist sees none of it', async () => {
    await page.getByRole('button', { name: 'Выйти' }).click();
    await signIn('metodist.tukaevsky', 'shnor-metodist-tukaevsky');
    await expect(page.locator('#roadmaps tbody tr').count()).resolves.toBe(0);
    await expect(page.locator('#cycles li').count()).resolves.toBe(0);
  });
});
