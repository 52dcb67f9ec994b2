import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { documentIdSchema, textSchema } from '../record/schema.js';
import { assessmentSchema, resultMetricSchema, type ResultSeries } from '../dynamics/schema.js';
import type { Issue } from '../errors/index.js';
import type { IndicatorResult } from '../indicator/compute/result.js';
import type { Roadmap } from '../roadmap/schema.js';
import type { DisplayLocale } from '../share/index.js';
import type { CycleReport } from './compute.js';
import { toDisplayLocale } from '../text/locale.js';

/**
 * What a planned result measures: an indicator of the cycle's set (by code), or an assessment
 * measure of the school (ГИА-9 средний балл по математике).
 */
export const linkedMeasureSchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('indicator'), code: documentIdSchema }),
    z.strictObject({
      kind: z.literal('assessment'),
      assessment: assessmentSchema,
      metric: resultMetricSchema,
      subjects: z.array(textSchema).check(z.minLength(1)),
    }),
  ]),
  { title: 'LinkedMeasure', description: 'Показатель цикла или результат оценочной процедуры.' },
);

/** What a planned result measures. */
export type LinkedMeasure = z.infer<typeof linkedMeasureSchema>;

/**
 * An activity's planned result tied to a measure (мероприятие → показатель): the target, and
 * whether it is a floor or a ceiling. The baseline comes from the previous cycle and the actual
 * value from the next one: neither is typed twice.
 */
export const indicatorLinkSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    roadmapId: documentIdSchema,
    activityId: documentIdSchema,
    measure: linkedMeasureSchema,
    target: z.number(),
    comparison: z._default(z.enum(['at-least', 'at-most']), 'at-least'),
  }),
  {
    title: 'IndicatorLink',
    description:
      'Связь мероприятия с показателем: целевое значение; исходное и фактическое берутся из циклов.',
  },
);

/** An activity tied to a measure with a target. */
export type IndicatorLink = z.infer<typeof indicatorLinkSchema>;
/** An activity link as written before defaults are filled. */
export type IndicatorLinkInput = z.input<typeof indicatorLinkSchema>;

/** Where a link stands: reached, not reached, not yet measured, or measured with no baseline. */
export type LinkStatus = 'reached' | 'not-reached' | 'no-actual' | 'unknown-measure';

/** A link with its baseline and actual values filled from the cycles. */
export interface LinkProgress {
  link: IndicatorLink;
  baseline: number | null;
  actual: number | null;
  reached: boolean | null;
  status: LinkStatus;
}

function valueOf(result: IndicatorResult | undefined): number | null {
  if (result === undefined) return null;
  if (result.kind === 'share') return result.percent;
  if (result.kind === 'count') return result.count;
  return result.present === null ? null : result.present ? 1 : 0;
}

/** Where the values of links come from. */
export interface ProgressSources {
  /** The cycle before the roadmap: the baseline. */
  baseline?: CycleReport;
  /** The cycle after it: the actual value. */
  actual?: CycleReport;
  /** Assessment results of the schools, for links to an assessment measure. */
  series?: readonly ResultSeries[];
  /** The roadmaps, to know a link's school. */
  roadmaps: readonly Roadmap[];
}

function yearOf(report: CycleReport | undefined): number | undefined {
  return report === undefined ? undefined : Number(report.cycle.schoolYear.slice(5));
}

function assessmentValue(
  link: IndicatorLink,
  schoolId: string | undefined,
  year: number | undefined,
  series: readonly ResultSeries[],
): number | null {
  if (link.measure.kind !== 'assessment' || schoolId === undefined || year === undefined) return null;
  const { assessment, metric, subjects } = link.measure;
  const key = [...subjects].sort().join('|');
  const found = series.find(
    (entry) =>
      entry.schoolId === schoolId &&
      entry.assessment === assessment &&
      entry.metric === metric &&
      [...entry.subjects].sort().join('|') === key,
  );
  return found?.points.find((point) => point.year === year)?.value ?? null;
}

/**
 * Fills each link's baseline from the previous cycle and its actual value from the next (an
 * indicator: the municipal value; an assessment: the school's result in the cycle's final year),
 * and says whether the target is reached. No actual value yet is `no-actual`, never «не достигнуто».
 */
