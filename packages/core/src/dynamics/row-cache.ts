import type { DynamicsPolicy } from './policy.js';
import type { SchoolDynamics } from './comparison.js';
import type { ResultPoint, ResultSeries } from './schema.js';
import type { ChangeUnit } from './units.js';

interface Kept {
  series: ResultSeries;
  name: string | undefined;
  row: SchoolDynamics;
}

function samePoints(a: readonly ResultPoint[], b: readonly ResultPoint[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) {
    const left = a[index]!;
    const right = b[index]!;
    if (left.year !== right.year || left.value !== right.value || left.participants !== right.participants)
      return false;
  }
  return true;
}

/**
 * The schools' rows of the last comparison (строки последнего сравнения), for
 * `compareSeriesUnchecked(series, options, cache)`: a chart fed new data recomputes only the
 * schools whose series changed. A row is kept while its series is the same object or holds the
 * same points, its school keeps its name, and the compared years, municipal average, policy and
 * unit stay; anything else starts afresh. Kept rows are shared between results: read them only.
 */
export class DynamicsRowCache {
  private context = '';
  private rows = new Map<string, Kept>();
  private next = new Map<string, Kept>();

  /** Starts a comparison: the cache forgets every row when what a row depends on changed. */
  begin(
    years: readonly number[],
    municipal: ReadonlyMap<number, number>,
    policy: DynamicsPolicy,
    unit: ChangeUnit,
  ): this {
    const context = JSON.stringify([years, [...municipal], policy, unit]);
    if (context !== this.context) {
      this.context = context;
      this.rows = new Map();
    }
    this.next = new Map();
    return this;
  }

  /** The kept row of a school, if its series holds the same data as last time. */
  get(schoolId: string, name: string | undefined, series: ResultSeries): SchoolDynamics | undefined {
    const kept = this.rows.get(schoolId);
    if (kept === undefined || kept.name !== name) return undefined;
    if (kept.series !== series && !samePoints(kept.series.points, series.points)) return undefined;
    this.next.set(schoolId, { series, name, row: kept.row });
    return kept.row;
  }

  /** Keeps a school's new row. */
  set(schoolId: string, name: string | undefined, series: ResultSeries, row: SchoolDynamics): void {
    this.next.set(schoolId, { series, name, row });
  }

  /** Ends a comparison: only the schools it compared are kept (a school that left is forgotten). */
  end(): void {
    this.rows = this.next;
    this.next = new Map();
  }
}
