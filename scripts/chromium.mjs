// Finds a Chromium for browser tests without downloading one (this network cannot).
// Order: CHROMIUM_PATH, Debian's /usr/bin/chromium, Debian's package installed on the spot
// (root on Debian only), Playwright's own browser on a developer laptop.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags this closed network needs; without them Chromium keeps dialling Google's hosts. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const debianPath = '/usr/bin/chromium';

function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Returns a path to a Chromium executable that exists now, or undefined; installs nothing. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync(debianPath)) return debianPath;
  return playwrightChromium();
}

/**
 * Returns a Chromium path, installing Debian's package when running as root on Debian.
 * Throws an Error with a message a person can act on when none can be had.
 */
export function ensureChromium({ log = console.log } = {}) {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  }
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    log('No Chromium found: installing Debian packages chromium, fonts-liberation, fonts-dejavu-core…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation', 'fonts-dejavu-core'], {
      stdio: 'inherit',
      env,
    });
    if (existsSync(debianPath)) return debianPath;
  }
  throw new Error(
    [
      'No Chromium for the browser tests.',
      '  - set CHROMIUM_PATH to a Chromium or Chrome executable, or',
      '  - on Debian/Ubuntu as root: apt-get install -y chromium fonts-liberation fonts-dejavu-core, or',
      '  - elsewhere: npx playwright install chromium',
    ].join('\n'),
  );
}

// `node scripts/chromium.mjs` prints the path (installing where it may), for scripts and people.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const path = ensureChromium();
    const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(`${path}${version ? ` (${version})` : ''}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
