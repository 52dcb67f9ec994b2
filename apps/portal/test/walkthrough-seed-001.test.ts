import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sent, startWalk, type Walk } from './walk-support.js';

// Seed 001 (a monitoring cycle of г. Канск) end to end in the browser, on the data loaded at first
// start: two schools send their monitoring forms; the methodologist types the municipality's
// counts; the справка is built by the server from what is stored and downloaded as DOCX; a second
// cycle is opened, its counts typed, and compared with the first (the comparison, the scorecard
// and the second справка).
describe('walk-through: seed 001, a monitoring cycle and the next one', () => {
  let walk: Walk;
  let page: Page;

  beforeAll(async () => {
    walk = await startWalk();
  });
  vi.setConfig({ testTimeout: 90_000 });

  afterAll(async () => {
    await walk?.close();
  });

  /** What an element shows inside its shadow root. */
  const shown = (selector: string) =>
    page.locator(selector).evaluate((element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

  /** Types counts into the methodologist's form: `[code, numerator, denominator?]`. */
  async function type(rows: [string, string, string?][]): Promise<void> {
    const form = page.locator('#municipal-counts shnro-indicator-form');
    for (const [code, numerator, denominator] of rows) {
      await form.locator(`[id="f-${code}-numerator"]`).fill(numerator);
      if (denominator) await form.locator(`[id="f-${code}-denominator"]`).fill(denominator);
    }
    await form.locator('[part~="submit"]').click();
  }

  it('two schools of Канск send their monitoring forms for 2021–2022', async () => {
    for (const [login, school] of [
      ['school7', 'kansk-school-7'],
      ['school5', 'kansk-school-5'],
    ] as const) {
      const school7 = await walk.as(login, '/cabinet.html');
      await school7.locator('shnro-indicator-form [part~="submit"]').click();
      await sent(school7, 'Мониторинг 2021-2022');
      expect(
        await walk.count('select count(*)::int as n from monitoring_answers where scope = $1', [school]),
      ).toBe(1);
    }
  });

  it('the methodologist types the municipality’s counts; the scorecard shows the cycle', async () => {
    page = await walk.as('metodist.kansk', '/cycles.html');
    await expect(page.locator('#cycle-select').inputValue()).resolves.toBe(
      'kansk-2021-2022-municipal-monitoring',
    );
    await type([
      ['1.5', '7', '18'],
      ['3.1', '169', '202'],
      ['4.4', '65', '202'],
    ]);
    await sent(page, 'Муниципальные показатели 2021-2022');
    const [stored] = await walk.server.db.query<{
      input: { answers: Record<string, unknown>; populations: object };
    }>(`select input from monitoring_answers where scope = 'municipality'`);
    expect(stored!.input.answers['1.5']).toEqual({ numerator: 7, denominator: 18 });
    await expect.poll(() => shown('#scorecard-card shnro-scorecard'), { timeout: 20_000 }).toMatch(/38,9/);
  });

  it('the methodologist records a management decision for the cycle', async () => {
    page = await walk.as('metodist.kansk', '/support.html');
    const form = page.locator('#decision-new');
    await form
      .getByLabel('Текст')
      .fill('Провести методический десант в МБОУ «СОШ № 7» по итогам мониторинга.');
    await form.getByLabel('Адресат').selectOption({ label: 'МБОУ «СОШ № 7»' });
    await form.getByLabel('Срок (как в документе)').fill('до 01.10.2022');
    await form.getByLabel('Ответственный').fill('Федорук М.Г.');
    await form.getByRole('button', { name: 'Записать' }).click();
    await sent(page, 'Новое решение');
    expect(
      await walk.count(
        `select count(*)::int as n from decisions
          where school_id = 'kansk-school-7' and document->>'cycleId' = 'kansk-2021-2022-municipal-monitoring'`,
      ),
    ).toBe(2);
    await page
      .locator('#decisions-card h2', { hasText: 'Рекомендации и управленческие решения: 4' })
      .waitFor();
  });

  it('the справка is built from the stored data and downloads as DOCX', async () => {
    page = await walk.as('metodist.kansk', '/cycles.html');
    await page.locator('#report-build').click();
    const frame = page.frameLocator('#report-preview');
    await frame.locator('body').getByText('Аналитическая справка').first().waitFor();
    const text = await frame.locator('body').textContent();
    expect(text).toContain('г. Канск');
    expect(text).toMatch(/38,9/);
    // Seed 001's recommendations, recorded for this cycle at first start.
    expect(text).toContain('Методический десант');
    expect(text).toContain('Провести методический десант в МБОУ «СОШ № 7» по итогам мониторинга.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#report-docx').click(),
    ]);
    const bytes = await readFile((await download.path())!);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain('Аналитическая справка');
    expect(value).toContain('Методический десант');
  });

  it('a second cycle is opened, its counts typed, and compared with the first', async () => {
    await page.locator('#cycle-open-next').click();
    await page.locator('#cycles-note', { hasText: 'Открыт цикл 2022–2023.' }).waitFor();
    await expect(page.locator('#cycle-select').inputValue()).resolves.toBe(
      'kansk-2022-2023-municipal-monitoring',
    );
    // open → collecting: the new cycle takes the counts once the methodologist starts its collection.
    await page.locator('#cycle-quality-summary', { hasText: 'открыт, сбор данных не начат' }).waitFor();
    await page.locator('#cycle-collect').click();
    await page.locator('#cycle-quality-note', { hasText: 'Сбор данных начат' }).waitFor();
    await page.locator('#cycle-quality-summary', { hasText: 'идёт сбор данных' }).waitFor();
    await type([
      ['1.5', '8', '17'],
      ['3.1', '169', '210'],
      ['4.4', '121', '210'],
    ]);
    await sent(page, 'Муниципальные показатели 2022-2023');
    // 1.5 rose from 7 of 18 to 8 of 17 (worse: more schools with low results), 3.1 fell from 169
    // of 202 to 169 of 210 (worse), 4.4 rose from 65 of 202 to 121 of 210 (better); the rest
    // were not typed in either cycle, and the comparison says so rather than inventing a change.
    await expect
      .poll(() => shown('shnro-cycle-compare'), { timeout: 20_000 })
      .toContain('Сравнение циклов мониторинга: 2021-2022 и 2022-2023');
    await expect(shown('shnro-cycle-compare')).resolves.toContain(
      'Всего 25 показателей: улучшилось — 1, ухудшилось — 1, без изменений — 0, изменилось без оценки — 1, не сравнивается — 22.',
    );
    await page.locator('#report-build').click();
    const frame = page.frameLocator('#report-preview');
    await frame.locator('body').getByText('Сравнение с периодом 2021-2022').first().waitFor();
  });

  it('nothing was sent twice and no page logged an error', async () => {
    expect(
      await walk.count(
        `select count(*)::int as n from (select idempotency_key from monitoring_submissions group by 1 having count(*) > 1) d`,
      ),
    ).toBe(0);
    for (const [login, problems] of walk.problems) expect(problems, login).toEqual([]);
  });
});
