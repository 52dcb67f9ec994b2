/** Items grouped by what they are about; each group keeps its identity while its items do not change. */
export interface PlaceIndex<T> {
  readonly byActivity: ReadonlyMap<string, readonly T[]>;
  readonly bySection: ReadonlyMap<string, readonly T[]>;
  readonly general: readonly T[];
}

/** Where an item points: an activity, else a section, else the roadmap as a whole. */
export interface PlaceOf {
  readonly sectionId?: string;
  readonly activityId?: string;
}

const empty: readonly never[] = Object.freeze([]);

/** An index with nothing in it. */
export function emptyIndex<T>(): PlaceIndex<T> {
  return { byActivity: new Map(), bySection: new Map(), general: empty };
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[], key: (item: T) => string): boolean {
  return (
    a !== undefined && a.length === b.length && a.every((item, index) => key(item) === key(b[index] as T))
  );
}

/**
 * Groups `items` by activity, section and the rest. A group equal (by `key`) to the one in
 * `previous` is the previous array itself, so a row guarded on it does not render again.
 */
export function indexByPlace<T>(
  items: readonly T[],
  placeOf: (item: T) => PlaceOf,
  key: (item: T) => string,
  previous: PlaceIndex<T> = emptyIndex<T>(),
): PlaceIndex<T> {
  const byActivity = new Map<string, T[]>();
  const bySection = new Map<string, T[]>();
  const general: T[] = [];
  for (const item of items) {
    const place = placeOf(item);
    if (place.activityId !== undefined) {
      const list = byActivity.get(place.activityId) ?? [];
      list.push(item);
      byActivity.set(place.activityId, list);
    } else if (place.sectionId !== undefined) {
      const list = bySection.get(place.sectionId) ?? [];
      list.push(item);
      bySection.set(place.sectionId, list);
    } else general.push(item);
  }
  const keep = (map: Map<string, T[]>, old: ReadonlyMap<string, readonly T[]>) =>
    new Map<string, readonly T[]>(
      [...map].map(([id, list]) => {
        const before = old.get(id);
        return [id, before && sameList(before, list, key) ? before : list];
      }),
    );
  return {
    byActivity: keep(byActivity, previous.byActivity),
    bySection: keep(bySection, previous.bySection),
    general: sameList(previous.general, general, key) ? previous.general : general,
  };
}
