import {
  assignmentKindLabels,
  coverageGapLabels,
  formatDay,
  formatOrderReference,
  mentorshipCoverage,
  readAssignment,
  readSchool,
  readSupportEvent,
  readTeacher,
  type Assignment,
  type CalendarDate,
  type CoverageParty,
  type Period,
  type School,
  type SchoolCategory,
  type ShareValue,
  type SupportEvent,
  type Teacher,
} from '@shnro/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { InlineJsonController } from '../shared/inline-json-controller.js';
import { renderFiguresTable } from '../shared/figures-table.js';
import { issuesTemplate } from '../shared/issues.js';
import { LocalizeController } from '../shared/localize.js';
import { LightLists } from '../shared/light-lists.js';
import { themeStyles } from '../shared/theme.styles.js';
import { mentorshipMapStyles } from './mentorship-map.styles.js';
import { mentorshipMapMessages } from './messages.js';

/**
 * @tagname shnro-mentorship-map
 * @summary Who supports whom in a municipality (карта сопровождения): curators, curator and leader
 * schools and mentors of each target school, landings held, tutors of teachers, and the coverage
 * shares with their counts; what each school lacks.
 *
 * Every figure and every gap comes from the core's `mentorshipCoverage`; the element computes
 * nothing itself. Records that fail the core's schemas are left out and listed by place.
 *
 * Pages without a build step pass data in a child `<script type="application/json">` with the
 * keys `schools`, `assignments`, `events`, `teachers`, `period`.
 *
 * @slot - A `<script type="application/json">` block with the data, for pages without a build step.
 *
 * @csspart totals - The coverage shares table.
 * @csspart table - Every table.
 * @csspart gap - What a school lacks, one mark per gap.
 * @csspart remark - A problem with the data.
 *
 * @cssprop --shnro-color-warning - Gap marks.
 * @cssprop --shnro-color-border - Cell borders.
 * @cssprop --shnro-font-family - Font family.
 */
export class ShnroMentorshipMap extends LitElement {
  static override styles = [themeStyles, dataTableStyles, mentorshipMapStyles];

  /** The municipality's schools; target schools are chosen by category (ШНОР and ШНСУ by default). */
  @property({ attribute: false }) schools?: readonly School[];

  /** Assignments made by orders: mentors, curators, curator and leader schools, tutors. */
  @property({ attribute: false }) assignments?: readonly Assignment[];

  /** Support events: landings, consultations, visits. */
  @property({ attribute: false }) events?: readonly SupportEvent[];

  /** The teachers, to count tutored teachers per school; without them that column says so. */
  @property({ attribute: false }) teachers?: readonly Teacher[];

  /** The monitored period (a school year). */
  @property({ attribute: false }) period?: Period;

  /** The day of the report, `YYYY-MM-DD`: nothing later counts. */
  @property({ attribute: 'as-of' }) asOf?: CalendarDate;

  /** Which categories make a school a target; ШНОР/ШНРО and ШНСУ by default. */
  @property({ attribute: false }) categories?: readonly SchoolCategory[];