export function linkProgress(links: readonly IndicatorLink[], sources: ProgressSources): LinkProgress[] {
  const schoolOf = new Map(sources.roadmaps.map((roadmap) => [roadmap.id, roadmap.school.id]));
  const find = (report: CycleReport | undefined, code: string) =>
    report?.report.results.find((result) => result.code === code);
  return links.map((link) => {
    let baseline: number | null;
    let actual: number | null;
    let known = true;
    if (link.measure.kind === 'indicator') {
      const code = link.measure.code;
      const inSet = [sources.baseline, sources.actual].some((report) => find(report, code) !== undefined);
      known = inSet;
      baseline = valueOf(find(sources.baseline, code));
      actual = valueOf(find(sources.actual, code));
    } else {
      const schoolId = schoolOf.get(link.roadmapId);
      baseline = assessmentValue(link, schoolId, yearOf(sources.baseline), sources.series ?? []);
      actual = assessmentValue(link, schoolId, yearOf(sources.actual), sources.series ?? []);
    }
    if (!known) return { link, baseline, actual, reached: null, status: 'unknown-measure' };
    if (actual === null) return { link, baseline, actual, reached: null, status: 'no-actual' };
    const reached = link.comparison === 'at-most' ? actual <= link.target : actual >= link.target;
    return { link, baseline, actual, reached, status: reached ? 'reached' : 'not-reached' };
  });
}

/** A roadmap's (or a municipality's) progress: activities by state and targets reached. */
export interface RoadmapProgress {
  /** A school id, or the territory id for the municipality's summary. */
  id: string;
  name: string;
  activities: number;
  done: number;
  inProgress: number;
  /** Not done, not cancelled, and the deadline's last day is before `asOf`. */
  overdue: number;
  targets: number;
  reached: number;
  notReached: number;
  /** Targets whose actual value is not yet known. */
  pending: number;
}

/**
 * The progress of each school's roadmap on a date and the municipality's total: activities done,
 * in progress and overdue; targets reached, not reached, not yet measured.
 */
export function roadmapProgress(
  roadmaps: readonly Roadmap[],
  links: readonly LinkProgress[],
  asOf: string,
  territory: { id: string; name: string },
): { schools: RoadmapProgress[]; municipality: RoadmapProgress } {
  const empty = (id: string, name: string): RoadmapProgress => ({
    id,
    name,
    activities: 0,
    done: 0,
    inProgress: 0,
    overdue: 0,
    targets: 0,
    reached: 0,
    notReached: 0,
    pending: 0,
  });
  const bySchool = new Map<string, RoadmapProgress>();
  const roadmapSchool = new Map<string, string>();
  for (const roadmap of roadmaps) {
    const row = bySchool.get(roadmap.school.id) ?? empty(roadmap.school.id, roadmap.school.name);
    bySchool.set(roadmap.school.id, row);
    roadmapSchool.set(roadmap.id, roadmap.school.id);
    for (const section of roadmap.sections) {
      for (const activity of section.activities) {
        if (activity.status === 'cancelled') continue;
        row.activities += 1;
        if (activity.status === 'done') row.done += 1;
        else if (activity.status === 'in-progress') row.inProgress += 1;
        const due = activity.deadline?.ranges.at(-1)?.end;
        if (activity.status !== 'done' && due !== undefined && due < asOf) row.overdue += 1;
      }
    }
  }
  for (const entry of links) {
    const row = bySchool.get(roadmapSchool.get(entry.link.roadmapId) ?? '');
    if (row === undefined) continue;
    row.targets += 1;
    if (entry.status === 'reached') row.reached += 1;
    else if (entry.status === 'not-reached') row.notReached += 1;
    else row.pending += 1;
  }
  const schools = [...bySchool.values()];
  const municipality = empty(territory.id, territory.name);
  for (const row of schools) {
    for (const key of [
      'activities',
      'done',
      'inProgress',
      'overdue',
      'targets',
      'reached',
      'notReached',
      'pending',
    ] as const)
      municipality[key] += row[key];
  }
  return { schools, municipality };
}

/** Problems of links: a link to an activity that does not exist, naming the roadmap. */
export function checkLinks(
  links: readonly IndicatorLink[],
  roadmaps: readonly Roadmap[],
  requested: DisplayLocale = 'ru',
): Issue[] {
  const locale = toDisplayLocale(requested);
  const issues: Issue[] = [];
  links.forEach((link, index) => {
    const roadmap = roadmaps.find((candidate) => candidate.id === link.roadmapId);
    const exists = roadmap?.sections.some((section) =>
      section.activities.some((activity) => activity.id === link.activityId),
    );
    if (exists !== true) {
      issues.push({
        path: `links.${index}`,
        code: 'unknown-activity',
        message:
          locale === 'ru'
            ? `Целевой показатель связан с мероприятием «${link.activityId}» дорожной карты «${link.roadmapId}», которого нет.`
            : `A target is linked to activity "${link.activityId}" of roadmap "${link.roadmapId}", which does not exist.`,
      });
    }
  });
  return issues;
}
