import { formatExactDecimal, type MeasurableTarget } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WidgetLocale } from '../shared/localize.js';
import type { ActivityRowData, ActivityRowHandlers } from './activity-row.js';
import type { RoadmapEditorMessageKey } from './messages.js';
import type { Term } from './parts.js';

// The measurable target of an activity (измеримый показатель): in words, as typed, and its editor.

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

/** The target under its summary; its fields are rendered only while it is open. */
export function targetEditor(data: ActivityRowData, h: ActivityRowHandlers, t: Term): TemplateResult {
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
