// Measures a region's own data end to end: a registry of 2 000 schools and 40 000 teachers read
// from CSV, 5 years × 12 assessments of results (120 000 rows) read from CSV, and identification
// over them. Each figure is printed beside a peer measured in the same run: papaparse parsing the
// same text (the raw CSV reading any importer needs), and a hand-written loop over the results.
// Run with `tsx bench/region-import.ts` (part of `pnpm bench`).
import os from 'node:os';
import Papa from 'papaparse';
import {
  exampleIdentificationMethodology,
  identifySchools,
  importRegistry,
  importResults,
  parseCsv,
  type AssessmentResult,
} from '../src/index.js';

const schoolCount = 2_000;
const teachersPerSchool = 20;
const years = [2019, 2020, 2021, 2022, 2023];
const assessments: [string, string, number][] = [
  ['ВПР', 'Математика', 4],
  ['ВПР', 'Русский язык', 4],
  ['ВПР', 'Математика', 5],
  ['ВПР', 'Русский язык', 5],
  ['ВПР', 'Математика', 6],
  ['ВПР', 'Русский язык', 6],
  ['ВПР', 'Математика', 7],
  ['ВПР', 'Русский язык', 7],
  ['ОГЭ', 'Математика', 9],
  ['ОГЭ', 'Русский язык', 9],
  ['ЕГЭ', 'Математика (профиль)', 11],
  ['ЕГЭ', 'Русский язык', 11],
];

function inn(serial: number): string {
  const digits = [...`77${String(serial).padStart(7, '0')}`].map(Number);
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const check = (weights.reduce((sum, weight, index) => sum + weight * digits[index]!, 0) % 11) % 10;
  return `${digits.join('')}${check}`;
}

// A deterministic pseudo-random sequence, so every run measures the same data.
let state = 20261207;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;

const schoolsCsv = [
  'Реестр общеобразовательных организаций',
  'Муниципальное образование;Полное наименование организации;ИНН;Категория;Дефицит педагогических кадров;Недостаточно компьютерной техники;Отсутствие устойчивого доступа в интернет',
];
const teachersCsv = ['ИНН ОО;ФИО педагога;Предмет;Должность'];
const resultsCsv = [
  'ИНН;Процедура;Предмет;Класс;Учебный год;Количество участников;Средний балл;Количество «2»;Доля «2», %;Количество «5»',
];
for (let s = 0; s < schoolCount; s++) {
  const id = inn(s + 1);
  const yes = () => (random() < 0.2 ? 'да' : 'нет');
  schoolsCsv.push(
    `Муниципальный район ${s % 40};"МБОУ ""СОШ № ${s + 1}""";${id};${random() < 0.1 ? 'ШНОР' : ''};${yes()};${yes()};${yes()}`,
  );
  for (let t = 0; t < teachersPerSchool; t++)
    teachersCsv.push(`${id};Педагог ${s}-${t};${t % 2 ? 'Математика' : 'Русский язык'};учитель`);
  const weak = random() < 0.1;
  for (const year of years)
    for (const [assessment, subject, grade] of assessments) {
      const participants = 10 + Math.floor(random() * 60);
      const twos = Math.min(participants, Math.floor(participants * (weak ? 0.3 : 0.08) * (0.5 + random())));
      const share = ((twos * 100) / participants).toFixed(1).replace('.', ',');
      const mean = (assessment === 'ВПР' ? 3 + random() : 10 + random() * 20).toFixed(2).replace('.', ',');
      resultsCsv.push(
        `${id};${assessment};${subject};${grade};${year - 1}/${year};${participants};${mean};${twos};${share};${Math.floor(random() * 5)}`,
      );
    }
}
const texts = {
  schools: schoolsCsv.join('\r\n'),
  teachers: teachersCsv.join('\r\n'),
  results: resultsCsv.join('\r\n'),
};
const encoded = Object.fromEntries(
  Object.entries(texts).map(([name, text]) => [name, new TextEncoder().encode(text)]),
) as Record<keyof typeof texts, Uint8Array>;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall-clock and CPU time of a task (median of `runs` after a warm-up run), in ms. */
interface Timing {
  wall: number;
  cpu: number;
}

