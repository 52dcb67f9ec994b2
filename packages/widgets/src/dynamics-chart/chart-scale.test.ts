import { tickIncrement as d3TickIncrement, ticks as d3Ticks } from 'd3-array';
import { scaleBand, scalePoint } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { bands, tickIncrement, ticks } from './chart-scale.js';

// The chart computes its ticks and bands without d3's scale objects; these must be d3's figures
// to the last bit, or the chart would move by a pixel. A fixed pseudo-random walk, so a failure
// repeats.
function* samples(count: number): Generator<[number, number, number]> {
  let seed = 7;
  const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let index = 0; index < count; index += 1) {
    const scale = Math.pow(10, Math.floor(next() * 8) - 3);
    const low = (next() - 0.3) * scale;
    const high = low + next() * scale * (index % 7 === 0 ? 0 : 1);
    yield [low, high, 1 + Math.floor(next() * 12)];
  }
}

describe('chart-scale', () => {
  it('gives d3-array’s ticks and tick increments', () => {
    for (const [low, high, count] of samples(3000)) {
      expect(ticks(low, high, count)).toEqual(d3Ticks(low, high, count));
      expect(ticks(high, low, count)).toEqual(d3Ticks(high, low, count));
      if (high > low) expect(tickIncrement(low, high, count)).toBe(d3TickIncrement(low, high, count));
    }
  });

  it('gives d3-scale’s band and point positions, steps and widths', () => {
    for (const [low, high, count] of samples(600)) {
      const from = Math.abs(low) * 10;
      const to = from + 40 + Math.abs(high - low) * 100;
      const items = Array.from({ length: count }, (_, index) => 2015 + index);
      const point = scalePoint<number>().domain(items).range([from, to]).padding(0.5);
      const band = scaleBand<number>().domain(items).range([from, to]).paddingInner(0.28).paddingOuter(0.14);
      const inner = scaleBand<number>()
        .domain(items)
        .range([0, to])
        .paddingInner(count > 6 ? 0.04 : 0.12);
      const ours = [
        bands(count, from, to, 1, 0.5),
        bands(count, from, to, 0.28, 0.14),
        bands(count, 0, to, count > 6 ? 0.04 : 0.12),
      ];
      [point, band, inner].forEach((scale, which) => {
        expect(ours[which]!.step).toBe(scale.step());
        expect(ours[which]!.bandwidth).toBe(scale.bandwidth());
        expect(items.map((_, index) => ours[which]!.at(index))).toEqual(items.map((item) => scale(item)));
      });
    }
  });
});
