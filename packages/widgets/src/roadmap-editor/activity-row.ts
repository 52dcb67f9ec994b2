import {
  activityFormLabels,
  activityFormSchema,
  deadlineStatus,
  deadlineStatusLabels,
  formatExactDecimal,
  isOpenRemark,
  isReviewRemarkAccepted,
  type ActivityStatus,
  type CalendarDate,
  type MeasurableTarget,
  type ReviewRemark,
  type RoadmapActivity,
  type RoadmapRemark,
  type RoadmapPermissions,
  type RoadmapRole,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { WidgetLocale } from '../shared/localize.js';
import type { RoadmapEditorMessageKey } from './messages.js';
import {
  capitalize,
  describeDeadline,
  reviewRemarkTemplate,
  type Term,
  reviewerRemarksBlock,
} from './parts.js';

/** The free-text fields of an activity. */
export type ActivityTextField = 'problem' | 'activity' | 'plannedResult' | 'responsible' | 'deadline';

/** The parts of a measurable target as typed (numbers still as text). */
export interface TargetText {
  readonly indicator: string;
  readonly comparison: string;
  readonly target: string;
  readonly unit: string;
  readonly baseline: string;
  /** Why it is not stored yet, in the core's words. */
  readonly problems?: string;
}

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
  dragOver(event: DragEvent, activityId: string): void;
  dragLeave(event: DragEvent, activityId: string): void;
  drop(event: DragEvent, sectionId: string, activityId: string): void;
  focusIn(event: FocusEvent, activityId: string): void;
  startDismiss(activityId: string, key: string): void;
  cancelDismiss(activityId: string): void;
  dismiss(remark: ReviewRemark, reason: string): void;
  accept(remark: ReviewRemark): void;
  startRemark(activityId: string, open: boolean): void;
  addRemark(sectionId: string, activityId: string, text: string): void;
  resolve(remarkId: string): void;
}

const statusKeys: Readonly<Record<ActivityStatus, RoadmapEditorMessageKey>> = {
  planned: 'statusPlanned',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  cancelled: 'statusCancelled',
};

const fieldKeys = {
  problem: 'fieldProblem',
  activity: 'fieldActivity',
  form: 'fieldForm',
  plannedResult: 'fieldResult',
  deadline: 'fieldDeadline',
  responsible: 'fieldResponsible',
  status: 'fieldStatus',
} as const satisfies Record<string, RoadmapEditorMessageKey>;

const shownFields = new Set<string>(Object.keys(fieldKeys));

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

// The 23 form options are the same in every row: one static template per locale clones them with
// the row, instead of 23 small templates per row (23,000 for a 1,000-activity roadmap).
const formOptionsByLocale = new Map<string, StaticValue>();
function formOptions(locale: WidgetLocale, t: Term): StaticValue {
  const key = `${locale}\u0000${t('formNone')}`;
  let options = formOptionsByLocale.get(key);
  if (!options) {
    options = unsafeStatic(
      `<option value="">${escapeHtml(t('formNone'))}</option>` +
        activityFormSchema.options
          .map((form) => `<option value="${form}">${escapeHtml(activityFormLabels[form][locale])}</option>`)
          .join(''),
    );
    formOptionsByLocale.set(key, options);
  }
  return options;
}

/** A measurable target in words: «Учителя математики с ИОМ: 5 чел. (исходное значение 0)». */
export function describeTarget(target: MeasurableTarget, locale: WidgetLocale, t: Term): string {
  const comparison =
    target.comparison === 'at-least'
      ? `${t('comparisonAtLeast')} `
      : target.comparison === 'at-most'
        ? `${t('comparisonAtMost')} `
        : target.comparison === 'exactly'
          ? `${t('comparisonExactly')} `
          : '';
  const value = `${comparison}${formatExactDecimal(target.target, locale)}${target.unit === '%' ? '' : ' '}${target.unit}`;
  const baseline =
    target.baseline === undefined
      ? ''
      : ` (${t('targetBaselineText', { baseline: formatExactDecimal(target.baseline, locale) })})`;
  return `${target.indicator}: ${value}${baseline}`;
}

/** The typed parts of a stored target. */
export function targetTextOf(target: MeasurableTarget | undefined): TargetText {
  return {
    indicator: target?.indicator ?? '',
    comparison: target?.comparison ?? '',
    target: target === undefined ? '' : formatExactDecimal(target.target),
    unit: target?.unit ?? '',
    baseline: target?.baseline === undefined ? '' : formatExactDecimal(target.baseline),
  };
}

