import { describe, expect, it } from 'vitest';
import { loadDemoRegistryFile, walkThrough } from './walk-support.js';

// The demo registry's teachers file in the browser: the operator loads the region's registry and
// then its teachers (`/demo/teachers-2023.csv`, illustrative, the teachers of the registry's
// schools); the methodologist's cycle by school then counts each school's shares of teachers from
// those records instead of saying «нет записей в реестре».
describe('walk-through: the registry’s teachers in the cycle by school', () => {
  const walk = walkThrough();

  it('the operator loads the registry, then the teachers of its schools', async () => {
    // The teachers file is read against the registry stored by the first.
    for (const file of ['registry-2023.csv', 'teachers-2023.csv']) await loadDemoRegistryFile(walk(), file);
    expect(await walk().count('select count(*)::int as n from registry_teachers')).toBe(78);
    expect(await walk().count('select count(*)::int as n from schools where record is not null')).toBe(26);
  });

  it('the methodologist of Канск sees each school’s teacher shares counted from them', async () => {
    const page = await walk().as('metodist.kansk', '/cycles.html');
    const rows = page.locator('#school-scorecard tbody tr[data-school]');
    await rows.first().waitFor();
    const names = await page.locator('#school-scorecard tbody tr[data-school] th').allTextContents();
    const iom = (await page.locator('#school-scorecard td[data-column="4.4"] .value').allTextContents()).map(
      (cell) => cell.trim(),
    );
    const target = (
      await page.locator('#school-scorecard td[data-column="1.5"] .value').allTextContents()
    ).map((cell) => cell.trim());
    expect(iom).toHaveLength(names.length);
    // 4.4 (доля педагогов с ИОМ) is over the teachers of ШНРО/ШНСУ: each such school of Канск has
    // its share counted from its teachers (none of the file's has an ИОМ: 0 %), the others are
    // outside the population; no school is left without records.
    expect(iom.filter((cell) => cell === 'нет записей в реестре')).toEqual([]);
    expect(target.filter((cell) => cell === 'да').length).toBeGreaterThan(0);
    expect(iom).toEqual(target.map((cell) => (cell === 'да' ? '0%' : 'не относится')));
    for (const [login, problems] of walk().problems) expect(problems, login).toEqual([]);
  });
});
