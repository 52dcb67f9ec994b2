import {
  createActivity,
  deadlineContextOf,
  findDirection,
  freshId,
  measurableTargetSchema,
  parseDeadline,
  parseOrExplain,
  refreshDeadlines,
  roadmapSchema,
  usedIds,
  type ActivityForm,
  type ActivityStatus,
  type DirectionCatalogue,
  type MeasurableTarget,
  type Roadmap,
  type RoadmapSection,
  type TargetGroup,
} from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RoadmapChangeReason } from '../events/roadmap.js';
import type { WidgetLocale } from '../shared/localize.js';
import { readTypedNumber } from '../shared/typed-number.js';
import { activityNumber, type ActivityTextField } from './activity-row.js';
import { targetTextOf, type TargetText } from './activity-target.js';
import {
  findActivity,
  insertActivity,
  insertSection,
  moveActivity,
  moveSection,
  removeActivity,
  removeSection,
  updateActivity,
  updateSection,
  withOptionalText,
  type FoundActivity,
} from './edit.js';
import type { HeaderPart } from './panels.js';
import type { Term } from './parts.js';

/** What the edit controller reads from its element and tells it. */
export interface RoadmapEditSource {
  readonly roadmap: () => Roadmap | undefined;
  readonly catalogue: () => DirectionCatalogue;
  readonly locale: () => WidgetLocale;
  readonly t: Term;
  /** Records the edit in the history and publishes it; edits with one group undo as one. */
  readonly commit: (next: Roadmap, reason: RoadmapChangeReason, group?: string) => void;
  readonly announce: (text: string) => void;
  /** Focus goes to this selector after the next render. */
  readonly focus: (selector: string) => void;
  /** The stable DOM id of an activity or a section. */
  readonly domId: (id: string) => string;
  /** A new activity's row renders in full at once (not as a light card). */
  readonly wake: (activityId: string) => void;
  /** The focused control of the element, as a selector to find it again once its row moved. */
  readonly focusedControl: () => string | undefined;
}

/**
 * Every edit of the roadmap's content (правка): the header, an activity's fields, its measurable
 * target as typed, adding, removing and moving activities and sections. Each edit is a new
 * roadmap built by `edit.ts` and read by the core (deadlines, targets, the header's schema);
 * the controller words what happened for a screen reader and says where focus goes.
 */
