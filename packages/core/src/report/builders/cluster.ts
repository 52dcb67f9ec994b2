import {
  directionsFor,
  defaultDirectionCatalogue,
  type DirectionCatalogue,
} from '../../roadmap/catalogue.js';
import type { ClusterRow, RoadmapClusters } from '../../roadmap/cluster.js';
import {
  targetGroupLabels,
  targetGroupWorkLabels,
  targetGroups,
  type TargetGroup,
} from '../../roadmap/target-group.js';
import type { DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import { shareValue } from '../phrases/share.js';
import type { InlinePart, ListItem, ReportSection, RichText } from '../schema.js';
import { lowerFirst, punctuateList } from './text.js';
import { toDisplayLocale } from '../../text/locale.js';

/** Options of `clusterSection`. */
export interface ClusterSectionOptions {
  /** Default «Результаты анализа». */
  title?: string;
  /** Default `clusters`. */
  id?: string;
  /** List the combinations of target groups schools chose (default true). */
  combinations?: boolean;
  /** List the schools whose sections fit no direction of the catalogue, when there are any (default true). */
  unmatched?: boolean;
  locale?: DisplayLocale;
}

const labels = {
  ru: {
    title: 'Результаты анализа',
    analysed: 'Проанализированы «дорожные карты» ',
    groups: 'школы, выбравшие направления работы (всего школ — ',
    directions: (work: string) => `направления работы ${work} (школ, выбравших работу ${work}, — `,
    combinations: 'сочетания направлений работы (всего школ — ',
    dash: ' – ',
  },
  en: {
    title: 'Results of the analysis',
    analysed: 'Roadmaps analysed: ',
    groups: 'schools by target group (schools in all: ',
    directions: (work: string) => `directions of work ${work} (schools working ${work}: `,
    combinations: 'combinations of target groups (schools in all: ',
    dash: ' – ',
  },
} as const;

/** «с учителями – 18 (100%)»: the label, a dash, the count and its percentage as a share value. */
function line(row: ClusterRow, label: string, locale: DisplayLocale): InlinePart[] {
  return [
    { kind: 'text', text: `${label}${labels[locale].dash}` },
    shareValue(row.share, { show: 'count-percent' }),
  ];
}

function withMark(parts: RichText, mark: ';' | '.'): RichText {
  return typeof parts === 'string' ? parts + mark : [...parts, { kind: 'text', text: mark }];
}

function headed(text: string, base: number): RichText {
  return [
    { kind: 'text', text },
    { kind: 'count', value: base },
    { kind: 'text', text: '):' },
  ];
}

/**
 * Seed 000's «Результаты анализа» from `clusterRoadmaps`: how many schools chose each target group
 * («с учителями – 18 (100%)»), each direction within a group over the schools of that group (the base
 * is stated, which the seed left implicit), the schools whose sections fit no direction, and the
 * combinations of groups. Every count and percentage is a share value of the clusters.
 */
export function clusterSection(
  clusters: RoadmapClusters,
  options: ClusterSectionOptions = {},
): ReportSection {
  const locale = toDisplayLocale(options.locale);
  const text = labels[locale];
  const items: ListItem[] = [
    {
      text: headed(text.groups, clusters.schoolCount),
      items: punctuateList(
        clusters.targetGroups.map((row) => line(row, pickText(row.label, locale), locale)),
        withMark,
      ),
    },
  ];
  for (const block of clusters.directions) {
    const work = pickText(targetGroupWorkLabels[block.targetGroup], locale);
    const rows = block.directions.map((row) => line(row, lowerFirst(pickText(row.label, locale)), locale));
    if (options.unmatched !== false && block.unmatched.schoolIds.length > 0)
      rows.push(line(block.unmatched, pickText(block.unmatched.label, locale), locale));
    items.push({ text: headed(text.directions(work), block.base), items: punctuateList(rows, withMark) });
  }
  if (options.combinations !== false && clusters.combinations.length > 0) {
    items.push({
      text: headed(text.combinations, clusters.schoolCount),
      items: punctuateList(
        clusters.combinations.map((row) => line(row, pickText(row.label, locale), locale)),
        withMark,
      ),
    });
  }
  return {
    id: options.id ?? 'clusters',
    title: options.title ?? text.title,
    blocks: [
      {
        kind: 'sentence',
        parts:
          locale === 'ru'
            ? [
                { kind: 'text', text: text.analysed },
                { kind: 'count', value: clusters.schoolCount, noun: 'school', case: 'genitive' },
                { kind: 'text', text: '.' },
              ]
            : [
                { kind: 'text', text: text.analysed },
                { kind: 'count', value: clusters.schoolCount, noun: 'school' },
                { kind: 'text', text: '.' },
              ],
      },
      { kind: 'list', ordered: true, items },
    ],
  };
}

/** Options of `clusterDirectionsSection`. */
export interface ClusterDirectionsOptions {
  /** Default «Направления анализа (кластеры)». */
  title?: string;
  /** Default `cluster-directions`. */
  id?: string;
  catalogue?: DirectionCatalogue;
  locale?: DisplayLocale;
}

const groupHeadings: Record<TargetGroup, { ru: string; en: string }> = {
  teachers: {
    ru: 'Направления работы по совершенствованию компетенций учителей:',
    en: 'Directions of work on teachers’ competences:',
  },
  students: {
    ru: 'Направления работы по повышению качества образовательных результатов обучающихся:',
    en: 'Directions of work on students’ results:',
  },
  parents: { ru: 'Направления работы с родителями:', en: 'Directions of work with parents:' },
  management: {
    ru: 'Направления работы с управленческой командой:',
    en: 'Directions of work with the management team:',
  },
};

/**
 * Seed 000's «Направления анализа (кластеры)»: the combinations of target groups and the catalogue's
 * directions per group, without numbers (the analysis that follows counts them).
 */
export function clusterDirectionsSection(options: ClusterDirectionsOptions = {}): ReportSection {
  const locale = toDisplayLocale(options.locale);
  const catalogue = options.catalogue ?? defaultDirectionCatalogue;
  const names = (groups: TargetGroup[]) => {
    const words = groups.map((group) => targetGroupLabels[group][locale]);
    return words.length > 2
      ? `${words.slice(0, -1).join(', ')} ${locale === 'ru' ? 'и' : 'and'} ${words.at(-1)}`
      : words.join(', ');
  };
  const combinations: TargetGroup[][] = [
    ['teachers', 'students', 'parents'],
    ['teachers', 'students'],
    ['teachers', 'parents'],
    ['students', 'parents'],
  ];
  const items: ListItem[] = [
    {
      text:
        locale === 'ru' ? 'Школы, выбравшие направления работы:' : 'Schools by combination of target groups:',
      items: punctuateList(combinations.map(names), (item, mark) => item + mark),
    },
  ];
  for (const group of targetGroups) {
    const directions = directionsFor(catalogue, group);
    if (directions.length === 0) continue;
    items.push({
      text: groupHeadings[group][locale],
      items: punctuateList(
        directions.map((direction) => lowerFirst(pickText(direction.title, locale))),
        (item, mark) => item + mark,
      ),
    });
  }
  return {
    id: options.id ?? 'cluster-directions',
    title:
      options.title ??
      (locale === 'ru' ? 'Направления анализа (кластеры)' : 'Directions of the analysis (clusters)'),
    blocks: [{ kind: 'list', ordered: false, items }],
  };
}
