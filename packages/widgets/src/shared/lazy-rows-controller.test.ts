import { css, html, LitElement } from 'lit';
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

/**
 * The same list as the editor builds it: rows styled `content-visibility: auto` (the browser's own
 * event wakes them), and only the first 50 rendered by the first update, a placeholder for the rest.
 */
class ChunkedList extends LitElement {
  ids: string[] = [];
  readonly rows = new LazyRowsController(this, {
    from: 20,
    liveAtFirst: 5,
    selector: 'li[data-light]',
    idOf: (element) => (element as HTMLElement).dataset['id'],
    contentVisibility: true,
    renderAtFirst: 50,
  });

  static override styles = css`
    li {
      content-visibility: auto;
      contain-intrinsic-size: auto 60px;
      height: 60px;
    }
    [data-rows-pending] {
      height: calc(var(--pending) * 60px);
    }
  `;

  load(count: number): void {
    this.ids = Array.from({ length: count }, (_, index) => `a${index}`);
    this.rows.reset(this.ids);
    this.requestUpdate();
  }

  override render() {
    const shown = this.rows.renderedCount(this.ids, (id) => id);
    return html`<ul>
        ${this.ids
          .slice(0, shown)
          .map((id) =>
            this.rows.isLight(id)
              ? html`<li data-id=${id} data-light>${id}</li>`
              : html`<li data-id=${id}><input aria-label=${id} /></li>`,
          )}
      </ul>
      ${
        shown < this.ids.length
          ? html`<div data-rows-pending style=${`--pending: ${this.ids.length - shown}`}></div>`
          : null
      }`;
  }
}
customElements.define('shnro-chunked-list-test', ChunkedList);

const lists: (LongList | ChunkedList)[] = [];
afterEach(() => lists.splice(0).forEach((list) => list.remove()));

async function mountChunked(count: number): Promise<ChunkedList> {
  const list = document.createElement('shnro-chunked-list-test') as ChunkedList;
  document.body.append(list);
  lists.push(list);
  list.load(count);
  await list.updateComplete;
  return list;
}

const rendered = (list: ChunkedList) => list.renderRoot.querySelectorAll('li').length;

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

  it('renders the first rows of a long list at once, and the rest in chunks after the first frame', async () => {
    const list = await mountChunked(1000);
    expect(rendered(list)).toBe(50);
    expect(list.rows.isRendered('a49')).toBe(true);
    expect(list.rows.isRendered('a50')).toBe(false);
    // The chunks come after the first frame, each its own task, until every row is rendered.
    await list.rows.rendered;
    expect(rendered(list)).toBe(1000);
    expect(list.renderRoot.querySelector('[data-rows-pending]')).toBeNull();
    expect(inputs(list)).toBeGreaterThanOrEqual(5);
    expect(list.rows.isLight('a999')).toBe(true);
  });

  it('renders every row at once when a row not rendered yet is woken, or on watch', async () => {
    const woken = await mountChunked(1000);
    expect(woken.rows.wake('a700')).toBe(true);
    await woken.updateComplete;
    expect(rendered(woken)).toBe(1000);
    expect(woken.renderRoot.querySelector('li[data-id="a700"] input')).not.toBeNull();

    const watched = await mountChunked(1000);
    watched.rows.watch();
    await watched.updateComplete;
    expect(rendered(watched)).toBe(1000);
  });

  it('renders every row at once when the person reaches the list first (a key, a pointer, Ctrl+F)', async () => {
    const pointed = await mountChunked(1000);
    pointed.renderRoot
      .querySelector('li')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await pointed.updateComplete;
    expect(rendered(pointed)).toBe(1000);

    const found = await mountChunked(1000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true }));
    await found.updateComplete;
    expect(rendered(found)).toBe(1000);
  });

  it('renders every row at once when the placeholder comes near the viewport', async () => {
    const list = await mountChunked(1000);
    list.renderRoot.querySelector<HTMLElement>('[data-rows-pending]')!.scrollIntoView();
    await vi.waitFor(() => expect(rendered(list)).toBe(1000));
    window.scrollTo(0, 0);
  });

  it('wakes rows styled content-visibility: auto as the browser says they come near the viewport', async () => {
    const list = await mountChunked(300);
    await list.rows.rendered;
    expect(list.rows.isLight('a250')).toBe(true);
    list.renderRoot.querySelector<HTMLElement>('li[data-id="a250"]')!.scrollIntoView();
    await vi.waitFor(() => expect(list.rows.isLight('a250')).toBe(false));
    expect(list.rows.isLight('a100')).toBe(true);
    window.scrollTo(0, 0);
  });
});
