import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sent, startWalk, type Walk } from './walk-support.js';

// The head of the chain in the browser: the regional operator uploads the region's registry (its
// diff shown before anything is written), then the results, and runs identification; the
// methodologist of Канск confirms one proposal and rejects another with a reason (a rejection
// without one is refused by the core); the school addressed by a decision moves its state, and
// sees its ИОМ and its curator school. Files: the region's demo files the portal serves.
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

  it('the operator sees what the registry file changes, then imports it with the results', async () => {
    const page = await walk.as('operator', '/registry.html');
    await upload(page, 'registry-form', 'registry-2023.csv', 'Показать изменения');
    await page.locator('#registry-result', { hasText: 'Так изменится реестр' }).waitFor();
    await expect(page.locator('#registry-result h3').allTextContents()).resolves.toEqual([
      'Добавлено школ: 26',
      'Изменено: 0',
      'Нет в новом файле (оставлены в портале): 0',
      'Замечания к файлу: 0',
    ]);
    expect(await walk.count('select count(*)::int as n from schools')).toBe(4);
    await upload(page, 'registry-form', 'registry-2023.csv', 'Загрузить реестр');
    await page.locator('#registry-result', { hasText: 'Реестр загружен.' }).waitFor();
    await page.locator('#registry-schools h2', { hasText: 'Школы в реестре: 30' }).waitFor();
    // The same file again changes nothing.
    await upload(page, 'registry-form', 'registry-2023.csv', 'Показать изменения');
    await page.locator('#registry-result h3', { hasText: 'Добавлено школ: 0' }).waitFor();
    await upload(page, 'results-form', 'results-2022-2023.csv', 'Загрузить результаты');
    await page
      .locator('#results-result', { hasText: /^Загружено результатов: \d{3}; замечаний к файлу: 0\.$/ })
      .waitFor();
    await page.locator('#identify-run').click();
    await page.locator('#identify-result', { hasText: /^Проверено школ: 26; предложений: \d+/ }).waitFor();
  });

  it('the methodologist of Канск confirms one proposal and rejects another only with a reason', async () => {
    const page = await walk.as('metodist.kansk', '/registry.html');
    const rows = page.locator('#proposals-table tbody tr');
    await rows.first().waitFor();
    const total = await rows.count();
    expect(total).toBeGreaterThan(1);
    const first = rows.first();
    const firstSchool = await first.locator('td').first().textContent();
    await first.getByRole('button', { name: /^Подтвердить/ }).click();
    await page.locator('#proposals-note', { hasText: `${firstSchool}: подтверждено.` }).waitFor();
    const second = page.locator('#proposals-table tbody tr[data-status="proposed"]').first();
    const secondSchool = await second.locator('td').first().textContent();
    await second.getByRole('button', { name: /^Отклонить/ }).click();
    await page
      .locator('#proposals-note', { hasText: 'укажите причину, по которой предложение отклонено' })
      .waitFor();
    await second.getByRole('textbox').fill('результаты перепроверяются');
    await second.getByRole('button', { name: /^Отклонить/ }).click();
    await page.locator('#proposals-note', { hasText: `${secondSchool}: отклонено.` }).waitFor();
    await expect(
      page.locator('#proposals-table tbody tr[data-status="rejected"] .proposal-state').first().textContent(),
    ).resolves.toBe('отклонено: результаты перепроверяются');
    expect(
      await walk.count(
        `select count(*)::int as n from identification_proposals p join schools s on s.id = p.school_id
          where s.municipality_id = 'kansk' and p.status <> 'proposed'`,
      ),
    ).toBe(2);
    // Another municipality's methodologist sees none of Канск's proposals.
    const other = await walk.as('metodist.tukaevsky', '/registry.html');
    await other.locator('#proposals-title').waitFor();
    const names = await other.locator('#proposals-table tbody tr td:first-child').allTextContents();
    expect(names.some((name) => name.includes('Канска'))).toBe(false);
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
    // The only failed requests: the methodologist's deliberate rejection without a reason.
    for (const [login, problems] of walk.problems) {
      expect(problems, login).toEqual(
        login === 'metodist.kansk'
          ? [
              expect.stringMatching(/^422 .*\/decision$/),
              expect.stringContaining('422 (Unprocessable Entity)'),
            ]
          : [],
      );
    }
  });
});
