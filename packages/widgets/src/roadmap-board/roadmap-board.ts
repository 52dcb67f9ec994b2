import {
  clusterRoadmaps,
  defaultDirectionCatalogue,
  roadmapSchema,
  type DirectionCatalogue,
  type Issue,
  type Roadmap,
  type RoadmapClusters,
} from '@shnro/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { downloadFile } from '../shared/download.js';
import { toExcelCsv, type ExcelCsvCell } from '../shared/excel-csv.js';
import { InlineJsonController } from '../shared/inline-json-controller.js';
import { issuesTemplate } from '../shared/issues.js';
import { LocalizeController, type WidgetLocale } from '../shared/localize.js';
import { parseList, type ParsedList } from '../shared/parse-list.js';
import { themeStyles } from '../shared/theme.styles.js';
import {
  boardRow,
  selectRows,
  uncheckedRows,
  type BoardQuery,
  type BoardRow,
  type BoardSortKey,
} from './board-rows.js';
import { clusterTables, renderTable, type BoardTable } from './cluster-tables.js';
import { renderEditorPanel, type EditorState } from './editor-panel.js';
import { renderBoardFilters } from './filters.js';
import { renderPager } from './pager.js';
import { ShnroRoadmapOpenEvent } from '../events/roadmap-board.js';
import { roadmapBoardMessages } from './messages.js';
import { roadmapBoardStyles } from './roadmap-board.styles.js';

/** What the board derived from its roadmaps, once per data or language change. */
interface Derived {
  roadmaps: readonly Roadmap[] | undefined;
  locale: WidgetLocale;
  catalogue: DirectionCatalogue;
  rows: BoardRow[];
  issues: Issue[];
  /** `undefined` while a large list is still being checked in slices. */
  clusters: RoadmapClusters | undefined;
}

/** Lists up to this size are checked at once; longer ones in slices after the first paint. */
const CHECK_AT_ONCE = 200;
/** Roadmaps checked per slice: about 10 ms of work, so typing and sorting stay responsive. */
const CHECK_SLICE = 100;

/**
 * @tagname shnro-roadmap-board
 * @summary All roadmaps of a municipality on one board (свод дорожных карт): per school the status
 * (черновик, на рассмотрении, возвращена, утверждена приказом…), the approving order and the open
 * remarks; the cluster tables of seed 000 (target groups, directions, combinations) with counts
 * and %; sort, filter and pages; each school's roadmap opens in the editor's reviewer mode; every
 * table downloads as a CSV that Excel opens.
 *
 * Every count comes from `@shnro/core` (`openRemarks`, `clusterRoadmaps`); roadmaps that fail
 * `roadmapSchema` are left out and named with their problems.
 *
 * Pages without a build step pass `{"roadmaps": [...]}` in a child `<script type="application/json">`.
 *
 * @slot - A `<script type="application/json">` block with the data, for pages without a build step.
 *
 * @event {ShnroRoadmapOpenEvent} shnro-roadmap-open - The person opened a school's roadmap; cancel it to open the roadmap elsewhere.
 *
 * @csspart filters - The search and filter controls.
 * @csspart table - Every table.
 * @csspart row - A school's row.
 * @csspart pager - The page buttons.
 * @csspart export - A download button.
 * @csspart editor - The block where an opened roadmap is reviewed.
 * @csspart remark - A problem with the data.
 *
 * @cssprop --shnro-color-accent - Buttons and focus rings.
 * @cssprop --shnro-color-border - Cell borders.
 * @cssprop --shnro-font-family - Font family.
 */
export class ShnroRoadmapBoard extends LitElement {
  static override styles = [themeStyles, dataTableStyles, roadmapBoardStyles];

  /** Every roadmap of the municipality, one or more per school. */
  @property({ attribute: false }) roadmaps?: readonly Roadmap[];

  /** The direction catalogue the cluster tables count by. */
  @property({ attribute: false }) catalogue: DirectionCatalogue = defaultDirectionCatalogue;

  /** Schools per page; the filter and the sort apply to all of them. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** The municipality's name, for the downloaded files' names. */
  @property() municipality = '';

  /** The reviewer's name, handed to the editor for remarks and transitions. */
  @property({ attribute: 'reviewer-name' }) reviewerName = '';

  @state() private query: BoardQuery = {
    text: '',
    status: '',
    withRemarks: false,
    sort: 'school',
    descending: false,
  };
  @state() private page = 0;
  @state() private openedId?: string;
  @state() private editor: EditorState = 'idle';