  private readonly inline = new InlineJsonController(this, (data) => {
    // Shapes are checked in render with the core's light readers; here they are only handed over.
    this.schools ??= data['schools'] as School[] | undefined;
    this.assignments ??= data['assignments'] as Assignment[] | undefined;
    this.events ??= data['events'] as SupportEvent[] | undefined;
    this.teachers ??= data['teachers'] as Teacher[] | undefined;
    this.period ??= data['period'] as Period | undefined;
  });
  private readonly localize = new LocalizeController(this, mentorshipMapMessages);
  // Records are checked without zod; the schemas and their wording load only to explain a refusal.
  private readonly lists = new LightLists(this, () =>
    import('./explain.js').then((module) => module.explainer),
  );

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.lists.loading) {
      await this.lists.settled;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render(): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const unread = this.inline.alert((error) => t('badInlineJson', { error }));
    if (unread) return unread;
    const schools = this.lists.read('schools', readSchool, this.schools, locale);
    const assignments = this.lists.read('assignments', readAssignment, this.assignments, locale);
    const events = this.lists.read('events', readSupportEvent, this.events, locale);
    const teachers = this.teachers
      ? this.lists.read('teachers', readTeacher, this.teachers, locale)
      : undefined;
    const issues = [...schools.issues, ...assignments.issues, ...events.issues, ...(teachers?.issues ?? [])];
    const coverage = mentorshipCoverage(schools.valid, assignments.valid, events.valid, {
      locale,
      ...(this.period ? { period: this.period } : {}),
      ...(this.asOf ? { asOf: this.asOf } : {}),
      ...(teachers ? { teachers: teachers.valid } : {}),
      ...(this.categories ? { categories: this.categories } : {}),
    });
    const problems = issues.length ? issuesTemplate(this.localize.term('invalidData'), issues) : nothing;
    if (coverage.rows.length === 0)
      return html`${problems}
        <p role="status" class="empty">${t('empty')}</p>`;
    const { totals } = coverage;
    const share = (value: ShareValue | null) =>
      value ? this.share(value) : html`<span class="missing">${t('notCounted')}</span>`;
    return html`${problems}
    ${renderFiguresTable({
      part: 'table totals',
      className: 'totals',
      caption: t('totalsHeading'),
      columns: [t('columnIndicator'), t('columnValue')],
      rows: [
        [t('targetSchools'), totals.schools],
        [t('withCurator'), share(totals.withCurator)],
        [t('withLeaderSchool'), share(totals.withLeaderSchool)],
        [t('withMentor'), share(totals.withMentor)],
        [t('withLanding'), share(totals.withLanding)],
        [t('tutoredTeachers'), share(totals.tutoredTeachers)],
        [t('landingCount'), totals.landingCount],
      ],
    })}
    ${this.renderSchools(coverage.rows)}
    ${this.renderTutors(assignments.valid, teachers?.valid ?? [], schools.valid)}`;
  }

  private renderSchools(rows: ReturnType<typeof mentorshipCoverage>['rows']): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const parties = (list: readonly CoverageParty[]) =>
      list.length
        ? list.map((party) => html`<span class="party">${party.name}</span>`)
        : html`<span class="missing">${t('none')}</span>`;
    return html`<table part="table" class="schools">
      <caption>
        ${t('schoolsHeading')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('columnSchool')}</th>
          <th scope="col">${t('columnCurators')}</th>
          <th scope="col">${t('columnLeaderSchools')}</th>
          <th scope="col">${t('columnMentors')}</th>
          <th scope="col" class="number">${t('columnTutored')}</th>
          <th scope="col">${t('columnLandings')}</th>
          <th scope="col">${t('columnGaps')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr data-school=${row.schoolId}>
              <th scope="row">${row.schoolName}</th>
              <td>${parties(row.curators)}</td>
              <td>${parties(row.leaderSchools)}</td>
              <td>${parties(row.mentors)}</td>
              <td class="number">
                ${
                  row.teachers === null || row.tutoredTeachers === null
                    ? html`<span class="missing">${t('notCounted')}</span>`
                    : t('countOf', { count: row.tutoredTeachers, total: row.teachers })
                }
              </td>
              <td>
                ${
                  row.landings.length
                    ? row.landings.map(
                        (landing) =>
                          html`<span class="party"
                            >${formatDay(landing.date, locale)}: ${landing.topic}</span
                          >`,
                      )
                    : html`<span class="missing">${t('none')}</span>`
                }
              </td>
              <td>
                ${
                  row.gaps.length
                    ? row.gaps.map(
                        (gap) =>
                          html`<span part="gap" class="mark warning" data-gap=${gap}
                            >${coverageGapLabels[gap][locale]}</span
                          >`,
                      )
                    : html`<span class="mark success">${t('noGaps')}</span>`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Tutors and mentors of teachers, as the order lists them. */
  private renderTutors(
    assignments: readonly Assignment[],
    teachers: readonly Teacher[],
    schools: readonly School[],
  ): TemplateResult | typeof nothing {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const personal = assignments.filter((assignment) => assignment.to.kind === 'teacher');
    if (personal.length === 0) return nothing;
    const teacherById = new Map(teachers.map((teacher) => [teacher.id, teacher]));
    const schoolById = new Map(schools.map((school) => [school.id, school]));
    const name = (party: Assignment['from']) => {
      if (party.kind === 'person') return party.name;
      if (party.kind === 'teacher')
        return teacherById.get(party.teacherId)?.name ?? party.name ?? party.teacherId;
      return schoolById.get(party.schoolId)?.name ?? party.name ?? party.schoolId;
    };
    return html`<table part="table" class="tutors">
      <caption>
        ${t('tutorsHeading')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('columnTeacher')}</th>
          <th scope="col">${t('columnSchool')}</th>
          <th scope="col">${t('columnTutor')}</th>
          <th scope="col">${t('columnSubjects')}</th>
          <th scope="col">${t('columnPeriod')}</th>
          <th scope="col">${t('columnOrder')}</th>
        </tr>
      </thead>
      <tbody>
        ${personal.map((assignment) => {
          const teacher =
            assignment.to.kind === 'teacher' ? teacherById.get(assignment.to.teacherId) : undefined;
          return html`<tr data-assignment=${assignment.id}>
            <th scope="row">${name(assignment.to)}</th>
            <td>
              ${teacher ? (schoolById.get(teacher.schoolId)?.name ?? teacher.schoolId) : html`<span class="missing">${t('none')}</span>`}
            </td>
            <td>
              ${name(assignment.from)}
              <span class="muted">(${assignmentKindLabels[assignment.kind][locale]})</span>
            </td>
            <td>${assignment.subjects?.join(', ') ?? html`<span class="missing">${t('none')}</span>`}</td>
            <td>
              ${formatDay(assignment.period.start, locale)} –
              ${assignment.period.end ? formatDay(assignment.period.end, locale) : t('openEnd')}
            </td>
            <td>
              ${assignment.order ? formatOrderReference(assignment.order, locale) : html`<span class="missing">${t('none')}</span>`}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  /** «2 из 3 (66,7%)», or «нет данных» where the base is empty. */
  private share(share: ShareValue): string {
    const t = this.localize.term.bind(this.localize);
    const count = t('countOf', { count: share.numerator, total: share.denominator });
    return `${count} (${share.display ?? t('noPercent')})`;
  }
}
