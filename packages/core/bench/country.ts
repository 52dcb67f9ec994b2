// The calculator at country size, side by side with its peers in the same run: 2,000
// municipalities, 40,000 schools, 600,000 teachers, seed 001's set (17 shares, a count and 7
// presences, stated as data in the core's own format). Every figure is printed with its ratio
// to the hand-written loop measured in the same run, runs interleaved so that a noisy machine
// slows all of them alike. `tsx bench/country.ts` (part of `pnpm bench`).
import {
  compileIndicatorSet,
  computeIndicators,
  computeIndicatorsGrouped,
  municipalMonitoringSet,
  type GroupedRecordsInput,
  type ShareResult,
} from '../src/index.js';
import { computeTrustedIndicatorsGrouped } from '../src/calculator/index.js';
import { generateCountry } from './generate-region.js';
import { arqueroPeer } from './peers/arquero.js';
import { handLoop } from './peers/hand-loop.js';

const size = { municipalities: 2_000, schools: 40_000, teachers: 600_000 };
const runs = Number(process.env['BENCH_RUNS'] ?? 15);
const warmUp = 3;

// Records arrive as JSON (an export, an API): parse them as they would be parsed.
const country = JSON.parse(JSON.stringify(generateCountry(size))) as GroupedRecordsInput;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// Wall time and this process's CPU time of one run. On a shared machine the wall time of a run
// swings with the other processes' load; its CPU time much less, so both are printed.
function time(task: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  task();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const compiledAt = performance.now();
const compiledResult = compileIndicatorSet(municipalMonitoringSet);
const compileMs = performance.now() - compiledAt;
if (!compiledResult.ok) throw new Error('the seed-001 set does not compile');
const compiled = compiledResult.value;

/** Reads every group's table (they are built when read), as a page of all municipalities does. */
function readEveryTable(region: { groups: readonly { report: { results: readonly unknown[] } }[] }): number {
  let results = 0;
  for (const group of region.groups) results += group.report.results.length;
  return results;
}

// The same answers from every contender, checked once before timing.
const core = computeIndicatorsGrouped(compiled, country, { by: 'municipality' });
const hand = handLoop(country);
const arquero = arqueroPeer(country) as Record<string, unknown>[];
let agree = core.ok && core.groups.length === size.municipalities;
core.groups.forEach((group, index) => {
  const shares = group.report.results.filter((result): result is ShareResult => result.kind === 'share');
  const teacherFirst = [
    ...shares.filter((share) => share.population !== 'target-teachers'),
    ...shares.filter((share) => share.population === 'target-teachers'),
  ];
  teacherFirst.forEach((share, at) => {
    const expected = hand.percents[index * 17 + at]!;
    const got = share.percent === null ? -1 : Math.round(share.percent * 10);
    if (got !== expected || share.numerator !== hand.numerators[index * 17 + at]) agree = false;
  });
});
const sample = arquero.find((row) => row['municipalityId'] === 'm0');
if (sample?.['p_diagnosed'] !== hand.percents[12]) agree = false;

// The old way for reference: one computeIndicators call per municipality.
const perMunicipality = (input: GroupedRecordsInput) => {
  const schoolsOf = new Map<string, typeof input.schools>();
  for (const school of input.schools) {
    const list = schoolsOf.get(school.municipalityId!) ?? [];
    list.push(school);
    schoolsOf.set(school.municipalityId!, list);
  }
  const schoolMunicipality = new Map(input.schools.map((school) => [school.id, school.municipalityId!]));
  const teachersOf = new Map<string, NonNullable<typeof input.teachers>>();
  for (const teacher of input.teachers ?? []) {
    const key = schoolMunicipality.get(teacher.schoolId)!;
    const list = teachersOf.get(key) ?? [];
    list.push(teacher);
    teachersOf.set(key, list);
  }
  return (input.municipalities ?? []).map((municipality) => ({
    kind: 'records' as const,
    municipality,
    schools: schoolsOf.get(municipality.id) ?? [],
    teachers: teachersOf.get(municipality.id) ?? [],
  }));
};
const split = perMunicipality(country);

const contenders: { label: string; task: () => unknown; runs: number; times: number[]; cpu: number[] }[] = [
  { label: 'hand-written loop', task: () => handLoop(country), runs, times: [], cpu: [] },
  {
    label: 'core: computeIndicatorsGrouped (compiled set)',
    task: () => computeIndicatorsGrouped(compiled, country, { by: 'municipality' }),
    runs,
    times: [],
    cpu: [],
  },
  {
    // The tables are built when read: this row reads every group's, the full cost of a page
    // that shows all 2,000 municipalities.
    label: "core: the same, every group's table read",
    task: () => {
      return readEveryTable(computeIndicatorsGrouped(compiled, country, { by: 'municipality' }));
    },
    runs,
    times: [],
    cpu: [],
  },
  {
    // The light entry (@shnro/core/calculator): no schema, same tables.
    label: '@shnro/core/calculator, every table read',
    task: () => {
      return readEveryTable(computeTrustedIndicatorsGrouped(compiled, country, { by: 'municipality' }));
    },
    runs,
    times: [],
    cpu: [],
  },
  { label: 'arquero 8', task: () => arqueroPeer(country), runs, times: [], cpu: [] },
  {
    label: 'core: computeIndicators × 2,000 calls (before)',
    task: () => split.map((input) => computeIndicators(municipalMonitoringSet, input)),
    runs: Math.min(runs, 3),
    times: [],
    cpu: [],
  },
];
for (let run = 0; run < warmUp + runs; run++) {
  for (const contender of contenders) {
    if (run >= warmUp + contender.runs) continue;
    const elapsed = time(contender.task);
    if (run >= warmUp) {
      contender.times.push(elapsed.wall);
      contender.cpu.push(elapsed.cpu);
    }
  }
}

console.log(
  `\nCalculator, country size: ${size.municipalities} municipalities, ${size.schools} schools, ` +
    `${size.teachers} teachers, seed 001's set (17 shares); Node ${process.version}; ` +
    `compileIndicatorSet once: ${compileMs.toFixed(1)} ms; answers agree: ${agree}`,
);
const peer = median(contenders[0]!.times);
const peerCpu = median(contenders[0]!.cpu);
const arqueroRow = contenders.find((contender) => contender.label.startsWith('arquero'))!;
const arqueroCpu = median(arqueroRow.cpu);
console.log(
  `${'contender'.padEnd(50)} runs   median       min   × hand loop (median)   CPU median   × hand loop (CPU)   arquero ÷ this (CPU)`,
);
for (const contender of contenders) {
  const middle = median(contender.times);
  const cpu = median(contender.cpu);
  console.log(
    `${contender.label.padEnd(50)} ${String(contender.times.length).padStart(4)} ${middle.toFixed(1).padStart(8)} ms ` +
      `${Math.min(...contender.times)
        .toFixed(1)
        .padStart(
          7,
        )} ms   ×${(middle / peer).toFixed(2).padEnd(20)} ${cpu.toFixed(1).padStart(8)} ms   ×${(cpu / peerCpu).toFixed(2).padEnd(17)} ${(arqueroCpu / cpu).toFixed(2)}× faster`,
  );
}
const arqueroMedian = median(arqueroRow.times);
const coreMedian = median(contenders[1]!.times);
console.log(
  `core vs arquero: ${(arqueroMedian / coreMedian).toFixed(2)}× faster ` +
    `(CPU: ${(arqueroCpu / median(contenders[1]!.cpu)).toFixed(2)}×); ` +
    `with every table read: ${(arqueroMedian / median(contenders[2]!.times)).toFixed(2)}× faster`,
);
if (!agree) {
  console.error('✗ the contenders disagree: the comparison is void');
  process.exit(1);
}
