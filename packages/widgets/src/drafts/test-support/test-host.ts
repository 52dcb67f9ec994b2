// A bare Lit element that hosts a DraftController in tests, as an editing widget would.
import { html, LitElement } from 'lit';

/** Shows the controller's message, so tests can read what a person would. */
export class DraftTestHost extends LitElement {
  message = '';

  override render() {
    return html`<p role="status">${this.message}</p>`;
  }
}

if (!customElements.get('shnro-draft-test-host'))
  customElements.define('shnro-draft-test-host', DraftTestHost);

/** A fresh host element, in Russian unless told, attached to the document. */
export function mountHost(lang = 'ru'): DraftTestHost {
  const host = document.createElement('shnro-draft-test-host') as DraftTestHost;
  host.lang = lang;
  document.body.append(host);
  return host;
}
