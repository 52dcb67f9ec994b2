import {
  addresseeKindLabels,
  addresseeName,
  deadlineStatusLabels,
  decisionKindLabels,
  decisionRecordSchema,
  decisionStatusLabels,
  followDecisions,
  formatDay,
  roadmapSchema,
  settableDecisionStatuses,
  summarizeDecisions,
  toCalendarDate,
  type CalendarDate,
  type DeadlineContext,
  type DecisionRecord,
  type DecisionRecordInput,
  type DecisionStatus,
  type FollowedDecision,
  type Roadmap,
} from '@shnro/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ShnroDecisionStatusChangeEvent } from '../events/decisions.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { InlineJsonController } from '../shared/inline-json-controller.js';
import { issuesTemplate } from '../shared/issues.js';
import { LocalizeController } from '../shared/localize.js';
import { parseList } from '../shared/parse-list.js';
import { themeStyles } from '../shared/theme.styles.js';
import { decisionsStyles } from './decisions.styles.js';
import { decisionsMessages } from './messages.js';

/**
 * @tagname shnro-decisions
 * @summary Recommendations and management decisions (рекомендации и управленческие решения) with
 * their addressee, deadline, state, overdue marks and the roadmap activities that answer them.
 *
 * Every verdict comes from the core's `followDecisions`: the deadline read by `parseDeadline`,
 * overdue found from `as-of` (today by default) and counted in days, the linked activities found
 * in `roadmaps` with their own state. An unreadable deadline or a link to an activity that does
 * not exist is said under the decision; records that fail the core's schema are listed by place.
 * With `editable`, each decision's state can be changed; the element fires
 * `shnro-decision-status-change` and keeps the change unless the host cancels the event.
 *
 * Pages without a build step pass data in a child `<script type="application/json">` with the
 * keys `decisions` and `roadmaps`.
 *
 * @slot - A `<script type="application/json">` block with the data, for pages without a build step.
 *
 * @event {ShnroDecisionStatusChangeEvent} shnro-decision-status-change - The person changed a decision's state (`editable`); cancel to refuse it.
 *
 * @csspart summary - The line that counts decisions by state.
 * @csspart filter - The state filter.
 * @csspart table - The table of decisions.
 * @csspart overdue - The «просрочено на N дней» mark.
 * @csspart remark - A problem with the data.
 *
 * @cssprop --shnro-color-danger - Overdue marks.
 * @cssprop --shnro-color-border - Cell borders.
 * @cssprop --shnro-font-family - Font family.
 */
export class ShnroDecisions extends LitElement {
  static override styles = [themeStyles, dataTableStyles, decisionsStyles];

  // ─── API ──────────────────────────────────────────────────────────────────────────────────

  /** The recommendations and decisions, as `decisionRecordSchema` reads them. */
  @property({ attribute: false }) decisions?: readonly DecisionRecordInput[];

  /** The roadmaps whose activities answer the decisions. */
  @property({ attribute: false }) roadmaps?: readonly Roadmap[];

  /** The day to judge overdue on, `YYYY-MM-DD`; today by default. */
  @property({ attribute: 'as-of' }) asOf?: CalendarDate;

  /** For deadlines written without a year («в течение декабря»): the school year or the period. */
  @property({ attribute: false }) deadlineContext?: DeadlineContext;

  /** Whether the person may change each decision's state. */
  @property({ type: Boolean, reflect: true }) editable = false;

  // ─── Implementation ───────────────────────────────────────────────────────────────────────

  /** The state filter: a state, or every decision. */
  @state() private shown: DecisionStatus | 'all' = 'all';

  private readonly inline = new InlineJsonController(this, (data) => {
    // Shapes are checked in render with the core's schemas; here they are only handed over.
    this.decisions ??= data['decisions'] as DecisionRecordInput[] | undefined;
    this.roadmaps ??= data['roadmaps'] as Roadmap[] | undefined;
  });
  private readonly localize = new LocalizeController(this, decisionsMessages);

  protected override render(): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const unread = this.inline.alert((error) => t('badInlineJson', { error }));
    if (unread) return unread;
    const decisions = parseList<DecisionRecord>(decisionRecordSchema, this.decisions, 'decisions', locale);
    const roadmaps = parseList<Roadmap>(roadmapSchema, this.roadmaps, 'roadmaps', locale);
    const issues = [...decisions.issues, ...roadmaps.issues];
    const problems = issues.length ? issuesTemplate(this.localize.term('invalidData'), issues) : nothing;
    if (decisions.valid.length === 0)
      return html`${problems}
        <p role="status" class="empty">${t('empty')}</p>`;

