import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sent, startWalk, type Walk } from './walk-support.js';

// The head of the chain in the browser: the regional operator opens the region's registry in
// <shnro-school-registry> (the server's diff shown before anything is written; a refusal of the
// server, on the dry run or on the import, keeps the file in the element) and imports it, then
// the results, and runs identification; the methodologist of Канск, by keyboard, confirms one
// proposal and rejects another with a reason in the element (one without a reason is refused by
// the core in place); the school
// addressed by a decision moves its state, and sees its ИОМ and its curator school. Files: the
// region's demo files the portal serves.
describe('walk-through: registry, identification, decisions and support', () => {
  let walk: Walk;
  const demo = (name: string) => fileURLToPath(new URL(`../public/demo/${name}`, import.meta.url));

  beforeAll(async () => {
    walk = await startWalk();
  });
  vi.setConfig({ testTimeout: 90_000 });

  afterAll(async () => {
    await walk?.close();
  });

  async function upload(page: Page, form: string, file: string, button: string) {
    await page.locator(`#${form} input[type="file"]`).setInputFiles(demo(file));
    await page.locator(`#${form}`).getByRole('button', { name: button }).click();
  }

  // The same file picked again fires no `change` in Chromium: a page opens it through the
  // element's `openFile`, as a person would drop it.
  async function openAgain(element: Locator, name: string) {
    await element.evaluate(async (node, file) => {
      const response = await fetch(`/demo/${file}`);
      const picked = new File([await response.blob()], file, { type: 'text/csv' });
      await (node as HTMLElement & { openFile(file: File): Promise<void> }).openFile(picked);
    }, name);
  }

  it('the operator opens the registry file in the element, sees what it changes, then imports it with the results', async () => {
    const page = await walk.as('operator', '/registry.html');
    const element = page.locator('shnro-school-registry');
    // The file is picked in the element's own input (inside its shadow root); the server reads the
    // same file at once without writing and says what it would change.
    await element.locator('input[type="file"]').setInputFiles(demo('registry-2023.csv'));
    await element.getByText(/^Файл «registry-2023\.csv»: /).waitFor();
    await page.locator('#registry-result', { hasText: 'Так изменится реестр' }).waitFor();
    await expect(page.locator('#registry-result h3').allTextContents()).resolves.toEqual([
      'Добавлено школ: 26',
      'Изменено: 0',
      'Нет в новом файле (оставлены в портале): 0',
      'Замечания к файлу: 0',
    ]);
    expect(await walk.count('select count(*)::int as n from schools')).toBe(4 + 5);

    // The server refuses the import: the element's event is cancelled, the element says so and
    // keeps the file, and nothing is written.
    await page.route('**/api/registry/imports', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { message: 'Сервер портала временно недоступен.' } }),
      }),
    );
    await openAgain(element, 'registry-2023.csv');
    await page.locator('#registry-result [role="alert"]', { hasText: 'временно недоступен' }).waitFor();
    await element.getByRole('button', { name: 'Загрузить в реестр' }).click();
    await element.getByRole('status').filter({ hasText: 'Загрузка отклонена: реестр не изменён' }).waitFor();
    await page
      .locator('#registry-result [role="alert"]', { hasText: /^Сервер портала не принял файл: / })
      .waitFor();
    await expect(element.getByRole('button', { name: 'Загрузить в реестр' }).isEnabled()).resolves.toBe(true);
    expect(await walk.count('select count(*)::int as n from schools')).toBe(4 + 5);
    await page.unroute('**/api/registry/imports');

    // The server accepts the dry run but refuses the import itself, after the element took it: the
    // element gets back its (empty) registry and the file, and the import may be tried again.
    await page.route('**/api/registry/imports', (route) =>
      (route.request().postDataJSON() as { dryRun: boolean }).dryRun
        ? route.continue()
        : route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ error: { message: 'Сервер портала временно недоступен.' } }),
          }),
    );
    await openAgain(element, 'registry-2023.csv');
    await page.locator('#registry-result', { hasText: 'Так изменится реестр' }).waitFor();
    await element.getByRole('button', { name: 'Загрузить в реестр' }).click();
    await page
      .locator('#registry-result [role="alert"]', { hasText: /^Сервер портала не принял реестр: / })
      .waitFor();
    await element.getByRole('button', { name: 'Загрузить в реестр' }).waitFor();
    await element.locator('[part="summary"]', { hasText: 'Реестр пуст' }).waitFor();
    expect(await walk.count('select count(*)::int as n from schools')).toBe(4 + 5);
    await page.unroute('**/api/registry/imports');

    // The server accepts: the element keeps the imported registry, the portal's list shows it.
    await element.getByRole('button', { name: 'Загрузить в реестр' }).click();
    await page.locator('#registry-result', { hasText: 'Реестр загружен.' }).waitFor();
    await page.locator('#registry-schools h2', { hasText: 'Школы в реестре: 35' }).waitFor();
    await element.locator('[part="summary"]', { hasText: /В реестре 26 / }).waitFor();
    expect(await walk.count('select count(*)::int as n from registry_imports')).toBe(1);
    // The same file again changes nothing, in the element and on the server.
    await openAgain(element, 'registry-2023.csv');
    await page.locator('#registry-result h3', { hasText: 'Добавлено школ: 0' }).waitFor();
    await element.locator('[part="diff"]').waitFor();
    await upload(page, 'results-form', 'results-2022-2023.csv', 'Загрузить результаты');
    await page
      .locator('#results-result', { hasText: /^Загружено результатов: \d{3}; замечаний к файлу: 0\.$/ })
      .waitFor();
    await page.locator('#identify-run').click();
    await page.locator('#identify-result', { hasText: /^Проверено школ: 26; предложений: \d+/ }).waitFor();
  });

  it('the methodologist of Канск confirms one proposal and rejects another only with a reason, in the element, by keyboard', async () => {
    const page = await walk.as('metodist.kansk', '/registry.html');
    // The element in review mode is the one place to decide: the municipality's proposals, no file,
    // mapping or import, and no other list of proposals on the page.
    const element = page.locator('shnro-school-registry[access="review"]');
    const proposals = element.locator('[part="proposal"]');
    await proposals.first().waitFor();
    expect(await proposals.count()).toBeGreaterThan(1);
    expect(await page.locator('table').count()).toBe(0);
    expect(await element.locator('input[type="file"]').count()).toBe(0);
    expect(await element.locator('[part="import-button"]').count()).toBe(0);

    // Keyboard only: Enter on a proposal's «Подтвердить».
    const first = proposals.first();
    const firstSchool = await first.locator('h4').textContent();
    await first.locator('[data-action="confirm"]').first().press('Enter');
    await page.locator('#registry-note', { hasText: `${firstSchool}: подтверждено.` }).waitFor();
    await first.locator('.category .mark', { hasText: 'подтверждено' }).first().waitFor();

    // «Отклонить» opens the reason, with the focus in it; sent empty, the core refuses it in place
    // and nothing reaches the server; typed, the rejection is sent with its reason.
    const second = proposals.nth(1);
    const secondSchool = await second.locator('h4').textContent();
    await second.locator('[data-action="reject"]').first().press('Enter');
    await second.locator('[part="reject-form"] textarea').waitFor();
    await expect(element.evaluate((node) => node.shadowRoot?.activeElement?.localName ?? null)).resolves.toBe(
      'textarea',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await second
      .getByRole('alert')
      .filter({ hasText: 'укажите причину, по которой предложение отклонено' })
      .waitFor();
    await second.locator('[part="reject-form"] textarea').focus();
    await page.keyboard.type('результаты перепроверяются');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#registry-note', { hasText: `${secondSchool}: отклонено.` }).waitFor();
    await second.locator('.reason', { hasText: 'Причина: результаты перепроверяются' }).waitFor();
    await second.locator('.category .mark', { hasText: 'отклонено' }).first().waitFor();
    const [rejected] = await walk.server.db.query<{ status: string; reason: string }>(
      `select p.status, p.decision->>'reason' as reason from identification_proposals p
        join schools s on s.id = p.school_id
        where s.municipality_id = 'kansk' and p.status = 'rejected'`,
    );
    expect(rejected).toEqual({ status: 'rejected', reason: 'результаты перепроверяются' });
    expect(
      await walk.count(
        `select count(*)::int as n from identification_proposals p join schools s on s.id = p.school_id
          where s.municipality_id = 'kansk' and p.status <> 'proposed'`,
      ),
    ).toBe(2);
    // Another municipality's methodologist sees none of Канск's proposals.
    const other = await walk.as('metodist.tukaevsky', '/registry.html');
    await other.waitForFunction(
      () =>
        document.querySelector('#registry-note')?.textContent ||
        document.querySelector('shnro-school-registry')?.shadowRoot?.querySelector('[part="proposal"]'),
    );
    const names = await other.locator('shnro-school-registry [part="proposal"] h4').allTextContents();
    expect(names.some((name) => name.includes('Канска'))).toBe(false);
  });

  it('the methodologist of Канск sees the cycle by school, counted from the imported registry', async () => {
    const page = await walk.as('metodist.kansk', '/cycles.html');
    const rows = page.locator('#school-scorecard tbody tr[data-school]');
    await rows.first().waitFor();
    const names = await page.locator('#school-scorecard tbody tr[data-school] th').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    // Only Канск's schools: the registry of the methodologist's reach, filtered to the cycle.
    expect(names.every((name) => name.includes('Канск'))).toBe(true);
    // 1.5 reads per school whether it is a ШНРО/ШНСУ; the demo registry lists no teachers, so every
    // school's 4.4 (доля педагогов с ИОМ) says so rather than a zero or «не относится».
    const target = await page.locator('#school-scorecard td[data-column="1.5"] .value').allTextContents();
    const iom = await page.locator('#school-scorecard td[data-column="4.4"] .value').allTextContents();
    expect(target).toHaveLength(names.length);
    expect(target.filter((cell) => cell.trim() === 'да').length).toBeGreaterThan(0);
    expect(target.filter((cell) => cell.trim() === 'нет').length).toBeGreaterThan(0);
    expect(iom.map((cell) => cell.trim())).toEqual(names.map(() => 'нет записей в реестре'));
  });

  it('the school moves the decision addressed to it and sees its ИОМ and curator school', async () => {
    const page = await walk.as('school7', '/support.html');
    const decisions = page.locator('shnro-decisions');
    await decisions
      .getByText('Разработать и утвердить план взаимопосещения уроков педагогами школы.')
      .waitFor();
    const select = decisions.getByRole('combobox').last();
    await select.selectOption('in-progress');
    await sent(page, 'Решение kansk-2022-d1: in-progress');
    const [stored] = await walk.server.db.query<{ status: string; revision: number }>(
      `select status, revision from decisions where id = 'kansk-2022-d1'`,
    );
    expect(stored).toEqual({ status: 'in-progress', revision: 2 });
    await expect(page.locator('#iom-card').isHidden()).resolves.toBe(false);
    const map = await page.locator('shnro-mentorship-map').evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(map).toContain('МБОУ «СОШ № 5»');
    // The only failed requests: the operator's server refusing the file (played by the test); the
    // methodologist's rejection without a reason is refused by the element and never sent.
    const expected: Record<string, unknown[]> = {
      operator: [1, 2].flatMap(() => [
        expect.stringMatching(/^503 .*\/api\/registry\/imports$/),
        expect.stringContaining('503 (Service Unavailable)'),
      ]),
    };
    for (const [login, problems] of walk.problems) expect(problems, login).toEqual(expected[login] ?? []);
  });
});
