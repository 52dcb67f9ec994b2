import type { Roadmap } from '@shnro/core';
import { LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { moveActivity, type FoundActivity } from './edit.js';
import { seed000Roadmap } from './examples.js';
import { ACTIVITY_DRAG_TYPE, ReorderController, type DropEdge } from './reorder-controller.js';

class ReorderHost extends LitElement {
  roadmap: Roadmap = seed000Roadmap();
  allowed = true;
  edges = new Map<string, DropEdge>();
  moves: string[] = [];
  readonly reorder = new ReorderController(this, {
    roadmap: () => this.roadmap,
    enabled: () => this.allowed,
    markEdge: (id, edge) => (edge ? this.edges.set(id, edge) : this.edges.delete(id)),
    clearEdges: () => this.edges.clear(),
    moveTo: (from: FoundActivity, sectionId, index) => {
      this.moves.push(`${from.activity.id}→${sectionId}:${index}`);
      this.roadmap = moveActivity(
        this.roadmap,
        { sectionId: from.section.id, index: from.index },
        { sectionId, index },
      );
    },
    moveBy: (sectionId, activityId, delta) => this.moves.push(`${activityId}${delta > 0 ? '↓' : '↑'}`),
  });
}
customElements.define('shnro-reorder-host-test', ReorderHost);

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((element) => element.remove()));

/** Two rows 40 px high, each calling the controller as the editor's templates do. */
function mount(): { host: ReorderHost; rows: HTMLElement[] } {
  const host = document.createElement('shnro-reorder-host-test') as ReorderHost;
  document.body.append(host);
  hosts.push(host);
  const rows = ['conversation', 'seminar'].map((id) => {
    const row = document.createElement('li');
    row.style.cssText = 'display:block;height:40px';
    row.addEventListener('dragover', (event) => host.reorder.overRow(event, id));
    row.addEventListener('drop', (event) => host.reorder.dropOnRow(event, id));
    row.addEventListener('dragleave', (event) => host.reorder.leaveRow(event, id));
    document.body.append(row);
    hosts.push(row);
    return row;
  });
  return { host, rows };
}

function drag(type: string, target: HTMLElement, transfer: DataTransfer, edge: DropEdge): DragEvent {
  const box = target.getBoundingClientRect();
  const event = new DragEvent(type, {
    bubbles: true,
    cancelable: true,
    dataTransfer: transfer,
    clientY: edge === 'before' ? box.top + 5 : box.bottom - 5,
  });
  target.dispatchEvent(event);
  return event;
}

/** Starts a drag from a handle inside `row`, as the row's drag handle does. */
function startDrag(host: ReorderHost, row: HTMLElement, transfer: DataTransfer, activityId: string): void {
  const handle = document.createElement('span');
  row.append(handle);
  handle.addEventListener('dragstart', (event) => host.reorder.start(event, 'teachers', activityId));
  handle.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: transfer }));
}

describe('ReorderController', () => {
  it('marks the edge a dragged activity would land on and drops it there', () => {
    const { host, rows } = mount();
    const transfer = new DataTransfer();
    startDrag(host, rows[0]!, transfer, 'conversation');
    expect(transfer.getData(ACTIVITY_DRAG_TYPE)).toBe(
      JSON.stringify({ sectionId: 'teachers', activityId: 'conversation' }),
    );

    const over = drag('dragover', rows[1]!, transfer, 'after');
    expect(over.defaultPrevented).toBe(true);
    expect(host.edges.get('seminar')).toBe('after');
    drag('drop', rows[1]!, transfer, 'after');
    expect(host.moves).toEqual(['conversation→teachers:1']);
    expect(host.roadmap.sections[0]!.activities.map((activity) => activity.id)).toEqual([
      'seminar',
      'conversation',
    ]);
    expect(host.edges.size).toBe(0);
  });

  it('ignores drags that are not its own and drops while the person may not edit', () => {
    const { host, rows } = mount();
    const foreign = new DataTransfer();
    foreign.setData('text/plain', 'some text');
    expect(drag('dragover', rows[0]!, foreign, 'before').defaultPrevented).toBe(false);
    const ours = new DataTransfer();
    startDrag(host, rows[1]!, ours, 'seminar');
    host.allowed = false;
    expect(drag('drop', rows[0]!, ours, 'before').defaultPrevented).toBe(false);
    expect(host.moves).toEqual([]);
  });

  it('moves by Alt+arrow keys, and not by plain arrows', () => {
    const { host } = mount();
    const key = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { cancelable: true, ...init });
      host.reorder.keydown(event, 'teachers', 'seminar');
      return event.defaultPrevented;
    };
    expect(key({ key: 'ArrowUp', altKey: true })).toBe(true);
    expect(key({ key: 'ArrowDown', altKey: true })).toBe(true);
    expect(key({ key: 'ArrowDown' })).toBe(false);
    expect(key({ key: 'ArrowDown', altKey: true, ctrlKey: true })).toBe(false);
    expect(host.moves).toEqual(['seminar↑', 'seminar↓']);
  });
});