    const followed = followDecisions(decisions.valid, {
      asOf: this.asOf ?? toCalendarDate(new Date()),
      roadmaps: roadmaps.valid,
      locale,
      ...(this.deadlineContext ? { deadlineContext: this.deadlineContext } : {}),
    });
    const summary = summarizeDecisions(followed);
    const rows = followed
      .map((entry, index) => ({ entry, number: index + 1 }))
      .filter(({ entry }) => this.shown === 'all' || entry.status === this.shown);
    return html`${problems}
      <p part="summary" class="summary" role="status">
        ${t('summary', {
          total: summary.total,
          overdue: summary.byStatus.overdue,
          progress: summary.byStatus['in-progress'],
          planned: summary.byStatus.planned,
          done: summary.byStatus.done,
        })}
        ${summary.unreadableDeadlines ? t('summaryUnreadable', { count: summary.unreadableDeadlines }) : nothing}
      </p>
      <div class="toolbar" role="search">
        <label part="filter">
          ${t('filterStatus')}
          <select
            @change=${(event: Event) =>
              (this.shown = (event.target as HTMLSelectElement).value as DecisionStatus | 'all')}
          >
            <option value="all" ?selected=${this.shown === 'all'}>${t('anyStatus')}</option>
            ${(Object.keys(decisionStatusLabels) as DecisionStatus[]).map(
              (status) =>
                html`<option value=${status} ?selected=${this.shown === status}>
                  ${decisionStatusLabels[status][locale]} (${summary.byStatus[status]})
                </option>`,
            )}
          </select>
        </label>
      </div>
      ${
        rows.length === 0
          ? html`<p class="empty">${t('noneShown')}</p>`
          : html`<table part="table">
              <caption>
                ${t('heading')}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="number">${t('columnNumber')}</th>
                  <th scope="col">${t('columnDecision')}</th>
                  <th scope="col">${t('columnAddressee')}</th>
                  <th scope="col">${t('columnDeadline')}</th>
                  <th scope="col">${t('columnResponsible')}</th>
                  <th scope="col">${t('columnStatus')}</th>
                  <th scope="col">${t('columnActivities')}</th>
                  <th scope="col">${t('columnEvidence')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(({ entry, number }) => this.renderRow(entry, number))}
              </tbody>
            </table>`
      }`;
  }

  private renderRow(entry: FollowedDecision, number: number): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const { decision } = entry;
    return html`<tr data-decision=${decision.id} class=${entry.overdue ? 'overdue' : ''}>
      <td class="number">${number}</td>
      <th scope="row">
        <span class="kind muted">${decisionKindLabels[decision.kind][locale]}</span>
        ${decision.text}
        ${entry.issues.map((issue) => html`<span class="error" part="remark">${issue.message}</span>`)}
      </th>
      <td>
        ${addresseeName(decision.addressee, locale)}
        <span class="kind muted">${addresseeKindLabels[decision.addressee.kind][locale]}</span>
      </td>
      <td>
        ${decision.deadline ?? html`<span class="missing">${t('noDeadline')}</span>`}
        ${entry.dueOn ? html`<span class="kind muted">${t('dueOn', { date: formatDay(entry.dueOn, locale) })}</span>` : nothing}
      </td>
      <td>${decision.responsible ?? html`<span class="missing">${t('none')}</span>`}</td>
      <td>${this.renderStatus(entry)}</td>
      <td>
        ${
          entry.activities.length
            ? html`${entry.activities.map(
                  (linked) =>
                    html`<span class="activity"
                      >${linked.schoolName}: ${linked.activity.activity}
                      <span
                        class="mark ${linked.state === 'overdue' ? 'danger' : linked.state === 'done' ? 'success' : ''}"
                        >${deadlineStatusLabels[linked.state][locale]}</span
                      ></span
                    >`,
                )}
                <span class="kind muted"
                  >${t('activitiesDone', { done: entry.activitiesDone, total: entry.activities.length })}</span
                >`
            : html`<span class="missing">${t('none')}</span>`
        }
      </td>
      <td>
        ${
          decision.evidence.length
            ? decision.evidence.map(
                (evidence) =>
                  html`<span class="evidence"
                    >${
                      evidence.url && /^https?:\/\//i.test(evidence.url)
                        ? html`<a href=${evidence.url} rel="noopener noreferrer" target="_blank"
                            >${evidence.description}</a
                          >`
                        : evidence.description
                    }${evidence.date ? html` (${formatDay(evidence.date, locale)})` : nothing}</span
                  >`,
              )
            : html`<span class="missing">${t('none')}</span>`
        }
      </td>
    </tr>`;
  }

  private renderStatus(entry: FollowedDecision): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const overdue =
      entry.daysOverdue !== null
        ? html`<span part="overdue" class="mark danger"
            >${t('daysOverdue', { count: entry.daysOverdue })}</span
          >`
        : nothing;
    if (!this.editable)
      return html`<span class="mark ${entry.status === 'done' ? 'success' : ''}"
          >${decisionStatusLabels[entry.status][locale]}</span
        >
        ${overdue}`;
    const stored = entry.decision.status;
    return html`<select
        aria-label=${t('changeStatus', { text: entry.decision.text })}
        .value=${live(stored)}
        @change=${(event: Event) => this.changeStatus(entry.decision, event)}
      >
        ${settableDecisionStatuses.map(
          (status) =>
            html`<option value=${status} ?selected=${stored === status}>
              ${decisionStatusLabels[status][locale]}
            </option>`,
        )}
        ${
          settableDecisionStatuses.includes(stored)
            ? nothing
            : html`<option value=${stored} selected disabled>${decisionStatusLabels[stored][locale]}</option>`
        }
      </select>
      ${overdue}`;
  }

  private changeStatus(decision: DecisionRecord, event: Event): void {
    const select = event.target as HTMLSelectElement;
    const status = select.value as DecisionStatus;
    const asOf = this.asOf ?? toCalendarDate(new Date());
    // `doneOn` belongs to `done` only: kept when it was done before, the table's day when done now.
    const { doneOn: _doneOn, ...rest } = decision;
    void _doneOn;
    const changed: DecisionRecord =
      status === 'done' ? { ...rest, status, doneOn: decision.doneOn ?? asOf } : { ...rest, status };
    const accepted = this.dispatchEvent(
      new ShnroDecisionStatusChangeEvent({ decision: changed, previous: decision.status }),
    );
    if (!accepted) {
      // Refused by the host: the select goes back to the stored state.
      select.value = decision.status;
      return;
    }
    this.decisions = (this.decisions ?? []).map((candidate) =>
      (candidate as { id?: unknown }).id === decision.id ? changed : candidate,
    );
  }
}
