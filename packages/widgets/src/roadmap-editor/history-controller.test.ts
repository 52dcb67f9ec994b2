import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { hostMounter } from '../shared/test-support/mount-host.js';
import { HistoryController } from './history-controller.js';

/** A text field's history on a fake clock; `editing` plays the mode. */
class HistoryHost extends LitElement {
  clock = 0;
  editing = true;
  updates = 0;
  readonly history = new HistoryController<string>(
    this,
    () => this.editing,
    () => this.clock,
  );

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.updates += 1;
    super.requestUpdate(...args);
  }
}
customElements.define('shnro-history-host-test', HistoryHost);

const mount = hostMounter<HistoryHost>('shnro-history-host-test');

describe('HistoryController', () => {
  it('undoes typing in one field as one step, and redoes it', () => {
    const host = mount();
    host.history.adopt('');
    expect(host.history.canUndo).toBe(false);
    for (const [at, text] of [
      [0, 'Д'],
      [100, 'До'],
      [200, 'Доля'],
    ] as const) {
      host.clock = at;
      host.history.record(text, 'problem');
    }
    expect(host.history.canUndo).toBe(true);
    expect(host.history.undo()).toBe('');
    expect(host.history.canUndo).toBe(false);
    expect(host.history.undo()).toBeUndefined();
    expect(host.history.redo()).toBe('Доля');
    expect(host.history.redo()).toBeUndefined();
  });

  it('starts a new step after a pause, another field, a seal or an edit with no group', () => {
    const host = mount();
    host.history.adopt('a');
    host.history.record('ab', 'f');
    host.clock = 5000;
    host.history.record('abc', 'f'); // after a pause
    host.history.record('abcd', 'g'); // another field
    host.history.seal();
    host.history.record('abcde', 'g'); // sealed: the field lost focus
    host.history.record('moved'); // a move, never merged
    const steps: string[] = [];
    for (let value = host.history.undo(); value !== undefined; value = host.history.undo()) steps.push(value);
    expect(steps).toEqual(['abcde', 'abcd', 'abc', 'ab', 'a']);
  });

  it('a person who may not edit has nothing to undo or redo', () => {
    const host = mount();
    host.history.adopt('a');
    host.history.record('b');
    host.editing = false;
    expect(host.history.canUndo).toBe(false);
    expect(host.history.undo()).toBeUndefined();
    host.editing = true;
    expect(host.history.undo()).toBe('a');
    host.editing = false;
    expect(host.history.canRedo).toBe(false);
  });

  it('keeps the host value as the original; a restart (a lifecycle step) drops the steps only', () => {
    const host = mount();
    host.history.adopt('исходная');
    host.history.record('правка');
    host.history.restart('подана');
    expect(host.history.canUndo).toBe(false);
    expect(host.history.original).toBe('исходная');
    host.history.adopt(undefined);
    expect(host.history.original).toBeUndefined();
    // With no history yet, the first edit starts one.
    host.history.record('новая');
    expect(host.history.canUndo).toBe(false);
  });

  it('asks the host to render when the history changes, not on a seal that changes nothing', () => {
    const host = mount();
    host.history.adopt('a');
    const before = host.updates;
    host.history.record('b');
    expect(host.updates).toBe(before + 1);
    host.history.seal(); // no group: nothing to seal
    expect(host.updates).toBe(before + 1);
  });
});