  private readonly inline = new InlineJsonController(this, (data) => {
    this.roadmaps ??= data['roadmaps'] as Roadmap[] | undefined;
  });
  private derived?: Derived;
  private readonly collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });
  private readonly localize = new LocalizeController(this, roadmapBoardMessages);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = this.localize.locale;
    const derived = this.derived;
    if (
      derived &&
      derived.roadmaps === this.roadmaps &&
      derived.locale === locale &&
      derived.catalogue === this.catalogue
    )
      return;
    const roadmaps = this.roadmaps ?? [];
    const base = { roadmaps: this.roadmaps, locale, catalogue: this.catalogue };
    if (roadmaps.length <= CHECK_AT_ONCE) {
      this.derived = {
        ...base,
        ...this.checked(parseList<Roadmap>(roadmapSchema, roadmaps, 'roadmaps', locale)),
      };
      this.checking = Promise.resolve();
    } else {
      this.derived = { ...base, rows: uncheckedRows(roadmaps, locale), issues: [], clusters: undefined };
      this.checking = this.checkInSlices(this.derived);
    }
    if (
      changed.has('roadmaps') &&
      this.openedId &&
      !this.derived.rows.some((row) => row.roadmap.id === this.openedId)
    )
      this.openedId = undefined;
  }

  /** Resolves when the roadmaps given last are checked against the schema and the cluster tables are counted. */
  get dataChecked(): Promise<void> {
    return this.checking;
  }

  private checking: Promise<void> = Promise.resolve();

  private checked(list: ParsedList<Roadmap>): Pick<Derived, 'rows' | 'issues' | 'clusters'> {
    const locale = this.localize.locale;
    return {
      rows: list.valid.map((roadmap) => boardRow(roadmap, locale)),
      issues: list.issues,
      clusters: clusterRoadmaps(list.valid, { catalogue: this.catalogue, locale }),
    };
  }

  /** Checks a long list a slice per task; a newer list given meanwhile abandons this one. */
  private async checkInSlices(target: Derived): Promise<void> {
    const roadmaps = target.roadmaps ?? [];
    const list: ParsedList<Roadmap> = { valid: [], issues: [] };
    // The first frame goes to the screen before the check starts.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    for (let start = 0; start < roadmaps.length; start += CHECK_SLICE) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.derived !== target || !this.isConnected) return;
      const slice = parseList<Roadmap>(
        roadmapSchema,
        roadmaps.slice(start, start + CHECK_SLICE),
        'roadmaps',
        target.locale,
      );
      list.valid.push(...slice.valid);
      // Paths name the place in the whole list, not in the slice.
      list.issues.push(
        ...slice.issues.map((issue) => ({
          ...issue,
          path: issue.path.replace(
            /^roadmaps\[(\d+)\]/,
            (_, index: string) => `roadmaps[${start + Number(index)}]`,
          ),
        })),
      );
    }
    if (this.derived !== target || !this.isConnected) return;
    this.derived = { ...target, ...this.checked(list) };
    this.requestUpdate();
    await this.updateComplete;
  }

  protected override render(): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const unread = this.inline.alert((error) => t('badInlineJson', { error }));
    if (unread) return unread;
    const derived = this.derived!;
    const problems = derived.issues.length ? issuesTemplate(t('invalidRoadmaps'), derived.issues) : nothing;
    if (derived.rows.length === 0)
      return html`${problems}
        <p role="status" class="empty">${t('empty')}</p>`;
    const selected = selectRows(derived.rows, this.query, this.collator);
    return html`${problems}
    ${renderBoardFilters(this.query, this.localize.locale, this.localize.term.bind(this.localize), (change) => this.setQuery(change))}
    ${this.renderSchools(selected, derived.rows.length)} ${this.renderEditor()}
    ${derived.clusters ? this.renderClusters(derived.clusters) : html`<p role="status" class="muted">${t('checking')}</p>`}`;
  }

  // ---- filters, the school table and pages ------------------------------------------------

  private setQuery(change: Partial<BoardQuery>): void {
    this.query = { ...this.query, ...change };
    this.page = 0;
  }

  private sortHeader(key: BoardSortKey, label: string, numeric = false): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const active = this.query.sort === key;
    const sort = active ? (this.query.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${sort} class=${numeric ? 'number' : ''}>
      <button
        type="button"
        class="sort"
        data-sort=${key}
        aria-label=${t('sortBy', { column: label })}
        @click=${() => this.setQuery({ sort: key, descending: active ? !this.query.descending : false })}
      >
        ${label}<span aria-hidden="true" class="arrow"
          >${active ? (this.query.descending ? '▼' : '▲') : ''}</span
        >
      </button>
    </th>`;
  }

  private renderSchools(selected: readonly BoardRow[], total: number): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const size = Math.max(1, Math.floor(this.pageSize) || 50);
    const pages = Math.max(1, Math.ceil(selected.length / size));
    const page = Math.min(this.page, pages - 1);
    const shown = selected.slice(page * size, page * size + size);
    const status = selected.length
      ? t('shown', { from: page * size + 1, to: page * size + shown.length, count: selected.length, total })
      : t('nothingFound');
    const schoolsTable: BoardTable = {
      id: 'schools',
      caption: t('schoolsCaption'),
      header: [t('columnSchool'), t('columnStatus'), t('columnOrder'), t('columnRemarks')],
      rows: selected.map((row) => [row.schoolName, row.statusLabel, row.order, String(row.openRemarks)]),
    };
    return html`<p role="status" class="muted" data-count>${status}</p>
      <table part="table" class="schools">
        <caption>
          ${t('schoolsCaption')}
        </caption>
        <thead>
          <tr>
            ${this.sortHeader('school', t('columnSchool'))} ${this.sortHeader('status', t('columnStatus'))}
            <th scope="col">${t('columnOrder')}</th>
            ${this.sortHeader('remarks', t('columnRemarks'), true)}
            <th scope="col">${t('columnOpen')}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (row) =>
              html`<tr part="row" data-roadmap=${row.roadmap.id} data-status=${row.status}>
                <th scope="row">${row.schoolName}</th>
                <td>${row.statusLabel}</td>
                <td>${row.order || html`<span class="muted">${t('none')}</span>`}</td>
                <td class="number">${row.openRemarks}</td>
                <td>
                  <button
                    type="button"
                    data-open=${row.roadmap.id}
                    aria-label=${t('openLabel', { school: row.schoolName })}
                    aria-expanded=${this.openedId === row.roadmap.id ? 'true' : 'false'}
                    @click=${() => this.open(row.roadmap)}
                  >
                    ${t('open')}
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${renderPager({
        page,
        pages,
        go: (next) => (this.page = next),
        term: t,
        pageOf: t('pageOf', { page: page + 1, pages }),
        after: this.exportButton(schoolsTable),
      })}`;
  }

  // ---- the roadmap opened in the editor --------------------------------------------------

  private open(roadmap: Roadmap): void {
    if (!this.dispatchEvent(new ShnroRoadmapOpenEvent({ roadmap }))) return;
    this.openedId = roadmap.id;
    if (this.editor === 'ready') {
      void this.focusEditor();
      return;
    }
    this.editor = 'loading';
    // The editor is loaded on demand: the board alone stays small.
    import('../roadmap-editor/define.js').then(
      () => {
        this.editor = 'ready';
        void this.focusEditor();
      },
      (error: unknown) => (this.editor = { error: error instanceof Error ? error.message : String(error) }),
    );
  }

  private async focusEditor(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#editor-title')?.focus();
  }

  private close(): void {
    const id = this.openedId;
    this.openedId = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`button[data-open="${CSS.escape(id ?? '')}"]`)?.focus(),
    );
  }

  /**
   * A lifecycle step or a remark in the editor changes the status and remark columns at once (the
   * host gets the same event); typing does not re-derive the whole board.
   */
  private onEditorChange(event: Event): void {
    const { roadmap, reason } = (event as CustomEvent<{ roadmap: Roadmap; reason: string }>).detail;
    if (reason !== 'transition' && reason !== 'remark') return;
    this.roadmaps = (this.roadmaps ?? []).map((candidate) =>
      candidate.id === roadmap.id ? roadmap : candidate,
    );
  }

  private renderEditor(): TemplateResult | typeof nothing {
    const roadmap = this.derived?.rows.find((row) => row.roadmap.id === this.openedId)?.roadmap;
    if (!roadmap) return nothing;
    return renderEditorPanel({
      roadmap,
      editor: this.editor,
      reviewerName: this.reviewerName,
      catalogue: this.catalogue,
      onChange: (event) => this.onEditorChange(event),
      onClose: () => this.close(),
      t: this.localize.term.bind(this.localize),
    });
  }

  // ---- the cluster tables and downloads --------------------------------------------------

  private renderClusters(clusters: RoadmapClusters): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const tables = clusterTables(clusters, this.localize.locale, t, {
      groups: t('clusterGroupsCaption'),
      directions: (group) => t('clusterDirectionsCaption', { group }),
      combinations: t('clusterCombinationsCaption'),
      group: t('columnGroup'),
      direction: t('columnDirection'),
      combination: t('columnCombination'),
      unmatched: t('unmatched'),
    });
    return html`<div class="clusters">
      ${tables.map((table) => renderTable(table, this.exportButton(table)))}
    </div>`;
  }

  private exportButton(table: BoardTable): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    return html`<button
      type="button"
      part="export"
      data-export=${table.id}
      @click=${() => this.exportCsv(table)}
    >
      ${t('exportCsv', { table: table.caption })}
    </button>`;
  }

  /** Writes the table as a CSV for Excel; a cell starting with = + - @ is quoted so it never runs. */
  exportCsv(table: BoardTable): void {
    const rows: ExcelCsvCell[][] = [[table.caption], table.header, ...table.rows];
    const name = [this.municipality, table.caption].filter(Boolean).join(' — ');
    downloadFile(new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  }
}
