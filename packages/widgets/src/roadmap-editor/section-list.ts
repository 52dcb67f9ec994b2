import {
  isReviewRemarkAccepted,
  type CalendarDate,
  type DirectionCatalogue,
  type ReviewRemark,
  type Roadmap,
  type RoadmapPermissions,
  type RoadmapActivity,
  type RoadmapRemark,
  type RoadmapRole,
} from '@shnro/core';
import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { WidgetLocale } from '../shared/localize.js';
import {
  activityRowTemplate,
  rowListListeners,
  type ActivityRowHandlers,
  type RowUi,
} from './activity-row.js';
import type { TargetText } from './activity-target.js';
import type { Term } from './parts.js';
import type { PlaceIndex } from './place-index.js';
import { sectionTemplate, type SectionHandlers, type SectionUi } from './section-view.js';

const none: readonly never[] = Object.freeze([]);

/** What the sections and their rows read from the editor. */
export interface SectionListView {
  readonly roadmap: Roadmap;
  readonly policy: RoadmapPermissions;
  readonly mode: RoadmapRole;
  readonly locale: WidgetLocale;
  readonly catalogue: DirectionCatalogue;
  /** The day progress is judged on, while the roadmap is carried out. */
  readonly progressOn: CalendarDate | undefined;
  /** The automatic review's remarks shown, by place. */
  readonly review: PlaceIndex<ReviewRemark>;
  /** The reviewer's remarks, by place. */
  readonly remarks: PlaceIndex<RoadmapRemark>;
  readonly domId: (id: string) => string;
  readonly rowUi: (activityId: string) => RowUi;
  readonly sectionUi: (sectionId: string) => SectionUi;
  readonly targetText: (activityId: string) => TargetText | undefined;
  /** Whether a row is far from the viewport and rendered as light text. */
  readonly light: (activityId: string) => boolean;
  /**
   * How many of a section's activities are rendered, from its first (all of them, except just
   * after a large roadmap is loaded: the rest follow in chunks after the first frame).
   */
  readonly renderedCount?: (activities: readonly RoadmapActivity[]) => number;
  /**
   * What every row reads besides its section: while these values and its section stay the same,
   * a section's rows are not visited at all (typing in one section leaves the other three alone).
   */
  readonly rowsKey: readonly unknown[];
}

/** Every section with its activities, in order, each keyed by its id so that moves keep the DOM. */
export function sectionListTemplate(
  view: SectionListView,
  sectionHandlers: SectionHandlers,
  rowHandlers: ActivityRowHandlers,
  t: Term,
): TemplateResult {
  const { roadmap } = view;
  return html`<div class="sections">
    ${repeat(
      roadmap.sections,
      (section) => section.id,
      (section, sectionIndex) => {
        const count = section.activities.length;
        const rendered = view.renderedCount?.(section.activities) ?? count;
        const rows = guard([section, sectionIndex, ...view.rowsKey], () =>
          repeat(
            rendered === count ? section.activities : section.activities.slice(0, rendered),
            (activity) => activity.id,
            (activity, index) => {
              const data = {
                sectionId: section.id,
                sectionNumber: sectionIndex + 1,
                activity,
                index,
                count,
                domId: view.domId(activity.id),
                review: view.review.byActivity.get(activity.id) ?? none,
                remarks: view.remarks.byActivity.get(activity.id) ?? none,
                policy: view.policy,
                mode: view.mode,
                locale: view.locale,
                ui: view.rowUi(activity.id),
                targetText: view.targetText(activity.id),
                progressOn: view.progressOn,
                light: view.light(activity.id),
              };
              // A row renders again only when something it shows changed: typing in one of a
              // thousand activities renders one row.
              return guard(Object.values(data), () => activityRowTemplate(data, rowHandlers, t));
            },
          ),
        );
        return sectionTemplate(
          {
            section,
            index: sectionIndex,
            count: roadmap.sections.length,
            domId: view.domId(section.id),
            policy: view.policy,
            mode: view.mode,
            locale: view.locale,
            catalogue: view.catalogue,
            ui: view.sectionUi(section.id),
            review: view.review.bySection.get(section.id) ?? none,
            remarks: view.remarks.bySection.get(section.id) ?? none,
            accepted: (remark) => isReviewRemarkAccepted(roadmap.remarks, remark),
            pending: count - rendered,
          },
          sectionHandlers,
          t,
          rows,
          rowListListeners(rowHandlers, section.id),
        );
      },
    )}
  </div>`;
}
