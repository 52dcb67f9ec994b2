import { refuseArgument } from '../errors/argument-error.js';
import { activityFormLabels } from './activity-form-values.js';
import type { Roadmap, RoadmapActivity, RoadmapSection } from './schema.js';

/** Both languages of a label. */
export interface DiffLabel {
  readonly ru: string;
  readonly en: string;
}

/** One field that reads differently in the two versions: its name and both texts as shown. */
export interface RoadmapFieldChange {
  /** The field: `activity`, `problem`, `plannedResult`, `title`, … */
  readonly field: string;
  readonly label: DiffLabel;
  /** The text in this version («наша», this tab's); empty when the field is empty. */
  readonly ours: string;
  /** The text in the other version (the other tab's). */
  readonly theirs: string;
}

/** How an activity or section differs: only in one version, or in both with changed fields. */
export type RoadmapChangeKind = 'only-ours' | 'only-theirs' | 'changed';

/** An activity (мероприятие) that differs between two versions of a roadmap. */
export interface RoadmapActivityDiff {
  readonly activityId: string;
  readonly sectionId: string;
  /** Its place as people number it, «2.3» (section 2, activity 3), in the version that has it (ours first). */
  readonly number: string;
  /** The activity's text, to name it (ours first, theirs when ours is empty or missing). */
  readonly name: string;
  readonly change: RoadmapChangeKind;
  /** The fields that differ; for an activity only in one version, every non-empty field. */
  readonly fields: readonly RoadmapFieldChange[];
}

/** A section (раздел) that differs: only in one version, or its title changed. */
export interface RoadmapSectionDiff {
  readonly sectionId: string;
  readonly number: string;
  readonly change: RoadmapChangeKind;
  readonly fields: readonly RoadmapFieldChange[];
}

/** What differs between two versions of one roadmap, in the order a person reads it. */
export interface RoadmapDiff {
  /** True when nothing a person wrote differs. */
  readonly same: boolean;
  /** Header fields: the roadmap's title, the school, the period. */
  readonly header: readonly RoadmapFieldChange[];
  readonly sections: readonly RoadmapSectionDiff[];
  readonly activities: readonly RoadmapActivityDiff[];
  /** How many activities each version has. */
  readonly activityCount: { readonly ours: number; readonly theirs: number };
}

const labels = {
  title: { ru: 'Название', en: 'Title' },
  school: { ru: 'Образовательная организация', en: 'School' },
  period: { ru: 'Период', en: 'Period' },
  sectionTitle: { ru: 'Название раздела', en: 'Section title' },
  problem: { ru: 'Проблема', en: 'Problem' },
  activity: { ru: 'Мероприятие', en: 'Activity' },
  form: { ru: 'Форма', en: 'Form' },
  plannedResult: { ru: 'Прогнозируемый результат', en: 'Planned result' },
  target: { ru: 'Измеримый показатель', en: 'Measurable target' },
  deadline: { ru: 'Срок', en: 'Deadline' },
  responsible: { ru: 'Ответственный', en: 'Responsible' },
  status: { ru: 'Состояние', en: 'Status' },
  evidence: { ru: 'Подтверждение', en: 'Evidence' },
} as const satisfies Record<string, DiffLabel>;

/** A field's value as text; a value that cannot become text throws, and the caller refuses it. */
function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TypeError('not text');
}

/** The texts of an activity as a person reads them, field by field. */
function activityTexts(activity: RoadmapActivity): [keyof typeof labels, string][] {
  const target = activity.target;
  const texts: [keyof typeof labels, unknown][] = [
    ['problem', activity.problem],
    ['activity', activity.activity],
    ['form', activity.form ? (activityFormLabels[activity.form]?.ru ?? activity.form) : ''],
    ['plannedResult', activity.plannedResult],
    [
      'target',
      target
        ? `${str(target.indicator)}: ${str(target.baseline ?? '—')} → ${str(target.target)} ${str(target.unit)}`
        : '',
    ],
    ['deadline', activity.deadline?.text],
    ['responsible', activity.responsible],
    ['status', activity.status],
    ['evidence', (activity.evidence ?? []).map((item) => str(item.description)).join('; ')],
  ];
  return texts.map(([field, value]) => [field, str(value)]);
}

function change(field: keyof typeof labels, ours: unknown, theirs: unknown): RoadmapFieldChange {
  return { field, label: labels[field], ours: str(ours), theirs: str(theirs) };
}

