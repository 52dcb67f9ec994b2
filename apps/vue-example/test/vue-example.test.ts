import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  startPreview,
  watchProblems,
  type PreviewServer,
} from '../../test-support/preview.js';
import { itEmbedsTheMonitoringForm } from '../../test-support/embedded-form.js';

// The built example in real Chromium, as a person uses it: the stored answers shown, a count
// corrected, the monitoring submitted.
describe('Vue example', () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    server = await startPreview(new URL('..', import.meta.url));
    browser = await launchChromium();
    page = await browser.newPage();
    problems = watchProblems(page);
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  itEmbedsTheMonitoringForm(() => page, '#vue');

  it('leaves nothing in the console and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
