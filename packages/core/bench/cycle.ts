// Issue 17's figures: a region of 2 000 schools (40 municipalities of 50) with 5 monitoring cycles
// built from the registry's records (bench/generate-region.ts, one draw per school year; a few
// schools leave the registry each year). Measures computing a year of the region (one grouped
// call), comparing two cycles, reviewing and clustering 2 000 roadmaps of 30 activities, and
// building one municipality's справка; each beside a hand-written peer measured in the same run,
// so the ratio means something on any machine. Wall-clock and CPU time are both printed: on a
// shared machine the wall clock also counts the time other processes held the cores.
// `tsx bench/cycle.ts` (part of `pnpm bench`).
import {
  compareCycles,
  compileIndicatorSet,
  computeCycle,
  computeRegionCycles,
  createActivity,
  createRoadmap,
  cycleReport,
  decisionRecordSchema,
  followDecisions,
  monitoringCycleSchema,
  municipalMonitoringSet,
  resolveReport,
  reviewAcrossSchools,
  type CycleReport,
  type GroupedRecordsInput,
  type MonitoringCycle,
  type RecordsInput,
  type RegionCycles,
  type ResultSeries,
  type Roadmap,
  type TargetGroup,
} from '../src/index.js';
import { createRandom, generateCountry } from './generate-region.js';
import { handLoop, type HandLoopResult } from './peers/hand-loop.js';

const municipalities = 40;
const schoolsPer = 50;
const teachersPer = 15;
const years = [2019, 2020, 2021, 2022, 2023];
const activitiesPer = 30;

const random = createRandom(17);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const compiledResult = compileIndicatorSet(municipalMonitoringSet);
if (!compiledResult.ok) throw new Error('the seed-001 set does not compile');
const compiled = compiledResult.value;

// One registry per school year: the same 2 000 schools drawn again (their categories and flags
// change), and from the second year on, about 1% of the schools gone from the registry.
function registryOf(year: number, index: number): GroupedRecordsInput {
  const country = generateCountry({
    municipalities,
    schools: municipalities * schoolsPer,
    teachers: municipalities * schoolsPer * teachersPer,
    seed: year,
  });
  if (index === 0) return JSON.parse(JSON.stringify(country)) as GroupedRecordsInput;
  const leave = createRandom(year * 7);
  const schools = country.schools.filter(() => leave() >= 0.01);
  const kept = new Set(schools.map((school) => school.id));
  const teachers = (country.teachers ?? []).filter((teacher) => kept.has(teacher.schoolId));
  // Records arrive as JSON (an export, an API): parse them as they would be parsed.
  return JSON.parse(JSON.stringify({ ...country, schools, teachers })) as GroupedRecordsInput;
}

function cyclesOf(year: number, registry: GroupedRecordsInput): MonitoringCycle[] {
  const bySchool = new Map<string, { level: 'school'; unitId: string; name: string; state: 'accepted' }[]>();
  for (const school of registry.schools) {
    const key = school.municipalityId ?? '';
    const list = bySchool.get(key) ?? [];
    list.push({ level: 'school', unitId: school.id, name: school.name, state: 'accepted' });
    bySchool.set(key, list);
  }
  return (registry.municipalities ?? []).map((municipality) =>
    monitoringCycleSchema.parse({
      id: `${municipality.id}-${year}`,
      level: 'municipality',
      territoryId: municipality.id,
      territoryName: municipality.name,
      schoolYear: `${year - 1}-${year}`,
      indicatorSetId: municipalMonitoringSet.id,
      status: 'closed',
      closedAt: `${year}-06-30`,
      units: bySchool.get(municipality.id) ?? [],
    }),
  );
}

const sectionTitles: Record<TargetGroup, readonly string[]> = {
  teachers: ['Работа с учителями', 'Профессиональное развитие педагогов', 'Повышение качества образования'],
  students: [
    'Работа с учащимися',
    'Повышение мотивации обучающихся',
    'Подготовка к ГИА',
    'Психолого-педагогическое сопровождение',
  ],
  parents: ['Работа с родителями', 'Сотрудничество с родителями', 'Информирование родителей'],
  management: ['Управление'],
};
const activityTexts = [
  ['Проведение семинара', 'Повышение качества преподаваемых предметов'],
  ['Собеседование с учителями о качестве', 'Повышение качества образования'],
  ['Пробный экзамен по математике в формате ОГЭ', 'Не менее 80% обучающихся решают задачи базового уровня'],
  ['Проведение предметных олимпиад', 'Участие 40% обучающихся в олимпиадах'],
  ['Родительское собрание по подготовке к ГИА', 'Протокол собрания, 90% родителей ознакомлены'],
  [
    'Консультации психолога для обучающихся с трудностями в обучении',
    'Индивидуальные карты сопровождения для 12 обучающихся',
  ],
  ['Курсы повышения квалификации', 'Удостоверения 5 педагогов'],
  ['Взаимопосещение уроков', 'Анализ 20 уроков'],
];
const deadlines = [
  'до 15 декабря 2022 года',
  'ежеквартально',
  'в течение года',
  'март 2023 года',
  'сентябрь-октябрь 2022 года',
];

