import { clusterWithSuggestions, type ClusterOptions, type RoadmapClusters } from '../roadmap/cluster.js';
import { defaultDirectionCatalogue } from '../roadmap/catalogue.js';
import { defaultReviewRules } from '../roadmap/review/rules/index.js';
import { reviewRoadmap } from '../roadmap/review/review.js';
import type { ReviewOptions, ReviewRemark } from '../roadmap/review/types.js';
import type { Roadmap, RoadmapSection } from '../roadmap/schema.js';
import { compileDirectionIndex, suggestDirection, type DirectionSuggestion } from '../roadmap/suggest.js';
import { computeShare, type DisplayLocale, type ShareValue } from '../share/index.js';
import { toDisplayLocale } from '../text/locale.js';

/** One type of defect across the municipality: how many schools' roadmaps have it. */
export interface DefectRow {
  /** The review rule that finds it: `vague-result`, `generic-section-title`, … */
  ruleId: string;
  /** As a methodologist names it: «Общие формулировки, не отражающие конкретных планируемых изменений». */
  title: string;
  schoolIds: string[];
  /** Schools with it over all schools reviewed. */
  share: ShareValue;
  /** How many remarks of this type in all. */
  remarks: number;
  /** A few remarks as found, for the справка's examples table. */
  examples: ReviewRemark[];
}

/** A section whose direction was suggested, for the methodologist to confirm. */
export interface SectionSuggestion extends DirectionSuggestion {
  /** `roadmapId/sectionId`: the key of `ClusterOptions.confirmed`. */
  key: string;
  schoolId: string;
  sectionTitle: string;
}

/** All roadmaps of a municipality reviewed at once. */
export interface CrossReview {
  schoolCount: number;
  /** Defect types in the order of the rules, those no school has left out. */
  defects: DefectRow[];
  clusters: RoadmapClusters;
  /** Sections without a hand-set direction, with the suggestion to confirm. */
  suggestions: SectionSuggestion[];
}

/** Options of `reviewAcrossSchools`. */
export interface CrossReviewOptions {
  review?: ReviewOptions;
  cluster?: ClusterOptions;
  /** How many example remarks to keep per defect (default 3). */
  examples?: number;
  locale?: DisplayLocale;
}

/**
 * Reviews every roadmap of a municipality and counts, for each type of defect, the schools whose
 * roadmaps have it and their share (seed 000's remarks, counted: «общие формулировки — 11 ОО
 * (61,1%)»); clusters the roadmaps by direction, suggesting a direction for each section that has
 * none from its title and activities; the suggestions are listed for the methodologist to confirm.
 */
export function reviewAcrossSchools(
  roadmaps: readonly Roadmap[],
  options: CrossReviewOptions = {},
): CrossReview {
  const locale = toDisplayLocale(options.locale);
  const keep = options.examples ?? 3;
  const schools = new Set(roadmaps.map((roadmap) => roadmap.school.id));
  const found = new Map<string, { schools: Set<string>; remarks: number; examples: ReviewRemark[] }>();
  for (const roadmap of roadmaps) {
    for (const remark of reviewRoadmap(roadmap, options.review)) {
      const entry = found.get(remark.ruleId) ?? { schools: new Set<string>(), remarks: 0, examples: [] };
      found.set(remark.ruleId, entry);
      entry.schools.add(roadmap.school.id);
      entry.remarks += 1;
      if (entry.examples.length < keep) entry.examples.push(remark);
    }
  }
  const rules = [...defaultReviewRules, ...(options.review?.rules ?? [])];
  const titleOf = (ruleId: string) => {
    const rule = rules.find((candidate) => candidate.id === ruleId);
    return rule === undefined ? ruleId : locale === 'ru' ? rule.title.ru : rule.title.en;
  };
  const order = (ruleId: string) => {
    const at = rules.findIndex((rule) => rule.id === ruleId);
    return at === -1 ? rules.length : at;
  };
  const defects = [...found]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([ruleId, entry]) => ({
      ruleId,
      title: titleOf(ruleId),
      schoolIds: [...entry.schools],
      share: computeShare(entry.schools.size, schools.size, { precision: 1, locale }),
      remarks: entry.remarks,
      examples: entry.examples,
    }));
  const catalogue = options.cluster?.catalogue ?? defaultDirectionCatalogue;
  const index = compileDirectionIndex(catalogue);
  const suggestions: SectionSuggestion[] = [];
  // Each section is suggested once: the clusters below take the same suggestions.
  const suggested = new Map<RoadmapSection, DirectionSuggestion>();
  for (const roadmap of roadmaps) {
    for (const section of roadmap.sections) {
      if (section.directionId !== undefined) continue;
      const key = `${roadmap.id}/${section.id}`;
      if (options.cluster?.confirmed?.[key] !== undefined) continue;
      const suggestion = suggestDirection(section, index);
      suggested.set(section, suggestion);
      suggestions.push({ key, schoolId: roadmap.school.id, sectionTitle: section.title, ...suggestion });
    }
  }
  return {
    schoolCount: schools.size,
    defects,
    clusters: clusterWithSuggestions(roadmaps, options.cluster ?? {}, suggested),
    suggestions,
  };
}

/** «Общие формулировки, не отражающие конкретных планируемых изменений — 11 ОО (61,1%).» */
export function defectSentence(row: DefectRow, requested: DisplayLocale = 'ru'): string {
  const locale = toDisplayLocale(requested);
  const count = row.schoolIds.length;
  if (locale === 'ru') return `${row.title} — ${count} ОО (${row.share.display ?? '—'}).`;
  return `${row.title}: ${count} ${count === 1 ? 'school' : 'schools'} (${row.share.display ?? '—'}).`;
}
