import { municipalMonitoringSet } from '@shnro/core';
import { html, LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { hostMounter } from '../shared/test-support/mount-host.js';
import { FormEditController } from './edit-controller.js';
import { entriesFromInput, fieldKey } from './entries.js';
import { indicatorFormMessages } from './messages.js';
import { formatMessage } from '../shared/localize.js';

const known = { 'municipality-schools': 18 };
const numerator = fieldKey('1.5', 'numerator');
const denominator = fieldKey('1.5', 'denominator');
const count = fieldKey('4.8', 'count');

/** seed 001's set on a bare host: two inputs of 1.5 and the count 4.8, wired to the controller's handlers. */
class EditHost extends LitElement {
  editing = true;
  required = false;
  typed = 0;
  readonly edit = new FormEditController(this, {
    initial: entriesFromInput(municipalMonitoringSet, undefined, known),
    set: () => municipalMonitoringSet,
    locale: () => 'ru',
    editing: () => this.editing,
    required: () => this.required && this.editing,
    t: (key, values) => formatMessage(indicatorFormMessages.ru[key], values),
    typed: () => {
      this.typed += 1;
    },
    root: () => this.renderRoot,
  });

  override render() {
    const h = this.edit.handlers;
    const field = (key: string, id: string, code: string) =>
      html`<input
        id=${id}
        .value=${this.edit.entries[key] ?? ''}
        @input=${(event: Event) => h.input(key, event)}
        @change=${(event: Event) => h.commit(key, code, event)}
        @paste=${(event: ClipboardEvent) => h.paste(key, event)}
      />`;
    return html`${field(numerator, 'f-1.5-numerator', '1.5')}
    ${field(denominator, 'f-1.5-denominator', '1.5')} ${field(count, 'f-4.8-count', '4.8')}`;
  }
}
customElements.define('shnro-form-edit-host-test', EditHost);

const mount = hostMounter<EditHost>('shnro-form-edit-host-test');

async function typeInto(host: EditHost, id: string, text: string, commit = true): Promise<void> {
  await host.updateComplete;
  const input = host.renderRoot.querySelector<HTMLInputElement>(`[id="${id}"]`)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
  await host.updateComplete;
}

function pasteInto(host: EditHost, id: string, clipboard: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', clipboard);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  host.renderRoot.querySelector(`[id="${id}"]`)!.dispatchEvent(event);
  return event;
}

describe('FormEditController', () => {
  it('keeps the text as typed, tells the host, and fires input then change', async () => {
    const host = mount();
    await host.updateComplete;
    expect(host.edit.entries[denominator]).toBe('18');
    const events: string[] = [];
    for (const type of ['input', 'change']) host.addEventListener(type, () => events.push(type));
    await typeInto(host, 'f-1.5-numerator', '12,5');
    expect(host.edit.entries[numerator]).toBe('12,5');
    expect(host.typed).toBe(1);
    // The inner input's own input event is stopped; the host's own goes out, then change.
    expect(events).toEqual(['input', 'change']);
    expect(host.edit.evaluation().problems.map((problem) => problem.field.key)).toContain(numerator);
  });

  it('evaluates once while nothing changes, and again after typing', async () => {
    const host = mount();
    const first = host.edit.evaluation();
    expect(host.edit.evaluation()).toBe(first);
    await typeInto(host, 'f-4.8-count', '3');
    const second = host.edit.evaluation();
    expect(second).not.toBe(first);
    expect(second.built.input.answers['4.8']).toBe(3);
  });

  it('shows a missing answer once its field was left, or all of them once asked', async () => {
    const host = mount();
    host.required = true;
    const missing = () => [...host.edit.shownProblems(host.edit.evaluation()).keys()];
    expect(missing()).toEqual([]);
    await typeInto(host, 'f-4.8-count', '');
    expect(missing()).toEqual([count]);
    host.edit.showProblems(true);
    expect(missing().length).toBeGreaterThan(10);
    host.edit.reset(entriesFromInput(municipalMonitoringSet, undefined, known));
    host.edit.showProblems(false);
    expect(missing()).toEqual([]);
  });

  it('announces the percentage after a change, and nothing when not editing', async () => {
    const host = mount();
    await typeInto(host, 'f-1.5-numerator', '7');
    expect(host.edit.announcement).toBe('38,9% (7 из 18)');
    host.editing = false;
    let changes = 0;
    host.addEventListener('change', () => (changes += 1));
    await typeInto(host, 'f-4.8-count', '2');
    expect(changes).toBe(0);
    expect(host.edit.announcement).toBe('38,9% (7 из 18)');
  });

  it('fills pasted cells into this field and the next, or refuses and says why', async () => {
    const host = mount();
    await host.updateComplete;
    const filled = pasteInto(host, 'f-1.5-numerator', '7\t20\r\n');
    expect(filled.defaultPrevented).toBe(true);
    expect([host.edit.entries[numerator], host.edit.entries[denominator]]).toEqual(['7', '20']);
    expect(host.typed).toBe(1);

    const refused = pasteInto(host, 'f-1.5-numerator', '7\tсемь');
    expect(refused.defaultPrevented).toBe(true);
    expect(host.edit.pasteProblem?.key).toBe(numerator);
    expect(host.edit.pasteProblem?.message).toMatch(/^Вставка не выполнена: значение № 2 «семь»/);
    expect(host.edit.entries[numerator]).toBe('7');
    // Typing again takes the refusal away.
    await typeInto(host, 'f-4.8-count', '1', false);
    expect(host.edit.pasteProblem).toBeUndefined();

    expect(pasteInto(host, 'f-1.5-numerator', '9').defaultPrevented).toBe(false);
  });

  it('moves focus to a field named by a problem', async () => {
    const host = mount();
    await host.updateComplete;
    host.edit.focusField({ key: count, code: '4.8', role: 'count' });
    expect(host.renderRoot.querySelector(':focus')?.id ?? host.shadowRoot?.activeElement?.id).toBe(
      'f-4.8-count',
    );
  });
});