/** The activity number as the seeds print it: section, then position («2.3»). */
export const activityNumber = (sectionNumber: number, index: number) => `${sectionNumber}.${index + 1}`;

/** One activity as a card: editable fields, or their text; review remarks beside the fields they concern. */
export function activityRowTemplate(data: ActivityRowData, h: ActivityRowHandlers, t: Term): TemplateResult {
  const { activity, sectionId, domId, ui } = data;
  const classes = ['activity'];
  if (ui.dropEdge) classes.push(`drop-${ui.dropEdge}`);
  if (data.light) classes.push('light');
  else if (data.remarks.some(isOpenRemark)) classes.push('has-open-remarks');
  // One element whether light or full, so the browser keeps its place (and scroll anchor) when it wakes.
  return html`<li
    class=${classes.join(' ')}
    part="activity"
    data-activity=${activity.id}
    data-row=${domId}
    ?data-light=${data.light}
    tabindex="-1"
    aria-labelledby="${domId}-heading"
    @focusin=${(event: FocusEvent) => h.focusIn(event, activity.id)}
    @keydown=${(event: KeyboardEvent) => h.keydown(event, sectionId, activity.id)}
    @dragover=${(event: DragEvent) => h.dragOver(event, activity.id)}
    @dragleave=${(event: DragEvent) => h.dragLeave(event, activity.id)}
    @drop=${(event: DragEvent) => h.drop(event, sectionId, activity.id)}
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

/**
 * A row far from the viewport in a large roadmap: its number and texts in one flat template.
 * It is never laid out (`content-visibility: auto`), so it only has to be cheap to create and
 * readable by find-in-page and screen readers; near the viewport or on focus it becomes a full row.
 */
function lightContent(data: ActivityRowData, t: Term): TemplateResult {
  const { activity, domId, locale } = data;
  const or = (text: string | undefined) => (text && text.trim() ? text : t('notGiven'));
  return html`<h4 class="activity-number" id="${domId}-heading">
      ${t('activityHeading', { number: activityNumber(data.sectionNumber, data.index) })}
    </h4>
    <dl class="fields read">
      <div class="read-field field-problem">
        <dt>${t('fieldProblem')}</dt>
        <dd>${or(activity.problem)}</dd>
      </div>
      <div class="read-field field-activity">
        <dt>${t('fieldActivity')}</dt>
        <dd>${or(activity.activity)}</dd>
      </div>
      <div class="read-field field-form">
        <dt>${t('fieldForm')}</dt>
        <dd>${activity.form ? capitalize(activityFormLabels[activity.form][locale]) : t('notGiven')}</dd>
      </div>
      <div class="read-field field-plannedResult">
        <dt>${t('fieldResult')}</dt>
        <dd>${or(activity.plannedResult)}</dd>
      </div>
      <div class="read-field field-deadline">
        <dt>${t('fieldDeadline')}</dt>
        <dd>${or(activity.deadline?.text)}</dd>
      </div>
      <div class="read-field field-responsible">
        <dt>${t('fieldResponsible')}</dt>
        <dd>${or(activity.responsible)}</dd>
      </div>
      <div class="read-field field-status">
        <dt>${t('fieldStatus')}</dt>
        <dd>${t(statusKeys[activity.status])}</dd>
      </div>
    </dl>`;
}

function rowButtons(data: ActivityRowData, h: ActivityRowHandlers, t: Term, number: string): TemplateResult {
  const { sectionId, activity } = data;
  const first = data.index === 0;
  const last = data.index === data.count - 1;
  return html`<div class="row-actions">
    <button
      type="button"
      class="icon"
      part="icon-button move-up"
      data-control="move-up"
      aria-label=${t('moveUp', { number })}
      title=${t('moveUp', { number })}
      aria-disabled=${first ? 'true' : 'false'}
      @click=${() => !first && h.move(sectionId, activity.id, -1, 'move-up')}
    >
      ↑
    </button>
    <button
      type="button"
      class="icon"
      part="icon-button move-down"
      data-control="move-down"
      aria-label=${t('moveDown', { number })}
      title=${t('moveDown', { number })}
      aria-disabled=${last ? 'true' : 'false'}
      @click=${() => !last && h.move(sectionId, activity.id, 1, 'move-down')}
    >
      ↓
    </button>
    <button
      type="button"
      class="icon danger"
      part="icon-button remove"
      data-control="remove"
      aria-label=${t('remove', { number })}
      title=${t('remove', { number })}
      @click=${() => h.remove(sectionId, activity.id)}
    >
      ✕
    </button>
  </div>`;
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

type FieldRemarks = (field: string) => TemplateResult | typeof nothing;
type RemarksId = (field: string) => string | undefined;

function describedBy(...ids: (string | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => id !== undefined);
  return present.length > 0 ? present.join(' ') : undefined;
}

function editFields(
  data: ActivityRowData,
  h: ActivityRowHandlers,
  t: Term,
  remarksId: RemarksId,
  fieldRemarks: FieldRemarks,
): TemplateResult {
  const { activity, sectionId, domId, locale } = data;
  const text = (field: 'problem' | 'activity' | 'plannedResult', rows: number) =>
    html`<div class="field field-${field}">
      <label for="${domId}-${field}">${t(fieldKeys[field])}</label>
      <textarea
        id="${domId}-${field}"
        part="input"
        data-field=${field}
        rows=${rows}
        .value=${live(activity[field] ?? '')}
        aria-describedby=${ifDefined(remarksId(field))}
        @input=${(event: InputEvent) =>
          h.text(sectionId, activity.id, field, (event.target as HTMLTextAreaElement).value)}
        @blur=${h.seal}
      ></textarea>
      ${fieldRemarks(field)}
    </div>`;
  const deadline = activity.deadline;
  const parsedId = deadline && deadline.text.trim() ? `${domId}-deadline-parsed` : undefined;
  return html`<div class="fields">
      ${text('problem', 2)} ${text('activity', 2)}
      <div class="field field-form">
        <label for="${domId}-form">${t('fieldForm')}</label>
        ${staticHtml`<select
        id="${domId}-form"
        part="input"
        data-field="form"
        .value=${live(activity.form ?? '')}
        @change=${(event: Event) => h.form(sectionId, activity.id, (event.target as HTMLSelectElement).value)}
      >${formOptions(locale, t)}</select>`}
        ${fieldRemarks('form')}
      </div>
      ${text('plannedResult', 2)}
      <div class="field field-deadline">
        <label for="${domId}-deadline">${t('fieldDeadline')}</label>
        <input
          id="${domId}-deadline"
          part="input"
          data-field="deadline"
          autocomplete="off"
          .value=${live(deadline?.text ?? '')}
          aria-describedby=${ifDefined(describedBy(parsedId, remarksId('deadline')))}
          @input=${(event: InputEvent) =>
            h.text(sectionId, activity.id, 'deadline', (event.target as HTMLInputElement).value)}
          @blur=${h.seal}
        />
        ${parsedLine(data, t, parsedId)} ${fieldRemarks('deadline')}
      </div>
      <div class="field field-responsible">
        <label for="${domId}-responsible">${t('fieldResponsible')}</label>
        <input
          id="${domId}-responsible"
          part="input"
          data-field="responsible"
          autocomplete="off"
          .value=${live(activity.responsible ?? '')}
          aria-describedby=${ifDefined(remarksId('responsible'))}
          @input=${(event: InputEvent) =>
            h.text(sectionId, activity.id, 'responsible', (event.target as HTMLInputElement).value)}
          @blur=${h.seal}
        />
        ${fieldRemarks('responsible')}
      </div>
      <div class="field field-status">${statusLabel(data, t)} ${statusSelect(data, h, t)}</div>
    </div>
    ${targetEditor(data, h, t)}`;
}

function parsedLine(data: ActivityRowData, t: Term, id: string | undefined): TemplateResult | typeof nothing {
  const deadline = data.activity.deadline;
  if (!deadline || !id) return nothing;
  if (deadline.ranges.length === 0) {
    return html`<p class="parsed parsed--unparsed" part="deadline-parsed" id=${id}>
      ${deadline.remark?.[data.locale] ?? ''}
    </p>`;
  }
  return html`<p class="parsed" part="deadline-parsed" id=${id}>
    ${t('deadlineParsed', { dates: describeDeadline(deadline, data.locale, t) })}
  </p>`;
}

function statusLabel(data: ActivityRowData, t: Term): TemplateResult {
  return html`<label for="${data.domId}-status">${t('fieldStatus')}</label>`;
}

function statusSelect(data: ActivityRowData, h: ActivityRowHandlers, t: Term): TemplateResult {
  const { activity, domId, sectionId } = data;
  return html`<select
    id="${domId}-status"
    part="input"
    data-field="status"
    .value=${live(activity.status)}
    @change=${(event: Event) =>
      h.status(sectionId, activity.id, (event.target as HTMLSelectElement).value as ActivityStatus)}
  >
    <option value="planned">${t('statusPlanned')}</option>
    <option value="in-progress">${t('statusInProgress')}</option>
    <option value="done">${t('statusDone')}</option>
    <option value="cancelled">${t('statusCancelled')}</option>
  </select>`;
}

function targetEditor(data: ActivityRowData, h: ActivityRowHandlers, t: Term): TemplateResult {
  const { activity, domId, sectionId, ui, locale } = data;
  const typed = data.targetText ?? targetTextOf(activity.target);
  const summary = activity.target ? describeTarget(activity.target, locale, t) : t('targetNone');
  const part = (name: keyof Omit<TargetText, 'problems'>, label: RoadmapEditorMessageKey, numeric = false) =>
    html`<div class="field target-${name}">
      <label for="${domId}-target-${name}">${t(label)}</label>
      <input
        id="${domId}-target-${name}"
        part="input"
        data-field="target-${name}"
        autocomplete="off"
        inputmode=${numeric ? 'decimal' : 'text'}
        .value=${live(typed[name])}
        @input=${(event: InputEvent) =>
          h.target(sectionId, activity.id, name, (event.target as HTMLInputElement).value)}
        @blur=${h.seal}
      />
    </div>`;
  return html`<details
    class="target"
    part="target"
    ?open=${ui.targetOpen === true}
    @toggle=${(event: Event) => h.toggleTarget(activity.id, (event.target as HTMLDetailsElement).open)}
  >
    <summary>${t('target')}: <span class="target-summary">${summary}</span></summary>
    ${
      ui.targetOpen
        ? html`<div class="target-fields">
            ${part('indicator', 'targetIndicator')}
            <div class="field target-comparison">
              <label for="${domId}-target-comparison">${t('targetComparison')}</label>
              <select
                id="${domId}-target-comparison"
                part="input"
                data-field="target-comparison"
                .value=${live(typed.comparison)}
                @change=${(event: Event) =>
                  h.target(sectionId, activity.id, 'comparison', (event.target as HTMLSelectElement).value)}
              >
                <option value="">${t('comparisonNone')}</option>
                <option value="at-least">${t('comparisonAtLeast')}</option>
                <option value="at-most">${t('comparisonAtMost')}</option>
                <option value="exactly">${t('comparisonExactly')}</option>
              </select>
            </div>
            ${part('target', 'targetValue', true)} ${part('unit', 'targetUnit')}
            ${part('baseline', 'targetBaseline', true)}
          </div>`
        : nothing
    }
    ${
      data.targetText?.problems
        ? html`<p class="parsed parsed--unparsed" role="status">
            ${t('targetNotSaved', { problems: data.targetText.problems })}
          </p>`
        : nothing
    }
  </details>`;
}

function readFields(
  data: ActivityRowData,
  h: ActivityRowHandlers,
  t: Term,
  remarksId: RemarksId,
  fieldRemarks: FieldRemarks,
): TemplateResult {
  const { activity, locale } = data;
  const value = (text: string | undefined) =>
    text && text.trim() ? text : html`<span class="missing">${t('notGiven')}</span>`;
  const row = (field: keyof typeof fieldKeys, content: unknown) =>
    html`<div class="read-field field-${field}">
      <dt>${t(fieldKeys[field])}</dt>
      <dd>${content} ${fieldRemarks(field)}</dd>
    </div>`;
  void remarksId;
  const deadline = activity.deadline;
  return html`<dl class="fields read">
    ${row('problem', value(activity.problem))} ${row('activity', value(activity.activity))}
    ${row('form', activity.form ? capitalize(activityFormLabels[activity.form][locale]) : value(undefined))}
    ${row('plannedResult', value(activity.plannedResult))}
    ${row(
      'deadline',
      html`${value(deadline?.text)}
      ${
        deadline && deadline.ranges.length > 0
          ? html`<span class="parsed" part="deadline-parsed"
              >${t('deadlineParsed', { dates: describeDeadline(deadline, locale, t) })}</span
            >`
          : nothing
      }`,
    )}
    ${row('responsible', value(activity.responsible))}
    ${
      data.policy.activityStatus
        ? html`<div class="read-field field-status">
            <dt>${statusLabel(data, t)}</dt>
            <dd>${statusSelect(data, h, t)}</dd>
          </div>`
        : row('status', capitalize(t(statusKeys[activity.status])))
    }
    ${
      activity.target
        ? html`<div class="read-field">
            <dt>${t('target')}</dt>
            <dd>${describeTarget(activity.target, locale, t)}</dd>
          </div>`
        : nothing
    }
  </dl>`;
}
