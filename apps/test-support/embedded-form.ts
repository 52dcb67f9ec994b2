import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

/**
 * What every framework example must show of an embedded `<shnro-indicator-form>` (seed 001:
 * 18 schools, 202 teachers, the stored answers): objects passed as properties, the percentage
 * recomputed as a count is typed, and the submit event reaching the app, which then shows the
 * submitted counts in `<shnro-indicator-table>`. `section` is the CSS selector of the part of
 * the page that holds one mounting (React 19 tags, React 18 wrappers, Vue).
 */
export function itEmbedsTheMonitoringForm(page: () => Page, section: string): void {
  const form = () => page().locator(`${section} shnro-indicator-form`);
  const result = (code: string) => form().locator(`[data-code="${code}"] [part="result"]`);

  it('shows the stored answers over the register’s population sizes', async () => {
    await result('1.5').waitFor({ timeout: 10_000 });
    await expect(form().locator('[part~="indicator"]').count()).resolves.toBe(25);
    await expect(form().locator('[id="f-1.5-denominator"]').inputValue()).resolves.toBe('18');
    await expect(form().locator('[id="f-3.1-denominator"]').inputValue()).resolves.toBe('202');
    await expect(form().locator('[id="f-1.5-numerator"]').inputValue()).resolves.toBe('7');
    await expect(result('1.5').textContent()).resolves.toContain('38,9%');
    // Objects went in as properties: an attribute would read "[object Object]".
    const attributes = await form().evaluate((element) => element.getAttributeNames());
    expect(attributes).not.toContain('set');
    expect(attributes).not.toContain('populations');
    expect(attributes).not.toContain('value');
  });

  it('recomputes the percentage as a count is typed', async () => {
    await form().locator('[id="f-1.5-numerator"]').fill('9');
    await expect(result('1.5').locator('.percent').textContent()).resolves.toBe('50%');
    await expect(result('1.5').textContent()).resolves.toContain('9 из 18');
  });

  it('submits: the event reaches the app, and the table shows what was sent', async () => {
    const status = page().locator(`${section} .status`);
    await expect(status.textContent()).resolves.toBe('Мониторинг ещё не отправлен.');
    await expect(page().locator(`${section} shnro-indicator-table`).count()).resolves.toBe(0);
    await form().locator('[part~="submit"]').click();
    // The framework renders the app's state change after the event, not within the click.
    await status.filter({ hasText: 'Мониторинг отправлен' }).waitFor({ timeout: 10_000 });
    await expect(status.textContent()).resolves.toBe(
      'Мониторинг отправлен: показателей с ответом — 25 из 25.',
    );
    const table = page().locator(`${section} shnro-indicator-table`);
    await table.locator('tr[data-code]').first().waitFor({ timeout: 10_000 });
    await expect(table.locator('tr[data-code="1.5"] td').allTextContents()).resolves.toEqual([
      '9 из 18',
      '50%',
    ]);
    await expect(table.locator('tr[data-code="4.4"] td').allTextContents()).resolves.toEqual([
      '65 из 202',
      '32,2%',
    ]);
    await expect(table.locator('tr[data-code]').count()).resolves.toBe(25);
  });
}
