// What the example apps' browser tests share: serve a built app with `vite preview`, launch
// the Chromium the test command found, and collect what a person would call a broken page.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A running `vite preview` of a built app. */
export interface PreviewServer {
  url: string;
  stop(): void;
}

/**
 * Serves `<app>/dist` with `vite preview` in its own process group (the command spawns a
 * chain of processes), so that stopping it ends them all. `app` is the app's folder URL.
 */
export async function startPreview(app: URL): Promise<PreviewServer> {
  const appDir = fileURLToPath(app);
  if (!existsSync(`${appDir}/dist/index.html`)) {
    throw new Error(`${appDir}dist is missing: build it first (pnpm -r run build)`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [`${appDir}/node_modules/vite/bin/vite.js`, 'preview', '--port', String(port), '--strictPort'],
    { cwd: appDir, detached: true, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  stop();
  throw new Error(`vite preview did not answer at ${url} within 20 s`);
}

/** Launches the Chromium the test command found (CHROMIUM_PATH) or one found on the machine. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
  if (!executablePath) throw new Error('No Chromium: run the tests through `npm test`, or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

/** Collects uncaught errors, console errors and warnings, and failed requests of a page. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}
