import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWalk, type Walk } from './walk-support.js';

// The workspace pages need their server: each opened signed in (the operator on the registry, the
// methodologist elsewhere) with its widgets drawn from the server's data, then checked with axe.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The last entry opens the region's registry file in <shnro-school-registry> first: its mapping,
// preview and diff are checked on the page as well.
const pages = [
  ['operator', '/registry.html'],
  ['metodist.kansk', '/registry.html'],
  ['metodist.kansk', '/board.html'],
  ['metodist.kansk', '/cycles.html'],
  ['school7', '/support.html'],
  ['metodist.kansk', '/support.html'],
  ['metodist.ctood', '/results.html'],
  ['operator', '/registry.html', 'registry-2023.csv'],
] as const;

describe('demo portal: accessibility of the workspace pages', () => {
  let walk: Walk;

  beforeAll(async () => {
    walk = await startWalk();
  });
  vi.setConfig({ testTimeout: 60_000 });

  afterAll(async () => {
    await walk?.close();
  });

  for (const [login, path, file] of pages as readonly (readonly [string, string, string?])[])
    it(`${path} as ${login}${file ? ` with ${file} opened` : ''}: 0 axe violations`, async () => {
      const page = await walk.as(login, path);
      if (file) {
        await page
          .locator('shnro-school-registry input[type="file"]')
          .setInputFiles(fileURLToPath(new URL(`../public/demo/${file}`, import.meta.url)));
        await page.locator('shnro-school-registry [part="import-button"]').waitFor();
        await page.locator('#registry-result', { hasText: 'Так изменится реестр' }).waitFor();
      }
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')]
          .filter((node) => node.localName.startsWith('shnro-') && !node.closest('[hidden]'))
          .every((node) => customElements.get(node.localName) && node.shadowRoot?.childNodes.length),
      );
      await page.waitForTimeout(300);
      // axe messages every frame, and the sandboxed (null-origin) preview of the справка answers
      // its postMessage with a console warning: that one is axe's, every other problem counts.
      expect(walk.problems.get(login)?.filter((problem) => !problem.includes("'postMessage'"))).toEqual([]);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
        ).axe;
        const results = await axe.run(document, { resultTypes: ['violations'] });
        return results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
        );
      });
      expect(violations).toEqual([]);
    });
});