function makeRoadmap(municipality: number, school: number): Roadmap {
  const base = createRoadmap({
    id: `rm-m${municipality}-s${school}`,
    school: { id: `m${municipality}-s${school}`, name: `МБОУ СОШ № ${school + 1}` },
    title: 'Дорожная карта',
    period: { start: '2022-09-01', end: '2023-08-31' },
  });
  const groups: TargetGroup[] = ['teachers', 'students', 'parents'];
  return {
    ...base,
    sections: groups.map((group, index) => ({
      id: `s${index}`,
      title: pick(sectionTitles[group]),
      targetGroup: group,
      activities: Array.from({ length: activitiesPer / groups.length }, (_, number) => {
        const [activity, plannedResult] = pick(activityTexts) as [string, string];
        return createActivity(
          {
            id: `a${index}-${number}`,
            activity: `${activity} (${number + 1})`,
            plannedResult,
            deadline: pick(deadlines),
            responsible: 'Заместитель директора',
          },
          base,
        );
      }),
    })),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Median wall-clock and CPU milliseconds of `runs` runs after one warm-up. */
function time(runs: number, work: () => unknown): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    work();
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuStart);
    if (run > 0) {
      walls.push(wall);
      cpus.push((cpu.user + cpu.system) / 1000);
    }
  }
  return { wall: median(walls), cpu: median(cpus) };
}

function report(label: string, ours: Timing, peer: Timing, peerLabel: string, budget: number): void {
  const verdict = ours.cpu <= budget ? 'within' : 'OVER';
  console.log(
    `${label.padEnd(50)} ${ours.wall.toFixed(1).padStart(8)} ms wall ${ours.cpu.toFixed(1).padStart(8)} ms CPU ` +
      `(budget ${budget} ms: ${verdict})  peer «${peerLabel}» ${peer.cpu.toFixed(1)} ms CPU  ` +
      `ratio ${(ours.cpu / Math.max(peer.cpu, 0.001)).toFixed(1)}×`,
  );
}

const registries = years.map((year, index) => registryOf(year, index));
const cycles = years.map((year, index) => cyclesOf(year, registries[index]!));
console.log(
  `Monitoring cycles: ${municipalities * schoolsPer} schools in ${municipalities} municipalities, ` +
    `${registries[0]!.teachers?.length ?? 0} teachers, ${years.length} cycles from the registry ` +
    `(${registries.map((registry) => registry.schools.length).join(' / ')} schools), ` +
    `${municipalMonitoringSet.indicators.length} indicators; Node ${process.version}`,
);

const computeYear = (index: number): RegionCycles =>
  computeRegionCycles(cycles[index]!, compiled, { records: registries[index]! });

// The region itself as a cycle, so its two years compare like any municipality's.
function regionReport(year: RegionCycles, index: number): CycleReport {
  const first = cycles[index]![0]!;
  return {
    cycle: {
      ...first,
      id: `region-${years[index]}`,
      level: 'region',
      territoryId: 'region',
      territoryName: 'Регион',
      units: cycles[index]!.flatMap((cycle) => cycle.units),
    },
    report: year.region!,
    issues: [],
    status: 'computed',
  };
}

function compareYears(first: RegionCycles, second: RegionCycles, before: number, after: number) {
  return [
    ...first.municipalities.map((entry, index) => compareCycles(entry, second.municipalities[index]!)),
    compareCycles(regionReport(first, before), regionReport(second, after)),
  ];
}

// The peer: the hand-written counting loop of the calculator bench over both registries, and
// the percentages subtracted — no statuses, no messages, no report objects.
const peerCompare = (first: HandLoopResult, second: HandLoopResult) => {
  const change = new Int32Array(second.percents.length);
  for (let at = 0; at < change.length; at++) change[at] = second.percents[at]! - first.percents[at]!;
  return change;
};

// 1. A year of the region: one grouped call over its 2 000 schools and their teachers.
report(
  'compute a year of the region (one grouped call)',
  time(10, () => computeYear(4)),
  time(10, () => handLoop(registries[4]!)),
  'hand-written counting loop',
  200,
);

