// The README's two commands, runnable on a fresh machine that has only Node and npm:
//   npm start → install, build, serve the demo portal
//   npm test  → install, build, format check, lint, typecheck, every test (Node + real Chromium)
// pnpm is pinned and installed into .tools/ because corepack cannot verify signatures here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const toolsBin = join(root, '.tools', 'node_modules', '.bin');
const localPnpm = join(toolsBin, 'pnpm');
// Package scripts call `pnpm` themselves (pnpm -r …): the pinned one must be on their PATH.
process.env.PATH = `${toolsBin}${delimiter}${process.env.PATH ?? ''}`;

function step(title) {
  console.log(`\n▶ ${title}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function mustRun(title, command, args, options) {
  step(title);
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`✗ ${title} failed (exit ${status})`);
    process.exit(status);
  }
}

function ensurePnpm() {
  const installed = existsSync(localPnpm)
    ? spawnSync(localPnpm, ['--version'], { encoding: 'utf8' }).stdout?.trim()
    : undefined;
  if (installed === pnpmVersion) return localPnpm;
  mustRun(`Installing pnpm ${pnpmVersion} into .tools/`, 'npm', [
    'install',
    '--prefix',
    join(root, '.tools'),
    '--no-save',
    '--no-audit',
    '--no-fund',
    `pnpm@${pnpmVersion}`,
  ]);
  return localPnpm;
}

function install(pnpm) {
  mustRun('Installing dependencies (pnpm install)', pnpm, ['install', '--frozen-lockfile']);
}

function start() {
  const pnpm = ensurePnpm();
  install(pnpm);
  mustRun('Building packages and the demo portal', pnpm, ['-r', 'run', 'build']);
  // The portal server serves the built portal and its API over the embedded PGlite (data in
  // apps/portal-server/data/), and prints the demo accounts.
  step('Serving the demo portal with its server at http://127.0.0.1:4173/ (Ctrl+C stops it)');
  const server = spawn(process.execPath, [join(root, 'apps', 'portal-server', 'dist', 'main.js')], {
    cwd: root,
    stdio: 'inherit',
  });
  server.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
}

function test() {
  const pnpm = ensurePnpm();
  install(pnpm);

  step('Finding Chromium for the browser tests');
  let chromium;
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  console.log(`Chromium: ${chromium}`);
  const env = { ...process.env, CHROMIUM_PATH: chromium };

  // Typecheck of widgets and the portal's browser test need the packages' built output.
  mustRun('Building packages and the demo portal', pnpm, ['-r', 'run', 'build'], { env });

  const failures = [];
  const checks = [
    ['Format check (prettier)', ['run', 'format:check']],
    ['Lint (eslint)', ['run', 'lint']],
    ['Typecheck (tsc)', ['run', 'typecheck']],
    ['Size budgets', ['run', 'size']],
    ['Published packages (publint, arethetypeswrong)', ['run', 'lint:packages']],
  ];
  for (const [title, args] of checks) {
    step(title);
    if (run(pnpm, args, { env }) !== 0) failures.push(title);
  }

  step('Tests (Vitest: core in Node, widgets and portal in real Chromium)');
  const reportDir = join(root, '.vitest-reports');
  const reportFile = join(reportDir, 'results.json');
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  const vitestStatus = run(
    pnpm,
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
    { env },
  );

  let summary;
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    summary = {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
      total: report.numTotalTests ?? 0,
    };
  }
  if (vitestStatus !== 0) failures.push('Tests');
  if (!summary) failures.push('Tests (no report written)');
  else if (summary.total === 0) failures.push('Tests (no test ran)');

  console.log('');
  if (failures.length) console.error(`✗ Failed: ${failures.join('; ')}`);
  else console.log('✓ Format, lint, typecheck, size budgets, package checks and tests all passed');
  // The closing line CI reads: from Vitest's JSON report, alone on its line.
  if (summary) console.log(`${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
  process.exit(failures.length ? 1 : 0);
}

const command = process.argv[2];
if (command === 'start') start();
else if (command === 'test') test();
else {
  console.error('usage: node scripts/run.mjs start|test');
  process.exit(2);
}
