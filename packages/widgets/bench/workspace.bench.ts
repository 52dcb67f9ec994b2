// The methodologist's workspace in real Chromium with Lit's production build: the roadmap board
// with 2,000 schools (first render, a filter, a sort, a page). Prints figures with the ratio to a
// peer measured in the same run: a bare Lit table of the same page of rows, with no validation,
// counting or clustering. Asserts nothing about time (machines differ). Run: pnpm bench.
import { html, render } from 'lit';
import { expect, it } from 'vitest';
import '../src/roadmap-board/define.js';
import type { ShnroRoadmapBoard } from '../src/roadmap-board/roadmap-board.js';
import { largeMunicipality } from '../src/roadmap-board/test-support/municipality.js';
import '../src/school-registry/define.js';
import { csvFile, largeRegistryCsv } from '../src/school-registry/test-support/region.js';

const SCHOOLS = 2000;
const ROUNDS = 7;
const STEPS = 20;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const row = (label: string, samples: number[], peer?: number[]): string =>
  `${label.padEnd(50)} median ${ms(percentile(samples, 50)).padStart(9)}   p95 ${ms(percentile(samples, 95)).padStart(9)}   max ${ms(Math.max(...samples)).padStart(9)}` +
  (peer ? `   ×${(percentile(samples, 50) / percentile(peer, 50)).toFixed(1)} of the peer` : '');
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

it(`renders, filters and sorts a board of ${SCHOOLS} schools`, async () => {
  document.documentElement.lang = 'ru';
  const roadmaps = largeMunicipality(SCHOOLS);
  const lines = [
    '',
    `Roadmap board benchmark: ${SCHOOLS} schools, 50 per page (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, Lit production build)`,
  ];

  // The peer: the same first page as a bare Lit table.
  const peer: number[] = [];
  for (let round = 0; round < ROUNDS + 1; round += 1) {
    const host = document.createElement('div');
    document.body.append(host);
    const started = performance.now();
    const page = [...roadmaps].sort((a, b) => a.school.name.localeCompare(b.school.name, 'ru')).slice(0, 50);
    render(
      html`<table>
        ${page.map(
          (r) =>
            html`<tr>
              <th>${r.school.name}</th>
              <td>${r.status}</td>
              <td>${r.remarks.length}</td>
              <td><button>Открыть</button></td>
            </tr>`,
        )}
      </table>`,
      host,
    );
    if (round) peer.push(performance.now() - started);
    host.remove();
  }

  const first: number[] = [];
  const painted: number[] = [];
  let board: ShnroRoadmapBoard | undefined;
  for (let round = 0; round < ROUNDS + 1; round += 1) {
    board?.remove();
    board = document.createElement('shnro-roadmap-board');
    const started = performance.now();
    board.roadmaps = roadmaps;
    document.body.append(board);
    await board.updateComplete;
    const rendered = performance.now() - started;
    await nextFrame();
    if (round) {
      first.push(rendered);
      painted.push(performance.now() - started);
    }
  }
  lines.push(row('peer: bare Lit table of the first page', peer));
  lines.push(row('first render (set .roadmaps → Lit update done)', first, peer));
  lines.push(row('first render to the first frame painted', painted, peer));

  // The check of all 2,000 roadmaps after the first frame: how long, and the longest task.
  const checks: number[] = [];
  const longest: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      tasks.push(...list.getEntries().map((entry) => entry.duration)),
    );
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    board!.roadmaps = [...roadmaps];
    await board!.updateComplete;
    await board!.dataChecked;
    checks.push(performance.now() - started);
    await nextFrame();
    observer.disconnect();
    longest.push(Math.max(0, ...tasks));
  }
  lines.push(row('schema check + cluster tables, after the first frame', checks));
  lines.push(row('longest task meanwhile (long tasks are > 50 ms)', longest));

  const root = board!.shadowRoot!;
  expect(root.querySelectorAll('table.schools tbody tr')).toHaveLength(50);
  const measure = async (act: (step: number) => void): Promise<number[]> => {
    const samples: number[] = [];
    for (let step = 0; step < STEPS; step += 1) {
      await nextFrame();
      const started = performance.now();
      act(step);
      await board!.updateComplete;
      samples.push(performance.now() - started);
    }
    return samples;
  };
  const search = root.querySelector<HTMLInputElement>('input[name="school"]')!;
  const filter = await measure((step) => {
    search.value = step % 2 ? '' : `${(step % 9) + 1}`;
    search.dispatchEvent(new Event('input'));
  });
  lines.push(row('filter: type in the school search', filter, peer));
  search.value = '';
  search.dispatchEvent(new Event('input'));
  const status = root.querySelector<HTMLSelectElement>('select[name="status"]')!;
  const statuses = ['returned', 'approved', '', 'draft'];
  const byStatus = await measure((step) => {
    status.value = statuses[step % statuses.length]!;
    status.dispatchEvent(new Event('change'));
  });
  lines.push(row('filter: choose a status', byStatus, peer));
  status.value = '';
  status.dispatchEvent(new Event('change'));
  const keys = ['status', 'remarks', 'school'];
  const sort = await measure((step) =>
    root.querySelector<HTMLButtonElement>(`button[data-sort="${keys[step % 3]}"]`)!.click(),
  );
  lines.push(row('sort: click a column header', sort, peer));
  const page = await measure(() =>
    root.querySelector<HTMLButtonElement>('button[data-page="next"]')!.click(),
  );
  lines.push(row('page: next 50 schools', page, peer));
  lines.push(`DOM: ${root.querySelectorAll('*').length} elements in the board's shadow root`);
  console.log(lines.join('\n'));
}, 120_000);

