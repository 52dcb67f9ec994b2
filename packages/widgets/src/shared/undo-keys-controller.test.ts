import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { UndoKeysController } from './undo-keys-controller.js';

class Undoable extends LitElement {
  log: string[] = [];
  editing = true;
  readonly keys = new UndoKeysController(this, {
    enabled: () => this.editing,
    undo: () => this.log.push('undo'),
    redo: () => this.log.push('redo'),
    nativeWithin: '.inline-form',
  });
  override render() {
    return html`<input id="field" />
      <form class="inline-form"><input id="remark" /></form>`;
  }
}
customElements.define('shnro-undoable-test', Undoable);

const elements: Undoable[] = [];
afterEach(() => elements.splice(0).forEach((element) => element.remove()));

async function mount(): Promise<Undoable> {
  const element = document.createElement('shnro-undoable-test') as Undoable;
  document.body.append(element);
  elements.push(element);
  await element.updateComplete;
  return element;
}

function press(element: Undoable, id: string, init: KeyboardEventInit): boolean {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  element.renderRoot.querySelector(`#${id}`)!.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('UndoKeysController', () => {
  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y, by key position (Russian layout)', async () => {
    const element = await mount();
    expect(press(element, 'field', { code: 'KeyZ', key: 'я', ctrlKey: true })).toBe(true);
    expect(press(element, 'field', { code: 'KeyZ', key: 'Я', ctrlKey: true, shiftKey: true })).toBe(true);
    expect(press(element, 'field', { code: 'KeyY', key: 'н', metaKey: true })).toBe(true);
    expect(press(element, 'field', { code: 'KeyX', key: 'x', ctrlKey: true })).toBe(false);
    expect(element.log).toEqual(['undo', 'redo', 'redo']);
  });

  it('leaves the browser its own undo in inline forms, for readers and once removed', async () => {
    const element = await mount();
    expect(press(element, 'remark', { code: 'KeyZ', ctrlKey: true })).toBe(false);
    element.editing = false;
    expect(press(element, 'field', { code: 'KeyZ', ctrlKey: true })).toBe(false);
    element.editing = true;
    element.remove();
    element.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyZ', ctrlKey: true }));
    expect(element.log).toEqual([]);
  });
});
