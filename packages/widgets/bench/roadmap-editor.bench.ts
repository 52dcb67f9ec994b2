// First render and input latency of <shnro-roadmap-editor> with a 1,000-activity roadmap, in real
// Chromium. Prints figures; asserts nothing about time (machines differ). The wall-clock keystroke
// row includes the wait for the display's next refresh (an input just after a frame waits up to
// 16.7 ms for the next one), so the row beside it gives the keystroke's own work to its frame. Run:
//   node_modules/.bin/vitest run --config packages/widgets/vitest.bench.config.ts   (from the repo root)
import { expect, it, vi } from 'vitest';
import '../src/roadmap-editor/define.js';
import { largeRoadmap } from '../src/roadmap-editor/examples.js';
import type { ShnroRoadmapEditor } from '../src/roadmap-editor/roadmap-editor.js';

const ACTIVITIES = 1000;
const RENDERS = 5;
const INPUTS = 60;
const WARMUP = 5;
/** Frames left to the scroll before a keystroke (a person clicks into the field after scrolling). */
const SETTLE_FRAMES = 4;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** Issue 19's target for a figure: the statistic it applies to and its bound. */
interface Target {
  readonly on: 'median' | 'p95';
  readonly ms: number;
}

// Issue 19's targets for 1,000 activities; each figure they bound prints its ratio to the target
// (≤ ×1.00 meets it), so that a run on a busy machine still says how far off it is.
const targets = {
  render: { on: 'median', ms: 60 },
  frame: { on: 'median', ms: 120 },
  keystroke: { on: 'p95', ms: 16 },
} as const satisfies Record<string, Target>;

function row(label: string, samples: number[], target?: Target): string {
  const median = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  const ratio = target
    ? `   ${target.on} ×${((target.on === 'median' ? median : p95) / target.ms).toFixed(2)} of the target ≤ ${ms(target.ms)}`
    : '';
  return `${label.padEnd(52)} median ${ms(median).padStart(9)}   p95 ${ms(p95).padStart(9)}   max ${ms(Math.max(...samples)).padStart(9)}${ratio}`;
}

/** Resolves after the browser has produced the next frame (style, layout and paint included). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Like `nextFrame`, and says how long the frame's own work took: from its animation-frame
 * callbacks to the end of its style, layout and paint (the wait for the display's next refresh,
 * up to 16.7 ms of idle time, is left out).
 */
const nextFrameWork = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const started = performance.now();
      setTimeout(() => resolve(performance.now() - started), 0);
    }),
  );

/** The long tasks (over 50 ms, as the browser reports them) while `work` runs. */
async function longTasksDuring(work: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await work();
  await nextFrame();
  observer.disconnect();
  return durations;
}

const describeLongTasks = (durations: number[]) =>
  `${durations.length ? `${durations.length} long tasks, longest ${ms(Math.max(...durations))}` : '0 long tasks'}   target 0 long tasks: ${durations.length === 0 ? 'met' : 'not met'}`;

/** Resolves once every activity's row is in the editor (the first update renders the first 100). */
async function allRows(element: ShnroRoadmapEditor): Promise<void> {
  const shadow = element.shadowRoot!;
  await vi.waitFor(() => expect(shadow.querySelectorAll('li[data-activity]')).toHaveLength(ACTIVITIES), {
    timeout: 30_000,
    interval: 2,
  });
}

async function mountLarge(): Promise<{
  element: ShnroRoadmapEditor;
  render: number;
  frame: number;
  all: number;
}> {
  const roadmap = largeRoadmap(ACTIVITIES);
  const element = document.createElement('shnro-roadmap-editor');
  element.lang = 'ru';
  element.today = '2020-12-01';
  element.reviewDelay = 60_000; // the review is measured on its own below
  const started = performance.now();
  element.roadmap = roadmap;
  document.body.append(element);
  await element.updateComplete;
  const render = performance.now() - started;
  await nextFrame();
  const frame = performance.now() - started;
  await allRows(element);
  return { element, render, frame, all: performance.now() - started };
}

