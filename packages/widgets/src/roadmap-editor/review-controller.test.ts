import {
  defaultDirectionCatalogue,
  dismissalOf,
  reviewRoadmap,
  type RemarkDismissal,
  type Roadmap,
} from '@shnro/core';
import { LitElement } from 'lit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seed000Roadmap } from './examples.js';
import { ReviewController } from './review-controller.js';
import { prefetchEditorChunks } from './editor-chunks.js';

class ReviewHost extends LitElement {
  roadmap?: Roadmap = seed000Roadmap();
  dismissals: readonly RemarkDismissal[] = [];
  readonly review = new ReviewController(this, {
    roadmap: () => this.roadmap,
    catalogue: () => defaultDirectionCatalogue,
    options: () => undefined,
    dismissals: () => this.dismissals,
    delay: () => 40,
  });
}
customElements.define('shnro-review-host-test', ReviewHost);

const hosts: ReviewHost[] = [];
function mount(): ReviewHost {
  const host = document.createElement('shnro-review-host-test') as ReviewHost;
  document.body.append(host);
  hosts.push(host);
  return host;
}

afterEach(() => {
  vi.useRealTimers();
  hosts.splice(0).forEach((host) => host.remove());
});

// The review's engine and the lifecycle's steps load on first use (or at idle time): loaded first here.
beforeAll(() => prefetchEditorChunks());

describe('ReviewController', () => {
  it('runs the review once typing has been quiet for the delay, not before', async () => {
    vi.useFakeTimers();
    const host = mount();
    host.review.schedule();
    vi.advanceTimersByTime(30);
    host.review.schedule(); // typing again restarts the wait
    vi.advanceTimersByTime(30);
    expect(host.review.pending).toBe(true);
    expect(host.review.shown).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(host.review.pending).toBe(false);
    expect(host.review.shown.length).toBeGreaterThan(0);
  });

  it('reviews a roadmap set in a hidden tab after the delay, with no frame to wait for', () => {
    vi.useFakeTimers();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      const host = mount();
      host.review.scheduleAfterPaint(50);
      expect(host.review.pending).toBe(true);
      vi.advanceTimersByTime(49);
      expect(host.review.shown).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(host.review.pending).toBe(false);
      expect(host.review.shown.length).toBeGreaterThan(0);
    } finally {
      visibility.mockRestore();
    }
  });

  it('hides dismissed remarks and keeps unchanged groups the same arrays between runs', () => {
    const host = mount();
    const first = host.review.run();
    const remark = first.find((candidate) => candidate.place.activityId !== undefined)!;
    const before = host.review.byPlace.byActivity.get(remark.place.activityId!);
    host.review.run();
    expect(host.review.byPlace.byActivity.get(remark.place.activityId!)).toBe(before);
    host.dismissals = [dismissalOf(host.roadmap!, remark, 'согласовано', '2020-12-01')];
    host.review.refilter();
    expect(host.review.hidden.map((hidden) => hidden.remark)).toContainEqual(remark);
    expect(host.review.shown).not.toContainEqual(remark);
    expect(host.review.shown.length + host.review.hidden.length).toBe(first.length);
  });

  it('stops a waiting run when the element leaves the page, and shows nothing without a roadmap', () => {
    vi.useFakeTimers();
    const host = mount();
    host.review.schedule();
    host.remove();
    vi.advanceTimersByTime(100);
    expect(host.review.shown).toEqual([]);
    host.roadmap = undefined;
    expect(host.review.run()).toEqual([]);
    expect(host.review.byPlace.byActivity.size).toBe(0);
  });

  it('reads a long roadmap in slices the page can paint between, then shows the whole review', async () => {
    const seed = seed000Roadmap();
    // The seed's sections copied 120 times (840 activities), as a pasted municipal template would be.
    const long: Roadmap = {
      ...seed,
      sections: Array.from({ length: 120 }, (_, copy) =>
        seed.sections.map((section) => ({
          ...section,
          id: `${section.id}-${copy}`,
          // Each copy worded apart, so no cache of an earlier test (stems, deadlines) shortens the read.
          activities: section.activities.map((activity) => ({
            ...activity,
            id: `${activity.id}-${copy}`,
            activity: `${activity.activity} (группа ${copy + 1})`,
            ...(activity.plannedResult === undefined
              ? {}
              : { plannedResult: `${activity.plannedResult} (группа ${copy + 1})` }),
          })),
        })),
      ).flat(),
    };
    const activities = long.sections.reduce((sum, section) => sum + section.activities.length, 0);
    expect(activities).toBeGreaterThan(800);
    const host = mount();
    host.roadmap = long;
    host.review.schedule(0);
    await vi.waitFor(() => expect(host.review.pending).toBe(false), { timeout: 30_000 });
    // Each slice stops after 8 ms; the first read of hundreds of activities takes several.
    expect(host.review.slices).toBeGreaterThan(1);
    expect(host.review.shown).toEqual(reviewRoadmap(long, { catalogue: defaultDirectionCatalogue }));
  });
});
