import type { Roadmap } from '@shnro/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { largeRoadmap } from './examples.js';
import { $, $$, field, mount, order, root, row } from './test-support/helpers.js';

const rows = (element: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  element.shadowRoot!.querySelectorAll('li[data-activity]').length;

/** A 1,000-activity roadmap with an open remark of the reviewer on activity 900. */
function withRemark(): Roadmap {
  const roadmap = largeRoadmap(1000);
  return {
    ...roadmap,
    remarks: [
      {
        id: 'remark-900',
        target: { sectionId: 'section-4', activityId: 'activity-900' },
        author: 'Методист',
        date: '2020-11-30',
        text: 'Уточните срок',
        status: 'open',
      },
    ],
  };
}

describe('<shnro-roadmap-editor>: a large roadmap renders its first rows first', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('renders the first 100 rows at once, keeps room for the rest, and renders them after the first frame', async () => {
    const element = await mount((el) => (el.roadmap = largeRoadmap(1000)));
    expect(rows(element)).toBe(100);
    expect(row(element, 'activity-100').hasAttribute('data-light')).toBe(true);
    // Every section is there with its heading; the rows not rendered yet keep their room.
    expect($$(element, 'section.section')).toHaveLength(4);
    const pending = $$(element, '[data-rows-pending]');
    expect(pending).toHaveLength(4);
    expect(pending.every((placeholder) => placeholder.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(pending[0]!.getBoundingClientRect().height).toBeGreaterThan(150 * 400);
    await vi.waitFor(() => expect(rows(element)).toBe(1000), { timeout: 10_000 });
    expect($$(element, '[data-rows-pending]')).toHaveLength(0);
    expect(order(element, 'section-4').at(-1)).toBe('activity-1000');
    expect($$(element, 'li[data-light]')).toHaveLength(970);
  });

  it('moves the last rendered activity with Alt+ArrowDown among rows not rendered yet, keeping focus', async () => {
    const element = await mount((el) => (el.roadmap = largeRoadmap(1000)));
    expect(rows(element)).toBe(100);
    // Focus on a light row makes it editable, focus in its first field.
    row(element, 'activity-100').focus();
    await vi.waitFor(() =>
      expect(root(element).activeElement).toBe(field(element, 'activity-100', 'problem')),
    );
    field(element, 'activity-100', 'problem').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true }),
    );
    await element.updateComplete;
    expect(rows(element)).toBe(1000);
    expect(order(element, 'section-1').slice(98, 102)).toEqual([
      'activity-99',
      'activity-101',
      'activity-100',
      'activity-102',
    ]);
    expect(root(element).activeElement).toBe(field(element, 'activity-100', 'problem'));
  });

  it('goes to a remark on an activity not rendered yet («Перейти» right after loading)', async () => {
    const element = await mount((el) => (el.roadmap = withRemark()));
    expect(rows(element)).toBe(100);
    const goTo = $(element, '[part~="go-to"]');
    // A person's click: the pointer goes down first, then the click.
    goTo.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await element.updateComplete;
    goTo.click();
    await vi.waitFor(() =>
      expect(root(element).activeElement).toBe(field(element, 'activity-900', 'problem')),
    );
    expect(rows(element)).toBe(1000);
  });

  it('renders every row at once for the browser’s find (Ctrl+F)', async () => {
    const element = await mount((el) => (el.roadmap = largeRoadmap(1000)));
    expect(rows(element)).toBe(100);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true }));
    await element.updateComplete;
    expect(rows(element)).toBe(1000);
    expect(root(element).textContent).toContain('(1000)');
  });
});
