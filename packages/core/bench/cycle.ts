// Issue 17's figures: a region of 2 000 schools (40 municipalities of 50) with 5 monitoring cycles.
// Measures comparing two cycles for the whole region, reviewing and clustering 2 000 roadmaps of 30
// activities, and building one municipality's справка; each beside a simple peer measured in the
// same run, so the ratio means something on any machine. Run with `tsx bench/cycle.ts`.
import {
  aggregateRegion,
  compareCycles,
  computeCycle,
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
  type MonitoringCycle,
  type ResultSeries,
  type Roadmap,
  type TargetGroup,
} from '../src/index.js';

const municipalities = 40;
const schoolsPer = 50;
const years = [2019, 2020, 2021, 2022, 2023];
const activitiesPer = 30;

// A fixed-seed generator: the same region on every run.
let seed = 17;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const shareCodes = municipalMonitoringSet.indicators.filter((indicator) => indicator.kind === 'share');

function makeCycle(municipality: number, year: number): MonitoringCycle {
  const teachers = 400 + Math.floor(random() * 200);
  const targets = 10 + Math.floor(random() * 10);
  const answers: Record<string, { value: unknown; history: [] }> = {};
  for (const indicator of municipalMonitoringSet.indicators) {
    const population =
      indicator.kind === 'share'
        ? indicator.population === 'municipality-schools'
          ? schoolsPer
          : indicator.population.includes('teachers')
            ? teachers
            : targets
        : 0;
    const value =
      indicator.kind === 'presence'
        ? random() > 0.2
        : indicator.kind === 'count'
          ? Math.floor(random() * 5)
          : { numerator: Math.floor(random() * (population + 1)) };
    answers[indicator.code] = { value, history: [] };
  }
  return monitoringCycleSchema.parse({
    id: `m${municipality}-${year}`,
    level: 'municipality',
    territoryId: `m${municipality}`,
    territoryName: `Муниципалитет ${municipality}`,
    schoolYear: `${year - 1}-${year}`,
    indicatorSetId: municipalMonitoringSet.id,
    status: 'closed',
    closedAt: `${year}-06-30`,
    populations: {
      'municipality-schools': schoolsPer,
      'target-schools': targets,
      'low-results-schools': targets,
      'target-teachers': teachers,
      'low-results-teachers': teachers,
    },
    units: [
      {
        level: 'municipality',
        unitId: `m${municipality}`,
        name: `УО ${municipality}`,
        state: 'accepted',
        answers,
      },
      ...Array.from({ length: schoolsPer }, (_, school) => ({
        level: 'school',
        unitId: `m${municipality}-s${school}`,
        name: `МБОУ СОШ № ${school + 1}`,
        state: 'accepted',
      })),
    ],
  });
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

function time(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const started = performance.now();
    work();
    if (run > 0) times.push(performance.now() - started);
  }
  return median(times);
}

function report(label: string, ours: number, peer: number, peerLabel: string, budget: number): void {
  console.log(
    `${label.padEnd(52)} median ${ours.toFixed(1).padStart(8)} ms (budget ${budget} ms)  ` +
      `peer «${peerLabel}» ${peer.toFixed(1).padStart(7)} ms  ratio ${(ours / Math.max(peer, 0.001)).toFixed(1)}×`,
  );
}

console.log(
  `Monitoring cycles: ${municipalities * schoolsPer} schools in ${municipalities} municipalities, ${years.length} cycles each, ` +
    `${municipalMonitoringSet.indicators.length} indicators; Node ${process.version}`,
);
const cycles = new Map<number, MonitoringCycle[]>(
  years.map((year) => [
    year,
    Array.from({ length: municipalities }, (_, municipality) => makeCycle(municipality, year)),
  ]),
);
const computeYear = (year: number): CycleReport[] =>
  (cycles.get(year) ?? []).map((cycle) => computeCycle(cycle, municipalMonitoringSet));

// 1. Two cycles of the whole region compared. (a) The stored tables of two closed cycles compared
// indicator by indicator in every municipality, and the region summed. (b) The same, computing
// both years' tables from the typed answers first (one computeIndicators call per municipality
// until the grouped calculator of issue 19 is used). Peer: subtracting the raw shares.
const before = computeYear(2022);
const after = computeYear(2023);
const compareStored = () => ({
  comparisons: before.map((entry, index) => compareCycles(entry, after[index] as CycleReport)),
  region: aggregateRegion(after),
});
const compareRegion = () => {
  const first = computeYear(2022);
  const second = computeYear(2023);
  return {
    comparisons: first.map((entry, index) => compareCycles(entry, second[index] as CycleReport)),
    region: aggregateRegion(second),
  };
};
const rawShares = (year: number) =>
  (cycles.get(year) ?? []).map((cycle) => {
    const answers = cycle.units[0]?.answers ?? {};
    return shareCodes.map((indicator) => {
      const value = answers[indicator.code]?.value as { numerator: number } | undefined;
      return (value?.numerator ?? 0) / (cycle.populations?.['target-teachers'] ?? 1);
    });
  });
const comparePeer = () => {
  const first = rawShares(2022);
  const second = rawShares(2023);
  return second.map((row, index) => row.map((value, at) => value - (first[index]?.[at] ?? 0)));
};
const peerCompare = time(10, comparePeer);
report(
  'compare two stored cycles (region, 2 000 schools)',
  time(10, compareStored),
  peerCompare,
  'raw share differences',
  200,
);
report(
  'compute both years and compare (region)',
  time(5, compareRegion),
  peerCompare,
  'raw share differences',
  200,
);

// 2. 2 000 roadmaps of 30 activities reviewed and clustered at once. Peer: one regular expression
// over every text (what a spreadsheet search would do).
const roadmaps = Array.from({ length: municipalities }, (_, municipality) =>
  Array.from({ length: schoolsPer }, (__, school) => makeRoadmap(municipality, school)),
).flat();
const review = time(3, () => reviewAcrossSchools(roadmaps));
const vague = /повышение качества|общ(ие|ая) формулировк/iu;
const reviewPeer = time(3, () =>
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
);
report(
  `review and cluster ${roadmaps.length} roadmaps × ${activitiesPer} activities`,
  review,
  reviewPeer,
  'one regex over all texts',
  2000,
);

// 3. One municipality's справка: the cycle, the comparison, the review of its 50 roadmaps, the
// ГИА-9 dynamics of its schools, 20 decisions followed; resolved to printable text. Peer: the same
// data serialised with JSON.stringify.
const own = roadmaps.slice(0, schoolsPer);
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
const current = cycles.get(2023)?.[0] as MonitoringCycle;
const previous = cycles.get(2022)?.[0] as MonitoringCycle;
const buildReport = () => {
  const built = cycleReport({
    current: computeCycle(current, municipalMonitoringSet),
    previous: computeCycle(previous, municipalMonitoringSet),
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
const reportPeer = () => JSON.stringify({ current, previous, own, series, decisions });
report(
  'build one municipality’s справка (50 schools)',
  time(5, buildReport),
  time(5, reportPeer),
  'JSON.stringify of its data',
  1000,
);
