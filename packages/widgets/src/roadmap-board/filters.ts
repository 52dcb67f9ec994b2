import {
  roadmapStatusLabels,
  roadmapStatusSchema,
  type DisplayLocale,
  type RoadmapStatus,
} from '@shnro/core';
import { html, type TemplateResult } from 'lit';
import type { BoardQuery } from './board-rows.js';
import type { roadmapBoardMessages } from './messages.js';

type Term = (
  key: keyof (typeof roadmapBoardMessages)['ru'],
  values?: Record<string, string | number>,
) => string;

/** The board's search, status filter and «only with open remarks»: what is typed stays as typed. */
export function renderBoardFilters(
  query: BoardQuery,
  locale: DisplayLocale,
  t: Term,
  setQuery: (change: Partial<BoardQuery>) => void,
): TemplateResult {
  return html`<div part="filters" class="filters" role="search">
    <label>
      ${t('filterSchool')}
      <input
        type="search"
        name="school"
        .value=${query.text}
        @input=${(event: Event) => setQuery({ text: (event.target as HTMLInputElement).value })}
      />
    </label>
    <label>
      ${t('filterStatus')}
      <select
        name="status"
        @change=${(event: Event) =>
          setQuery({ status: (event.target as HTMLSelectElement).value as RoadmapStatus | '' })}
      >
        <option value="" ?selected=${query.status === ''}>${t('anyStatus')}</option>
        ${roadmapStatusSchema.options.map(
          (status) =>
            html`<option value=${status} ?selected=${query.status === status}>
              ${roadmapStatusLabels[status][locale]}
            </option>`,
        )}
      </select>
    </label>
    <label class="check">
      <input
        type="checkbox"
        name="with-remarks"
        .checked=${query.withRemarks}
        @change=${(event: Event) => setQuery({ withRemarks: (event.target as HTMLInputElement).checked })}
      />
      ${t('onlyWithRemarks')}
    </label>
  </div>`;
}
