import {
  coveringItems,
  deadlineStatus,
  deadlineStatusLabels,
  deficitAreaLabels,
  deficitAreas,
  formatDay,
  iomItemKindLabels,
  iomRemarks,
  iomSchema,
  iomStatusLabels,
  iomSummary,
  overdueItems,
  parseOrExplain,
  quarterlyCheckpoints,
  routeProgress,
  type CalendarDate,
  type DeficitDiagnosis,
  type Iom,
  type QuarterCalendar,
  type ShareValue,
  type Teacher,
  type TeacherSupportRecords,
} from '@shnro/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { renderFiguresTable, type FigureRow } from '../shared/figures-table.js';
import { InlineJsonController } from '../shared/inline-json-controller.js';
import { issuesTemplate } from '../shared/issues.js';
import { LocalizeController } from '../shared/localize.js';
import { parseList } from '../shared/parse-list.js';
import { themeStyles } from '../shared/theme.styles.js';
import { localToday } from '../shared/today.js';
import { ShnroIomSelectEvent } from '../events/iom-tracker.js';
import { iomTrackerStyles } from './iom-tracker.styles.js';
import { iomTrackerMessages } from './messages.js';

/**
 * @tagname shnro-iom-tracker
 * @summary Individual educational routes (ИОМ) of teachers: one teacher's route — deficits by
 * area, activities with deadlines, quarterly checkpoints done or overdue by N days, the tutor —
 * and the municipal summary (shares of teachers with an ИОМ, progress of the routes).
 *
 * Every figure comes from `@shnro/core` (`routeProgress`, `quarterlyCheckpoints`, `iomRemarks`,
 * `iomSummary`); the element computes nothing itself. A route that fails `iomSchema` is not
 * shown: each problem is listed with its field, and the summary stays on screen.
 *
 * Pages without a build step pass data in a child `<script type="application/json">` with the
 * keys `iom`, `diagnosis`, `teachers`, `ioms`, `diagnoses`.
 *
 * @slot - A `<script type="application/json">` block with the data, for pages without a build step.
 *
 * @event {ShnroIomSelectEvent} shnro-iom-select - The person opened a route from the summary; `detail: {iomId, teacherId}`.
 *
 * @csspart route - The block of one teacher's route.
 * @csspart summary - The municipal summary block.
 * @csspart table - Every table.
 * @csspart overdue - An «overdue by N days» mark.
 * @csspart remark - A remark on the route, or a problem with the data.
 *
 * @cssprop --shnro-color-danger - Overdue marks and data problems.
 * @cssprop --shnro-color-success - Checkpoints met.
 * @cssprop --shnro-color-border - Cell borders.
 * @cssprop --shnro-font-family - Font family.
 */
export class ShnroIomTracker extends LitElement {
  static override styles = [themeStyles, dataTableStyles, iomTrackerStyles];

  /** One teacher's route (ИОМ) to show in detail. */
  @property({ attribute: false }) iom?: Iom;

  /** The diagnosis the route answers: its deficits are grouped by area. */
  @property({ attribute: false }) diagnosis?: DeficitDiagnosis;

  /** The municipality's teachers: the base of the summary's shares. With `ioms`, the summary shows. */
  @property({ attribute: false }) teachers?: readonly Teacher[];

  /** Every route of the municipality, for the summary; a row opens one route. */
  @property({ attribute: false }) ioms?: readonly Iom[];

  /** Every diagnosis of the municipality, for the summary and for the route opened from it. */
  @property({ attribute: false }) diagnoses?: readonly DeficitDiagnosis[];

  /** Tutors, mentors and events that reach teachers by name (the «supported» share). */
  @property({ attribute: false }) support?: TeacherSupportRecords;

  /** The day of the check, `YYYY-MM-DD`: overdue is counted to it. Today by default. */
  @property({ attribute: 'as-of' }) asOf?: CalendarDate;

