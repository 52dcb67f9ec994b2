import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintController } from './print-controller.js';

class Printable extends LitElement {
  readonly print = new PrintController(this, () => this.performUpdate());
  override render() {
    return this.print.rendered ? html`<section class="print">печать</section>` : html`<p>экран</p>`;
  }
}
customElements.define('shnro-printable-test', Printable);

const elements: Printable[] = [];
afterEach(() => elements.splice(0).forEach((element) => element.remove()));

async function mount(): Promise<Printable> {
  const element = document.createElement('shnro-printable-test') as Printable;
  document.body.append(element);
  elements.push(element);
  await element.updateComplete;
  return element;
}

describe('PrintController', () => {
  it('renders the print version synchronously when the browser starts printing, and drops it after', async () => {
    const element = await mount();
    window.dispatchEvent(new Event('beforeprint'));
    // No await: the browser lays the page out right after the event.
    expect(element.renderRoot.querySelector('.print')).not.toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(element.renderRoot.querySelector('.print')).toBeNull();
  });

  it('shows a preview on request, and stops listening once removed', async () => {
    const element = await mount();
    element.print.show();
    await element.updateComplete;
    expect(element.print.preview).toBe(true);
    expect(element.renderRoot.querySelector('.print')).not.toBeNull();
    element.print.show(false);
    await element.updateComplete;
    element.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(element.print.rendered).toBe(false);
    window.dispatchEvent(new Event('afterprint'));
  });
});
