import {
  directionsFor,
  findDirection,
  targetGroupLabels,
  targetGroups,
  type DirectionCatalogue,
  type RemarkTarget,
  type RoadmapPermissions,
  type RoadmapRole,
  type ReviewRemark,
  type RoadmapRemark,
  type RoadmapSection,
  type TargetGroup,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WidgetLocale } from '../shared/localize.js';
import type { RowListListeners } from './activity-row.js';
import { capitalize, reviewRemarkTemplate, type Term, reviewerRemarksBlock } from './parts.js';
import { rowActionsTemplate } from './row-actions.js';
import { cssVariables } from '../shared/css-variables.js';

/** One section's own interface state. */
export interface SectionUi {
  readonly addingRemark?: boolean;
  /** The review remark (rule and field) whose reason form is open. */
  readonly dismissing?: string;
}

/** What a section shows besides its activities. */
export interface SectionData {
  readonly section: RoadmapSection;
  readonly index: number;
  readonly count: number;
  readonly domId: string;
  readonly policy: RoadmapPermissions;
  readonly mode: RoadmapRole;
  readonly locale: WidgetLocale;
  readonly catalogue: DirectionCatalogue;
  readonly ui: SectionUi;
  /** Review remarks on the section itself (its title). */
  readonly review: readonly ReviewRemark[];
  /** Reviewer's remarks on the section itself. */
  readonly remarks: readonly RoadmapRemark[];
  /** Whether a review remark was already made a remark of the roadmap. */
  accepted(remark: ReviewRemark): boolean;
  /** Activities not rendered yet (a large roadmap just loaded): their room is kept below the list. */
  readonly pending?: number;
}

/** What a section asks the editor to do. */
export interface SectionHandlers {
  dragOver(event: DragEvent): void;
  drop(event: DragEvent, sectionId: string): void;
  move(sectionId: string, delta: -1 | 1): void;
  remove(sectionId: string): void;
  group(sectionId: string, group: TargetGroup): void;
  direction(sectionId: string, directionId: string): void;
  title(sectionId: string, value: string): void;
  seal(): void;
  setUi(sectionId: string, ui: SectionUi, focus?: string): void;
  dismiss(remark: ReviewRemark, reason: string): void;
  accept(remark: ReviewRemark): void;
  addRemark(target: RemarkTarget, text: string): void;
  resolve(remarkId: string): void;
  addActivity(sectionId: string): void;
}

/**
 * A section: its number and title, the direction chosen from the catalogue, the review remarks on
 * its title (a generic one is flagged), the reviewer's remarks, then `activities` (the rows), whose
 * events its list hands to `rowEvents`.
 */
