import { defaultDirectionCatalogue, type Roadmap } from '@shnro/core';
import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { hostMounter } from '../shared/test-support/mount-host.js';
import type { RoadmapChangeReason } from '../events/roadmap.js';
import { roadmapEditorMessages } from './messages.js';
import { emptyExampleRoadmap, seed000Roadmap } from './examples.js';
import { RoadmapEditController } from './edit-controller.js';
import { LocalizeController } from '../shared/localize.js';

class EditHost extends LitElement {
  roadmap?: Roadmap = seed000Roadmap();
  readonly commits: { reason: RoadmapChangeReason; group?: string }[] = [];
  readonly spoken: string[] = [];
  readonly woken: string[] = [];
  focusTo?: string;
  private readonly localize = new LocalizeController(this, roadmapEditorMessages);
  readonly edits = new RoadmapEditController(this, {
    roadmap: () => this.roadmap,
    catalogue: () => defaultDirectionCatalogue,
    locale: () => 'ru',
    t: (key, values) => this.localize.term(key, values),
    commit: (next, reason, group) => {
      this.roadmap = next;
      this.commits.push({ reason, ...(group === undefined ? {} : { group }) });
    },
    announce: (text) => this.spoken.push(text),
    focus: (selector) => (this.focusTo = selector),
    domId: (id) => `dom-${id}`,
    wake: (id) => this.woken.push(id),
    focusedControl: () => undefined,
  });
}
customElements.define('shnro-edit-host-test', EditHost);

const mount = hostMounter<EditHost>('shnro-edit-host-test');

const activity = (roadmap: Roadmap | undefined, id: string) =>
  roadmap?.sections.flatMap((section) => section.activities).find((candidate) => candidate.id === id);

describe('RoadmapEditController', () => {
  it('reads a typed deadline against the period, keeps its text, and groups typing in one field', () => {
    const host = mount();
    host.edits.text('teachers', 'conversation', 'deadline', 'до 1 марта');
    const deadline = activity(host.roadmap, 'conversation')?.deadline;
    expect(deadline?.text).toBe('до 1 марта');
    expect(deadline?.kind).toBe('by-date');
    host.edits.text('teachers', 'conversation', 'deadline', '');
    expect(activity(host.roadmap, 'conversation')?.deadline).toBeUndefined();
    expect(host.commits).toEqual([
      { reason: 'edit', group: 'conversation:deadline' },
      { reason: 'edit', group: 'conversation:deadline' },
    ]);
  });

  it('stores a target once the core finds it complete, keeping the typed text and what is missing before', () => {
    const host = mount();
    host.edits.target('teachers', 'seminar', 'indicator', 'Доля учителей, прошедших курсы');
    expect(activity(host.roadmap, 'seminar')?.target).toBeUndefined();
    expect(host.edits.targetTexts.get('seminar')?.problems).toBeTruthy();
    host.edits.target('teachers', 'seminar', 'target', '12,5');
    host.edits.target('teachers', 'seminar', 'unit', '%');
    expect(activity(host.roadmap, 'seminar')?.target).toMatchObject({ target: 12.5, unit: '%' });
    expect(host.edits.targetTexts.get('seminar')).toMatchObject({ target: '12,5' });
    expect(host.edits.targetTexts.get('seminar')?.problems).toBeUndefined();
    host.edits.forget();
    expect(host.edits.targetTexts.size).toBe(0);
  });

  it('keeps the last valid header and says why a typed period is not taken', () => {
    const host = mount();
    const before = host.roadmap!.period;
    host.edits.header('end', '2019-01-01');
    expect(host.edits.headerProblem).toBeTruthy();
    expect(host.roadmap!.period).toEqual(before);
    expect(host.commits).toEqual([]);
    host.edits.header('title', 'Дорожная карта на 2020/2021 год');
    expect(host.edits.headerProblem).toBeUndefined();
    expect(host.roadmap!.title).toBe('Дорожная карта на 2020/2021 год');
  });

  it('adds, moves and removes activities and sections, announcing each and saying where focus goes', () => {
    const host = mount();
    host.roadmap = emptyExampleRoadmap();
    host.edits.addSection();
    const section = host.roadmap.sections[0]!;
    expect(host.spoken.at(-1)).toContain('1');
    expect(host.focusTo).toBe(`#dom-${section.id}-group`);
    host.edits.addActivity(section.id);
    host.edits.addActivity(section.id);
    const [first, second] = host.roadmap.sections[0]!.activities;
    expect(host.woken).toEqual([first!.id, second!.id]);
    expect(host.focusTo).toBe(`[data-row="dom-${second!.id}"] [data-field="activity"]`);
    host.edits.moveActivityBy(section.id, second!.id, -1, 'up');
    expect(host.roadmap.sections[0]!.activities.map((item) => item.id)).toEqual([second!.id, first!.id]);
    expect(host.focusTo).toBe(`[data-row="dom-${second!.id}"] [data-control="up"]`);
    const commits = host.commits.length;
    host.edits.moveActivityBy(section.id, second!.id, -1, 'up'); // already first: nothing happens
    expect(host.commits.length).toBe(commits);
    host.edits.removeActivity(section.id, second!.id);
    expect(host.focusTo).toBe(`[data-row="dom-${first!.id}"] [data-field="activity"]`);
    host.edits.removeActivity(section.id, first!.id);
    expect(host.focusTo).toBe(`[data-add-activity="${section.id}"]`);
    host.edits.removeSection(section.id);
    expect(host.roadmap.sections).toEqual([]);
    expect(host.focusTo).toBe('.add-section');
  });

  it('titles a section after its direction unless the school wrote its own, and drops a direction of another group', () => {
    const host = mount();
    const direction = defaultDirectionCatalogue.directions.find((item) => item.targetGroup === 'teachers')!;
    host.edits.sectionTitle('teachers', '');
    host.edits.sectionDirection('teachers', direction.id);
    let section = host.roadmap!.sections[0]!;
    expect(section.directionId).toBe(direction.id);
    expect(section.title).toBe(direction.title.ru);
    host.edits.sectionTitle('teachers', 'Наш раздел');
    host.edits.sectionDirection('teachers', '');
    expect(host.roadmap!.sections[0]!.title).toBe('Наш раздел');
    host.edits.sectionDirection('teachers', direction.id);
    expect(host.roadmap!.sections[0]!.title).toBe('Наш раздел');
    host.edits.sectionGroup('teachers', 'parents');
    section = host.roadmap!.sections[0]!;
    expect(section.targetGroup).toBe('parents');
    expect(section.directionId).toBeUndefined();
  });
});
