// Save and load latency of a 1,000-activity roadmap draft in real Chromium IndexedDB.
// Prints figures; asserts nothing about time (machines differ). Run:
//   node_modules/.bin/vitest run --config packages/widgets/vitest.bench.config.ts   (from the repo root)
import { deleteDB } from 'idb';
import { expect, it } from 'vitest';
import { DraftController } from '../src/drafts/autosave-controller.js';
import { openIndexedDbDraftStore } from '../src/drafts/draft-store.js';
import type { DraftPutResult, DraftStore } from '../src/drafts/types.js';
import type { RoadmapDraft } from '../src/drafts/test-support/roadmap.js';
import { makeRoadmap } from '../src/drafts/test-support/roadmap.js';
import { mountHost } from '../src/drafts/test-support/test-host.js';

const ACTIVITIES = 1000;
const SAVES = 60;
const WARMUP = 5;
const key = { scope: 'bench-user', kind: 'roadmap', documentId: 'school-3301' };

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

function row(label: string, samples: number[]): string {
  return `${label.padEnd(44)} median ${ms(percentile(samples, 50)).padStart(10)}   p95 ${ms(percentile(samples, 95)).padStart(10)}   max ${ms(Math.max(...samples)).padStart(10)}`;
}

/** One person's edit: a changed word in one activity, as typing would make. */
function edit(roadmap: RoadmapDraft, round: number): RoadmapDraft {
  const activities = roadmap.activities.slice();
  const index = (round * 37) % activities.length;
  const activity = activities[index];
  if (activity)
    activities[index] = { ...activity, plannedResult: `${activity.plannedResult} (уточнено ${round})` };
  return { ...roadmap, activities };
}

async function measureSaves(
  store: DraftStore,
  roadmap: RoadmapDraft,
): Promise<{ save: number[]; load: number[] }> {
  let revision: number | null = null;
  let data = roadmap;
  const save: number[] = [];
  const load: number[] = [];
  for (let round = 0; round < WARMUP + SAVES; round += 1) {
    data = edit(data, round);
    const started = performance.now();
    const result: DraftPutResult<RoadmapDraft> = await store.put(
      { ...key, tabId: 'bench', title: 'Дорожная карта', data },
      { baseRevision: revision },
    );
    const elapsed = performance.now() - started;
    if (result.status !== 'saved') throw new Error(`save ${round}: ${result.status}`);
    revision = result.record.revision;
    if (round >= WARMUP) save.push(elapsed);
  }
  for (let round = 0; round < WARMUP + SAVES; round += 1) {
    const started = performance.now();
    const result = await store.get(key);
    const elapsed = performance.now() - started;
    if (result.status !== 'found') throw new Error(`load ${round}: ${result.status}`);
    if (round >= WARMUP) load.push(elapsed);
  }
  return { save, load };
}

it(`saves and loads a ${ACTIVITIES}-activity roadmap draft`, async () => {
  const roadmap = makeRoadmap(ACTIVITIES);
  const bytes = new TextEncoder().encode(JSON.stringify(roadmap)).length;
  const lines = [
    '',
    `Drafts benchmark: roadmap with ${ACTIVITIES} activities, ${SAVES} saves and loads after ${WARMUP} warm-up (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'})`,
    `payload: ${(bytes / 1024).toFixed(1)} KB as UTF-8 JSON`,
  ];

  // A throw-away round first, so the first measured database does not pay for IndexedDB's start-up.
  const warmName = `shnro-drafts-bench-warm-${crypto.randomUUID()}`;
  const warm = await openIndexedDbDraftStore({ databaseName: warmName });
  await measureSaves(warm, roadmap);
  warm.close();
  await deleteDB(warmName);

  for (const durability of ['default', 'strict'] as const) {
    const databaseName = `shnro-drafts-bench-${durability}-${crypto.randomUUID()}`;
    const store = await openIndexedDbDraftStore({ databaseName, durability });
    try {
      const { save, load } = await measureSaves(store, roadmap);
      lines.push(row(`save (put, durability ${durability})`, save));
      lines.push(row(`load (get + validate, durability ${durability})`, load));
      expect(save).toHaveLength(SAVES);
    } finally {
      store.close();
      await deleteDB(databaseName);
    }
  }

  // The part of a save that holds the main thread: the structured clone of the data.
  const clone: number[] = [];
  for (let round = 0; round < WARMUP + SAVES; round += 1) {
    const started = performance.now();
    structuredClone(roadmap);
    if (round >= WARMUP) clone.push(performance.now() - started);
  }
  lines.push(row('structured clone of the payload (main thread)', clone));

  // What typing pays: schedule() on every keystroke.
  const databaseName = `shnro-drafts-bench-typing-${crypto.randomUUID()}`;
  const host = mountHost();
  const controller = new DraftController<RoadmapDraft>(host, {
    ...key,
    databaseName,
    debounceMs: 10_000,
    persist: false,
  });
  await controller.ready;
  const schedule: number[] = [];
  let data = roadmap;
  for (let round = 0; round < 200; round += 1) {
    data = edit(data, round);
    const started = performance.now();
    controller.schedule(data);
    schedule.push(performance.now() - started);
  }
  lines.push(row('schedule() per keystroke (input path)', schedule));
  const flushStarted = performance.now();
  await controller.flush();
  lines.push(`${'flush() after typing (debounced save)'.padEnd(44)} ${ms(performance.now() - flushStarted)}`);
  host.remove();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await deleteDB(databaseName);

  console.log(lines.join('\n'));
});
