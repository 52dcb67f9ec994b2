import { isOpenRemark, type Roadmap, type RoadmapAction, type RoadmapRole } from '@shnro/core';
import { LitElement } from 'lit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seed000Roadmap } from './examples.js';
import { LifecycleController } from './lifecycle-controller.js';
import { prefetchEditorChunks } from './editor-chunks.js';

class LifecycleHost extends LitElement {
  roadmap?: Roadmap = seed000Roadmap();
  mode: RoadmapRole = 'author';
  readonly taken: { action: RoadmapAction; from: string; to: string }[] = [];
  focusTo?: string;
  readonly lifecycle = new LifecycleController(this, {
    roadmap: () => this.roadmap,
    mode: () => this.mode,
    by: () => (this.mode === 'reviewer' ? 'методист' : 'директор'),
    date: () => '2020-11-20',
    locale: () => 'ru',
    reviewRemarks: () => [
      {
        id: 'remark-1',
        target: {},
        author: 'методист',
        date: '2020-11-20',
        text: 'Уточните планируемые результаты.',
        status: 'open',
      },
    ],
    taken: (next, from, action) => {
      this.roadmap = next;
      this.taken.push({ action, from: from.status, to: next.status });
    },
    focus: (selector) => (this.focusTo = selector),
  });
}
customElements.define('shnro-lifecycle-host-test', LifecycleHost);

const hosts: LifecycleHost[] = [];
function mount(): LifecycleHost {
  const host = document.createElement('shnro-lifecycle-host-test') as LifecycleHost;
  document.body.append(host);
  hosts.push(host);
  return host;
}
afterEach(() => {
  hosts.splice(0).forEach((host) => host.remove());
  document.body.replaceChildren();
});

/** A return form as the lifecycle panel renders it, submitted with its box ticked or not. */
function submitReturn(host: LifecycleHost, include: boolean): void {
  const form = document.createElement('form');
  form.innerHTML = `<input type="checkbox" name="review" ${include ? 'checked' : ''}><button>Вернуть</button>`;
  form.addEventListener('submit', (event) => host.lifecycle.returnWith(event));
  document.body.append(form);
  form.requestSubmit();
}

// The review's engine and the lifecycle's steps load on first use (or at idle time): loaded first here.
beforeAll(() => prefetchEditorChunks());

describe('LifecycleController', () => {
  it('takes a step the core allows at once, and shows a refused one in the core’s words', () => {
    const host = mount();
    host.lifecycle.act('start');
    expect(host.taken).toEqual([]);
    expect(host.lifecycle.error).toMatch(/[а-я]/);
    host.lifecycle.act('submit');
    expect(host.lifecycle.error).toBeUndefined();
    expect(host.taken).toEqual([{ action: 'submit', from: 'draft', to: 'submitted' }]);
    expect(host.roadmap?.history.at(-1)).toMatchObject({ by: 'директор', date: '2020-11-20' });
    expect(host.focusTo).toBe('#status-line');
  });

  it('opens the return form first, and sends the automatic remarks back only when asked', () => {
    const host = mount();
    host.lifecycle.act('submit');
    host.mode = 'reviewer';
    host.lifecycle.act('return');
    expect(host.lifecycle.pending).toBe('return');
    expect(host.taken).toHaveLength(1);
    host.lifecycle.act('return'); // the same button closes it
    expect(host.lifecycle.pending).toBeUndefined();
    host.lifecycle.act('return');
    host.lifecycle.cancel();
    expect(host.focusTo).toBe('[data-action="return"]');
    host.lifecycle.act('return');
    submitReturn(host, true);
    expect(host.taken.at(-1)).toEqual({ action: 'return', from: 'submitted', to: 'returned' });
    expect(host.lifecycle.pending).toBeUndefined();
    expect(host.roadmap?.remarks.filter(isOpenRemark).map((remark) => remark.text)).toEqual([
      'Уточните планируемые результаты.',
    ]);
  });

  it('keeps the approval form open with the core’s reason until an order is given, then approves with it', () => {
    const host = mount();
    host.lifecycle.act('submit');
    host.mode = 'reviewer';
    host.lifecycle.act('approve');
    expect(host.focusTo).toBe('#approve-order');
    const form = document.createElement('form');
    form.addEventListener('submit', (event) => host.lifecycle.approve(event));
    document.body.append(form);
    form.requestSubmit();
    expect(host.lifecycle.error).toContain('приказ');
    expect(host.lifecycle.pending).toBe('approve');
    expect(host.taken.map((step) => step.action)).toEqual(['submit']);
    host.lifecycle.setOrderText('приказ № 112 от 01.12.2020');
    form.requestSubmit();
    expect(host.lifecycle.error).toBeUndefined();
    expect(host.taken.at(-1)).toEqual({ action: 'approve', from: 'submitted', to: 'approved' });
    expect(host.roadmap?.approval).toEqual({ number: '112', date: '2020-12-01' });
    expect(host.lifecycle.orderText).toBe('');
    expect(host.lifecycle.pending).toBeUndefined();
  });
});
