import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { FocusController } from './focus-controller.js';

class FocusHost extends LitElement {
  order = ['a', 'b'];
  readonly focusing = new FocusController(this);
  override render() {
    return html`${this.order.map(
      (id) =>
        html`<div data-row=${this.focusing.id(id)}>
          <input data-field="activity" /><button data-control="up">↑</button>
        </div>`,
    )}`;
  }
}
customElements.define('shnro-focus-host-test', FocusHost);

afterEach(() => document.body.replaceChildren());

async function mount(): Promise<FocusHost> {
  const host = document.createElement('shnro-focus-host-test') as FocusHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

const active = (host: FocusHost) => host.shadowRoot!.activeElement as HTMLElement | null;

describe('FocusController', () => {
  it('gives each row a short id that stays when rows move', async () => {
    const host = await mount();
    expect([host.focusing.id('a'), host.focusing.id('b')]).toEqual(['r1', 'r2']);
    host.order = ['b', 'a'];
    host.requestUpdate();
    await host.updateComplete;
    expect(host.focusing.id('a')).toBe('r1');
    expect(host.shadowRoot!.querySelector('[data-row]')?.getAttribute('data-row')).toBe('r2');
  });

  it('moves focus after the next render, and finds the focused control again once its row moved', async () => {
    const host = await mount();
    host.focusing.later(host.focusing.field('b', 'activity'));
    expect(active(host)).toBeNull(); // not before the render
    host.requestUpdate();
    await host.updateComplete;
    expect(active(host)?.closest('[data-row]')?.getAttribute('data-row')).toBe('r2');
    expect(host.focusing.focusedControl()).toBe('[data-field="activity"]');
    host.shadowRoot!.querySelector<HTMLElement>('[data-row="r1"] [data-control="up"]')!.focus();
    const control = host.focusing.focusedControl()!;
    expect(control).toBe('[data-control="up"]');
    host.order = ['b', 'a'];
    host.requestUpdate();
    host.focusing.later(`[data-row="${host.focusing.id('a')}"] ${control}`);
    await host.updateComplete;
    expect(active(host)?.dataset['control']).toBe('up');
    expect(active(host)?.closest('[data-row]')?.getAttribute('data-row')).toBe('r1');
  });
});
