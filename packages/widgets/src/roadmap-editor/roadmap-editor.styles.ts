import { css } from 'lit';

/**
 * Layout of `<shnro-roadmap-editor>`: a document-like editor, each activity a light card.
 * Cards far from the viewport skip layout and paint (`content-visibility: auto`), which keeps a
 * 1,000-activity roadmap smooth; the print version is a table per section, as the seeds print.
 */
export const roadmapEditorStyles = css`
  :host {
    --_gap: var(--_space);
    --_card-shadow: 0 1px 2px light-dark(rgb(0 0 0 / 0.06), rgb(0 0 0 / 0.4));
    max-width: 100%;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.25);
    cursor: pointer;
    line-height: 1.3;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_border);
    cursor: default;
    opacity: 0.75;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
    font-weight: 600;
  }
  button.link {
    border: none;
    background: none;
    padding: 2px 0;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button.icon {
    min-width: 2.2em;
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    color: var(--_text);
  }
  button.danger {
    color: var(--_danger);
  }
  :is(button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    width: 100%;
    min-width: 0;
  }
  textarea {
    resize: vertical;
    field-sizing: content;
    min-height: 2.6em;
  }
  label,
  dt {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
    margin-bottom: 2px;
  }
  .hint,
  .summary,
  .section-meta,
  .doc-meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .empty {
    color: var(--_muted);
    font-style: italic;
    margin: var(--_space) 0;
  }
  .error {
    color: var(--_danger);
    margin-top: var(--_space);
  }

  /* toolbar and notices */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding-bottom: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_border);
  }
  .draft-status {
    margin-left: auto;
    color: var(--_success);
    font-size: 0.9em;
  }
  .notice {
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 1.5);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .notice > p,
  .notice > ul,
  .notice > h2 {
    flex-basis: 100%;
  }
  .notice h2 {
    font-size: 1em;
  }
  .notice--warning {
    border-left-color: var(--_warning);
  }
  .notice--error {
    border-left-color: var(--_danger);
  }
  .issues {
    margin: 0;
    padding-left: 1.2em;
    font-size: 0.9em;
  }
  .issues code {
    font-size: 0.95em;
  }

  /* header and lifecycle */
  .header {
    margin-bottom: var(--_space);
  }
  .doc-title {
    font-size: 1.35em;
    font-weight: 650;
    margin-bottom: 2px;
  }
  .header-fields {
    display: grid;
    grid-template-columns: 2fr 2fr 1fr 1fr;
    gap: var(--_space);
  }
  .lifecycle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: var(--_space) 0;
    margin-bottom: var(--_space);
  }
  .lifecycle .error,
  .lifecycle form {
    flex-basis: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .badge {
    display: inline-block;
    padding: 1px 10px;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.9em;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .badge--returned {
    color: var(--_warning);
    border-color: currentColor;
  }
  .badge--approved,
  .badge--in-progress,
  .badge--reported {
    color: var(--_success);
    border-color: currentColor;
  }
  .badge--submitted {
    color: var(--_accent);
    border-color: currentColor;
  }
  .inline-form {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    max-width: 40em;
    margin-top: calc(var(--_space) * 0.5);
  }
  .inline-actions {
    display: flex;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    color: var(--_text);
    font-weight: 400;
    font-size: 1em;
  }
  .check input {
    width: auto;
  }

  /* remarks */
  .remarks-panel {
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 1.5);
    background: var(--_surface);
  }
  .remarks-panel h2 {
    font-size: 1.05em;
    margin-bottom: var(--_space);
  }
  .remarks-panel .count {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .remarks-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .remark {
    font-size: 0.9em;
    border-left: 3px solid var(--_border);
    padding: calc(var(--_space) * 0.5) var(--_space);
    margin-top: calc(var(--_space) * 0.5);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .remark p + p {
    margin-top: 2px;
  }
  .remark--warning {
    border-left-color: var(--_warning);
  }
  .remark--error {
    border-left-color: var(--_danger);
  }
  .remark--info {
    border-left-color: var(--_accent);
  }
  .severity {
    font-weight: 700;
  }
  .remark--warning .severity {
    color: var(--_warning);
  }
  .remark--error .severity {
    color: var(--_danger);
  }
  .suggestion-label {
    font-weight: 600;
  }
  .remark--reviewer.remark--open {
    border-left-color: var(--_warning);
    border-left-width: 4px;
  }
  .remark--resolved {
    color: var(--_muted);
  }
  .remark-place {
    display: block;
    color: var(--_muted);
  }
  .resolved-label {
    color: var(--_success);
  }

  /* sections and activities */
  .summary {
    margin: var(--_space) 0;
  }
  .section {
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    padding: calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 2);
  }
  .section-head,
  .activity-head {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .section-head h3 {
    font-size: 1.1em;
    flex: 1;
  }
  .section-fields {
    display: grid;
    grid-template-columns: minmax(10em, 1fr) minmax(14em, 2fr) minmax(14em, 3fr);
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .row-actions {
    display: flex;
    gap: 4px;
    margin-left: auto;
  }
  .activities {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .activity {
    position: relative;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.25);
    box-shadow: var(--_card-shadow);
    /* Off-screen cards skip layout and paint: a thousand of them stay light. */
    content-visibility: auto;
    contain-intrinsic-size: auto 420px;
  }
  .activity.has-open-remarks {
    border-left: 4px solid var(--_warning);
  }
  .activity.drop-before::before,
  .activity.drop-after::after {
    content: '';
    position: absolute;
    left: 0;
    right: 0;
    height: 3px;
    background: var(--_accent);
    border-radius: 2px;
  }
  .activity.drop-before::before {
    top: calc(var(--_space) / -2 - 2px);
  }
  .activity.drop-after::after {
    bottom: calc(var(--_space) / -2 - 2px);
  }
  .activity-number {
    font-size: 0.95em;
    font-weight: 650;
  }
  .handle {
    cursor: grab;
    user-select: none;
    color: var(--_muted);
    font-size: 1.2em;
    line-height: 1;
    padding: 2px 4px;
  }
  .chip {
    font-size: 0.8em;
    padding: 0 8px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    color: var(--_muted);
  }
  .chip--overdue {
    color: var(--_danger);
    border-color: currentColor;
  }
  .chip--done {
    color: var(--_success);
    border-color: currentColor;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(12, minmax(0, 1fr));
    gap: var(--_space) calc(var(--_space) * 1.25);
    margin: var(--_space) 0 0;
    align-items: start;
  }
  .fields > * {
    grid-column: span 4;
  }
  .fields > .field-problem,
  .fields > .field-activity {
    grid-column: span 6;
  }
  .fields > .field-form {
    grid-column: span 3;
  }
  .fields > .field-plannedResult {
    grid-column: span 9;
  }
  .fields > .field-responsible {
    grid-column: span 5;
  }
  .fields > .field-status {
    grid-column: span 3;
  }
  dd {
    margin: 0;
    white-space: pre-wrap;
  }
  .missing {
    color: var(--_muted);
    font-style: italic;
  }
  .parsed {
    display: block;
    font-size: 0.85em;
    color: var(--_success);
    margin-top: 2px;
  }
  .parsed--unparsed {
    color: var(--_warning);
  }
  .target {
    margin-top: var(--_space);
    font-size: 0.95em;
  }
  .target summary {
    cursor: pointer;
    color: var(--_muted);
  }
  .target-summary {
    color: var(--_text);
  }
  .target-fields {
    display: grid;
    grid-template-columns: 3fr 1fr 1fr 1fr 1fr;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 0.5);
  }
  .add-activity,
  .add-section {
    margin-top: var(--_space);
  }
  .drop-zone {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    text-align: center;
  }
  .dismissed,
  .history {
    margin-top: calc(var(--_space) * 2);
  }
  .dismissed summary,
  .history summary {
    cursor: pointer;
    font-weight: 600;
  }
  .dismissed ul {
    padding-left: 1.2em;
  }
  .dismissed li + li {
    margin-top: var(--_space);
  }

  @media (max-width: 720px) {
    .activity {
      contain-intrinsic-size: auto 1000px;
    }
    .header-fields,
    .section-fields,
    .target-fields {
      grid-template-columns: 1fr;
    }
    .fields {
      grid-template-columns: 1fr;
    }
    .fields > * {
      grid-column: auto !important;
    }
  }

  /* print version: the seeds' layout */
  .print-toolbar {
    display: flex;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .print-view {
    font-family: var(--shnro-print-font-family, 'Times New Roman', 'Liberation Serif', serif);
    color: var(--_text);
    background: var(--_surface);
    padding: calc(var(--_space) * 2);
  }
  .print-approval {
    text-align: right;
    margin-left: auto;
    max-width: 22em;
    margin-bottom: calc(var(--_space) * 2);
  }
  .print-title {
    text-align: center;
    font-size: 1.2em;
    font-weight: 700;
  }
  .print-title span {
    display: block;
  }
  .print-subtitle {
    font-weight: 400;
  }
  .print-school,
  .print-period {
    text-align: center;
  }
  .print-period {
    margin-bottom: calc(var(--_space) * 2);
  }
  .print-section {
    margin-top: calc(var(--_space) * 2);
  }
  .print-section h3 {
    font-size: 1.05em;
  }
  .print-meta {
    font-size: 0.9em;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .print-view table {
    width: 100%;
    border-collapse: collapse;
  }
  .print-view th,
  .print-view td {
    border: 1px solid currentColor;
    padding: 4px 6px;
    vertical-align: top;
    text-align: left;
    font-size: 0.92em;
  }
  .print-view th {
    font-weight: 700;
    text-align: center;
  }
  .print-number {
    width: 3.5em;
    white-space: nowrap;
  }
  .print-problem {
    display: block;
    font-style: italic;
    margin-top: 2px;
  }

  @media print {
    :host {
      color: #000;
    }
    .screen,
    .print-toolbar {
      display: none !important;
    }
    .print-wrap {
      display: block !important;
    }
    .print-view {
      padding: 0;
      color: #000;
      background: none;
    }
    .print-view tr {
      break-inside: avoid;
    }
    .print-view thead {
      display: table-header-group;
    }
  }
`;
