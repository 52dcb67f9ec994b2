import { LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { RowUiController } from './row-ui-controller.js';

class RowUiHost extends LitElement {
  updates = 0;
  readonly ui = new RowUiController(this);
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.updates += 1;
    super.requestUpdate(...args);
  }
}
customElements.define('shnro-row-ui-host-test', RowUiHost);

const hosts: RowUiHost[] = [];
function mount(): RowUiHost {
  const host = document.createElement('shnro-row-ui-host-test') as RowUiHost;
  document.body.append(host);
  hosts.push(host);
  host.updates = 0;
  return host;
}
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

describe('RowUiController', () => {
  it('replaces a row’s state on each change, so a row guarded on it renders again, and leaves others alone', () => {
    const host = mount();
    const empty = host.ui.row('a');
    expect(host.ui.row('b')).toBe(empty);
    host.ui.patchRow('a', { targetOpen: true });
    const open = host.ui.row('a');
    expect(open).toEqual({ targetOpen: true });
    host.ui.patchRow('a', { addingRemark: true });
    expect(host.ui.row('a')).toEqual({ targetOpen: true, addingRemark: true });
    expect(host.ui.row('a')).not.toBe(open);
    expect(host.ui.row('b')).toBe(empty);
    expect(host.updates).toBe(2);
  });

  it('renders a drop marker only when it moves, and clears every marker at once', () => {
    const host = mount();
    host.ui.markDrop('a', 'before');
    host.ui.markDrop('a', 'before');
    host.ui.markDrop('b', 'after');
    expect(host.updates).toBe(2);
    host.ui.clearDrops();
    expect(host.ui.row('a').dropEdge).toBeUndefined();
    expect(host.ui.row('b').dropEdge).toBeUndefined();
    const updates = host.updates;
    host.ui.clearDrops();
    expect(host.updates).toBe(updates);
  });

  it('keeps each section’s forms apart', () => {
    const host = mount();
    host.ui.setSection('s1', { addingRemark: true });
    host.ui.patchSection('s1', { dismissing: 'rule:title' });
    expect(host.ui.section('s1')).toEqual({ addingRemark: true, dismissing: 'rule:title' });
    expect(host.ui.section('s2')).toEqual({});
  });
});
