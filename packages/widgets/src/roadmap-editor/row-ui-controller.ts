import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RowUi } from './activity-row.js';
import type { DropEdge } from './reorder-controller.js';
import type { SectionUi } from './section-view.js';

const noRow: RowUi = Object.freeze({});
const noSection: SectionUi = Object.freeze({});

/**
 * The interface state of each row and section (an open target, a reason form, a remark form, a
 * drop marker). Each entry is replaced, never changed, so a row guarded on its values renders
 * again exactly when its own state changed, and no other row does.
 */
export class RowUiController implements ReactiveController {
  private rows: ReadonlyMap<string, RowUi> = new Map();
  private sections: ReadonlyMap<string, SectionUi> = new Map();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // The state lives as long as the element; nothing to start.
  }

  /** Every row's state: a new map whenever one row's state changes. */
  get rowStates(): ReadonlyMap<string, RowUi> {
    return this.rows;
  }

  /** A row's state; the same frozen empty object for every row that has none. */
  row(activityId: string): RowUi {
    return this.rows.get(activityId) ?? noRow;
  }

  /** A section's state; the same frozen empty object for every section that has none. */
  section(sectionId: string): SectionUi {
    return this.sections.get(sectionId) ?? noSection;
  }

  /** Changes part of a row's state (the row renders again). */
  patchRow(activityId: string, patch: Partial<RowUi>): void {
    const next = new Map(this.rows);
    next.set(activityId, { ...this.row(activityId), ...patch });
    this.rows = next;
    this.host.requestUpdate();
  }

  /** Changes part of a section's state. */
  patchSection(sectionId: string, patch: Partial<SectionUi>): void {
    this.setSection(sectionId, { ...this.section(sectionId), ...patch });
  }

  /** Replaces a section's state. */
  setSection(sectionId: string, ui: SectionUi): void {
    const next = new Map(this.sections);
    next.set(sectionId, ui);
    this.sections = next;
    this.host.requestUpdate();
  }

  /** Shows where a dragged activity would land, before or after this row (or nowhere). */
  markDrop(activityId: string, edge: DropEdge | undefined): void {
    // Dragging over a row fires many times a second: only a new marker renders.
    if (this.row(activityId).dropEdge === edge) return;
    this.patchRow(activityId, { dropEdge: edge });
  }

  /** Removes every drop marker (the drag ended or left the list). */
  clearDrops(): void {
    const marked = [...this.rows].filter(([, ui]) => ui.dropEdge !== undefined);
    if (marked.length === 0) return;
    const next = new Map(this.rows);
    for (const [id, ui] of marked) next.set(id, { ...ui, dropEdge: undefined });
    this.rows = next;
    this.host.requestUpdate();
  }
}
