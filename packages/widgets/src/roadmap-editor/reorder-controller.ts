import type { Roadmap } from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findActivity, type FoundActivity } from './edit.js';

/** The drag data type of an activity, so that drops from elsewhere are ignored. */
export const ACTIVITY_DRAG_TYPE = 'application/x-shnro-roadmap-activity';

/** Where a dragged activity would land against a row: above or below it. */
export type DropEdge = 'before' | 'after';

/** What reordering needs from its element. */
export interface ReorderOptions {
  readonly roadmap: () => Roadmap | undefined;
  /** Whether the person may reorder now (the core's permissions). */
  readonly enabled: () => boolean;
  /** Shows (or hides, with undefined) the drop marker on a row. */
  readonly markEdge: (activityId: string, edge: DropEdge | undefined) => void;
  /** Hides every drop marker. */
  readonly clearEdges: () => void;
  /** Moves the activity to `index` of the section (its index once moved). */
  readonly moveTo: (from: FoundActivity, sectionId: string, index: number) => void;
  /** Moves the activity one place up or down its section. */
  readonly moveBy: (sectionId: string, activityId: string, delta: -1 | 1) => void;
}

/**
 * Reorders activities by drag and drop (onto a row: above or below it; onto a section: at its
 * end) and by Alt+↑ / Alt+↓ on a row. Only this element's own drags are taken.
 */
export class ReorderController implements ReactiveController {
  private dragging?: { sectionId: string; activityId: string };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ReorderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Listeners are bound in the templates; nothing to attach here.
  }

  hostDisconnected(): void {
    this.dragging = undefined;
  }

  /** A row's drag handle started a drag. */
  start(event: DragEvent, sectionId: string, activityId: string): void {
    this.dragging = { sectionId, activityId };
    const transfer = event.dataTransfer;
    if (!transfer) return;
    transfer.effectAllowed = 'move';
    transfer.setData(ACTIVITY_DRAG_TYPE, JSON.stringify({ sectionId, activityId }));
    const roadmap = this.options.roadmap();
    const found = roadmap && findActivity(roadmap, activityId);
    transfer.setData('text/plain', found?.activity.activity ?? activityId);
    const row = (event.target as HTMLElement).closest('li');
    if (row) transfer.setDragImage(row, 24, 24);
  }

  /** A drag passes over a row (`row`, the listener's element by default): mark the edge it would land on. */
  overRow(event: DragEvent, activityId: string, row = event.currentTarget as HTMLElement): void {
    if (!this.accepts(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.options.markEdge(activityId, edgeOf(event, row));
  }

  /** A drag left a row (not for one of its children). */
  leaveRow(event: DragEvent, activityId: string, row = event.currentTarget as HTMLElement): void {
    if (event.relatedTarget instanceof Node && row.contains(event.relatedTarget)) return;
    this.options.markEdge(activityId, undefined);
  }

  /** A drop on a row: above or below it. */
  dropOnRow(event: DragEvent, activityId: string, row = event.currentTarget as HTMLElement): void {
    const roadmap = this.options.roadmap();
    if (!roadmap || !this.accepts(event)) return;
    event.preventDefault();
    event.stopPropagation();
    const source = this.source(event);
    const edge = edgeOf(event, row);
    this.end();
    if (!source || source === activityId) return;
    const from = findActivity(roadmap, source);
    const target = findActivity(roadmap, activityId);
    if (!from || !target) return;
    let index = target.index + (edge === 'after' ? 1 : 0);
    if (from.section.id === target.section.id && from.index < index) index -= 1;
    this.options.moveTo(from, target.section.id, index);
  }

  /** A drag passes over a section (its empty space). */
  overSection(event: DragEvent): void {
    if (!this.accepts(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
  }

  /** A drop on a section: at its end. */
  dropOnSection(event: DragEvent, sectionId: string): void {
    const roadmap = this.options.roadmap();
    if (!roadmap || !this.accepts(event)) return;
    event.preventDefault();
    const source = this.source(event);
    this.end();
    const from = source ? findActivity(roadmap, source) : undefined;
    const section = roadmap.sections.find((candidate) => candidate.id === sectionId);
    if (!from || !section) return;
    const end = section.activities.length - (from.section.id === sectionId ? 1 : 0);
    this.options.moveTo(from, sectionId, end);
  }

  /** The drag ended (dropped or cancelled): no markers left behind. */
  end(): void {
    this.dragging = undefined;
    this.options.clearEdges();
  }

  /** Alt+↑ / Alt+↓ on a row moves its activity. */
  keydown(event: KeyboardEvent, sectionId: string, activityId: string): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (!this.options.roadmap() || !this.options.enabled()) return;
    event.preventDefault();
    this.options.moveBy(sectionId, activityId, event.key === 'ArrowUp' ? -1 : 1);
  }

  private accepts(event: DragEvent): boolean {
    const ours =
      this.dragging !== undefined || (event.dataTransfer?.types.includes(ACTIVITY_DRAG_TYPE) ?? false);
    return ours && this.options.roadmap() !== undefined && this.options.enabled();
  }

  private source(event: DragEvent): string | undefined {
    const raw = event.dataTransfer?.getData(ACTIVITY_DRAG_TYPE);
    if (raw) {
      try {
        const parsed = JSON.parse(raw) as { activityId?: unknown };
        if (typeof parsed.activityId === 'string') return parsed.activityId;
      } catch {
        // Not ours after all: fall back to what this element started dragging.
      }
    }
    return this.dragging?.activityId;
  }
}

function edgeOf(event: DragEvent, row: HTMLElement): DropEdge {
  const rect = row.getBoundingClientRect();
  return event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
}
