import {
  diffRoadmaps,
  type RoadmapChangeKind,
  type RoadmapDiff,
  type RoadmapFieldChange,
  type Roadmap,
} from '@shnro/core';
import { html, type TemplateResult } from 'lit';
import { fillTemplate } from '../shared/localize.js';
import type { WidgetLocale } from '../shared/localize.js';

const words = {
  ru: {
    same: 'Тексты обеих версий совпадают.',
    where: 'Где',
    field: 'Поле',
    ours: 'В этой вкладке',
    theirs: 'В другой вкладке',
    header: 'Заголовок',
    section: 'Раздел {number}',
    activity: 'Мероприятие {number}',
    'only-ours': 'есть только в этой вкладке',
    'only-theirs': 'есть только в другой вкладке',
    empty: '(пусто)',
    caption: 'Что различается',
  },
  en: {
    same: 'The texts of both versions are the same.',
    where: 'Where',
    field: 'Field',
    ours: 'In this tab',
    theirs: 'In the other tab',
    header: 'Header',
    section: 'Section {number}',
    activity: 'Activity {number}',
    'only-ours': 'only in this tab',
    'only-theirs': 'only in the other tab',
    empty: '(empty)',
    caption: 'What differs',
  },
} as const;

interface Row {
  readonly where: string;
  readonly note?: string;
  readonly change: RoadmapFieldChange;
  readonly id: string;
}

/**
 * What differs between this tab's roadmap and the other tab's, as a table: which activities and
 * sections, which fields, this tab's text and the other's. The rule is the core's `diffRoadmaps`.
 */
export function roadmapConflictDiffTemplate(
  ours: Roadmap,
  theirs: Roadmap,
  locale: WidgetLocale,
): TemplateResult {
  const w = words[locale];
  let diff: RoadmapDiff;
  try {
    diff = diffRoadmaps(ours, theirs);
  } catch {
    return html``; // not roadmaps at all (a damaged draft): the counts above still show
  }
  if (diff.same) return html`<p class="conflict-same">${w.same}</p>`;
  const note = (change: RoadmapChangeKind) => (change === 'changed' ? undefined : w[change]);
  const rows: Row[] = [
    ...diff.header.map((change) => ({ where: w.header, change, id: `header-${change.field}` })),
    ...diff.sections.flatMap((section) =>
      section.fields.map((change) => ({
        where: fillTemplate(w.section, { number: section.number }),
        note: note(section.change),
        change,
        id: `section-${section.sectionId}`,
      })),
    ),
    ...diff.activities.flatMap((activity) =>
      activity.fields.map((change) => ({
        where: `${fillTemplate(w.activity, { number: activity.number })}${activity.name ? ` «${activity.name}»` : ''}`,
        note: note(activity.change),
        change,
        id: `activity-${activity.activityId}`,
      })),
    ),
  ];
  const shown = (text: string) => (text === '' ? w.empty : text);
  return html`<table part="conflict-diff" class="conflict-diff">
    <caption>
      ${w.caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${w.where}</th>
        <th scope="col">${w.field}</th>
        <th scope="col">${w.ours}</th>
        <th scope="col">${w.theirs}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr data-diff=${row.id} data-field=${row.change.field}>
            <th scope="row">${row.where}${row.note ? html`<br /><small>${row.note}</small>` : ''}</th>
            <td>${row.change.label[locale]}</td>
            <td class="ours">${shown(row.change.ours)}</td>
            <td class="theirs">${shown(row.change.theirs)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
