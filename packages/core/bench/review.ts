// The automatic review of a 1,000-activity roadmap while a person types: reviewing it whole after
// each keystroke (`reviewRoadmap`, the peer) against the incremental reviewer, which reads only the
// retyped activity again (`createRoadmapReviewer`). Run with `tsx bench/review.ts` (`pnpm bench`).
import {
  createActivity,
  createRoadmap,
  createRoadmapReviewer,
  reviewRoadmap,
  type Roadmap,
  type RoadmapSection,
} from '../src/index.js';

const sectionsCount = 20;
const perSection = 50;
const texts = [
  ['Участие в семинаре', 'Повышение качества образования', 'ноябрь 2023 года'],
  [
    'Разработка ИОМ для 5 учителей математики',
    'Разработаны ИОМ для 5 учителей математики',
    'до 1 октября 2023 года',
  ],
  ['Беседа с родителями', 'Улучшение результатов', 'ежеквартально'],
  [
    'Открытый урок с применением технологии смыслового чтения',
    'Технологическая карта урока размещена на сайте',
    'декабрь 2025 года',
  ],
] as const;

function bigRoadmap(): Roadmap {
  const roadmap = createRoadmap({
    id: 'rm',
    school: { id: 'school-1', name: 'МБОУ СОШ № 1' },
    title: 'Дорожная карта',
    period: { start: '2023-09-01', end: '2024-08-31' },
  });
  const sections: RoadmapSection[] = [];
  for (let s = 0; s < sectionsCount; s++) {
    const activities = [];
    for (let a = 0; a < perSection; a++) {
      const [activity, plannedResult, deadline] = texts[(s + a) % texts.length]!;
      activities.push(
        createActivity(
          {
            id: `a${s}-${a}`,
            activity: `${activity} (${s + 1}.${a + 1})`,
            plannedResult,
            deadline,
            responsible: 'заместитель директора по УВР',
          },
          roadmap,
        ),
      );
    }
    sections.push({
      id: `s${s}`,
      title: `Раздел ${s + 1}: работа с учителями`,
      targetGroup: 'teachers',
      activities,
    });
  }
  return { ...roadmap, sections };
}

/** The roadmap after one keystroke in one activity's planned result: that activity and its section are new objects. */
function typed(roadmap: Roadmap, keystroke: number): Roadmap {
  const s = keystroke % sectionsCount;
  const a = (keystroke * 7) % perSection;
  return {
    ...roadmap,
    sections: roadmap.sections.map((section, index) =>
      index === s
        ? {
            ...section,
            activities: section.activities.map((activity, at) =>
              at === a
                ? { ...activity, plannedResult: `${activity.plannedResult ?? ''}${keystroke % 10}` }
                : activity,
            ),
          }
        : section,
    ),
  };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const keystrokes = 200;
let roadmap = bigRoadmap();
const reviewer = createRoadmapReviewer();
const firstStart = performance.now();
reviewer.review(roadmap);
const first = performance.now() - firstStart;

const whole: number[] = [];
const incremental: number[] = [];
let same = true;
for (let k = 0; k < keystrokes; k++) {
  roadmap = typed(roadmap, k);
  let started = performance.now();
  const peer = process.env.ONLY_INCREMENTAL ? [] : reviewRoadmap(roadmap);
  whole.push(performance.now() - started);
  started = performance.now();
  const own = reviewer.review(roadmap);
  incremental.push(performance.now() - started);
  // Spot-check equality (a full deep comparison every time would dominate the run).
  if (k % 50 === 0) same &&= JSON.stringify(own) === JSON.stringify(peer);
}

const row = (label: string, values: readonly number[]) =>
  `${label.padEnd(44)} p50=${percentile(values, 50).toFixed(2).padStart(7)} ms  p95=${percentile(values, 95)
    .toFixed(2)
    .padStart(7)} ms  max=${Math.max(...values)
    .toFixed(2)
    .padStart(7)} ms`;

console.log(
  `review of a roadmap of ${sectionsCount * perSection} activities after each of ${keystrokes} keystrokes; Node ${process.version}`,
);
console.log(row('reviewRoadmap, whole (peer)', whole));
console.log(row('createRoadmapReviewer, incremental', incremental));
console.log(
  `incremental first run ${first.toFixed(1)} ms; per keystroke ×${(percentile(whole, 50) / percentile(incremental, 50)).toFixed(1)} faster at p50 than the whole review; same remarks: ${same}`,
);