export class RoadmapEditController implements ReactiveController {
  /** Why the header's last typing was not taken, in the core's words. */
  headerProblem?: string;
  /** A target's fields as typed, while they are no complete target yet. */
  readonly targetTexts = new Map<string, TargetText>();
  /** Changes whenever `targetTexts` does. */
  targetTextsVersion = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: RoadmapEditSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing runs in the background.
  }

  /** A new roadmap (from the host, a file, undo or a draft): what was typed for the old one goes. */
  forget(): void {
    this.targetTexts.clear();
    this.targetTextsVersion += 1;
  }

  // ——— the header ———

  /** The title, the school or the period was typed; the core's schema decides whether it is taken. */
  header(part: HeaderPart, value: string): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    let next: Roadmap =
      part === 'title'
        ? { ...roadmap, title: value }
        : part === 'school'
          ? { ...roadmap, school: { ...roadmap.school, name: value } }
          : { ...roadmap, period: { ...roadmap.period, [part]: value } };
    const header = part === 'start' || part === 'end' ? 'period' : part;
    const parsed = parseOrExplain(roadmapSchema, next, { locale: this.source.locale() });
    const problems = parsed.ok ? [] : parsed.issues.filter((issue) => issue.path.startsWith(header));
    if (problems.length > 0) {
      // The field keeps what was typed; the roadmap keeps its last valid header.
      this.headerProblem = problems.map((issue) => issue.message).join(' ');
      this.host.requestUpdate();
      return;
    }
    if (this.headerProblem !== undefined) {
      this.headerProblem = undefined;
      this.host.requestUpdate();
    }
    // A new period moves year-less deadlines («в январе») into it: the core reads them again.
    if (header === 'period') next = refreshDeadlines(next);
    this.source.commit(next, 'edit', `header:${part}`);
  }

  // ——— an activity's fields ———

  /** A text field of an activity; typing in one field undoes as one edit. */
  text(sectionId: string, activityId: string, field: ActivityTextField, value: string): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    this.editActivity(
      sectionId,
      activityId,
      (activity) => {
        if (field === 'activity') return { ...activity, activity: value };
        if (field !== 'deadline') return withOptionalText(activity, field, value);
        if (value.trim() === '') {
          const { deadline: _deadline, ...rest } = activity;
          return rest;
        }
        // The text is kept as typed; the core reads the dates from it against the period.
        return { ...activity, deadline: parseDeadline(value, deadlineContextOf(roadmap)) };
      },
      `${activityId}:${field}`,
    );
  }

  /** The form of work (an empty choice removes it). */
  form(sectionId: string, activityId: string, value: string): void {
    this.editActivity(sectionId, activityId, (activity) => {
      if (value === '') {
        const { form: _form, ...rest } = activity;
        return rest;
      }
      return { ...activity, form: value as ActivityForm };
    });
  }

  /** The status of an activity while the roadmap is carried out. */
  status(sectionId: string, activityId: string, value: string): void {
    this.editActivity(sectionId, activityId, (activity) => ({
      ...activity,
      status: value as ActivityStatus,
    }));
  }

  /**
   * One part of the measurable target was typed. The typed text is kept; the target is stored
   * once the core's schema takes it, and removed while the fields are empty.
   */
  target(
    sectionId: string,
    activityId: string,
    part: keyof Omit<TargetText, 'problems'>,
    value: string,
  ): void {
    const roadmap = this.source.roadmap();
    const found = roadmap && findActivity(roadmap, activityId);
    if (!found) return;
    const { problems: _problems, ...before } =
      this.targetTexts.get(activityId) ?? targetTextOf(found.activity.target);
    const typed = { ...before, [part]: value };
    const empty = [typed.indicator, typed.target, typed.unit, typed.baseline].every(
      (text) => text.trim() === '',
    );
    let target: MeasurableTarget | undefined;
    let problems: string | undefined;
    if (!empty) {
      const number = (text: string): unknown => {
        const read = readTypedNumber(text);
        return read.kind === 'number' ? read.value : read.kind === 'empty' ? undefined : text;
      };
      const candidate = {
        indicator: typed.indicator.trim(),
        target: number(typed.target),
        unit: typed.unit.trim(),
        ...(typed.baseline.trim() === '' ? {} : { baseline: number(typed.baseline) }),
        ...(typed.comparison ? { comparison: typed.comparison } : {}),
      };
      // The core's schema decides whether the target is complete, and says what is missing.
      const parsed = parseOrExplain(measurableTargetSchema, candidate, { locale: this.source.locale() });
      if (parsed.ok) target = parsed.value;
      else problems = parsed.issues.map((issue) => issue.message).join(' ');
    }
    this.targetTexts.set(activityId, { ...typed, ...(problems ? { problems } : {}) });
    this.targetTextsVersion += 1;
    this.editActivity(
      sectionId,
      activityId,
      (activity) => {
        if (target) return { ...activity, target };
        const { target: _target, ...rest } = activity;
        return rest;
      },
      `${activityId}:target-${part}`,
    );
  }

  // ——— activities ———

  /** A new empty activity at the end of the section, focused. */
  addActivity(sectionId: string): void {
    const roadmap = this.source.roadmap();
    const section = roadmap?.sections.find((candidate) => candidate.id === sectionId);
    if (!roadmap || !section) return;
    const id = freshId('activity', usedIds(roadmap));
    const activity = createActivity({ id, activity: '' }, roadmap);
    this.source.wake(id);
    this.source.commit(insertActivity(roadmap, sectionId, section.activities.length, activity), 'edit');
    const sectionNumber = roadmap.sections.indexOf(section) + 1;
    this.source.announce(
      this.source.t('activityAdded', { number: activityNumber(sectionNumber, section.activities.length) }),
    );
    this.source.focus(`[data-row="${this.source.domId(id)}"] [data-field="activity"]`);
  }

  /** The activity goes; focus moves to its neighbour, or to «add an activity». */
  removeActivity(sectionId: string, activityId: string): void {
    const roadmap = this.source.roadmap();
    const found = roadmap && findActivity(roadmap, activityId);
    if (!roadmap || !found) return;
    this.source.commit(removeActivity(roadmap, sectionId, activityId), 'edit');
    this.source.announce(
      this.source.t('removed', { number: activityNumber(found.sectionIndex + 1, found.index) }),
    );
    const neighbour = found.section.activities[found.index + 1] ?? found.section.activities[found.index - 1];
    this.source.focus(
      neighbour
        ? `[data-row="${this.source.domId(neighbour.id)}"] [data-field="activity"]`
        : `[data-add-activity="${sectionId}"]`,
    );
  }

  /** One place up or down within its section; focus stays on the control that moved it. */
  moveActivityBy(sectionId: string, activityId: string, delta: -1 | 1, control?: string): void {
    const roadmap = this.source.roadmap();
    const found = roadmap && findActivity(roadmap, activityId);
    if (!roadmap || !found || found.section.id !== sectionId) return;
    const to = found.index + delta;
    const count = found.section.activities.length;
    if (to < 0 || to >= count) return;
    this.source.commit(
      moveActivity(roadmap, { sectionId, index: found.index }, { sectionId, index: to }),
      'edit',
    );
    this.source.announce(this.source.t('moved', { position: to + 1, count }));
    const focused = control ? `[data-control="${control}"]` : this.source.focusedControl();
    if (focused) this.source.focus(`[data-row="${this.source.domId(activityId)}"] ${focused}`);
  }

  /** A dragged activity dropped at a place, in its section or another. */
  dropAt(from: FoundActivity, sectionId: string, index: number): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    const next = moveActivity(
      roadmap,
      { sectionId: from.section.id, index: from.index },
      { sectionId, index },
    );
    if (next === roadmap) return;
    this.source.commit(next, 'edit');
    const sectionIndex = next.sections.findIndex((section) => section.id === sectionId);
    const count = next.sections[sectionIndex]?.activities.length ?? 0;
    this.source.announce(
      from.section.id === sectionId
        ? this.source.t('moved', { position: index + 1, count })
        : this.source.t('movedToSection', { section: sectionIndex + 1, position: index + 1, count }),
    );
  }

  // ——— sections ———

  /** A new empty section at the end, its target group focused. */
  addSection(): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    const id = freshId('section', usedIds(roadmap));
    const section: RoadmapSection = { id, title: '', targetGroup: 'teachers', activities: [] };
    this.source.commit(insertSection(roadmap, roadmap.sections.length, section), 'edit');
    this.source.announce(this.source.t('sectionAdded', { number: roadmap.sections.length + 1 }));
    this.source.focus(`#${this.source.domId(id)}-group`);
  }

  /** The section goes with its activities; focus moves to its neighbour. */
  removeSection(sectionId: string): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    const index = roadmap.sections.findIndex((section) => section.id === sectionId);
    this.source.commit(removeSection(roadmap, sectionId), 'edit');
    this.source.announce(this.source.t('sectionRemoved', { number: index + 1 }));
    const neighbour = roadmap.sections[index + 1] ?? roadmap.sections[index - 1];
    this.source.focus(neighbour ? `#${this.source.domId(neighbour.id)}-group` : '.add-section');
  }

  /** One place up or down. */
  moveSectionBy(sectionId: string, delta: -1 | 1): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    const index = roadmap.sections.findIndex((section) => section.id === sectionId);
    const to = index + delta;
    if (index < 0 || to < 0 || to >= roadmap.sections.length) return;
    this.source.commit(moveSection(roadmap, index, to), 'edit');
    this.source.announce(this.source.t('sectionMoved', { position: to + 1, count: roadmap.sections.length }));
    this.source.focus(
      `[data-section-row="${this.source.domId(sectionId)}"] [data-control="${delta < 0 ? 'section-up' : 'section-down'}"]`,
    );
  }

  /** The target group; a direction of another group is unset. */
  sectionGroup(sectionId: string, group: TargetGroup): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    const catalogue = this.source.catalogue();
    this.source.commit(
      updateSection(roadmap, sectionId, (section) => {
        const direction = findDirection(catalogue, section.directionId);
        const next = { ...section, targetGroup: group };
        if (direction && direction.targetGroup !== group) delete next.directionId;
        return next;
      }),
      'edit',
    );
  }

  /** The direction of work, from the catalogue. */
  sectionDirection(sectionId: string, directionId: string): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    const catalogue = this.source.catalogue();
    const locale = this.source.locale();
    this.source.commit(
      updateSection(roadmap, sectionId, (section) => {
        const before = findDirection(catalogue, section.directionId);
        const after = findDirection(catalogue, directionId);
        const next = { ...section };
        if (after) next.directionId = after.id;
        else delete next.directionId;
        // The title follows the direction unless the school wrote its own.
        const ownTitle =
          section.title.trim() !== '' &&
          section.title !== before?.title.ru &&
          section.title !== before?.title.en;
        if (after && !ownTitle) next.title = after.title[locale];
        return next;
      }),
      'edit',
    );
  }

  /** The section's title as typed. */
  sectionTitle(sectionId: string, value: string): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    this.source.commit(
      updateSection(roadmap, sectionId, (section) => ({ ...section, title: value })),
      'edit',
      `${sectionId}:title`,
    );
  }

  private editActivity(
    sectionId: string,
    activityId: string,
    update: Parameters<typeof updateActivity>[3],
    group?: string,
  ): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    this.source.commit(updateActivity(roadmap, sectionId, activityId, update), 'edit', group);
  }
}
