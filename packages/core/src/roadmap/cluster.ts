import { computeShare, type DisplayLocale, type ShareValue } from '../share/index.js';
import { defaultDirectionCatalogue, directionsFor, type DirectionCatalogue } from './catalogue.js';
import type { Roadmap, RoadmapSection } from './schema.js';
import {
  suggestDirection,
  type DirectionIndex,
  type DirectionSuggestion,
  compileDirectionIndex,
} from './suggest.js';
import { targetGroupLabels, targetGroupWorkLabels, targetGroups, type TargetGroup } from './target-group.js';
import { toDisplayLocale } from '../text/locale.js';

/** One line of the analysis: what was counted, which schools, and their share of the stated base. */
export interface ClusterRow {
  /** A target group, a direction id, `unmatched`, or a combination such as `teachers+students`. */
  id: string;
  label: { ru: string; en: string };
  schoolIds: string[];
  /** Count and percentage over the base named by the enclosing block; computed once, by `computeShare`. */
  share: ShareValue;
}

/** The directions chosen within one target group, over the schools that chose the group. */
export interface DirectionCluster {
  targetGroup: TargetGroup;
  /** The schools that chose this group: the base of every percentage in this block. */
  base: number;
  directions: ClusterRow[];
  /** Schools of this group none of whose sections fit a catalogue direction of the group. */
  unmatched: ClusterRow;
}

/** Seed 000's analysis of roadmaps across schools. */
export interface RoadmapClusters {
  /** All schools analysed: the base of `targetGroups` and `combinations`. */
  schoolCount: number;
  targetGroups: ClusterRow[];
  directions: DirectionCluster[];
  combinations: ClusterRow[];
}

/** How to count and print. */
export interface ClusterOptions {
  catalogue?: DirectionCatalogue;
  /**
   * A section without a `directionId` takes the direction suggested from its title and activities
   * (`suggestDirection`) when the confidence is at least this (default 0.5); `false` counts only
   * directions set by hand or confirmed.
   */
  suggest?: { minConfidence?: number } | false;
  /**
   * The methodologist's answers to suggestions, by `roadmapId/sectionId`: a direction id (confirmed
   * or corrected) or `null` (the section fits no direction). They win over suggestions.
   */
  confirmed?: Readonly<Record<string, string | null>>;
  /** Decimals of the percentages (default 1: «94,4%»). */
  precision?: number;
  locale?: DisplayLocale;
}

/** The combinations seed 000 names, listed even when no school chose them. */
const seedCombinations: readonly (readonly TargetGroup[])[] = [
  ['teachers', 'students', 'parents'],
  ['teachers', 'students'],
  ['teachers', 'parents'],
  ['students', 'parents'],
];

/** «учителя, учащиеся и родители», «учителя, учащиеся» — as seed 000 writes its combinations. */
function combinationLabel(groups: readonly TargetGroup[]): { ru: string; en: string } {
  const join = (names: string[], and: string) =>
    names.length > 2 ? `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}` : names.join(', ');
  return {
    ru: join(
      groups.map((group) => targetGroupLabels[group].ru),
      'и',
    ),
    en: join(
      groups.map((group) => targetGroupLabels[group].en),
      'and',
    ),
  };
}

interface SchoolWork {
  groups: Set<TargetGroup>;
  /** Per group, the catalogue directions its sections fit. */
  directions: Map<TargetGroup, Set<string>>;
}

/** One entry per school: several roadmaps of the same school count once. */
function collectSchools(
  roadmaps: readonly Roadmap[],
  catalogue: DirectionCatalogue,
  options: ClusterOptions,
  known: ReadonlyMap<RoadmapSection, DirectionSuggestion> | undefined,
): Map<string, SchoolWork> {
  const schools = new Map<string, SchoolWork>();
  const minConfidence = options.suggest === false ? undefined : (options.suggest?.minConfidence ?? 0.5);
  let index: DirectionIndex | undefined;
  for (const roadmap of roadmaps) {
    const work = schools.get(roadmap.school.id) ?? { groups: new Set(), directions: new Map() };
    schools.set(roadmap.school.id, work);
    for (const section of roadmap.sections) {
      work.groups.add(section.targetGroup);
      const chosen = work.directions.get(section.targetGroup) ?? new Set<string>();
      work.directions.set(section.targetGroup, chosen);
      const key = `${roadmap.id}/${section.id}`;
      let directionId: string | null | undefined = section.directionId ?? options.confirmed?.[key];
      if (directionId === undefined && minConfidence !== undefined) {
        let suggestion = known?.get(section);
        if (suggestion === undefined) {
          index ??= compileDirectionIndex(catalogue);
          suggestion = suggestDirection(section, index);
        }
        if (suggestion.directionId !== null && suggestion.confidence >= minConfidence)
          directionId = suggestion.directionId;
      }
      const direction = catalogue.directions.find((candidate) => candidate.id === directionId);
      // A direction of another group («students» section pointing at a teachers' direction) fits nothing.
      if (direction && direction.targetGroup === section.targetGroup) chosen.add(direction.id);
    }
  }
  return schools;
}

