import type { MunicipalAverage, ResultSeries } from '@shnro/core';

/** A municipality of `count` schools with synthetic ГИА-9 sums over `years`, the same on every run. */
export interface SyntheticDistrict {
  schools: { id: string; name: string }[];
  series: ResultSeries[];
  years: number[];
  municipalAverage: MunicipalAverage;
}

/** A small deterministic generator (LCG), so stories, tests and the bench see the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Sums of average ГИА-9 marks in four subjects (between 10 and 19) for `count` schools over
 * `yearCount` years ending in 2023: each school drifts from its own level, one in eleven has
 * a small sample in its last year, one in seventeen has no result for one early year.
 */
export function syntheticDistrict(count: number, yearCount: number, seed = 2023): SyntheticDistrict {
  const next = random(seed);
  const years = Array.from({ length: yearCount }, (_, index) => 2023 - yearCount + 1 + index);
  const schools = Array.from({ length: count }, (_, index) => ({
    id: `school-${index + 1}`,
    name: `МБОУ СОШ № ${index + 1}`,
  }));
  const series = schools.map((school, index): ResultSeries => {
    let level = 12 + next() * 5;
    const trend = (next() - 0.5) * 0.5;
    return {
      schoolId: school.id,
      assessment: 'gia-9',
      subjects: ['русский язык', 'математика', 'обществознание', 'география'],
      metric: 'sum-of-average-scores',
      points: years.flatMap((year, yearIndex) => {
        level = Math.min(19, Math.max(10, level + trend + (next() - 0.5) * 0.8));
        if (index % 17 === 5 && yearIndex === 1 && yearCount > 3) return [];
        const small = index % 11 === 3 && yearIndex === yearCount - 1;
        return [
          {
            year,
            value: Math.round(level * 10) / 10,
            participants: small ? 3 : 20 + Math.floor(next() * 60),
          },
        ];
      }),
    };
  });
  const municipalAverage = years.map((year) => {
    const values = series.flatMap((entry) =>
      entry.points.filter((point) => point.year === year).map((point) => point.value),
    );
    return {
      year,
      value: Math.round((values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)) * 10) / 10,
    };
  });
  return { schools, series, years, municipalAverage };
}
