import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sent, startWalk, type Walk } from './walk-support.js';

// Seed 000 (roadmaps of a municipality) end to end in the browser, on the data loaded at first
// start: two schools of Канск write their roadmaps and submit them; the methodologist opens one
// from the board, returns it with the automatic review's remarks; the school marks them resolved
// and submits again; the methodologist approves it by order; the board shows the states, the
// order and the typical defects with their counts. Every change goes through the outbox and
// lands in the database once.
describe('walk-through: seed 000, the roadmaps of a municipality', () => {
  let walk: Walk;
  const status = async (school: string) =>
    (
      await walk.server.db.query<{ status: string }>('select status from roadmaps where school_id = $1', [
        school,
      ])
    )[0]?.status;

  beforeAll(async () => {
    walk = await startWalk();
  });
  // Each step is a person's work on a real server on a shared 2-core machine.
  vi.setConfig({ testTimeout: 90_000 });

  afterAll(async () => {
    await walk?.close();
  });

  async function writeAndSubmit(login: string, school: string): Promise<Page> {
    const page = await walk.as(login, '/cabinet.html');
    await sent(page, 'Дорожная карта: создание');
    expect(await status(school)).toBe('draft');
    await page
      .locator('shnro-roadmap-editor')
      .getByRole('button', { name: /направить на рассмотрение/i })
      .click();
    await sent(page, 'Дорожная карта: submit');
    expect(await status(school)).toBe('submitted');
    return page;
  }

  it('two schools write their roadmaps and submit them for review', async () => {
    await writeAndSubmit('school7', 'kansk-school-7');
    await writeAndSubmit('school5', 'kansk-school-5');
  });

  it('the methodologist sees both on the board and returns СОШ № 7’s with the review’s remarks', async () => {
    const page = await walk.as('metodist.kansk', '/board.html');
    const board = page.locator('shnro-roadmap-board');
    await board.getByRole('button', { name: 'Открыть дорожную карту: МБОУ «СОШ № 7»' }).click();
    const editor = page.locator('#review shnro-roadmap-editor');
    await editor.locator('[data-action="return"]').click();
    await editor.locator('.return-form input[name="review"]').check();
    await editor.locator('.return-form').getByRole('button', { name: 'Вернуть на доработку' }).click();
    await sent(page, ': return');
    expect(await status('kansk-school-7')).toBe('returned');
    const [row] = await walk.server.db.query<{ n: number }>(
      `select jsonb_array_length(document->'remarks')::int as n from roadmaps where school_id = 'kansk-school-7'`,
    );
    expect(row!.n).toBeGreaterThan(0);
  });

  it('the school sees its roadmap returned with the remarks and submits it again (version 2)', async () => {
    const page = await walk.as('school7', '/cabinet.html');
    const editor = page.locator('shnro-roadmap-editor');
    await editor.locator('[part~="reviewer-remark-open"]').first().waitFor();
    await editor.getByRole('button', { name: /направить на рассмотрение/i }).click();
    await sent(page, 'Дорожная карта: submit', 2);
    await expect.poll(() => status('kansk-school-7'), { timeout: 20_000 }).toBe('submitted');
    const [stored] = await walk.server.db.query<{ version: number }>(
      `select (document->>'version')::int as version from roadmaps where school_id = 'kansk-school-7'`,
    );
    expect(stored!.version).toBe(2);
  });

  it('the methodologist marks the remarks resolved and approves by order; the board shows the order and the typical defects', async () => {
    const page = await walk.as('metodist.kansk', '/board.html');
    const board = page.locator('shnro-roadmap-board');
    await board.getByRole('button', { name: 'Открыть дорожную карту: МБОУ «СОШ № 7»' }).click();
    const editor = page.locator('#review shnro-roadmap-editor');
    const resolve = editor.getByRole('button', { name: 'Отметить как устранённое' });
    await resolve.first().waitFor();
    while ((await resolve.count()) > 0) await resolve.first().click();
    await editor.locator('[data-action="approve"]').click();
    await editor.locator('#approve-order').fill('приказ № 1699-осн от 30.12.2022');
    const approve = editor.locator('.approve-form').getByRole('button', { name: 'Утвердить' });
    await approve.click();
    // The automatic review still finds seed 000's general wordings: the core refuses, and the
    // editor asks for the reviewer's reason, which goes into the history with the approval.
    const alert = editor.locator('.lifecycle [role="alert"]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /^Нельзя утвердить дорожную карту: автоматическая проверка/,
    );
    await editor
      .locator('[name="overrideReason"]')
      .fill('Формулировки согласованы на совещании с директором школы.');
    await approve.click();
    await sent(page, ': approve');
    expect(await status('kansk-school-7')).toBe('approved');
    expect(
      await walk.count(
        `select count(*)::int as n from roadmaps, jsonb_array_elements(document->'remarks') r
          where school_id = 'kansk-school-7' and r->>'status' = 'open'`,
      ),
    ).toBe(0);
    const [approval] = await walk.server.db.query<{ approval: { number: string; date: string } }>(
      `select document->'approval' as approval from roadmaps where school_id = 'kansk-school-7'`,
    );
    expect(approval!.approval).toMatchObject({ number: '1699-осн', date: '2022-12-30' });
    const [last] = await walk.server.db.query<{ entry: { action: string; override?: { reason: string } } }>(
      `select document->'history'->-1 as entry from roadmaps where school_id = 'kansk-school-7'`,
    );
    expect(last!.entry).toMatchObject({
      action: 'approve',
      override: { reason: 'Формулировки согласованы на совещании с директором школы.' },
    });

    // The board, read again from the server: СОШ № 7 approved by the order, СОШ № 5 still under review.
    const row7 = board.getByRole('row', { name: /СОШ № 7/ });
    await expect.poll(() => row7.textContent(), { timeout: 20_000 }).toMatch(/1699-осн/);
    await expect(board.getByRole('row', { name: /СОШ № 5/ }).textContent()).resolves.toMatch(
      /на рассмотрении/i,
    );
    // The typical defects across both roadmaps, counted by the core's cross-school review.
    const defects = page.locator('#defects-table tbody tr');
    await defects.first().waitFor();
    const rows = await defects.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const [title, schools, share, remarks] of rows) {
      expect(title).toBeTruthy();
      expect(schools).toMatch(/^[12] из 2$/);
      expect(share).toMatch(/^(50|100)(,0)?\s?%$/);
      expect(Number(remarks)).toBeGreaterThan(0);
    }
    await expect(page.locator('#defects-table caption').textContent()).resolves.toBe(
      'Проверено дорожных карт: 2',
    );
  });

  it('nothing was sent twice and no page logged an error', async () => {
    expect(
      await walk.count(
        `select count(*)::int as n from (select roadmap_id, action, revision from roadmap_events group by 1, 2, 3 having count(*) > 1) d`,
      ),
    ).toBe(0);
    for (const [login, problems] of walk.problems) expect(problems, login).toEqual([]);
  });
});
