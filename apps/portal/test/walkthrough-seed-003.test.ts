import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemoRegistryFile, sent, shownText, walkThrough } from './walk-support.js';

// Seed 003 (МБОУ «Малошильнинская СОШ», Тукаевский район) in the browser: two monitorings of one
// school year — the начальный (May) and the итоговый after the plan's September–December — each a
// cycle of its own; the начальный is closed after its deadline once every answer is approved (the
// core's rule, applied by the server); the итоговый is compared with it; the curator school
// (МБОУ «Бетькинская СОШ», from the region's registry) is attached by the methodologist's order.
// The seed states no figures but one: the shortcomings found at the начальный are gone at the
// итоговый; the comparison and the справка, built from the stored answers, must say so.
describe('walk-through: seed 003, начальный and итоговый monitoring in one year', () => {
  const walk = walkThrough();
  let page: Page;
  const first = 'tukaevsky-2021-2022-municipal-monitoring';
  const second = 'tukaevsky-2021-2022-municipal-monitoring-2';

  const shown = (selector: string) => shownText(page, selector);

  async function type(rows: [string, string, string][]): Promise<void> {
    const form = page.locator('#municipal-counts shnro-indicator-form');
    for (const [code, numerator, denominator] of rows) {
      await form.locator(`[id="f-${code}-numerator"]`).fill(numerator);
      await form.locator(`[id="f-${code}-denominator"]`).fill(denominator);
    }
    await form.locator('[part~="submit"]').click();
  }

  async function openCycle(schoolYear: string, stage: string, deadline: string): Promise<void> {
    const form = page.locator('#cycle-open');
    await form.getByLabel('Учебный год').fill(schoolYear);
    await form.getByLabel('Этап (если в году несколько мониторингов)').fill(stage);
    await form.getByLabel('Срок представления данных').fill(deadline);
    await form.getByRole('button', { name: 'Открыть цикл' }).click();
    await page.locator('#cycles-note', { hasText: `(${stage}).` }).waitFor();
    // The page shows the new cycle's state once its form holds the cycle's (empty) answers.
    await page
      .locator('#cycle-quality-summary', {
        hasText: `срок представления данных — ${deadline.split('-').reverse().join('.')}`,
      })
      .waitFor();
  }

  /** open → collecting: the new cycle's forms take answers only once the methodologist starts it. */
  async function startCollecting(typeAtOnce?: [string, string]): Promise<void> {
    await page.locator('#cycle-quality-summary', { hasText: 'открыт, сбор данных не начат' }).waitFor();
    // The page draws the cycle again once the collection starts: the stored answers read anew, the
    // cycle's state, and last the overview of its schools (the registry).
    const redrawn = page.waitForResponse((response) => response.url().endsWith('/api/registry'));
    await page.locator('#cycle-collect').click();
    await page.locator('#cycle-quality-summary', { hasText: 'идёт сбор данных' }).waitFor();
    if (typeAtOnce) {
      // A person who types as soon as the state shows, while the page still redraws: nothing lost.
      const field = page.locator(`#municipal-counts [id="${typeAtOnce[0]}"]`);
      await field.fill(typeAtOnce[1]);
      await redrawn;
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
      await expect(field.inputValue()).resolves.toBe(typeAtOnce[1]);
    }
    await expect(page.locator('#cycle-collect').isHidden()).resolves.toBe(true);
  }

  it('the methodologist opens the начальный monitoring; the school and the municipality answer', async () => {
    page = await walk().as('metodist.tukaevsky', '/cycles.html');
    await page.locator('#cycles-note', { hasText: 'Циклов мониторинга пока нет.' }).waitFor();
    await openCycle('2021-2022', 'начальный мониторинг', '2021-05-31');
    await expect(page.locator('#cycle-select').inputValue()).resolves.toBe(first);
    // Before the collection starts, the school's cabinet offers no form to fill.
    const early = await walk().as('maloshilna', '/cabinet.html');
    await early.locator('#fill-title', { hasText: 'Открытых циклов мониторинга нет' }).waitFor();
    await startCollecting(['f-3.1-numerator', '12']);
    // Seed 003: shortcomings found in May — few teachers on courses, few with an ИОМ.
    await type([
      ['3.1', '12', '31'],
      ['4.4', '5', '31'],
    ]);
    await sent(page, 'Муниципальные показатели 2021-2022');

    const school = await walk().as('maloshilna', '/cabinet.html');
    await school.locator('#fill-title', { hasText: '(начальный мониторинг)' }).waitFor();
    await school.locator('shnro-indicator-form [part~="submit"]').click();
    await sent(school, 'Мониторинг 2021-2022');
    expect(
      await walk().count('select count(*)::int as n from monitoring_answers where cycle_id = $1', [first]),
    ).toBe(2);
  });

  it('the начальный closes only when every answer is approved; then nothing in it changes', async () => {
    page = await walk().as('metodist.tukaevsky', '/cycles.html');
    await page
      .locator('#cycle-quality-summary', { hasText: 'срок представления данных — 31.05.2021' })
      .waitFor();
    const rows = page.locator('#cycle-units tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Утвердить: МБОУ «Малошильнинская СОШ»' }).click();
    await page.locator('#cycle-units tr[data-unit="tukaevsky-maloshilna"][data-state="approved"]').waitFor();
    // The municipality's own counts are not approved yet: the core refuses, naming it.
    await page.locator('#cycle-close-submit').click();
    await page
      .locator('#cycle-quality-note', {
        hasText: 'Цикл нельзя закрыть: не утверждены ответы «Тукаевский муниципальный район»',
      })
      .waitFor();
    expect(
      await walk().count(`select count(*)::int as n from monitoring_cycles where status = 'closed'`),
    ).toBe(0);
    await page.getByRole('button', { name: 'Утвердить: Тукаевский муниципальный район' }).click();
    await page.locator('#cycle-units tr[data-unit="tukaevsky"][data-state="approved"]').waitFor();
    await page.locator('#cycle-close-submit').click();
    await page.locator('#cycle-quality-note', { hasText: 'Цикл закрыт.' }).waitFor();
    await page.locator('#cycle-quality-summary[data-status="closed"]').waitFor();
    const [stored] = await walk().server.db.query<{ status: string; closed_at: string; trace: unknown[] }>(
      `select c.status, c.closed_at, a.trace from monitoring_cycles c
         join monitoring_answers a on a.cycle_id = c.id and a.scope = 'tukaevsky-maloshilna' where c.id = $1`,
      [first],
    );
    expect(stored).toMatchObject({
      status: 'closed',
      closed_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(stored!.trace).toHaveLength(1);
  });

  it('the итоговый of the same year is opened, answered, and compared with the начальный', async () => {
    await openCycle('2021-2022', 'итоговый мониторинг', '2021-12-25');
    await expect(page.locator('#cycle-select').inputValue()).resolves.toBe(second);
    await startCollecting();
    // After the plan: more teachers on courses and with an ИОМ (the shortcomings «упразднены»).
    await type([
      ['3.1', '27', '31'],
      ['4.4', '19', '31'],
    ]);
    await sent(page, 'Муниципальные показатели 2021-2022', 2);
    const school = await walk().as('maloshilna', '/cabinet.html');
    // The closed начальный takes no answers: the cabinet offers the итоговый.
    await school.locator('#fill-title', { hasText: '(итоговый мониторинг)' }).waitFor();
    await school.locator('shnro-indicator-form [part~="submit"]').click();
    await sent(school, 'Мониторинг 2021-2022', 2);
    expect(
      await walk().count('select count(*)::int as n from monitoring_answers where cycle_id = $1', [second]),
    ).toBe(2);

    page = await walk().as('metodist.tukaevsky', '/cycles.html');
    await expect(page.locator('#cycle-select').inputValue()).resolves.toBe(second);
    await expect
      .poll(() => shown('shnro-cycle-compare'), { timeout: 30_000 })
      .toContain('улучшилось — 2, ухудшилось — 0');
    // The same figures from the stored answers, as the server's справка states them.
    await page.locator('#report-build').click();
    const frame = page.frameLocator('#report-preview');
    await frame.locator('body').getByText('Аналитическая справка').first().waitFor();
    const text = (await frame.locator('body').textContent()) ?? '';
    expect(text).toContain('(итоговый мониторинг)');
    expect(text).toMatch(/87,1/); // 27 of 31
    expect(text).toMatch(/61,3/); // 19 of 31
    // The справка names the earlier stage, not only the year both share.
    expect(text).toContain('Сравнение с периодом «начальный мониторинг (2021-2022)»');
  });

  it('the curator school of the seed is attached by order once the registry holds it', async () => {
    await loadDemoRegistryFile(walk(), 'registry-2023.csv');

    page = await walk().as('metodist.tukaevsky', '/support.html');
    const form = page.locator('#mentorship-new');
    await form.getByLabel('Вид').selectOption('curator-school');
    await form.getByLabel('Школа-куратор или школа-лидер').selectOption({ label: 'МБОУ «Бетькинская СОШ»' });
    // The file holds the school under its ИНН too; the portal's own record is the one its cycles name.
    await form.getByLabel('За школой').selectOption('tukaevsky-maloshilna');
    await form.getByLabel('С', { exact: true }).fill('2021-09-01');
    await form.getByLabel('По (пусто — до особого распоряжения)').fill('2021-12-31');
    await form.getByRole('button', { name: 'Оформить закрепление' }).click();
    await sent(page, 'Новое закрепление');
    const [assignment] = await walk().server.db.query<{
      school_id: string;
      document: { from: { schoolId: string } };
    }>(
      `select school_id, document from mentorships where document->>'kind' = 'curator-school' and municipality_id = 'tukaevsky'`,
    );
    expect(assignment!.school_id).toBe('tukaevsky-maloshilna');
    await page.locator('#mentorship-card h2', { hasText: 'закреплений 1' }).waitFor();
    await expect.poll(() => shown('shnro-mentorship-map')).toContain('Бетькинская');
  });

  it('nothing was sent twice and no page logged an unexpected error', async () => {
    expect(
      await walk().count(
        `select count(*)::int as n from (select idempotency_key from monitoring_submissions group by 1 having count(*) > 1) d`,
      ),
    ).toBe(0);
    // The only failed request: the methodologist's deliberate close before every answer was approved.
    const expected: Record<string, unknown[]> = {
      'metodist.tukaevsky': [
        expect.stringMatching(/^409 .*\/close$/),
        expect.stringContaining('409 (Conflict)'),
      ],
    };
    for (const [login, problems] of walk().problems) expect(problems, login).toEqual(expected[login] ?? []);
  });
});