  /** Quarters of the checkpoints: `calendar` (январь–март, …) or `school` (from 1 September). */
  @property() calendar: QuarterCalendar = 'calendar';

  /** The teacher's name to show instead of the id. */
  @property({ attribute: 'teacher-name' }) teacherName?: string;

  private readonly inline = new InlineJsonController(this, (data) => {
    // Shapes are checked below with the core's schema; here they are only handed over.
    if (data['iom'] && !this.iom) this.iom = data['iom'] as Iom;
    if (data['diagnosis'] && !this.diagnosis) this.diagnosis = data['diagnosis'] as DeficitDiagnosis;
    if (data['teachers'] && !this.teachers) this.teachers = data['teachers'] as Teacher[];
    if (data['ioms'] && !this.ioms) this.ioms = data['ioms'] as Iom[];
    if (data['diagnoses'] && !this.diagnoses) this.diagnoses = data['diagnoses'] as DeficitDiagnosis[];
  });
  private readonly localize = new LocalizeController(this, iomTrackerMessages);

  private get day(): CalendarDate {
    return this.asOf ?? localToday();
  }

  protected override render(): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const unread = this.inline.alert((error) => t('badInlineJson', { error }));
    if (unread) return unread;
    const summary = this.ioms ? this.renderSummary(this.ioms) : nothing;
    const route = this.iom ? this.renderRouteChecked(this.iom) : nothing;
    if (!this.iom && !this.ioms) return html`<p class="empty">${t('empty')}</p>`;
    return html`${summary}${route}`;
  }

  // ---- one route -------------------------------------------------------------------------

  private renderRouteChecked(candidate: Iom): TemplateResult {
    const locale = this.localize.locale;
    const parsed = parseOrExplain(iomSchema, candidate, { locale });
    if (!parsed.ok) return issuesTemplate(this.localize.term('invalidRoute'), parsed.issues);
    return this.renderRoute(parsed.value);
  }

  private renderRoute(iom: Iom): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const asOf = this.day;
    const progress = routeProgress(iom, asOf, { locale });
    const diagnosis = this.diagnosisFor(iom);
    const remarks = iomRemarks(diagnosis, iom, { asOf });
    return html`<section part="route" aria-labelledby="route-title">
      <h2 id="route-title" tabindex="-1">${iom.title ?? t('routeHeading')}</h2>
      <dl class="facts">
        <div>
          <dt>${t('teacher')}</dt>
          <dd>${this.teacherLabel(iom.teacherId)}</dd>
        </div>
        <div>
          <dt>${t('supervisor')}</dt>
          <dd>${iom.supervisor ?? html`<span class="missing">${t('noSupervisor')}</span>`}</dd>
        </div>
        <div>
          <dt>${t('period')}</dt>
          <dd>${formatDay(iom.period.start, locale)} – ${formatDay(iom.period.end, locale)}</dd>
        </div>
        <div>
          <dt>${t('status')}</dt>
          <dd>${iomStatusLabels[iom.status][locale]}</dd>
        </div>
        <div>
          <dt>${t('progress')}</dt>
          <dd>${this.share(progress.share)}</dd>
        </div>
      </dl>
      ${this.renderDeficits(iom, diagnosis)} ${this.renderItems(iom, asOf)}
      ${this.renderCheckpoints(iom, asOf)}
      ${
        remarks.length
          ? html`<h3>${t('remarksHeading')}</h3>
              <ul class="remarks">
                ${remarks.map((remark) => html`<li part="remark" data-code=${remark.code}>${remark[locale]}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private diagnosisFor(iom: Iom): DeficitDiagnosis | undefined {
    if (this.diagnosis) return this.diagnosis;
    return this.diagnoses?.find((diagnosis) =>
      iom.diagnosisId ? diagnosis.id === iom.diagnosisId : diagnosis.teacherId === iom.teacherId,
    );
  }

  private teacherLabel(teacherId: string): string {
    if (this.teacherName && this.iom?.teacherId === teacherId) return this.teacherName;
    return this.teachers?.find((teacher) => teacher.id === teacherId)?.name ?? teacherId;
  }

  private renderDeficits(iom: Iom, diagnosis: DeficitDiagnosis | undefined): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    if (!diagnosis) return html`<p class="muted">${t('noDiagnosis')}</p>`;
    const areas = deficitAreas.filter((area) => diagnosis.deficits.some((deficit) => deficit.area === area));
    return html`<h3>${t('deficitsHeading')}</h3>
      <dl class="deficits">
        ${areas.map(
          (area) =>
            html`<dt>${deficitAreaLabels[area][locale]}</dt>
              ${diagnosis.deficits
                .filter((deficit) => deficit.area === area)
                .map((deficit) => {
                  const items = coveringItems(iom, deficit.id);
                  return html`<dd data-deficit=${deficit.id}>
                    ${deficit.topic}${deficit.subject ? ` (${deficit.subject})` : ''} —
                    ${
                      items.length
                        ? t('deficitClosedBy', { items: items.map((item) => `«${item.title}»`).join(', ') })
                        : html`<span class="mark danger">${t('deficitOpen')}</span>`
                    }
                  </dd>`;
                })}`,
        )}
      </dl>`;
  }

  private renderItems(iom: Iom, asOf: CalendarDate): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const overdue = new Map(overdueItems(iom, asOf).map((item) => [item.itemId, item.daysOverdue]));
    return html`<table part="table" class="items">
      <caption>
        ${t('itemsHeading')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('columnActivity')}</th>
          <th scope="col">${t('columnKind')}</th>
          <th scope="col">${t('columnDeadline')}</th>
          <th scope="col">${t('columnState', { date: formatDay(asOf, locale) })}</th>
        </tr>
      </thead>
      <tbody>
        ${iom.items.map((item) => {
          const status = deadlineStatus(item.deadline, item.status, asOf);
          const days = overdue.get(item.id);
          return html`<tr data-item=${item.id} data-status=${status}>
            <th scope="row">${item.title}</th>
            <td>${iomItemKindLabels[item.kind][locale]}</td>
            <td>${item.deadline?.text ?? html`<span class="missing">${t('noDeadline')}</span>`}</td>
            <td>
              ${deadlineStatusLabels[status][locale]}
              ${
                days === undefined
                  ? nothing
                  : html`<span part="overdue" class="mark danger">${t('overdueBy', { days })}</span>`
              }
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderCheckpoints(iom: Iom, asOf: CalendarDate): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const { checkpoints } = quarterlyCheckpoints(iom, { calendar: this.calendar, asOf, locale });
    const titles = new Map(iom.items.map((item) => [item.id, item.title]));
    const overdue = new Map(overdueItems(iom, asOf).map((item) => [item.itemId, item.daysOverdue]));
    const late = (ids: readonly string[]) =>
      ids
        .map((id) => {
          const days = overdue.get(id);
          const title = `«${titles.get(id) ?? id}»`;
          return days === undefined ? title : `${title} (${t('overdueBy', { days })})`;
        })
        .join('; ');
    return html`<table part="table" class="checkpoints">
      <caption>
        ${t('checkpointsHeading')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('columnQuarter')}</th>
          <th scope="col" class="number">${t('columnDue')}</th>
          <th scope="col" class="number">${t('columnDone')}</th>
          <th scope="col">${t('columnResult')}</th>
        </tr>
      </thead>
      <tbody>
        ${checkpoints.map((checkpoint) => {
          let result: TemplateResult;
          if (checkpoint.dueByEnd === 0) result = html`<span class="muted">${t('nothingDue')}</span>`;
          else if (!checkpoint.reached && checkpoint.notDoneByEnd.length > 0)
            result = html`<span class="muted">${t('checkpointAhead')}</span>`;
          else if (checkpoint.notDoneByEnd.length === 0)
            result = html`<span class="mark success">${t('checkpointMet')}</span>`;
          else
            result = html`<span class="mark danger"
              >${t('checkpointMissed', { items: late(checkpoint.notDoneByEnd) })}</span
            >`;
          return html`<tr data-quarter=${checkpoint.quarter}>
            <th scope="row">${checkpoint.label}</th>
            <td class="number">${checkpoint.dueByEnd}</td>
            <td class="number">${this.share(checkpoint.share)}</td>
            <td>${result}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  // ---- the municipal summary -------------------------------------------------------------

  private renderSummary(ioms: readonly Iom[]): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const teachers = this.teachers ?? [];
    const asOf = this.day;
    // Only valid routes enter the summary; the invalid ones are listed with their problems.
    const { valid, issues: problems } = parseList<Iom>(iomSchema, ioms, 'ioms', locale);
    const summary = iomSummary(teachers, this.diagnoses ?? [], valid, {
      asOf,
      locale,
      ...(this.support ? { support: this.support } : {}),
    });
    const rows: FigureRow[] = [
      [t('teachersTotal'), summary.teachers],
      [t('shareDiagnosed'), this.share(summary.diagnosed)],
      [t('shareWithIom'), this.share(summary.withIom)],
      [t('shareSupported'), this.share(summary.supported)],
      [t('shareItemsDone'), this.share(summary.itemsDone)],
      [t('shareRoutesOverdue'), this.share(summary.routesWithOverdue)],
    ];
    return html`<section part="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">${t('summaryHeading', { date: formatDay(asOf, locale) })}</h2>
      ${problems.length ? issuesTemplate(this.localize.term('invalidRoute'), problems) : nothing}
      ${teachers.length === 0 ? html`<p role="status" class="empty">${t('emptyMunicipality')}</p>` : nothing}
      ${renderFiguresTable({
        part: 'table',
        className: 'shares',
        columns: [t('columnIndicator'), t('columnValue')],
        rows,
      })}
      ${
        summary.unknownTeacherRoutes.length
          ? html`<p part="remark" class="warning">
              ${t('unknownTeacherRoutes', { ids: summary.unknownTeacherRoutes.join(', ') })}
            </p>`
          : nothing
      }
      ${summary.routes.length ? this.renderRoutes(summary.routes, valid) : nothing}
    </section>`;
  }

  private renderRoutes(
    routes: ReturnType<typeof iomSummary>['routes'],
    ioms: readonly Iom[],
  ): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    return html`<table part="table" class="routes">
      <caption>
        ${t('routesHeading')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('columnTeacher')}</th>
          <th scope="col" class="number">${t('progress')}</th>
          <th scope="col" class="number">${t('columnOverdue')}</th>
        </tr>
      </thead>
      <tbody>
        ${routes.map((route) => {
          const teacher = this.teacherLabel(route.teacherId);
          return html`<tr data-iom=${route.iomId}>
            <th scope="row">
              <button
                type="button"
                aria-label=${t('openRoute', { teacher })}
                aria-pressed=${this.iom?.id === route.iomId ? 'true' : 'false'}
                @click=${() => this.open(ioms.find((iom) => iom.id === route.iomId)!)}
              >
                ${teacher}
              </button>
            </th>
            <td class="number">${this.share(route.share)}</td>
            <td class="number">${route.overdue.length}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private open(iom: Iom): void {
    this.iom = iom;
    this.teacherName = undefined;
    this.dispatchEvent(new ShnroIomSelectEvent({ iomId: iom.id, teacherId: iom.teacherId }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#route-title')?.focus());
  }

  /** «2 из 5 (40%)», or «нет данных» where the base is empty: never a zero for nothing. */
  private share(share: ShareValue): string {
    const t = this.localize.term.bind(this.localize);
    const count = t('countOf', { count: share.numerator, total: share.denominator });
    return share.display === null ? `${count} (${t('noPercent')})` : `${count} (${share.display})`;
  }
}
