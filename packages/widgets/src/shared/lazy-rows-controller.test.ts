import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyRowsController } from './lazy-rows-controller.js';

/** A list of tall rows; light ones render a marker and no input. */
class LongList extends LitElement {
  ids: string[] = [];
  readonly rows = new LazyRowsController(this, {
    from: 20,
    liveAtFirst: 5,
    selector: 'li[data-light]',
    idOf: (element) => (element as HTMLElement).dataset['id'],
  });

  load(count: number): void {
    this.ids = Array.from({ length: count }, (_, index) => `a${index}`);
    this.rows.reset(this.ids);
    this.requestUpdate();
  }

  override render() {
    return html`<ul>
      ${this.ids.map((id) =>
        this.rows.isLight(id)
          ? html`<li data-id=${id} data-light style="height:60px">${id}</li>`
          : html`<li data-id=${id} style="height:60px"><input aria-label=${id} /></li>`,
      )}
    </ul>`;
  }
}
customElements.define('shnro-long-list-test', LongList);

const lists: LongList[] = [];
afterEach(() => lists.splice(0).forEach((list) => list.remove()));

async function mount(count: number): Promise<LongList> {
  const list = document.createElement('shnro-long-list-test') as LongList;
  document.body.append(list);
  lists.push(list);
  list.load(count);
  await list.updateComplete;
  return list;
}

const inputs = (list: LongList) => list.renderRoot.querySelectorAll('input').length;

describe('LazyRowsController', () => {
  it('keeps a short list all live', async () => {
    const list = await mount(10);
    expect(list.rows.enabled).toBe(false);
    expect(inputs(list)).toBe(10);
  });

  it('renders far rows light, and wakes them as they come near the viewport', async () => {
    const list = await mount(200);
    expect(list.rows.enabled).toBe(true);
    // The first rows, and those within a screen of the viewport, become live; the far end stays light.
    await vi.waitFor(() => expect(inputs(list)).toBeGreaterThan(5));
    expect(list.rows.isLight('a199')).toBe(true);
    const last = list.renderRoot.querySelector<HTMLElement>('li[data-id="a199"]')!;
    last.scrollIntoView();
    await vi.waitFor(() => expect(list.rows.isLight('a199')).toBe(false));
    window.scrollTo(0, 0);
  });

  it('wakes a row on request and says whether it was light', async () => {
    const list = await mount(200);
    expect(list.rows.wake('a150')).toBe(true);
    expect(list.rows.wake('a150')).toBe(false);
    expect(list.rows.isLight('a150')).toBe(false);
  });
});
