// Measures computeIndicators(municipalMonitoringSet, records) on a country-sized region:
// 40 000 schools, 600 000 teachers. Run with `tsx bench/run.ts` (`pnpm bench`).
import {
  computeIndicators,
  municipalMonitoringSet,
  type RecordsInput,
  type RecordValidation,
} from '../src/index.js';
import { generateRegion } from './generate-region.js';

const size = { schools: 40_000, teachers: 600_000 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function measure(
  label: string,
  records: RecordsInput,
  validation: RecordValidation,
  runs: number,
  warmUp: number,
): void {
  const times: number[] = [];
  let allOk = true;
  for (let run = 0; run < warmUp + runs; run++) {
    const started = performance.now();
    const report = computeIndicators(municipalMonitoringSet, records, { validation });
    const elapsed = performance.now() - started;
    if (run >= warmUp) times.push(elapsed);
    allOk &&= report.ok && report.results.every((result) => result.status === 'ok');
  }
  console.log(
    `${label.padEnd(26)} validation=${validation.padEnd(4)} runs=${String(runs).padStart(2)}  ` +
      `min=${Math.min(...times)
        .toFixed(1)
        .padStart(7)} ms  median=${median(times).toFixed(1).padStart(7)} ms  results ok=${allOk}`,
  );
}

console.log(
  `computeIndicators(municipalMonitoringSet, records): ${size.schools} schools, ${size.teachers} teachers, ` +
    `${municipalMonitoringSet.indicators.length} indicators; Node ${process.version}`,
);

// Records arrive as JSON (a region's export, an API): parse them as they would be parsed, since
// the memory layout JSON.parse gives matters as much as the code at this size.
function loadRegion(order: 'by-school' | 'shuffled'): RecordsInput {
  return JSON.parse(JSON.stringify(generateRegion({ ...size, order }))) as RecordsInput;
}

// One region in memory at a time; the slow full validation last, so its garbage slows nothing else.
let records = loadRegion('by-school');
measure('teachers listed by school', records, 'fast', 20, 5);

const sample = computeIndicators(municipalMonitoringSet, records);
for (const result of sample.results.filter((entry) => entry.kind !== 'presence').slice(0, 4)) {
  const value =
    result.kind === 'share'
      ? `${result.numerator} of ${result.denominator} = ${result.display}`
      : result.display;
  console.log(`  ${result.code}: ${value}`);
}

records = loadRegion('shuffled');
measure('teachers shuffled', records, 'fast', 20, 5);
measure('teachers shuffled', records, 'full', 3, 1);