export function sectionTemplate(
  data: SectionData,
  h: SectionHandlers,
  t: Term,
  activities: unknown,
  rowEvents: RowListListeners,
): TemplateResult {
  const { section, domId: sid, policy, locale, ui } = data;
  const number = data.index + 1;
  const direction = findDirection(data.catalogue, section.directionId);
  const title = section.title || direction?.title[locale] || '';
  const empty = section.activities.length === 0;
  return html`<section
    class="section"
    part="section"
    data-section=${section.id}
    data-section-row=${sid}
    tabindex="-1"
    aria-labelledby="${sid}-heading"
    ${cssVariables({ '--rows': String(section.activities.length) })}
    @dragover=${h.dragOver}
    @drop=${(event: DragEvent) => h.drop(event, section.id)}
  >
    <div class="section-head">
      <h3 id="${sid}-heading">${t('section', { number })}${title ? `. ${title}` : ''}</h3>
      ${policy.content ? sectionButtons(data, h, t) : nothing}
    </div>
    ${policy.content ? sectionFields(data, h, t) : sectionMeta(data, t)}
    ${
      data.review.length > 0
        ? html`<div class="field-remarks" id="${sid}-title-remarks">
            ${data.review.map((remark, position) => {
              const key = `${remark.ruleId}|${remark.place.field}`;
              const id = `${sid}-remark-${position}`;
              return reviewRemarkTemplate(remark, id, locale, t, {
                dismissing: ui.dismissing === key,
                fieldLabel: t('sectionTitle'),
                ...(policy.dismiss
                  ? {
                      onStartDismiss: () => h.setUi(section.id, { ...ui, dismissing: key }, `#${id}-reason`),
                      onCancelDismiss: () => h.setUi(section.id, { ...ui, dismissing: undefined }),
                      onDismiss: (reason: string) => h.dismiss(remark, reason),
                    }
                  : {}),
                ...(policy.remarks && !data.accepted(remark) ? { onAccept: () => h.accept(remark) } : {}),
              });
            })}
          </div>`
        : nothing
    }
    ${reviewerRemarksBlock({
      remarks: data.remarks,
      mode: data.mode,
      locale,
      t,
      canRemark: policy.remarks,
      adding: ui.addingRemark === true,
      formId: `${sid}-new-remark`,
      onResolve: (remarkId) => h.resolve(remarkId),
      onAdd: (text) => {
        h.addRemark({ sectionId: section.id }, text);
        h.setUi(section.id, { ...ui, addingRemark: false });
      },
      onAdding: (open) =>
        h.setUi(section.id, { ...ui, addingRemark: open }, open ? `#${sid}-new-remark` : undefined),
    })}
    <ol
      class="activities"
      part="activities"
      aria-labelledby="${sid}-heading"
      @focusin=${rowEvents.focusin}
      @keydown=${rowEvents.keydown}
      @dragover=${rowEvents.dragover}
      @dragleave=${rowEvents.dragleave}
      @drop=${rowEvents.drop}
    >
      ${activities}
    </ol>
    ${
      data.pending
        ? html`<div
            class="rows-pending"
            data-rows-pending
            aria-hidden="true"
            ${cssVariables({ '--rows-pending': String(data.pending) })}
          ></div>`
        : nothing
    }
    ${empty ? html`<p class="empty drop-zone">${t(policy.content ? 'dropHere' : 'emptySection')}</p>` : nothing}
    ${
      policy.content
        ? html`<button
            type="button"
            class="add-activity"
            part="button add-activity"
            data-add-activity=${section.id}
            aria-label=${t('addActivityTo', { number })}
            @click=${() => h.addActivity(section.id)}
          >
            + ${t('addActivity')}
          </button>`
        : nothing
    }
  </section>`;
}

function sectionButtons(data: SectionData, h: SectionHandlers, t: Term): TemplateResult {
  const number = data.index + 1;
  const id = data.section.id;
  return rowActionsTemplate({
    controls: { up: 'section-up', down: 'section-down', remove: 'section-remove' },
    labels: {
      up: t('sectionUp', { number }),
      down: t('sectionDown', { number }),
      remove: t('sectionRemove', { number }),
    },
    first: data.index === 0,
    last: data.index === data.count - 1,
    move: (delta) => h.move(id, delta),
    remove: () => h.remove(id),
  });
}

function sectionFields(data: SectionData, h: SectionHandlers, t: Term): TemplateResult {
  const { section, domId: sid, locale } = data;
  const directions = directionsFor(data.catalogue, section.targetGroup);
  const unknown = section.directionId !== undefined && !directions.some((d) => d.id === section.directionId);
  return html`<div class="section-fields">
    <div class="field">
      <label for="${sid}-group">${t('targetGroup')}</label>
      <select
        id="${sid}-group"
        part="input"
        data-field="targetGroup"
        .value=${live(section.targetGroup)}
        @change=${(event: Event) =>
          h.group(section.id, (event.target as HTMLSelectElement).value as TargetGroup)}
      >
        ${targetGroups.map(
          (group) => html`<option value=${group}>${capitalize(targetGroupLabels[group][locale])}</option>`,
        )}
      </select>
    </div>
    <div class="field field-direction">
      <label for="${sid}-direction">${t('direction')}</label>
      <select
        id="${sid}-direction"
        part="input"
        data-field="direction"
        .value=${live(section.directionId ?? '')}
        @change=${(event: Event) => h.direction(section.id, (event.target as HTMLSelectElement).value)}
      >
        <option value="">${t('directionNone')}</option>
        ${directions.map((direction) => html`<option value=${direction.id}>${direction.title[locale]}</option>`)}
        ${
          unknown
            ? html`<option value=${section.directionId ?? ''}>
                ${t('directionUnknown', { id: section.directionId ?? '' })}
              </option>`
            : nothing
        }
      </select>
    </div>
    <div class="field field-section-title">
      <label for="${sid}-title">${t('sectionTitle')}</label>
      <input
        id="${sid}-title"
        part="input"
        data-field="title"
        autocomplete="off"
        .value=${live(section.title)}
        aria-describedby=${data.review.length > 0 ? `${sid}-title-remarks` : nothing}
        @input=${(event: InputEvent) => h.title(section.id, (event.target as HTMLInputElement).value)}
        @blur=${h.seal}
      />
    </div>
  </div>`;
}

function sectionMeta(data: SectionData, t: Term): TemplateResult {
  const { section, locale } = data;
  const direction = findDirection(data.catalogue, section.directionId);
  return html`<p class="section-meta">
    ${t('printGroup', { group: targetGroupLabels[section.targetGroup][locale] })}
    ${
      direction && direction.title[locale] !== section.title
        ? t('printDirection', { direction: direction.title[locale] })
        : nothing
    }
  </p>`;
}
