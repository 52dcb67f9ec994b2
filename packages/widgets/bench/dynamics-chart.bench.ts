// Render time of <shnro-dynamics-chart> with 100 schools × 10 years in real Chromium: the first
// render (compareSeries + layout + DOM + style and layout of the page) and re-renders, side by
// side with uPlot (the peer: a small, fast canvas chart) drawing the same lines. Prints figures
// with their ratio to uPlot; asserts nothing about time (machines differ). Run from the
// repository root:
//   node_modules/.bin/vitest run --config packages/widgets/vitest.bench.config.ts packages/widgets/bench/dynamics-chart.bench.ts
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { expect, it } from 'vitest';
import * as core from '@shnro/core';
import { compareSeries, type ResultSeries } from '@shnro/core';
import '../src/dynamics-chart/define.js';
import { chartHeight, layoutChart } from '../src/dynamics-chart/chart-model.js';
import type { ShnroDynamicsChart } from '../src/dynamics-chart/dynamics-chart.js';
import { syntheticDistrict, type SyntheticDistrict } from '../src/dynamics-chart/test-support/synthetic.js';

const SCHOOLS = 100;
const YEARS = 10;
const ROUNDS = 20;
const WARMUP = 3;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

function row(label: string, samples: number[]): string {
  return `${label.padEnd(52)} median ${ms(percentile(samples, 50)).padStart(10)}   p95 ${ms(percentile(samples, 95)).padStart(10)}   max ${ms(Math.max(...samples)).padStart(10)}`;
}

/** Waits for Lit's update, then makes the browser compute style and layout, as a paint would. */
async function drawn(element: ShnroDynamicsChart): Promise<void> {
  await element.updateComplete;
  element.shadowRoot!.querySelector('svg')?.getBoundingClientRect();
  void document.body.offsetHeight;
}

/** The same district as uPlot's columns: the years, then one column per school (null = no value). */
function columns(district: SyntheticDistrict, series: readonly ResultSeries[]): uPlot.AlignedData {
  const schools = series.map((entry) => {
    const byYear = new Map(entry.points.map((point) => [point.year, point.value]));
    return district.years.map((year) => byYear.get(year) ?? null);
  });
  const municipal = district.municipalAverage.map((entry) => entry.value);
  return [district.years, ...schools, municipal];
}

/**
 * Waits for the next frame and resolves with how long the browser took to render it: from its
 * animation-frame callbacks (before style, layout and paint) to the first task after it (once
 * the frame is painted). The wait for the frame itself is not counted: it is the same for both.
 */
function paintedFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const started = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - started);
      channel.port2.postMessage(undefined);
    }),
  );
}

/** `work`'s own time (its script, up to the microtasks it awaits), plus the painted frame after it. */
async function toPaintedFrame(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  const scripted = performance.now() - started;
  return scripted + (await paintedFrame());
}

/** uPlot's draw, queued as a microtask by `setData`, `setSize` and its constructor, is done. */
async function settled(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
}

/** «×0.83 of uPlot»: how many times uPlot's median the chart's median takes. */
function ratio(ours: number[], peer: number[]): string {
  return `×${(percentile(ours, 50) / percentile(peer, 50)).toFixed(2)} of uPlot`;
}

async function measure(rounds: number, step: (round: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < WARMUP + rounds; round += 1) {
    const started = performance.now();
    await step(round);
    if (round >= WARMUP) samples.push(performance.now() - started);
  }
  return samples;
}

