import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startPreview, type PreviewServer } from '../../test-support/preview.js';

// axe-core's browser bundle, handed to each page through the DevTools protocol (as a page
// script it would need the portal's policy to allow it).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page of the portal, as `vite.config.ts` builds them. */
const pages = ['index.html', 'dynamics.html', 'roadmap.html', 'report.html', 'cabinet.html'];

// Every portal page, not only the widgets' stories: 0 axe violations, every form control named.
describe('demo portal: accessibility of every page', () => {
  let server: PreviewServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startPreview(new URL('..', import.meta.url));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  /** Opens a page and waits until its widgets have drawn something. */
  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${server.url}/${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')]
        .filter((node) => node.localName.startsWith('shnro-'))
        .every((node) => customElements.get(node.localName) && node.shadowRoot?.childNodes.length),
    );
    await page.waitForTimeout(300);
    return page;
  }

  /** The form controls (shadow roots included) that have no accessible name. */
  async function unnamedControls(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const node of root.querySelectorAll('*')) {
          if (node.shadowRoot) walk(node.shadowRoot);
          if (!node.matches('input:not([type="hidden"]), select, textarea')) continue;
          const control = node as HTMLInputElement;
          const labelled =
            (control.labels?.length ?? 0) > 0 ||
            control.getAttribute('aria-label')?.trim() ||
            (control.getAttribute('aria-labelledby') ?? '')
              .split(/\s+/)
              .some((id) => id && (control.getRootNode() as Document | ShadowRoot).getElementById(id)) ||
            control.title;
          if (!labelled) found.push(`${control.localName}#${control.id || control.name || '?'}`);
        }
      };
      walk(document);
      return found;
    });
  }

  for (const path of pages)
    it(`${path}: every form control named, 0 axe violations`, async () => {
      const page = await open(path);
      expect(await unnamedControls(page)).toEqual([]);
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
      await page.close();
    });
});
