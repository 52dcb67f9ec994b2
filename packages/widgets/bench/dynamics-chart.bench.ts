// Render time of <shnro-dynamics-chart> with 100 schools × 10 years in real Chromium: the first
// render (compareSeries + layout + DOM + style and layout of the page) and re-renders. Prints
// figures; asserts nothing about time (machines differ). Run from the repository root:
//   node_modules/.bin/vitest run --config packages/widgets/vitest.bench.config.ts packages/widgets/bench/dynamics-chart.bench.ts
import { expect, it } from 'vitest';
import '../src/dynamics-chart/define.js';
import type { ShnroDynamicsChart } from '../src/dynamics-chart/dynamics-chart.js';
import { syntheticDistrict } from '../src/dynamics-chart/test-support/synthetic.js';

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
  const district = syntheticDistrict(SCHOOLS, YEARS);
  const options = { years: district.years, municipalAverage: district.municipalAverage, lowThreshold: 13 };
  const box = document.createElement('div');
  box.style.width = '1000px';
  document.body.append(box);
  const lines = [
    '',
    `Dynamics chart benchmark: ${SCHOOLS} schools × ${YEARS} years, ${ROUNDS} rounds after ${WARMUP} warm-up, 1000 px wide (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'})`,
  ];

  const mount = async (variant?: 'bars'): Promise<ShnroDynamicsChart> => {
    const element = document.createElement('shnro-dynamics-chart');
    if (variant) element.variant = variant;
    element.series = district.series;
    element.schools = district.schools;
    element.options = options;
    box.append(element);
    await drawn(element);
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
    element.toSvg();
  });
  lines.push(row('toSvg() standalone export', exported));

  box.remove();
  console.log(lines.join('\n'));
});
