import {
  formatOrderReference,
  openRemarks,
  roadmapStatusLabels,
  roadmapStatusSchema,
  type DisplayLocale,
  type Roadmap,
  type RoadmapStatus,
} from '@shnro/core';

/** One school's line on the board, its sort keys computed once per data change. */
export interface BoardRow {
  roadmap: Roadmap;
  schoolName: string;
  status: RoadmapStatus;
  statusLabel: string;
  /** The approving order as printed, or empty. */
  order: string;
  openRemarks: number;
  /** Defect titles from the cross-school review, `undefined` while it is not there yet. */
  defects: readonly string[] | undefined;
}

/** The columns the board sorts by. */
export type BoardSortKey = 'school' | 'status' | 'remarks' | 'defects';

/** What the person chose to see: a search, a status, open remarks only, and the order. */
export interface BoardQuery {
  text: string;
  status: RoadmapStatus | '';
  withRemarks: boolean;
  sort: BoardSortKey;
  descending: boolean;
}

/** The lifecycle order of the states (черновик → … → отчёт), for sorting by status. */
const statusRank = new Map(roadmapStatusSchema.options.map((status, index) => [status, index]));

/** One school's row; the counts come from the core (`openRemarks`). */
export function boardRow(roadmap: Roadmap, locale: DisplayLocale, defects?: readonly string[]): BoardRow {
  return {
    roadmap,
    schoolName: roadmap.school.name,
    status: roadmap.status,
    statusLabel: roadmapStatusLabels[roadmap.status][locale],
    order: roadmap.approval ? formatOrderReference(roadmap.approval, locale) : '',
    openRemarks: openRemarks(roadmap).length,
    defects,
  };
}

/**
 * Rows for roadmaps not yet checked against the schema (a large list is checked in slices after
 * the first paint): a roadmap whose fields cannot even be read gets no row until the check
 * names its problems.
 */
export function uncheckedRows(roadmaps: readonly unknown[], locale: DisplayLocale): BoardRow[] {
  const rows: BoardRow[] = [];
  for (const candidate of roadmaps) {
    try {
      const row = boardRow(candidate as Roadmap, locale);
      if (typeof row.schoolName === 'string' && typeof row.statusLabel === 'string') rows.push(row);
    } catch {
      // Left out until the schema check names what is wrong with it.
    }
  }
  return rows;
}

/**
 * The rows the person asked for, in the order asked; ties keep the school-name order so that
 * paging through a sorted list never shows a school twice or skips one.
 */
export function selectRows(
  rows: readonly BoardRow[],
  query: BoardQuery,
  collator: Intl.Collator,
): BoardRow[] {
  const needle = query.text.trim().toLocaleLowerCase();
  const picked = rows.filter(
    (row) =>
      (needle === '' || row.schoolName.toLocaleLowerCase().includes(needle)) &&
      (!query.status || row.status === query.status) &&
      (!query.withRemarks || row.openRemarks > 0),
  );
  const byName = (a: BoardRow, b: BoardRow) => collator.compare(a.schoolName, b.schoolName);
  const compare: Record<BoardSortKey, (a: BoardRow, b: BoardRow) => number> = {
    school: byName,
    status: (a, b) => (statusRank.get(a.status) ?? 0) - (statusRank.get(b.status) ?? 0),
    remarks: (a, b) => a.openRemarks - b.openRemarks,
    defects: (a, b) => (a.defects?.length ?? 0) - (b.defects?.length ?? 0),
  };
  const sign = query.descending ? -1 : 1;
  const primary = compare[query.sort];
  return picked.sort((a, b) => sign * primary(a, b) || byName(a, b));
}