/**
 * Seed 000's analysis: how many schools chose each target group (over all schools), each direction
 * (over the schools that chose its group), which schools' sections fit no direction, and which
 * combinations of groups schools chose. A section's direction is the one set by hand, else the
 * methodologist's confirmation, else the suggestion from its title and activities: no hand-set id
 * is required.
 */
export function clusterRoadmaps(roadmaps: readonly Roadmap[], options: ClusterOptions = {}): RoadmapClusters {
  return clusterWithSuggestions(roadmaps, options, undefined);
}

/**
 * @internal `clusterRoadmaps` with the suggestions already made for some sections (by
 * `reviewAcrossSchools`, from the same catalogue), so a region's 6 000 sections are not
 * suggested twice in one review.
 */
export function clusterWithSuggestions(
  roadmaps: readonly Roadmap[],
  options: ClusterOptions,
  known: ReadonlyMap<RoadmapSection, DirectionSuggestion> | undefined,
): RoadmapClusters {
  const catalogue = options.catalogue ?? defaultDirectionCatalogue;
  const shareOptions = { precision: options.precision ?? 1, locale: toDisplayLocale(options.locale) };
  const schools = collectSchools(roadmaps, catalogue, options, known);
  const schoolCount = schools.size;
  const row = (id: string, label: ClusterRow['label'], schoolIds: string[], base: number): ClusterRow => ({
    id,
    label,
    schoolIds,
    share: computeShare(schoolIds.length, base, shareOptions),
  });
  const schoolsWhere = (test: (work: SchoolWork) => boolean) =>
    [...schools].filter(([, work]) => test(work)).map(([id]) => id);

  const groupRows = targetGroups
    .map((group) =>
      row(
        group,
        targetGroupWorkLabels[group],
        schoolsWhere((work) => work.groups.has(group)),
        schoolCount,
      ),
    )
    // Management is not one of seed 000's groups: it is listed only when some school works with it.
    .filter((groupRow) => groupRow.id !== 'management' || groupRow.schoolIds.length > 0);

  const directions = groupRows
    .filter((groupRow) => groupRow.schoolIds.length > 0)
    .map((groupRow): DirectionCluster => {
      const group = groupRow.id as TargetGroup;
      const base = groupRow.schoolIds.length;
      const chosenBy = (test: (chosen: Set<string>) => boolean) =>
        schoolsWhere((work) => work.groups.has(group) && test(work.directions.get(group) ?? new Set()));
      return {
        targetGroup: group,
        base,
        directions: directionsFor(catalogue, group).map((direction) =>
          row(
            direction.id,
            direction.title,
            chosenBy((chosen) => chosen.has(direction.id)),
            base,
          ),
        ),
        unmatched: row(
          'unmatched',
          // A noun phrase like the directions it is listed with («… – 3 (17,6%)»), not a clause.
          { ru: 'направление работы не определено', en: 'no direction of work identified' },
          chosenBy((chosen) => chosen.size === 0),
          base,
        ),
      };
    });

  const keyOf = (groups: readonly TargetGroup[]) => groups.join('+');
  const chosenSets = new Map<string, TargetGroup[]>(
    seedCombinations.map((groups) => [keyOf(groups), [...groups]] as [string, TargetGroup[]]),
  );
  for (const work of schools.values()) {
    const groups = targetGroups.filter((group) => work.groups.has(group));
    if (groups.length > 0) chosenSets.set(keyOf(groups), groups);
  }
  const combinations = [...chosenSets.values()].map((groups) =>
    row(
      keyOf(groups),
      combinationLabel(groups),
      schoolsWhere((work) => keyOf(targetGroups.filter((g) => work.groups.has(g))) === keyOf(groups)),
      schoolCount,
    ),
  );

  return { schoolCount, targetGroups: groupRows, directions, combinations };
}
