import {
  activityFormLabels,
  deadlineStatus,
  deadlineStatusLabels,
  isOpenRemark,
  isReviewRemarkAccepted,
  type ActivityStatus,
  type CalendarDate,
  type ReviewRemark,
  type RoadmapActivity,
  type RoadmapRemark,
  type RoadmapPermissions,
  type RoadmapRole,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import { editFields, fieldKeys, readFields, statusKeys } from './activity-fields.js';
import type { TargetText } from './activity-target.js';
import { capitalize, reviewRemarkTemplate, type Term, reviewerRemarksBlock } from './parts.js';
import { rowActionsTemplate } from './row-actions.js';

/** The free-text fields of an activity. */
export type ActivityTextField = 'problem' | 'activity' | 'plannedResult' | 'responsible' | 'deadline';

/** One row's own interface state; replaced, never changed, so a guarded row sees the change. */
export interface RowUi {
  readonly targetOpen?: boolean;
  /** The remark (rule and field) whose reason form is open. */
  readonly dismissing?: string;
  readonly addingRemark?: boolean;
  readonly dropEdge?: 'before' | 'after';
}

/** Everything a row shows: a guard on these values skips rows that did not change. */
export interface ActivityRowData {
  readonly sectionId: string;
  readonly sectionNumber: number;
  readonly activity: RoadmapActivity;
  readonly index: number;
  readonly count: number;
  readonly domId: string;
  readonly review: readonly ReviewRemark[];
  readonly remarks: readonly RoadmapRemark[];
  readonly policy: RoadmapPermissions;
  readonly mode: RoadmapRole;
  readonly locale: WidgetLocale;
  readonly ui: RowUi;
  readonly targetText: TargetText | undefined;
  /** The day progress is judged on, while the roadmap is carried out; otherwise undefined. */
  readonly progressOn: CalendarDate | undefined;
  /** Far from the viewport in a large roadmap: text only, editable once near or focused. */
  readonly light: boolean;
}

/** What a row asks the editor to do. */
export interface ActivityRowHandlers {
  text(sectionId: string, activityId: string, field: ActivityTextField, value: string): void;
  form(sectionId: string, activityId: string, value: string): void;
  status(sectionId: string, activityId: string, value: ActivityStatus): void;
  target(
    sectionId: string,
    activityId: string,
    part: keyof Omit<TargetText, 'problems'>,
    value: string,
  ): void;
  toggleTarget(activityId: string, open: boolean): void;
  seal(): void;
  move(sectionId: string, activityId: string, delta: -1 | 1, control: string): void;
  remove(sectionId: string, activityId: string): void;
  keydown(event: KeyboardEvent, sectionId: string, activityId: string): void;
  dragStart(event: DragEvent, sectionId: string, activityId: string): void;
  dragEnd(): void;
  dragOver(event: DragEvent, activityId: string, row: HTMLElement): void;
  dragLeave(event: DragEvent, activityId: string, row: HTMLElement): void;
  drop(event: DragEvent, sectionId: string, activityId: string, row: HTMLElement): void;
  /** Focus came into the row (`row`), or to the row itself. */
  focusIn(event: FocusEvent, activityId: string, row: HTMLElement): void;
  startDismiss(activityId: string, key: string): void;
  cancelDismiss(activityId: string): void;
  dismiss(remark: ReviewRemark, reason: string): void;
  accept(remark: ReviewRemark): void;
  startRemark(activityId: string, open: boolean): void;
  addRemark(sectionId: string, activityId: string, text: string): void;
  resolve(remarkId: string): void;
}

/** A section's list hears its rows' events: five listeners per list, not per row of a thousand. */
export interface RowListListeners {
  readonly focusin: (event: FocusEvent) => void;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly dragover: (event: DragEvent) => void;
  readonly dragleave: (event: DragEvent) => void;
  readonly drop: (event: DragEvent) => void;
}

/** The row of this list an event happened in (the event's target or one of its ancestors). */
function rowOf(event: Event): HTMLElement | undefined {
  const row = (event.target as Element | null)?.closest?.('li[data-activity]');
  return row instanceof HTMLElement && row.parentElement === event.currentTarget ? row : undefined;
}

/** The listeners of a section's list that hand each row's events to `h` with the row and its activity. */
export function rowListListeners(h: ActivityRowHandlers, sectionId: string): RowListListeners {
  const on =
    <E extends Event>(handle: (event: E, row: HTMLElement, activityId: string) => void) =>
    (event: E) => {
      const row = rowOf(event);
      const activityId = row?.dataset['activity'];
      if (row && activityId !== undefined) handle(event, row, activityId);
    };
  return {
    focusin: on<FocusEvent>((event, row, id) => h.focusIn(event, id, row)),
    keydown: on<KeyboardEvent>((event, _row, id) => h.keydown(event, sectionId, id)),
    dragover: on<DragEvent>((event, row, id) => h.dragOver(event, id, row)),
    dragleave: on<DragEvent>((event, row, id) => h.dragLeave(event, id, row)),
    drop: on<DragEvent>((event, row, id) => h.drop(event, sectionId, id, row)),
  };
}

const shownFields = new Set<string>(Object.keys(fieldKeys));

/** The activity number as the seeds print it: section, then position («2.3»). */
export const activityNumber = (sectionNumber: number, index: number) => `${sectionNumber}.${index + 1}`;

/** One activity as a card: editable fields, or their text; review remarks beside the fields they concern. */
export function activityRowTemplate(data: ActivityRowData, h: ActivityRowHandlers, t: Term): TemplateResult {
  const { activity, domId, ui } = data;
  const classes = ['activity'];
  if (ui.dropEdge) classes.push(`drop-${ui.dropEdge}`);
  if (data.light) classes.push('light');
  else if (data.remarks.some(isOpenRemark)) classes.push('has-open-remarks');
  // One element whether light or full, so the browser keeps its place (and scroll anchor) when it wakes.
  // Its focus, key and drop events are heard by its section's list (`rowListListeners`).
  return html`<li
    class=${classes.join(' ')}
    part="activity"
    data-activity=${activity.id}
    data-row=${domId}
    ?data-light=${data.light}
    tabindex="-1"
    aria-labelledby="${domId}-heading"
  >
    ${data.light ? lightContent(data, t) : fullContent(data, h, t)}
  </li>`;
}

function fullContent(data: ActivityRowData, h: ActivityRowHandlers, t: Term): TemplateResult {
  const { activity, sectionId, domId, policy, ui } = data;
  const number = activityNumber(data.sectionNumber, data.index);
  const byField = new Map<string, ReviewRemark[]>();
  for (const remark of data.review) {
    const field = shownFields.has(remark.place.field) ? remark.place.field : 'other';
    byField.set(field, [...(byField.get(field) ?? []), remark]);
  }
  const remarksId = (field: string) => (byField.has(field) ? `${domId}-${field}-remarks` : undefined);
  // A review remark the reviewer already made a remark of the roadmap is not offered again.
  const accepted = (remark: ReviewRemark) => isReviewRemarkAccepted(data.remarks, remark);
  const fieldRemarks = (field: string) => {
    const list = byField.get(field);
    if (!list) return nothing;
    const parserRemark = activity.deadline?.remark?.[data.locale];
    return html`<div class="field-remarks" id="${domId}-${field}-remarks">
      ${list.map((remark, position) => {
        const key = `${remark.ruleId}|${remark.place.field}`;
        return reviewRemarkTemplate(remark, `${domId}-${field}-remark-${position}`, data.locale, t, {
          dismissing: ui.dismissing === key,
          fieldLabel: t(fieldKeys[field as keyof typeof fieldKeys] ?? 'fieldActivity'),
          hideMessage: field === 'deadline' && remark.message[data.locale] === parserRemark,
          ...(policy.dismiss
            ? {
                onStartDismiss: () => h.startDismiss(activity.id, key),
                onCancelDismiss: () => h.cancelDismiss(activity.id),
                onDismiss: (reason: string) => h.dismiss(remark, reason),
              }
            : {}),
          ...(policy.remarks && !accepted(remark) ? { onAccept: () => h.accept(remark) } : {}),
        });
      })}
    </div>`;
  };

  return html`<div class="activity-head">
      ${
        policy.content
          ? html`<span
              class="handle"
              part="drag-handle"
              draggable="true"
              aria-hidden="true"
              title=${t('dragHandle')}
              @dragstart=${(event: DragEvent) => h.dragStart(event, sectionId, activity.id)}
              @dragend=${h.dragEnd}
              >⠿</span
            >`
          : nothing
      }
      <h4 class="activity-number" id="${domId}-heading">${t('activityHeading', { number })}</h4>
      ${progressChip(data, t)} ${policy.content ? rowButtons(data, h, t, number) : nothing}
    </div>
    ${policy.content ? editFields(data, h, t, remarksId, fieldRemarks) : readFields(data, h, t, remarksId, fieldRemarks)}
    ${fieldRemarks('other')}
    ${reviewerRemarksBlock({
      remarks: data.remarks,
      mode: data.mode,
      locale: data.locale,
      t,
      canRemark: policy.remarks,
      adding: ui.addingRemark === true,
      formId: `${domId}-new-remark`,
      onResolve: (remarkId) => h.resolve(remarkId),
      onAdd: (text) => h.addRemark(sectionId, activity.id, text),
      onAdding: (open) => h.startRemark(activity.id, open),
    })}`;
}

/** The labels a light row writes before its texts, made once per locale and messages. */
interface LightLabels {
  readonly locale: WidgetLocale;
  readonly fields: readonly (readonly [LightField, string])[];
  readonly notGiven: string;
  readonly status: Readonly<Record<ActivityStatus, string>>;
}
const lightLabelsByTerm = new WeakMap<Term, LightLabels>();
const lightFields = [
  ['problem', 'fieldProblem'],
  ['activity', 'fieldActivity'],
  ['form', 'fieldForm'],
  ['plannedResult', 'fieldResult'],
  ['deadline', 'fieldDeadline'],
  ['responsible', 'fieldResponsible'],
  ['status', 'fieldStatus'],
] as const;

type LightField = (typeof lightFields)[number][0];

function lightLabels(t: Term, locale: WidgetLocale): LightLabels {
  let labels = lightLabelsByTerm.get(t);
  if (labels?.locale !== locale) {
    labels = {
      locale,
      fields: lightFields.map(([field, key]) => [field, t(key)] as const),
      notGiven: t('notGiven'),
      status: {
        planned: t(statusKeys.planned),
        'in-progress': t(statusKeys['in-progress']),
        done: t(statusKeys.done),
        cancelled: t(statusKeys.cancelled),
      },
    };
    lightLabelsByTerm.set(t, labels);
  }
  return labels;
}

/**
 * A row far from the viewport in a large roadmap: its number and its texts, a line per field, in
 * one text node. It is never laid out (`content-visibility: auto`), so it only has to be cheap to
 * create (three elements, where the full card has some forty) and readable by find-in-page and
 * screen readers; near the viewport or on focus it becomes a full row.
 */
function lightContent(data: ActivityRowData, t: Term): TemplateResult {
  const { activity, domId, locale } = data;
  const labels = lightLabels(t, locale);
  const text = (field: LightField): string => {
    if (field === 'status') return labels.status[activity.status];
    if (field === 'form')
      return activity.form ? capitalize(activityFormLabels[activity.form][locale]) : labels.notGiven;
    const value = field === 'deadline' ? activity.deadline?.text : activity[field];
    return value && value.trim() ? value : labels.notGiven;
  };
  const lines = labels.fields.map(([field, label]) => `${label}: ${text(field)}`).join('\n');
  return html`<h4 class="activity-number" id="${domId}-heading">
      ${t('activityHeading', { number: activityNumber(data.sectionNumber, data.index) })}
    </h4>
    <p class="light-text">${lines}</p>`;
}

function rowButtons(data: ActivityRowData, h: ActivityRowHandlers, t: Term, number: string): TemplateResult {
  const { sectionId, activity } = data;
  return rowActionsTemplate({
    controls: { up: 'move-up', down: 'move-down', remove: 'remove' },
    labels: { up: t('moveUp', { number }), down: t('moveDown', { number }), remove: t('remove', { number }) },
    first: data.index === 0,
    last: data.index === data.count - 1,
    move: (delta, control) => h.move(sectionId, activity.id, delta, control),
    remove: () => h.remove(sectionId, activity.id),
  });
}

function progressChip(data: ActivityRowData, t: Term): TemplateResult | typeof nothing {
  const { activity } = data;
  if (data.progressOn) {
    const status = deadlineStatus(activity.deadline, activity.status, data.progressOn);
    return html`<span class="chip chip--${status}" part="progress"
      >${deadlineStatusLabels[status][data.locale]}</span
    >`;
  }
  return activity.status === 'planned'
    ? nothing
    : html`<span class="chip" part="progress">${t(statusKeys[activity.status])}</span>`;
}