it(`renders and edits a ${ACTIVITIES}-activity roadmap`, async () => {
  document.documentElement.lang = 'ru';
  const lines = [
    '',
    `Roadmap editor benchmark: ${ACTIVITIES} activities in 4 sections (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'})`,
  ];

  // First render, from setting `.roadmap` to the first frame on screen; a throw-away run first.
  (await mountLarge()).element.remove();
  const render: number[] = [];
  const frame: number[] = [];
  const all: number[] = [];
  for (let round = 0; round < RENDERS; round += 1) {
    const mounted = await mountLarge();
    render.push(mounted.render);
    frame.push(mounted.frame);
    all.push(mounted.all);
    mounted.element.remove();
  }
  lines.push(row('first render (set .roadmap → Lit update done)', render, targets.render));
  lines.push(row('first render to the first frame painted', frame, targets.frame));
  // The first update renders the first 100 rows; the rest follow in chunks (~8 ms each) after the first frame.
  lines.push(row('set .roadmap → every row rendered (chunks after the frame)', all));

  const { element } = await mountLarge();
  const shadow = element.shadowRoot!;
  const rows = [...shadow.querySelectorAll<HTMLElement>('li[data-activity]')];
  expect(rows).toHaveLength(ACTIVITIES);
  lines.push(`DOM: ${shadow.querySelectorAll('*').length} elements in the shadow root`);

  lines.push(
    `rows editable at first: ${shadow.querySelectorAll('li[data-activity]:not([data-light])').length} (the rest are light text cards until near the viewport)`,
  );

  // Scrolling far: the row becomes editable as it nears the viewport (IntersectionObserver).
  const wake: number[] = [];
  /** Scrolls a row into view and waits until it is editable; returns how long that took. */
  const reach = async (light: HTMLElement, selector: string): Promise<HTMLElement> => {
    const started = performance.now();
    const id = light.dataset['activity'];
    light.scrollIntoView({ block: 'center' });
    const field = await vi.waitFor(
      () => {
        // An editable row is a new element in place of the light one.
        const found = shadow.querySelector<HTMLElement>(`li[data-activity="${id}"] ${selector}`);
        if (!found) throw new Error('not editable yet');
        return found;
      },
      { timeout: 5000, interval: 1 },
    );
    wake.push(performance.now() - started);
    return field;
  };

  // Typing: one input event in an activity's field, to the editor's render and to the next frame.
  // The row is scrolled to first; a person then clicks into the field, so the frames the scroll
  // itself costs (rows waking, laid out anew) settle before the keystroke (they are the «scroll to
  // a far row» row below).
  const toRender: number[] = [];
  const toFrame: number[] = [];
  const frameWork: number[] = [];
  for (let round = 0; round < WARMUP + INPUTS; round += 1) {
    const target = rows[(round * 97) % rows.length]!;
    const field = (await reach(target, '[data-field="plannedResult"]')) as HTMLTextAreaElement;
    for (let settle = 0; settle < SETTLE_FRAMES; settle += 1) await nextFrame();
    field.value = `${field.value} ${round}`;
    const started = performance.now();
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await element.updateComplete;
    const rendered = performance.now() - started;
    const work = await nextFrameWork();
    if (round >= WARMUP) {
      toRender.push(rendered);
      toFrame.push(performance.now() - started);
      frameWork.push(rendered + work);
    }
  }
  lines.push(row('input event → editor rendered (one keystroke)', toRender));
  lines.push(row('input event → next frame painted (wall clock)', toFrame, targets.keystroke));
  lines.push(row('keystroke work: render + its frame (no vsync wait)', frameWork, targets.keystroke));
  lines.push(row('scroll to a far row → it is editable', wake));

  // The deadline field also reads the typed text with the core's parser on every keystroke.
  const deadline: number[] = [];
  for (let round = 0; round < WARMUP + INPUTS; round += 1) {
    const field = (await reach(
      rows[(round * 53) % rows.length]!,
      '[data-field="deadline"]',
    )) as HTMLInputElement;
    field.value = round % 2 ? 'до 15 декабря 2020 года' : 'I квартал 2021';
    const started = performance.now();
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await element.updateComplete;
    if (round >= WARMUP) deadline.push(performance.now() - started);
  }
  lines.push(row('deadline keystroke (parse + render)', deadline));

  // Moving an activity with Alt+ArrowDown.
  const move: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    const field = await reach(rows[(round * 31) % 200]!, 'textarea');
    const started = performance.now();
    field.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true }),
    );
    await element.updateComplete;
    move.push(performance.now() - started);
  }
  lines.push(row('Alt+ArrowDown move → rendered', move));

  // Undo: the whole roadmap value swaps back; only the changed row renders again.
  const undo: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    const started = performance.now();
    element.undo();
    await element.updateComplete;
    undo.push(performance.now() - started);
  }
  lines.push(row('undo → rendered', undo));

  // The automatic review runs once typing pauses (300 ms): what that pause costs the main thread.
  const review: number[] = [];
  for (let round = 0; round < 6; round += 1) {
    const started = performance.now();
    const remarks = await element.runReview();
    await element.updateComplete;
    if (round > 0) review.push(performance.now() - started);
    expect(remarks.length).toBeGreaterThan(0);
  }
  lines.push(row('review of the whole roadmap (after a pause) + render', review));
  lines.push(`review remarks shown: ${element.reviewRemarks.length}`);

  // Typing with pauses, as a person types: the review runs after each pause (incrementally, in
  // 8 ms slices); the browser itself counts what blocks the main thread over 50 ms (long tasks).
  const pauseRounds = 8;
  const fields: HTMLTextAreaElement[] = [];
  for (let round = 0; round < pauseRounds; round += 1)
    fields.push(
      (await reach(rows[(round * 89) % rows.length]!, '[data-field="plannedResult"]')) as HTMLTextAreaElement,
    );
  await nextFrame();
  element.reviewDelay = 300;
  const typingLongTasks = await longTasksDuring(async () => {
    for (const field of fields) {
      for (let key = 0; key < 5; key += 1) {
        field.value = `${field.value}${key}`;
        field.dispatchEvent(
          new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }),
        );
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      await new Promise((resolve) => setTimeout(resolve, 450));
    }
  });
  lines.push(
    `typing with pauses (${pauseRounds} × 5 keystrokes, a review after each pause): ${describeLongTasks(typingLongTasks)}`,
  );
  element.remove();

  // A fresh editor: its first review of all 1,000 activities runs in slices after the first frame.
  // Its rows after the first 100 are rendered in chunks in the same time, counted too.
  const fresh = document.createElement('shnro-roadmap-editor');
  fresh.lang = 'ru';
  fresh.today = '2020-12-01';
  let firstReview = 0;
  const freshLongTasks = await longTasksDuring(async () => {
    const started = performance.now();
    fresh.roadmap = largeRoadmap(ACTIVITIES);
    document.body.append(fresh);
    await vi.waitFor(() => expect(fresh.reviewRemarks.length).toBeGreaterThan(0), {
      timeout: 30_000,
      interval: 5,
    });
    firstReview = performance.now() - started;
    await allRows(fresh);
  });
  lines.push(
    `fresh editor → first review shown: ${ms(firstReview)}; ${describeLongTasks(freshLongTasks)} (mount and first render included)`,
  );
  fresh.remove();

  console.log(lines.join('\n'));
}, 600_000);
