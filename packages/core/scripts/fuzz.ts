// `pnpm fuzz`: property-based fuzzing of every public entry point of @shnro/core with fast-check.
// Prints a table of cases, refusals (the documented ShnroArgumentError) and failures per entry
// point, then the first failing arguments of each. Exits 1 on any failure.
//   pnpm fuzz                       ten times the CI share (≥ 100 000 cases), random seed
//   pnpm fuzz --seed 42 --times 20  a fixed seed, twenty times the CI share
//   pnpm fuzz --only parseDeadline  the entry points whose name contains the text
import { formatTable, runTarget, type FuzzRow } from '../test/fuzz/harness.js';
import { targets } from '../test/fuzz/targets.js';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const seed = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
const times = Number(option('times') ?? 10);
const only = option('only');
if (!Number.isInteger(seed) || !Number.isInteger(times) || times < 1) {
  console.error('Usage: pnpm fuzz [--seed N] [--times N] [--only text]');
  process.exit(2);
}

const chosen = targets.filter((target) => only === undefined || target.name.includes(only));
console.log(`fuzzing ${chosen.length} entry points of @shnro/core, seed ${seed}, ${times}× the CI share`);
const rows: FuzzRow[] = [];
for (const target of chosen) {
  const row = runTarget(target, seed, target.ciCases * times);
  rows.push(row);
  process.stdout.write(`  ${row.name}: ${row.cases} cases, ${row.failures} failures\n`);
}
console.log(`\n${formatTable(rows)}`);
const failed = rows.filter((row) => row.failures > 0);
for (const row of failed) console.log(`\n✗ ${row.name}: ${row.firstFailure}`);
console.log(failed.length === 0 ? '\nno failures' : `\n${failed.length} entry points failed (seed ${seed})`);
process.exit(failed.length === 0 ? 0 : 1);
