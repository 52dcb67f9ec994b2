import { activityFormLabels, activityForms, type ActivityStatus } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { WidgetLocale } from '../shared/localize.js';
import type { ActivityRowData, ActivityRowHandlers } from './activity-row.js';
import { describeTarget, targetEditor } from './activity-target.js';
import type { RoadmapEditorMessageKey } from './messages.js';
import { capitalize, describeDeadline, type Term } from './parts.js';

// The fields of an activity's card: editable (the author while the roadmap is a draft) or as text.

/** The message key of each activity status. */
export const statusKeys: Readonly<Record<ActivityStatus, RoadmapEditorMessageKey>> = {
  planned: 'statusPlanned',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  cancelled: 'statusCancelled',
};

/** The label's message key of each field a remark can be shown beside. */
export const fieldKeys = {
  problem: 'fieldProblem',
  activity: 'fieldActivity',
  form: 'fieldForm',
  plannedResult: 'fieldResult',
  deadline: 'fieldDeadline',
  responsible: 'fieldResponsible',
  status: 'fieldStatus',
} as const satisfies Record<string, RoadmapEditorMessageKey>;

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
        activityForms
          .map((form) => `<option value="${form}">${escapeHtml(activityFormLabels[form][locale])}</option>`)
          .join(''),
    );
    formOptionsByLocale.set(key, options);
  }
  return options;
}

/** The review remarks shown beside a field, or nothing. */
export type FieldRemarks = (field: string) => TemplateResult | typeof nothing;
/** The id of the remarks beside a field, when there are any. */
export type RemarksId = (field: string) => string | undefined;

function describedBy(...ids: (string | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => id !== undefined);
  return present.length > 0 ? present.join(' ') : undefined;
}

/** The fields as inputs, with the parsed deadline and the target's editor. */
export function editFields(
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

/** The fields as text (a reviewer, a roadmap past its draft); the status stays editable where the policy lets. */
export function readFields(
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
