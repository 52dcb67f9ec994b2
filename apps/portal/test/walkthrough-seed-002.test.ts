import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { walkThrough } from './walk-support.js';

// Seed 002 (МКУ «ЦООД», Ленинградская область, 2019) in the browser: «Проведен мониторинг …
// за два года, определены ОО с низкими образовательными результатами, показавшие позитивную
// динамику и те ОО, результаты которых понизились. Итоги отображены в аналитической справке.» The
// demo municipality's five schools and their ВПР of 2018 and 2019 are loaded at first start as an
// import of results (illustrative: the seed names neither schools nor figures); the methodologist
// signs in, sees the five schools' dynamics, the sentence as the core words it from them, and the
// справка built by the server from the stored records, downloaded as DOCX and read back.
describe('walk-through: seed 002, the dynamics of five schools over two years', () => {
  const walk = walkThrough();
  const sentence =
    'Проведен мониторинг результативности показателей оценки качества образования (далее – показатели ОКО) за два года, определены ОО с низкими образовательными результатами, показавшие позитивную динамику, и ОО, результаты которых понизились. Итоги отображены в аналитической справке.';

  it('the methodologist sees the five schools’ dynamics with their verdicts', async () => {
    const page = await walk().as('metodist.ctood', '/results.html');
    await page.locator('#dynamics-lead', { hasText: '2018–2019' }).waitFor();
    await expect(page.locator('#dynamics-lead').textContent()).resolves.toContain('школ: 5');
    const chart = page.locator('shnro-dynamics-chart');
    const badge = async (school: string) =>
      ((await chart.locator(`.legend li[data-school="${school}"] .badge`).textContent()) ?? '').trim();
    await chart.locator('.legend li[data-school="ctood-5"]').waitFor();
    await expect(chart.locator('.legend li[data-school]').count()).resolves.toBe(5);
    expect(await badge('ctood-1')).toBe('Положительная динамика');
    expect(await badge('ctood-2')).toBe('Положительная динамика');
    expect(await badge('ctood-3')).toBe('Снижение результатов');
    expect(await badge('ctood-4')).toBe('Снижение результатов');
    expect(await badge('ctood-5')).not.toMatch(/Положительная|Снижение/);
  });

  it('the findings sentence is the core’s, worded from those verdicts', async () => {
    const page = await walk().as('metodist.ctood', '/results.html');
    await expect(page.locator('#dynamics-findings').textContent()).resolves.toBe(sentence);
  });

  it('the справка is built from the stored results and downloads as DOCX', async () => {
    const page = await walk().as('metodist.ctood', '/results.html');
    await page.locator('#dynamics-findings', { hasText: 'за два года' }).waitFor();
    await page.locator('#dynamics-report-build').click();
    await page.locator('#dynamics-note', { hasText: 'Справка сформирована.' }).waitFor();
    const preview = page.frameLocator('#dynamics-report-preview');
    await expect(preview.locator('body').textContent()).resolves.toContain('Информационная справка');
    expect(((await preview.locator('body').textContent()) ?? '').replace(/\s+/g, ' ')).toContain(sentence);

    await page.locator('#dynamics-report-kind').selectOption('analytical');
    await page.locator('#dynamics-report-build').click();
    await preview.locator('body', { hasText: 'Аналитическая справка' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#dynamics-report-docx').click(),
    ]);
    const { value } = await mammoth.extractRawText({ buffer: await readFile((await download.path())!) });
    expect(value).toContain('Аналитическая справка');
    for (const school of ['МОУ «СОШ № 1»', 'МОУ «СОШ № 3»', 'МОУ «СОШ № 5»']) expect(value).toContain(school);
    expect(walk().problems.get('metodist.ctood')).toEqual([]);
  });

  it('a methodologist of a municipality with no such monitoring is told so, in Russian', async () => {
    const page = await walk().as('metodist.kansk', '/results.html');
    await page
      .locator('#dynamics-note', { hasText: 'мониторинг динамики результатов не настроен' })
      .waitFor();
    await expect(page.locator('#dynamics-schools').isHidden()).resolves.toBe(true);
  });
});