// 2. Two cycles compared: (a) the stored tables of 2021–2022 and 2022–2023 in every municipality
// and the region; (b) the same from the registry's records, computing both years first.
const stored = [computeYear(3), computeYear(4)] as const;
const comparisons = compareYears(stored[0], stored[1], 3, 4);
const left = comparisons.reduce((sum, comparison) => sum + comparison.schoolsLeft.length, 0) / 2;
const handYears = [handLoop(registries[3]!), handLoop(registries[4]!)] as const;
report(
  'compare two stored cycles (40 municipalities + region)',
  time(10, () => compareYears(stored[0], stored[1], 3, 4)),
  time(10, () => peerCompare(handYears[0], handYears[1])),
  'subtracting the hand loop’s percentages',
  200,
);
report(
  'compute both years from records and compare',
  time(10, () => compareYears(computeYear(3), computeYear(4), 3, 4)),
  time(10, () => peerCompare(handLoop(registries[3]!), handLoop(registries[4]!))),
  'hand loop over both years, subtracted',
  200,
);
console.log(`  schools that left the registry between the two cycles, named in the comparison: ${left}`);

// 3. 2 000 roadmaps of 30 activities reviewed and clustered at once. Peer: one regular expression
// over every planned result (what a spreadsheet search would do).
const roadmaps = Array.from({ length: municipalities }, (_, municipality) =>
  Array.from({ length: schoolsPer }, (__, school) => makeRoadmap(municipality, school)),
).flat();
const vague = /повышение качества|общ(ие|ая) формулировк/iu;
report(
  `review and cluster ${roadmaps.length} roadmaps × ${activitiesPer} activities`,
  time(3, () => reviewAcrossSchools(roadmaps)),
  time(3, () =>
    roadmaps.reduce(
      (count, roadmap) =>
        count +
        roadmap.sections.reduce(
          (inner, section) =>
            inner + section.activities.filter((activity) => vague.test(activity.plannedResult ?? '')).length,
          0,
        ),
      0,
    ),
  ),
  'one regex over all texts',
  2000,
);

// 4. One municipality's справка: its two cycles computed from its records, the comparison, the
// review of its 50 roadmaps, the ГИА-9 dynamics of its schools over the 5 years, 20 decisions
// followed; resolved to printable text. Peer: the same data serialised with JSON.stringify.
const own = roadmaps.slice(0, schoolsPer);
function recordsOf(registry: GroupedRecordsInput, id: string): RecordsInput {
  const schools = registry.schools.filter((school) => school.municipalityId === id);
  const ids = new Set(schools.map((school) => school.id));
  const municipality = registry.municipalities?.find((entry) => entry.id === id);
  return {
    kind: 'records',
    ...(municipality === undefined ? {} : { municipality }),
    schools,
    teachers: (registry.teachers ?? []).filter((teacher) => ids.has(teacher.schoolId)),
  };
}
const ownRecords = [recordsOf(registries[3]!, 'm0'), recordsOf(registries[4]!, 'm0')] as const;
const series: ResultSeries[] = own.map((roadmap) => ({
  schoolId: roadmap.school.id,
  assessment: 'gia-9',
  subjects: ['математика'],
  metric: 'average-score',
  points: years.map((year) => ({ year, value: 3 + random(), participants: 20 + Math.floor(random() * 30) })),
}));
const decisions = Array.from({ length: 20 }, (_, index) =>
  decisionRecordSchema.parse({
    id: `d${index}`,
    kind: index % 2 === 0 ? 'recommendation' : 'management-decision',
    text: `Организовать методическое сопровождение № ${index + 1}`,
    addressee: { kind: 'methodological-service', name: 'Методической службе' },
    deadline: pick(deadlines),
    activities: [{ roadmapId: own[index]?.id ?? '', activityId: 'a0-0' }],
  }),
);
const current = cycles[4]![0]!;
const previous = cycles[3]![0]!;
const buildReport = () => {
  const built = cycleReport({
    current: computeCycle(current, compiled, { records: ownRecords[1] }),
    previous: computeCycle(previous, compiled, { records: ownRecords[0] }),
    set: municipalMonitoringSet,
    review: reviewAcrossSchools(own),
    dynamics: [
      {
        series,
        options: {
          assessment: 'gia-9',
          metric: 'average-score',
          schools: own.map((roadmap) => roadmap.school),
        },
      },
    ],
    decisions: followDecisions(decisions, { asOf: '2023-06-30', roadmaps: own }),
    header: { title: 'Аналитическая справка', date: '2023-06-30' },
    author: { name: 'Методист', position: 'Методист' },
  });
  const printed = resolveReport(built);
  if (!printed.ok) throw new Error(JSON.stringify(printed.issues.slice(0, 3)));
  return printed;
};
report(
  'build one municipality’s справка (50 schools)',
  time(5, buildReport),
  time(5, () => JSON.stringify({ current, previous, ownRecords, own, series, decisions })),
  'JSON.stringify of its data',
  1000,
);
