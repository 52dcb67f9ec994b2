// What npm users get: each published package packed and checked by publint (package.json,
// exports, files) and arethetypeswrong (types resolve for ESM consumers and bundlers).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const published = ['packages/core', 'packages/widgets', 'packages/report-export'];

const failures = [];
// The element API (JSX, React, Vue, CDN entries, exports, README table) against custom-elements.json.
console.log('\npackages/widgets: element API');
if (
  spawnSync(process.execPath, ['scripts/element-api.mjs', '--check'], {
    cwd: join(root, 'packages/widgets'),
    stdio: 'inherit',
  }).status !== 0
)
  failures.push('packages/widgets (element API drifted from custom-elements.json)');
for (const dir of published) {
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']],
  ]) {
    console.log(`\n${dir}: ${tool}`);
    const result = spawnSync(bin(tool), args, { cwd: join(root, dir), stdio: 'inherit' });
    if (result.status !== 0) failures.push(`${dir} (${tool})`);
  }
}
if (failures.length) {
  console.error(`\n✗ Package problems: ${failures.join(', ')}`);
  process.exit(1);
}
