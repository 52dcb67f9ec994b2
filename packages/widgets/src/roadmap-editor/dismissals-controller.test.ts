import type { RemarkDismissal, ReviewRemark, Roadmap } from '@shnro/core';
import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { hostMounter } from '../shared/test-support/mount-host.js';
import type { ShnroRemarkDismissedEvent, ShnroRemarkRestoredEvent } from '../events/roadmap.js';
import { LocalizeController } from '../shared/localize.js';
import { DismissalsController } from './dismissals-controller.js';
import { seed000Roadmap } from './examples.js';
import { roadmapEditorMessages } from './messages.js';

class DismissalsHost extends LitElement {
  roadmap?: Roadmap = seed000Roadmap();
  list: readonly RemarkDismissal[] = [];
  kept = 0;
  readonly closed: ReviewRemark['place'][] = [];
  readonly spoken: string[] = [];
  private readonly localize = new LocalizeController(this, roadmapEditorMessages);
  readonly dismissals = new DismissalsController(this, {
    roadmap: () => this.roadmap,
    list: () => this.list,
    keep: (list) => {
      this.list = list;
      this.kept += 1;
    },
    date: () => '2020-12-01',
    author: () => 'Петрова А. В.',
    closeForm: (place) => this.closed.push(place),
    announce: (text) => this.spoken.push(text),
    t: (key, values) => this.localize.term(key, values),
  });
}
customElements.define('shnro-dismissals-host-test', DismissalsHost);

const mountHost = hostMounter<DismissalsHost>('shnro-dismissals-host-test');
const mount = () => mountHost((host) => (host.lang = 'ru'));

function remarkOn(roadmap: Roadmap): ReviewRemark {
  const section = roadmap.sections[0]!;
  const activity = section.activities[0]!;
  return {
    ruleId: 'vague-result',
    severity: 'warning',
    place: { sectionId: section.id, activityId: activity.id, field: 'plannedResult' },
    message: { ru: 'Результат не измерим', en: 'The result is not measurable' },
  } as ReviewRemark;
}

describe('DismissalsController', () => {
  it('hides a remark with its reason, date, author and text, closes the form and fires the event', () => {
    const host = mount();
    const events: ShnroRemarkDismissedEvent[] = [];
    host.addEventListener('shnro-remark-dismissed', (event) => events.push(event));
    const remark = remarkOn(host.roadmap!);
    host.dismissals.dismiss(remark, 'согласовано с методистом');
    const activity = host.roadmap!.sections[0]!.activities[0]!;
    expect(host.list).toEqual([
      {
        ruleId: 'vague-result',
        sectionId: remark.place.sectionId,
        activityId: remark.place.activityId,
        field: 'plannedResult',
        text: activity.plannedResult,
        reason: 'согласовано с методистом',
        date: '2020-12-01',
        by: 'Петрова А. В.',
      },
    ]);
    expect(host.closed).toEqual([remark.place]);
    expect(host.spoken).toEqual([roadmapEditorMessages.ru.dismissed]);
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({ remark, dismissal: host.list[0], dismissed: host.list });
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);

    // The same remark hidden twice stays one dismissal.
    host.dismissals.dismiss(remark, 'ещё раз');
    expect(host.list).toHaveLength(1);
  });

  it('shows a hidden remark again and fires the event', () => {
    const host = mount();
    const restored: ShnroRemarkRestoredEvent[] = [];
    host.addEventListener('shnro-remark-restored', (event) => restored.push(event));
    host.dismissals.dismiss(remarkOn(host.roadmap!), 'согласовано');
    const [dismissal] = host.list;
    host.dismissals.restore(dismissal!);
    expect(host.list).toEqual([]);
    expect(host.spoken.at(-1)).toBe(roadmapEditorMessages.ru.restored);
    expect(restored[0]!.detail).toEqual({ dismissal, dismissed: [] });
  });

  it('does nothing without a roadmap', () => {
    const host = mount();
    host.roadmap = undefined;
    host.dismissals.dismiss(remarkOn(seed000Roadmap()), 'согласовано');
    expect(host.kept).toBe(0);
    expect(host.spoken).toEqual([]);
  });
});
