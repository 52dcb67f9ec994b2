import { LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftRestoreController } from './draft-restore.js';

interface Data {
  readonly stage: string;
  readonly text: string;
}

class RestoreHost extends LitElement {
  value?: Data = { stage: 'draft', text: 'с сервера' };
  readonly restore = new DraftRestoreController<Data>(this, {
    apply: (data) => (this.value = data),
    overValue: () => this.value !== undefined,
    fits: (data) => !this.value || data.stage === this.value.stage,
    same: (data) => JSON.stringify(data) === JSON.stringify(this.value),
  });
}
customElements.define('shnro-draft-restore-host-test', RestoreHost);

const hosts: RestoreHost[] = [];
function mount(value?: Data): RestoreHost {
  const host = document.createElement('shnro-draft-restore-host-test') as RestoreHost;
  host.value = value;
  document.body.append(host);
  hosts.push(host);
  return host;
}
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

describe('DraftRestoreController', () => {
  it('applies a draft that fits, over the host’s value, and remembers when it was saved', () => {
    const host = mount({ stage: 'draft', text: 'с сервера' });
    host.restore.found({ stage: 'draft', text: 'черновик' }, 1_700_000_000_000);
    expect(host.value?.text).toBe('черновик');
    expect(host.restore.restored).toEqual({ at: 1_700_000_000_000, overValue: true });
    host.restore.closeRestored();
    expect(host.restore.restored).toBeUndefined();
  });

  it('says nothing over an empty element but that a draft came back, and nothing for a draft equal to what is shown', () => {
    const empty = mount(undefined);
    empty.restore.found({ stage: 'draft', text: 'черновик' }, 5);
    expect(empty.restore.restored).toEqual({ at: 5, overValue: false });
    const same = mount({ stage: 'draft', text: 'то же' });
    same.restore.found({ stage: 'draft', text: 'то же' }, 6);
    expect(same.restore.restored).toBeUndefined();
  });

  it('offers a draft of another stage instead of applying it, and applies it when opened', () => {
    const host = mount({ stage: 'submitted', text: 'отправлено' });
    host.restore.found({ stage: 'draft', text: 'старый черновик' }, 7);
    expect(host.value?.text).toBe('отправлено');
    expect(host.restore.stale).toEqual({ data: { stage: 'draft', text: 'старый черновик' }, at: 7 });
    host.restore.openStale();
    expect(host.value?.text).toBe('старый черновик');
    expect(host.restore.stale).toBeUndefined();
    expect(host.restore.restored).toEqual({ at: 7, overValue: true });
    host.restore.found({ stage: 'other', text: 'ещё один' }, 8);
    host.restore.clear();
    expect(host.restore.stale).toBeUndefined();
    expect(host.restore.restored).toBeUndefined();
  });
});
