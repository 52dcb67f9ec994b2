// A release dry run: `changeset version` on a throwaway clone of HEAD, then the versions and
// changelogs it would publish. Nothing in this checkout changes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const published = ['packages/core', 'packages/widgets', 'packages/report-export'];
const scratch = mkdtempSync(join(tmpdir(), 'shnro-release-'));
try {
  execFileSync('git', ['clone', '--quiet', root, scratch]);
  execFileSync(join(root, 'node_modules', '.bin', 'changeset'), ['version'], {
    cwd: scratch,
    stdio: 'inherit',
  });
  let problems = 0;
  for (const dir of published) {
    const before = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const after = JSON.parse(readFileSync(join(scratch, dir, 'package.json'), 'utf8'));
    const changelog = join(scratch, dir, 'CHANGELOG.md');
    const entry = existsSync(changelog)
      ? readFileSync(changelog, 'utf8').split('\n').slice(0, 6).join('\n')
      : '';
    console.log(`\n${after.name}: ${before.version} → ${after.version}\n${entry || '(no changelog)'}`);
    if (before.version !== after.version && !entry) problems++;
  }
  if (problems) {
    console.error('\n✗ A bumped package has no changelog');
    process.exit(1);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
