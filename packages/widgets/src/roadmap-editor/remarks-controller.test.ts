import { isOpenRemark, type Roadmap, type ReviewRemark } from '@shnro/core';
import { html, LitElement } from 'lit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RoadmapChangeReason } from '../events/roadmap.js';
import { LocalizeController } from '../shared/localize.js';
import { seed000Roadmap } from './examples.js';
import { roadmapEditorMessages } from './messages.js';
import { RemarksController } from './remarks-controller.js';
import { ReviewController } from './review-controller.js';
import { defaultDirectionCatalogue } from '@shnro/core';
import { prefetchEditorChunks } from './editor-chunks.js';

class RemarksHost extends LitElement {
  roadmap?: Roadmap = seed000Roadmap();
  readonly reasons: RoadmapChangeReason[] = [];
  readonly spoken: string[] = [];
  readonly closed: string[] = [];
  focusTo?: string;
  private readonly localize = new LocalizeController(this, roadmapEditorMessages);
  readonly review = new ReviewController(this, {
    roadmap: () => this.roadmap,
    catalogue: () => defaultDirectionCatalogue,
    options: () => undefined,
    dismissals: () => [],
    delay: () => 0,
  });
  readonly remarks = new RemarksController(this, {
    roadmap: () => this.roadmap,
    reviewerName: () => 'Иванова Н. П.',
    date: () => '2020-11-30',
    locale: () => 'ru',
    t: (key, values) => this.localize.term(key, values),
    review: () => this.review.shown,
    commit: (next, reason) => {
      this.roadmap = next;
      this.reasons.push(reason);
    },
    announce: (text) => this.spoken.push(text),
    closeRemarkForm: (activityId) => this.closed.push(activityId),
    root: () => this.renderRoot,
    domId: (id) => id,
    focus: (selector) => (this.focusTo = selector),
  });

  override render() {
    return html`<div data-row="seminar"><textarea data-field="activity"></textarea></div>
      <div data-section-row="teachers"><input data-field="title" /></div>`;
  }
}
customElements.define('shnro-remarks-host-test', RemarksHost);

const hosts: RemarksHost[] = [];
async function mount(): Promise<RemarksHost> {
  const host = document.createElement('shnro-remarks-host-test') as RemarksHost;
  document.body.append(host);
  hosts.push(host);
  await host.updateComplete;
  return host;
}
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

// The review's engine and the lifecycle's steps load on first use (or at idle time): loaded first here.
beforeAll(() => prefetchEditorChunks());

describe('RemarksController', () => {
  it('writes a remark on an activity with the reviewer’s name and date, and closes its form', async () => {
    const host = await mount();
    host.remarks.add({ sectionId: 'teachers', activityId: 'seminar' }, 'Укажите продукт семинара.');
    const remark = host.roadmap!.remarks.at(-1)!;
    expect(remark).toMatchObject({
      target: { sectionId: 'teachers', activityId: 'seminar' },
      author: 'Иванова Н. П.',
      date: '2020-11-30',
      text: 'Укажите продукт семинара.',
    });
    expect(isOpenRemark(remark)).toBe(true);
    expect(host.closed).toEqual(['seminar']);
    expect(host.reasons).toEqual(['remark']);
    host.remarks.resolve(remark.id);
    expect(isOpenRemark(host.roadmap!.remarks.at(-1)!)).toBe(false);
    expect(host.spoken).toHaveLength(2);
  });

  it('turns review remarks into remarks of the roadmap once: an accepted one is no candidate any more', async () => {
    const host = await mount();
    host.review.run();
    const candidates = host.remarks.candidates(host.roadmap!);
    expect(candidates.length).toBeGreaterThan(1);
    const first = candidates[0] as ReviewRemark;
    host.remarks.accept(first);
    expect(host.roadmap!.remarks).toHaveLength(1);
    expect(host.remarks.candidates(host.roadmap!)).not.toContainEqual(first);
    expect(host.remarks.candidatesAsRemarks(host.roadmap!)).toHaveLength(candidates.length - 1);
  });

  it('opens the general remark form with focus, and finds the place a remark is about', async () => {
    const host = await mount();
    host.remarks.toggleGeneral(true);
    expect(host.remarks.addingGeneral).toBe(true);
    expect(host.focusTo).toBe('#general-remark');
    host.remarks.toggleGeneral(false);
    expect(host.remarks.addingGeneral).toBe(false);
    host.remarks.goTo({ sectionId: 'teachers', activityId: 'seminar' });
    expect(host.shadowRoot!.activeElement?.getAttribute('data-field')).toBe('activity');
    host.remarks.goTo({ sectionId: 'teachers' });
    expect(host.shadowRoot!.activeElement?.getAttribute('data-field')).toBe('title');
  });
});
