import type { Roadmap } from '@shnro/core';
import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { hostMounter } from '../shared/test-support/mount-host.js';
import type { ShnroRoadmapChangeEvent, ShnroRoadmapTransitionEvent } from '../events/roadmap.js';
import { RoadmapChangeController } from './change-controller.js';
import { seed000Roadmap } from './examples.js';
import { HistoryController } from './history-controller.js';

/** A host whose parts write down what they were asked, in order. */
class ChangeHost extends LitElement {
  shown?: Roadmap;
  readonly calls: string[] = [];
  readonly history = new HistoryController<Roadmap>(this, () => true);
  private readonly note =
    (name: string) =>
    (...args: unknown[]) => {
      this.calls.push(args.length && typeof args[0] !== 'object' ? `${name} ${String(args[0])}` : name);
      return Promise.resolve();
    };
  readonly parts = {
    history: this.history,
    drafts: {
      edited: this.note('drafts.edited'),
      schedule: this.note('drafts.schedule'),
      discard: this.note('drafts.discard'),
    },
    restore: { dropStale: this.note('restore.dropStale'), closeRestored: this.note('restore.closeRestored') },
    rows: { watch: this.note('rows.watch'), reset: this.note('rows.reset') },
    reviewer: { schedule: this.note('reviewer.schedule') },
    edits: { forget: this.note('edits.forget') },
    lifecycle: { clearError: this.note('lifecycle.clearError') },
  };
  readonly changes = new RoadmapChangeController(this, {
    show: (next) => {
      this.shown = next;
      this.calls.push('show');
    },
    draft: () => ({ roadmap: this.shown!, dismissed: [] }),
    parts: () => this.parts as never,
  });
}
customElements.define('shnro-change-host-test', ChangeHost);

const mountHost = hostMounter<ChangeHost>('shnro-change-host-test');
function mount(): { host: ChangeHost; changes: ShnroRoadmapChangeEvent[] } {
  const host = mountHost();
  const changes: ShnroRoadmapChangeEvent[] = [];
  host.addEventListener('shnro-roadmap-change', (event) => changes.push(event));
  return { host, changes };
}

const renamed = (roadmap: Roadmap, name: string): Roadmap => ({
  ...roadmap,
  school: { ...roadmap.school, name },
});

describe('RoadmapChangeController', () => {
  it('takes an edit through the history, the shown value, the draft, the review and the event', () => {
    const { host, changes } = mount();
    const start = seed000Roadmap();
    host.history.adopt(start);
    const next = renamed(start, 'МБОУ СОШ № 2');
    host.changes.commit(next, 'edit', 'school');
    expect(host.calls).toEqual([
      'show',
      'drafts.edited',
      'restore.dropStale',
      'lifecycle.clearError',
      'reviewer.schedule',
      'drafts.schedule',
    ]);
    expect(host.shown).toBe(next);
    expect(changes.map((event) => event.detail)).toEqual([{ roadmap: next, reason: 'edit' }]);

    // Not typing (a move): light rows are watched first. A remark is not reviewed again.
    host.calls.length = 0;
    host.changes.commit(start, 'remark');
    expect(host.calls).toEqual([
      'rows.watch',
      'show',
      'drafts.edited',
      'restore.dropStale',
      'lifecycle.clearError',
      'drafts.schedule',
    ]);
  });

  it('undoes and redoes through the history, forgetting half-typed targets', () => {
    const { host, changes } = mount();
    const start = seed000Roadmap();
    host.history.adopt(start);
    expect(host.changes.step('undo')).toBe(false);
    host.changes.commit(renamed(start, 'Б'), 'edit');
    expect(host.changes.step('undo')).toBe(true);
    expect(host.shown).toBe(start);
    expect(host.calls).toContain('edits.forget');
    expect(host.changes.step('redo')).toBe(true);
    expect(changes.map((event) => event.detail.reason)).toEqual(['edit', 'undo', 'redo']);
  });

  it('loads a whole roadmap with new rows; a restored draft is not saved again', () => {
    const { host, changes } = mount();
    const start = seed000Roadmap();
    host.changes.load(start, 'draft', { save: false });
    expect(host.calls.slice(0, 2)).toEqual(['edits.forget', 'rows.reset']);
    expect(host.calls).not.toContain('drafts.schedule');
    host.calls.length = 0;
    host.changes.load(renamed(start, 'В'), 'import');
    expect(host.calls).toContain('drafts.schedule');
    expect(host.history.canUndo).toBe(true);
    expect(changes.map((event) => event.detail.reason)).toEqual(['draft', 'import']);
  });

  it('a lifecycle step starts the history again and fires the transition', () => {
    const { host, changes } = mount();
    const draft = seed000Roadmap();
    host.history.adopt(draft);
    host.changes.commit(renamed(draft, 'Г'), 'edit');
    const submitted: Roadmap = { ...draft, status: 'submitted' };
    const transitions: ShnroRoadmapTransitionEvent[] = [];
    host.addEventListener('shnro-roadmap-transition', (event) => transitions.push(event));
    host.changes.transition(submitted, draft, 'submit');
    expect(host.history.canUndo).toBe(false);
    expect(changes.at(-1)?.detail.reason).toBe('transition');
    expect(transitions[0]?.detail).toEqual({
      action: 'submit',
      from: draft.status,
      to: 'submitted',
      roadmap: submitted,
    });
  });

  it('goes back to the host value as an edit and deletes the draft', async () => {
    const { host } = mount();
    const original = seed000Roadmap();
    host.history.adopt(original);
    host.changes.commit(renamed(original, 'Д'), 'edit');
    await host.changes.backToOriginal();
    expect(host.shown).toBe(original);
    expect(host.calls.at(-1)).toBe('drafts.discard');
    expect(host.history.canUndo).toBe(true);
  });
});