/** Fields whose text differs; an absent side reads as empty. */
function fieldChanges(
  ours: [keyof typeof labels, string][] | undefined,
  theirs: [keyof typeof labels, string][] | undefined,
): RoadmapFieldChange[] {
  const mine = new Map(ours ?? []);
  const other = new Map(theirs ?? []);
  const fields = (ours ?? theirs ?? []).map(([field]) => field);
  return fields
    .map((field) => change(field, mine.get(field), other.get(field)))
    .filter((item) => item.ours !== item.theirs);
}

interface Placed<T> {
  readonly item: T;
  readonly number: string;
  readonly sectionId: string;
}

function sectionsById(roadmap: Roadmap): Map<string, Placed<RoadmapSection>> {
  return new Map(
    roadmap.sections.map((section, index) => [
      str(section.id),
      { item: section, number: String(index + 1), sectionId: str(section.id) },
    ]),
  );
}

function activitiesById(roadmap: Roadmap): Map<string, Placed<RoadmapActivity>> {
  const found = new Map<string, Placed<RoadmapActivity>>();
  roadmap.sections.forEach((section, sectionIndex) =>
    section.activities.forEach((activity, index) =>
      found.set(str(activity.id), {
        item: activity,
        number: `${sectionIndex + 1}.${index + 1}`,
        sectionId: str(section.id),
      }),
    ),
  );
  return found;
}

/** Ids of both maps: ours in their order, then those only in theirs in their order. */
function unionIds(ours: Map<string, unknown>, theirs: Map<string, unknown>): string[] {
  return [...ours.keys(), ...[...theirs.keys()].filter((id) => !ours.has(id))];
}

const kindOf = (inOurs: boolean, inTheirs: boolean): RoadmapChangeKind =>
  inOurs && inTheirs ? 'changed' : inOurs ? 'only-ours' : 'only-theirs';

/**
 * What differs between two versions of one roadmap (сравнение версий): which activities and
 * sections were added, removed or changed, which fields, with the old and the new text.
 * Activities and sections are matched by id, never by position, so two versions with the same
 * number of activities but different texts are never reported as the same. Pure; two values
 * that cannot be read as roadmaps are refused with `ShnroArgumentError`, never another error.
 */
export function diffRoadmaps(ours: Roadmap, theirs: Roadmap): RoadmapDiff {
  try {
    return compare(ours, theirs);
  } catch {
    // A draft is typed text; only a value of another shape altogether ends here.
    return refuseArgument('diffRoadmaps', 'ours, theirs', 'invalid-argument', {
      ru: 'diffRoadmaps: аргументы «ours» и «theirs» должны быть дорожными картами (разделы с мероприятиями).',
      en: 'diffRoadmaps: the arguments "ours" and "theirs" must be roadmaps (sections with activities).',
    });
  }
}

function compare(ours: Roadmap, theirs: Roadmap): RoadmapDiff {
  const header = [
    change('title', ours.title, theirs.title),
    change('school', ours.school.name, theirs.school.name),
    change(
      'period',
      `${str(ours.period.start)} — ${str(ours.period.end)}`,
      `${str(theirs.period.start)} — ${str(theirs.period.end)}`,
    ),
  ].filter((item) => item.ours !== item.theirs);

  const ourSections = sectionsById(ours);
  const theirSections = sectionsById(theirs);
  const sections: RoadmapSectionDiff[] = [];
  for (const id of unionIds(ourSections, theirSections)) {
    const mine = ourSections.get(id);
    const other = theirSections.get(id);
    const fields = fieldChanges(
      mine && [['sectionTitle', mine.item.title]],
      other && [['sectionTitle', other.item.title]],
    );
    if (mine && other && fields.length === 0) continue;
    sections.push({
      sectionId: id,
      number: (mine ?? other)!.number,
      change: kindOf(!!mine, !!other),
      fields,
    });
  }

  const ourActivities = activitiesById(ours);
  const theirActivities = activitiesById(theirs);
  const activities: RoadmapActivityDiff[] = [];
  for (const id of unionIds(ourActivities, theirActivities)) {
    const mine = ourActivities.get(id);
    const other = theirActivities.get(id);
    const fields = fieldChanges(mine && activityTexts(mine.item), other && activityTexts(other.item));
    if (mine && other && fields.length === 0) continue;
    const placed = (mine ?? other)!;
    activities.push({
      activityId: id,
      sectionId: placed.sectionId,
      number: placed.number,
      name: str(mine?.item.activity).trim() || str(other?.item.activity).trim(),
      change: kindOf(!!mine, !!other),
      fields,
    });
  }

  return {
    same: header.length === 0 && sections.length === 0 && activities.length === 0,
    header,
    sections,
    activities,
    activityCount: { ours: ourActivities.size, theirs: theirActivities.size },
  };
}