// CPU time beside wall time: on a shared machine (CI, several jobs on 2 cores) the wall clock
// also counts the time other processes held the cores; the CPU time is this process's own work.
async function time(runs: number, task: () => unknown): Promise<Timing> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await task();
    const cpu = process.cpuUsage(cpuStarted);
    if (run > 0) {
      walls.push(performance.now() - started);
      cpus.push((cpu.user + cpu.system) / 1000);
    }
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
function line(label: string, value: Timing, peerLabel: string, peer: Timing, budget: number): void {
  console.log(
    `${label.padEnd(44)} ${ms(value.wall)} (cpu ${ms(value.cpu)})   ${peerLabel.padEnd(34)} ${ms(peer.wall)}   ×${(value.wall / peer.wall).toFixed(2)} (cpu ×${(value.cpu / peer.cpu).toFixed(2)})   budget ${budget} ms ${value.wall <= budget ? '✓' : value.cpu <= budget ? '✗ wall OVER, CPU within (machine busy)' : '✗ OVER'}`,
  );
}

console.log(
  `Region from its own files: ${schoolCount} schools, ${schoolCount * teachersPerSchool} teachers, ` +
    `${resultsCsv.length - 1} result rows (${years.length} years × ${assessments.length} assessments); ` +
    `CSV ${(encoded.schools.length / 1e6).toFixed(1)} + ${(encoded.teachers.length / 1e6).toFixed(1)} + ${(encoded.results.length / 1e6).toFixed(1)} MB; Node ${process.version}; median of 5 after a warm-up; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
);

const papa = (text: string) => Papa.parse<string[]>(text, { delimiter: ';' });
const registryPeer = await time(5, () => (papa(texts.schools), papa(texts.teachers)));
const ownParse = await time(5, () => (parseCsv(texts.schools), parseCsv(texts.teachers)));
let registry = (await importRegistry({ name: 'schools.csv', data: encoded.schools })).registry;
const registryTime = await time(5, async () => {
  const schools = await importRegistry({ name: 'schools.csv', data: encoded.schools });
  registry = (
    await importRegistry({ name: 'teachers.csv', data: encoded.teachers }, { base: schools.registry })
  ).registry;
});
line('registry CSV: core parseCsv only', ownParse, 'papaparse parse (same text)', registryPeer, 3000);
line(
  'registry CSV: importRegistry (schools+teachers)',
  registryTime,
  'papaparse parse (same text)',
  registryPeer,
  3000,
);
if (registry.schools.length !== schoolCount || registry.teachers.length !== schoolCount * teachersPerSchool)
  throw new Error(`registry has ${registry.schools.length} schools, ${registry.teachers.length} teachers`);

const resultsPeer = await time(5, () => papa(texts.results));
let results: AssessmentResult[] = [];
const resultsTime = await time(5, async () => {
  results = (await importResults({ name: 'results.csv', data: encoded.results }, { registry })).results;
});
line('results CSV: importResults', resultsTime, 'papaparse parse (same text)', resultsPeer, 3000);
if (results.length !== resultsCsv.length - 1) throw new Error(`only ${results.length} results imported`);

// The peer: one loop that groups the results by school and counts ВПР results with «2» above 25 %.
const loopPeer = await time(5, () => {
  const counts = new Map<string, number>();
  for (const result of results)
    if (result.assessment === 'vpr' && result.year === 2023 && (result.count2 ?? 0) * 4 > result.participants)
      counts.set(result.schoolId, (counts.get(result.schoolId) ?? 0) + 1);
  return counts;
});
let proposals = 0;
const identifyTime = await time(5, () => {
  proposals = identifySchools(registry, results, exampleIdentificationMethodology).proposals.length;
});
line(
  'identifySchools (example methodology)',
  identifyTime,
  'hand loop: ВПР «2» > 25% by school',
  loopPeer,
  500,
);
console.log(`  ${proposals} schools proposed`);
