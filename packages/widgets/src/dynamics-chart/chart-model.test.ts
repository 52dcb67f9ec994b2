import { compareSeries } from '@shnro/core';
import {
  leningradskyDistrictAverage,
  leningradskyGia9SumOfAverages,
  leningradskySchools,
} from '@shnro/core/examples';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { chartHeight, defaultVariant, layoutChart, pointAt } from './chart-model.js';
import { markerPath, seriesStyle } from './palette.js';
import { syntheticDistrict } from './test-support/synthetic.js';

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

describe('layoutChart at district size', () => {
  const district = syntheticDistrict(100, 10);
  const compare = (series: typeof district.series) =>
    compareSeries(series, {
      assessment: 'gia-9',
      metric: 'sum-of-average-scores',
      schools: district.schools,
      years: district.years,
      municipalAverage: district.municipalAverage,
    });
  const averages = new Map(district.municipalAverage.map((entry) => [entry.year, entry.value]));
  const options = { width: 1000, variant: 'lines' as const, locale: 'ru' as const, municipal: averages };
  const result = compare(district.series);

  it("puts ticks and points where d3's linear scale with nice ticks puts them", () => {
    const layout = layoutChart(result, options);
    const count = Math.max(3, Math.floor((layout.plot.bottom - layout.plot.top) / 46));
    // The data's range padded by 12 %, as the lines variant pads it, made nice by d3.
    const values = [
      ...result.schools.flatMap((row) =>
        row.values.flatMap((entry) => (entry.value === null ? [] : [entry.value])),
      ),
      ...averages.values(),
    ];
    const pad = (Math.max(...values) - Math.min(...values)) * 0.12;
    const y = scaleLinear()
      .domain([Math.max(0, Math.min(...values) - pad), Math.max(...values) + pad])
      .range([layout.plot.bottom, layout.plot.top])
      .nice(count);
    expect(layout.valueDomain).toEqual(y.domain());
    expect(layout.ticks.map((tick) => tick.value)).toEqual(y.ticks(count));
    for (const series of layout.series)
      for (const point of series.points) expect(point.y).toBe(Math.round(y(point.value) * 10) / 10);
  });

  it('breaks a line at a missing year and gives a lone point a zero-length segment', () => {
    const layout = layoutChart(result, options);
    const gap = layout.series.find((series) => series.row.values[1]?.value === null)!;
    expect(gap.path).toMatch(/^M[\d.]+ [\d.]+h0M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){7}$/);
    expect(gap.valuesText.split(' ')).toHaveLength(9);
    expect(gap.valuesText).not.toContain(`${district.years[1]}:`);
  });

  it('keeps the series of schools whose data did not change, and redraws all at another width', () => {
    const before = layoutChart(result, options);
    const changed = district.series.map((entry, index) =>
      index === 37
        ? { ...entry, points: entry.points.map((point) => ({ ...point, value: point.value + 0.1 })) }
        : entry,
    );
    const after = layoutChart(compare(changed), options, before);
    expect(after.valueDomain).toEqual(before.valueDomain);
    const moved = after.series.filter((series, index) => series !== before.series[index]);
    expect(moved.map((series) => series.schoolId)).toEqual(['school-38']);
    expect(moved[0]!.path).not.toBe(before.series[37]!.path);
    const wider = layoutChart(result, { ...options, width: 1200 }, before);
    expect(wider.series.some((series, index) => series === before.series[index])).toBe(false);
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
