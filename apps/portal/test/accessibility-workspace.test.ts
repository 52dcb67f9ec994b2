import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWalk, type Walk } from './walk-support.js';

// The workspace pages need their server: each opened signed in (the operator on the registry, the
// methodologist elsewhere) with its widgets drawn from the server's data, then checked with axe.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const pages = [
  ['operator', '/registry.html'],
  ['metodist.kansk', '/registry.html'],
  ['metodist.kansk', '/board.html'],
  ['metodist.kansk', '/cycles.html'],
  ['school7', '/support.html'],
  ['metodist.kansk', '/support.html'],
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

  for (const [login, path] of pages)
    it(`${path} as ${login}: 0 axe violations`, async () => {
      const page = await walk.as(login, path);
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