const REGISTRY_ROWS = 40_000;

it(`scrolls the registry preview of ${REGISTRY_ROWS} rows`, async () => {
  document.documentElement.lang = 'ru';
  document.body.replaceChildren();
  const lines = ['', `Registry preview benchmark: ${REGISTRY_ROWS} rows of a CSV (Lit production build)`];
  const element = document.createElement('shnro-school-registry');
  document.body.append(element);
  const file = csvFile(largeRegistryCsv(REGISTRY_ROWS), 'регион.csv');
  const started = performance.now();
  await element.openFile(file);
  await element.updateComplete;
  lines.push(`read + import + first render of the preview: ${ms(performance.now() - started)}`);
  // The import's garbage is collected after it: a second of idle frames, measured apart, so the
  // scroll below is timed on its own.
  const idle: number[] = [];
  let previous = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  while (idle.reduce((sum, value) => sum + value, 0) < 1000) {
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    idle.push(now - previous);
    previous = now;
  }
  lines.push(row('idle frames for a second after the import', idle));
  const root = element.shadowRoot!;
  const scroller = root.querySelector<HTMLElement>('[part="preview"]')!;

  // Scroll as a person drags the bar: a step every frame, from the top to the bottom and back,
  // timing each frame (rAF to rAF) and each re-render of the window.
  const frames: number[] = [];
  const renders: number[] = [];
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const steps = 240;
  const height = scroller.scrollHeight - scroller.clientHeight;
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let step = 1; step <= steps; step += 1) {
    const position = step <= steps / 2 ? (2 * step) / steps : (2 * (steps - step)) / steps;
    scroller.scrollTop = Math.round(position * height);
    const began = performance.now();
    scroller.dispatchEvent(new Event('scroll'));
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
    renders.push(performance.now() - began);
    frames.push(now - last);
    last = now;
  }
  observer.disconnect();
  const rows = root.querySelectorAll('tr[data-row]').length;

  // The peer, in the same run: a bare Lit table of the same number of rows, re-rendered with the
  // next rows each frame (no mapping, no problems, no element around it).
  const host = document.createElement('div');
  document.body.append(host);
  const data = Array.from({ length: 200 }, (_, index) => [
    `${index}`,
    `Район ${index % 60}`,
    `СОШ № ${index}`,
  ]);
  const peer: number[] = [];
  let before = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let step = 0; step < 60; step += 1) {
    render(
      html`<table>
        ${data.slice(step, step + rows).map(
          (cells) =>
            html`<tr>
              ${cells.map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
        )}
      </table>`,
      host,
    );
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    peer.push(now - before);
    before = now;
  }
  host.remove();
  lines.push(row('peer: bare Lit table of as many rows, next rows each frame', peer));
  lines.push(row(`frame during the scroll (${steps} steps over the list)`, frames, peer));
  lines.push(row('scroll → window re-rendered', renders));
  lines.push(
    `max frame time: ${ms(Math.max(...frames))}; frames over 50 ms: ${frames.filter((frame) => frame > 50).length} of ${steps}; long tasks meanwhile: ${tasks.length} (longest ${ms(Math.max(0, ...tasks))})`,
  );
  lines.push(`DOM: ${rows} preview rows rendered of ${REGISTRY_ROWS}`);
  expect(rows).toBeLessThan(100);
  console.log(lines.join('\n'));
}, 120_000);
