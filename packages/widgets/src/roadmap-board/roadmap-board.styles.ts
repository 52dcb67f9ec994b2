import { css } from 'lit';

/** Layout of `<shnro-roadmap-board>`: filters, the school table with pages, the cluster tables. */
export const roadmapBoardStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: end;
    margin-bottom: var(--_space);
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-size: 0.9em;
  }
  .filters label.check {
    flex-direction: row;
    align-items: center;
  }
  th button.sort {
    border: none;
    background: none;
    color: inherit;
    font-weight: 600;
    padding: 0;
    text-align: left;
  }
  .arrow {
    margin-left: 0.3em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin: var(--_space) 0 calc(var(--_space) * 3);
  }
  .pager [part='export'],
  .table-block [part='export'] {
    margin-left: auto;
  }
  .table-block {
    margin-top: calc(var(--_space) * 3);
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .table-block [part='export'] {
    align-self: flex-end;
  }
  .editor {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 3);
  }
  .editor-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }
  .editor-head h2 {
    margin: 0;
    outline: none;
  }
`;
