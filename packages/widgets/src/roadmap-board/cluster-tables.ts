import { targetGroupLabels, type ClusterRow, type DisplayLocale, type RoadmapClusters } from '@shnro/core';
import { html, type TemplateResult } from 'lit';
import type { ExcelCsvCell } from '../shared/excel-csv.js';

/** A table the board shows and exports: a caption, a header, and rows of cells. */
export interface BoardTable {
  id: string;
  caption: string;
  header: string[];
  rows: ExcelCsvCell[][];
}

type Term = (
  key: 'countOf' | 'noPercent' | 'columnSchoolCount' | 'columnShare',
  values?: Record<string, string | number>,
) => string;

function clusterRows(rows: readonly ClusterRow[], locale: DisplayLocale, t: Term): ExcelCsvCell[][] {
  return rows.map((row) => [
    row.label[locale],
    String(row.share.numerator),
    row.share.display ?? t('noPercent'),
  ]);
}

/**
 * Seed 000's analysis as tables (the numbers are the core's `clusterRoadmaps`): target groups over
 * all schools, the directions within each group over the schools of that group, and the
 * combinations of groups.
 */
export function clusterTables(
  clusters: RoadmapClusters,
  locale: DisplayLocale,
  t: Term,
  labels: {
    groups: string;
    directions: (group: string) => string;
    combinations: string;
    group: string;
    direction: string;
    combination: string;
    unmatched: string;
  },
): BoardTable[] {
  const count = t('columnSchoolCount');
  const share = t('columnShare');
  return [
    {
      id: 'groups',
      caption: labels.groups,
      header: [labels.group, count, share],
      rows: clusterRows(clusters.targetGroups, locale, t),
    },
    ...clusters.directions.map((cluster) => ({
      id: `directions-${cluster.targetGroup}`,
      caption: labels.directions(targetGroupLabels[cluster.targetGroup][locale]),
      header: [labels.direction, count, share],
      rows: [
        ...clusterRows(cluster.directions, locale, t),
        [
          labels.unmatched,
          String(cluster.unmatched.share.numerator),
          cluster.unmatched.share.display ?? t('noPercent'),
        ],
      ],
    })),
    {
      id: 'combinations',
      caption: labels.combinations,
      header: [labels.combination, count, share],
      rows: clusterRows(clusters.combinations, locale, t),
    },
  ];
}

/** A table as the page shows it; the first column names the row. */
export function renderTable(table: BoardTable, exportButton: TemplateResult): TemplateResult {
  const text = (cell: ExcelCsvCell) => (typeof cell === 'string' ? cell : cell.text);
  return html`<div class="table-block" data-table=${table.id}>
    <table part="table">
      <caption>
        ${table.caption}
      </caption>
      <thead>
        <tr>
          ${table.header.map((cell, index) => html`<th scope="col" class=${index ? 'number' : ''}>${cell}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          ([first, ...rest]) =>
            html`<tr>
              <th scope="row">${first === undefined ? '' : text(first)}</th>
              ${rest.map((cell) => html`<td class="number">${text(cell)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
    ${exportButton}
  </div>`;
}
