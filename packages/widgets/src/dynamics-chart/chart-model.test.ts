import { compareSeries } from '@shnro/core';
import {
  leningradskyDistrictAverage,
  leningradskyGia9SumOfAverages,
  leningradskySchools,
} from '@shnro/core/examples';
import { describe, expect, it } from 'vitest';
import { chartHeight, defaultVariant, layoutChart, pointAt } from './chart-model.js';
import { markerPath, seriesStyle } from './palette.js';

const seed = compareSeries(leningradskyGia9SumOfAverages, {
  assessment: 'gia-9',
  metric: 'sum-of-average-scores',
  schools: leningradskySchools,
  municipalAverage: leningradskyDistrictAverage,
});
const municipal = new Map(leningradskyDistrictAverage.map((entry) => [entry.year, entry.value]));

describe('layoutChart', () => {
  it('uses bars up to three years and lines beyond', () => {
    expect([1, 2, 3, 4, 10].map(defaultVariant)).toEqual(['bars', 'bars', 'bars', 'lines', 'lines']);
  });

  it('starts bars at zero and gives round ticks with a decimal comma', () => {
    const layout = layoutChart(seed, { width: 640, variant: 'bars', locale: 'ru', municipal });
    expect(layout.ticks[0]).toMatchObject({ value: 0, label: '0', y: layout.plot.bottom });
    expect(layout.ticks.map((tick) => tick.value).every((value) => Number.isInteger(value / 2))).toBe(true);
    expect(layout.height).toBe(chartHeight(640));
    const bar = layout.series[1]!.points[1]!.bar!;
    expect(bar.y + bar.height).toBeCloseTo(layout.plot.bottom, 5);
    expect(layout.municipal?.points.map((point) => point.value)).toEqual([14.1, 14.3]);
  });

  it('zooms lines on the data and prints fractional ticks the Russian way', () => {
    const layout = layoutChart(seed, { width: 640, variant: 'lines', locale: 'ru', municipal });
    expect(layout.ticks[0]!.value).toBeGreaterThan(10);
    expect(layout.ticks.some((tick) => tick.label.includes(','))).toBe(true);
    expect(
      layoutChart(seed, { width: 640, variant: 'lines', locale: 'en', municipal }).ticks.some((tick) =>
        tick.label.includes('.'),
      ),
    ).toBe(true);
    expect(layout.series.map((series) => series.path.match(/[ML]/g))).toEqual([
      ['M', 'L'],
      ['M', 'L'],
      ['M', 'L'],
    ]);
    // End labels never overlap.
    const ys = layout.endLabels.map((label) => label.y).sort((a, b) => a - b);
    for (let index = 1; index < ys.length; index++)
      expect(ys[index]! - ys[index - 1]!).toBeGreaterThanOrEqual(14);
  });

  it('finds the value under a pointer', () => {
    const layout = layoutChart(seed, { width: 640, variant: 'lines', locale: 'ru', municipal });
    const target = layout.series[2]!.points[0]!;
    expect(pointAt(layout, target.x + 3, target.y - 2)).toMatchObject({
      series: { schoolId: 'school-27' },
      point: { year: 2022 },
    });
    expect(pointAt(layout, 2, 2)).toBeUndefined();
  });
});

describe('series styles', () => {
  it('never repeat colour, marker and dash together within the first 56 schools', () => {
    const keys = Array.from({ length: 56 }, (_, index) => {
      const style = seriesStyle(index);
      return `${style.colour}|${style.marker}|${style.dash}`;
    });
    expect(new Set(keys).size).toBe(56);
  });

  it('draw every marker as a closed path', () => {
    for (let index = 0; index < 7; index++) expect(markerPath(seriesStyle(index).marker)).toMatch(/^M.*Z$/);
  });
});
