import { html, type TemplateResult } from 'lit';

/** What the pager under the school table needs from the board. */
export interface PagerContext {
  /** The page shown, from 0. */
  page: number;
  pages: number;
  go: (page: number) => void;
  term: (key: 'pagePrevious' | 'pageNext') => string;
  /** «Страница 2 из 5». */
  pageOf: string;
  /** What stands after the buttons (the table's export). */
  after: TemplateResult;
}

/** The previous / next buttons of the school table, the page number and the export. */
export function renderPager(context: PagerContext): TemplateResult {
  const { page, pages, term } = context;
  return html`<div part="pager" class="pager">
    <button type="button" data-page="previous" ?disabled=${page === 0} @click=${() => context.go(page - 1)}>
      ${term('pagePrevious')}
    </button>
    <span>${context.pageOf}</span>
    <button
      type="button"
      data-page="next"
      ?disabled=${page >= pages - 1}
      @click=${() => context.go(page + 1)}
    >
      ${term('pageNext')}
    </button>
    ${context.after}
  </div>`;
}