it(`renders ${SCHOOLS} schools × ${YEARS} years`, async () => {
  // Lit's development build keeps this set of issued warnings («Lit is in dev mode»); its
  // production build, which the bench config resolves, has none, and the figures depend on it.
  expect((globalThis as { litIssuedWarnings?: unknown }).litIssuedWarnings).toBeUndefined();
  const district = syntheticDistrict(SCHOOLS, YEARS);
  const options = { years: district.years, municipalAverage: district.municipalAverage, lowThreshold: 13 };
  const box = document.createElement('div');
  box.style.width = '1000px';
  document.body.append(box);
  const lines = [
    '',
    `Dynamics chart benchmark: ${SCHOOLS} schools × ${YEARS} years, ${ROUNDS} rounds after ${WARMUP} warm-up, 1000 px wide (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'})`,
  ];

  const mount = async (variant?: 'bars', layout = true): Promise<ShnroDynamicsChart> => {
    const element = document.createElement('shnro-dynamics-chart');
    if (variant) element.variant = variant;
    element.series = district.series;
    element.schools = district.schools;
    element.options = options;
    box.append(element);
    if (layout) await drawn(element);
    else await element.updateComplete;
    return element;
  };

  const first = await measure(ROUNDS, async () => {
    box.replaceChildren();
    await mount();
  });
  lines.push(row('first render, lines (compare + layout + DOM + layout)', first));

  const firstBars = await measure(ROUNDS, async () => {
    box.replaceChildren();
    await mount('bars');
  });
  lines.push(row('first render, bars (1,000 bars)', firstBars));

  box.replaceChildren();
  const element = await mount();
  const svg = element.shadowRoot!.querySelector('svg')!;
  expect(svg.querySelectorAll('g.series-layer path.line')).toHaveLength(SCHOOLS);
  lines.push(`DOM: ${element.shadowRoot!.querySelectorAll('*').length} elements in the shadow root (lines)`);

  const reoptions = await measure(ROUNDS, async (round) => {
    element.options = { ...options, tolerance: (round % 5) / 10 };
    await drawn(element);
  });
  lines.push(row('re-render after new options (compare again)', reoptions));

  const revariant = await measure(ROUNDS, async (round) => {
    element.variant = round % 2 === 0 ? 'bars' : 'lines';
    await drawn(element);
  });
  lines.push(row('re-render lines ⇄ bars', revariant));
  element.variant = 'lines';
  await drawn(element);

  const box1 = svg.getBoundingClientRect();
  const hover = await measure(ROUNDS * 5, async (round) => {
    const x = box1.left + 60 + ((round * 37) % (box1.width - 120));
    const y = box1.top + 40 + ((round * 53) % (box1.height - 80));
    svg.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: y }));
    await drawn(element);
  });
  lines.push(row('pointer move: nearest point + tooltip update', hover));

  const resize = await measure(ROUNDS, async (round) => {
    box.style.width = `${round % 2 === 0 ? 800 : 1000}px`;
    // The chart redraws on its ResizeObserver's next frame; two frames cover the observer and the redraw.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await drawn(element);
  });
  lines.push(row('resize 800 ⇄ 1000 px (incl. two frames)', resize));

  const exported = await measure(5, async () => {
    await element.toSvg();
  });
  lines.push(row('toSvg() standalone export', exported));

  // ------------------------------------------------------------ side by side with uPlot
  // The same 100 lines with point markers, a municipal average, axes and a 1000 px plot. «draw»
  // redraws the same data at another width (layout and drawing, no new data); «update» gives new
  // data: every school's values, or one school's values corrected.
  lines.push(
    '',
    'Side by side with uPlot, each to a painted frame (same data, same width; ratio = chart median / uPlot median)',
  );
  box.style.width = '1000px';
  box.replaceChildren();
  const other = syntheticDistrict(SCHOOLS, YEARS, 2024);
  const oneChanged = district.series.map((entry, index) =>
    index === 37
      ? { ...entry, points: entry.points.map((point) => ({ ...point, value: point.value + 0.4 })) }
      : entry,
  );
  // Each round hands over a new array, as a host does when its data changes; uPlot's columns are
  // made beforehand (not timed), the chart's comparison by the core is timed with the chart.
  // «Every school changed» hands over fresh objects each round (copies made beforehand, as data
  // fetched again would be), so that nothing is recognised by identity alone.
  const everyUpdate = [other.series, district.series];
  const everyFresh = Array.from({ length: WARMUP + ROUNDS }, (_, round) =>
    structuredClone(everyUpdate[round % 2]!),
  );
  const oneUpdate = [oneChanged, district.series];
  const everyColumns = everyUpdate.map((series) => columns(district, series));
  const oneColumns = oneUpdate.map((series) => columns(district, series));

  let uplotDraws = 0;
  const uplotOptions = (width: number): uPlot.Options => ({
    width,
    height: chartHeight(width),
    scales: { x: { time: false } },
    legend: { show: false },
    cursor: { show: false },
    series: [
      {},
      ...district.series.map((entry) => ({
        label: entry.schoolId,
        stroke: '#1f77b4',
        width: 1,
        points: { show: true, size: 5 },
      })),
      { label: 'municipal', stroke: '#333', width: 2 },
    ],
    axes: [{}, {}],
    hooks: { draw: [() => (uplotDraws += 1)] },
  });
  // Each round measures uPlot, then the chart, one after the other, so that the load of a shared
  // machine falls on both alike; each step is measured the same way, to a painted frame: its
  // script (uPlot's canvas drawing, the chart's update) and the frame's style, layout and paint.
  const peerBox = document.createElement('div');
  peerBox.style.width = '1000px';
  document.body.append(peerBox);
  const side = async (
    peerStep: (round: number) => Promise<void>,
    chartStep: (round: number) => Promise<void>,
  ): Promise<[number[], number[]]> => {
    const ours: number[] = [];
    const peer: number[] = [];
    for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
      const drawsBefore = uplotDraws;
      const peerTime = await toPaintedFrame(() => peerStep(round));
      // uPlot drew within the time measured (its draw hook ran), not in a later task.
      expect(uplotDraws).toBeGreaterThan(drawsBefore);
      const ourTime = await toPaintedFrame(() => chartStep(round));
      if (round >= WARMUP) {
        peer.push(peerTime);
        ours.push(ourTime);
      }
    }
    return [ours, peer];
  };

  let plot: uPlot | undefined;
  let chart: ShnroDynamicsChart | undefined;
  const [chartFirst, uplotFirst] = await side(
    async () => {
      plot?.destroy();
      peerBox.replaceChildren();
      plot = new uPlot(uplotOptions(1000), oneColumns[1]!, peerBox);
      await settled();
    },
    async () => {
      box.replaceChildren();
      chart = await mount(undefined, false);
    },
  );
  // The chart takes its width from a ResizeObserver on the next frame; setting that width
  // directly measures the redraw alone, as uPlot's setSize does.
  const sized = chart as unknown as { width: number };
  const [chartDraw, uplotDraw] = await side(
    async (round) => {
      const width = round % 2 === 0 ? 800 : 1000;
      plot!.setSize({ width, height: chartHeight(width) });
      await settled();
    },
    async (round) => {
      sized.width = round % 2 === 0 ? 800 : 1000;
      await chart!.updateComplete;
    },
  );
  plot!.setSize({ width: 1000, height: chartHeight(1000) });
  sized.width = 1000;
  await drawn(chart!);
  const [chartEvery, uplotEvery] = await side(
    async (round) => {
      plot!.setData(everyColumns[round % 2]!);
      await settled();
    },
    async (round) => {
      chart!.series = everyFresh[round]!;
      await chart!.updateComplete;
    },
  );
  const [chartOne, uplotOne] = await side(
    async (round) => {
      plot!.setData(oneColumns[round % 2]!);
      await settled();
    },
    async (round) => {
      chart!.series = oneUpdate[round % 2]!;
      await chart!.updateComplete;
    },
  );
  plot!.destroy();
  peerBox.remove();
  expect(chart!.shadowRoot!.querySelectorAll('g.series-layer path.line')).toHaveLength(SCHOOLS);

  const pair = (label: string, ours: number[], peer: number[]) => [
    `${row(`chart: ${label}`, ours)}   ${ratio(ours, peer)}`,
    row(`uPlot: ${label}`, peer),
  ];
  lines.push(
    ...pair('first frame (new chart with data)', chartFirst, uplotFirst),
    ...pair('draw (same data, 800 ⇄ 1000 px)', chartDraw, uplotDraw),
    ...pair('update (every school changed)', chartEvery, uplotEvery),
    ...pair('update (one school changed)', chartOne, uplotOne),
  );

  // Where an update's time goes: the core's comparison and the layout, each alone.
  const compareOptions = {
    ...options,
    assessment: 'gia-9' as const,
    metric: 'sum-of-average-scores' as const,
    schools: district.schools,
  };
  const compared = await measure(ROUNDS, async (round) => {
    compareSeries(everyUpdate[round % 2]!, compareOptions);
  });
  // The comparison without its argument check, as the chart calls it (absent before it existed).
  const unchecked = (core as Record<string, unknown>)['compareSeriesUnchecked'] as
    typeof compareSeries | undefined;
  const comparedUnchecked = unchecked
    ? await measure(ROUNDS, async (round) => {
        unchecked(everyUpdate[round % 2]!, compareOptions);
      })
    : undefined;
  const result = compareSeries(district.series, compareOptions);
  const municipal = new Map(district.municipalAverage.map((entry) => [entry.year, entry.value]));
  const laidOut = await measure(ROUNDS, async (round) => {
    layoutChart(result, { width: round % 2 === 0 ? 800 : 1000, variant: 'lines', locale: 'ru', municipal });
  });
  lines.push(
    row('of which: compareSeries (core) alone', compared),
    ...(comparedUnchecked ? [row('of which: compareSeriesUnchecked (core) alone', comparedUnchecked)] : []),
    row('of which: layoutChart alone', laidOut),
  );

  box.remove();
  console.log(lines.join('\n'));
  // Frames on a loaded machine come slowly: each side-by-side round waits for two.
}, 600_000);
