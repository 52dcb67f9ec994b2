import type { Assessment } from '../dynamics/schema.js';
import { normalizeKey } from '../registry/normalize.js';
import type { AssessmentResult } from '../results/schema.js';
import { shareCount } from '../results/share-count.js';
import { assessmentNames } from '../results/vocabulary.js';
import { resourceRiskIds as builtInRisks } from '../school/lists.js';
import { formatDecimal } from '../share/format-number.js';
import { computeShare } from '../share/share.js';
import type { LocalizedText } from '../text/schema.js';
import { compareDecimals, compareShareToPercent, percentileCutoff } from './exact.js';
import type { IdentificationCriterion } from './schema.js';

// The figures behind criteria and the sentences that say them: «доля «2» по ВПР, математика,
// 5 кл., 2022/2023 — 31,3% (10 из 32; порог 25%)».

/** One result behind a criterion: the figure, its threshold, and the sentence that says it. */
export interface IdentificationFigure {
  year: number;
  assessment: Assessment;
  subject: string;
  grade?: number;
  measure: string;
  /** Percent (shares) or score/mark (means), as exported. */
  value: number;
  /** «31,3%», «11,2». */
  display: string;
  /** The count behind a share and the participants it is out of. */
  count?: number;
  total?: number;
  /** True when the count was worked out from an exported percentage. */
  derivedCount?: boolean;
  /** The threshold: the methodology's percent, or the percentile cutoff of the region. */
  threshold: number;
  thresholdDisplay: string;
  /** Percentile criteria: how many schools were ranked. */
  ranked?: number;
  /** «доля «2» по ВПР, математика, 5 кл., 2022/2023 — 31,3% (10 из 32; порог 25%)». */
  text: LocalizedText;
}

export const measureNames: Readonly<Record<string, LocalizedText>> = {
  share2: { ru: 'доля «2»', en: 'share of «2»' },
  share5: { ru: 'доля «5»', en: 'share of «5»' },
  shareBelowMinimum: { ru: 'доля не преодолевших минимальный порог', en: 'share below the minimum' },
  meanScore: { ru: 'средний балл', en: 'mean score' },
  meanMark: { ru: 'средняя отметка', en: 'mean mark' },
};

const percent = (value: number, locale: 'ru' | 'en' = 'ru') => `${formatDecimal(value, 2, locale)}%`;
export const schoolYear = (year: number) => `${year - 1}/${year}`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function scopeText(result: AssessmentResult): LocalizedText {
  const grade = result.grade !== undefined ? `, ${result.grade} кл.` : '';
  const gradeEn = result.grade !== undefined ? `, grade ${result.grade}` : '';
  return {
    ru: `${assessmentNames[result.assessment].ru}, ${lowerFirst(result.subject)}${grade}, ${schoolYear(result.year)}`,
    en: `${assessmentNames[result.assessment].en}, ${result.subject}${gradeEn}, ${schoolYear(result.year)}`,
  };
}

export type ResultCriterion = Extract<
  IdentificationCriterion,
  { kind: 'result-share' | 'result-percentile' }
>;

export function inScope(
  criterion: ResultCriterion,
  result: AssessmentResult,
  subjects: Set<string> | undefined,
): boolean {
  if (result.assessment !== criterion.assessment) return false;
  if (subjects !== undefined && !subjects.has(normalizeKey(result.subject))) return false;
  if (
    criterion.grades !== undefined &&
    (result.grade === undefined || !criterion.grades.includes(result.grade))
  )
    return false;
  return result.participants >= (criterion.minParticipants ?? 1);
}

export function measureValue(result: AssessmentResult, measure: string): number | undefined {
  if (measure === 'meanScore' || measure === 'meanMark') return result[measure];
  const share = result[measure as 'share2'];
  if (share !== undefined) return share;
  const counted = shareCount(result, measure as 'share2');
  return counted === undefined || counted.total === 0 ? undefined : (counted.count * 100) / counted.total;
}

/** Builds the figure of a share result against a percent threshold; `undefined` when it does not meet it. */
export function shareFigure(
  criterion: Extract<IdentificationCriterion, { kind: 'result-share' }>,
  result: AssessmentResult,
): IdentificationFigure | undefined {
  const counted = shareCount(result, criterion.measure);
  if (counted === undefined || counted.total === 0) return undefined;
  const exported = result[criterion.measure];
  // Counts compare exactly; a percentage exported without its count compares as written.
  const comparison = counted.derived
    ? compareDecimals(exported!, criterion.threshold)
    : compareShareToPercent(counted.count, counted.total, criterion.threshold);
  const meets = (criterion.comparison ?? 'above') === 'above' ? comparison > 0 : comparison < 0;
  if (!meets) return undefined;
  const value = counted.derived ? exported! : (counted.count * 100) / counted.total;
  const display = counted.derived ? percent(exported!) : computeShare(counted.count, counted.total).display!;
  const scope = scopeText(result);
  const about = counted.derived ? '≈' : '';
  const figure: IdentificationFigure = {
    year: result.year,
    assessment: result.assessment,
    subject: result.subject,
    measure: criterion.measure,
    value,
    display,
    count: counted.count,
    total: counted.total,
    threshold: criterion.threshold,
    thresholdDisplay: percent(criterion.threshold),
    text: {
      ru: `${measureNames[criterion.measure]!.ru} по ${scope.ru} — ${display} (${about}${counted.count} из ${counted.total}; порог ${percent(criterion.threshold)})`,
      en: `${measureNames[criterion.measure]!.en}, ${scope.en}: ${display.replace(',', '.')} (${about}${counted.count} of ${counted.total}; threshold ${percent(criterion.threshold, 'en')})`,
    },
  };
  if (result.grade !== undefined) figure.grade = result.grade;
  if (counted.derived) figure.derivedCount = true;
  return figure;
}

export interface Ranking {
  sorted: number[];
}

export const rankingKey = (result: AssessmentResult) =>
  `${result.assessment}|${normalizeKey(result.subject)}|${result.grade ?? ''}|${result.year}`;

export function percentileFigure(
  criterion: Extract<IdentificationCriterion, { kind: 'result-percentile' }>,
  result: AssessmentResult,
  rankings: Map<string, Ranking>,
): IdentificationFigure | undefined {
  const value = measureValue(result, criterion.measure);
  const ranking = rankings.get(rankingKey(result));
  if (value === undefined || ranking === undefined) return undefined;
  const found = percentileCutoff(ranking.sorted, criterion.percent, criterion.tail);
  if (found === undefined) return undefined;
  const comparison = compareDecimals(value, found.cutoff);
  if (criterion.tail === 'lowest' ? comparison > 0 : comparison < 0) return undefined;
  const isShare = criterion.measure.startsWith('share');
  const show = (n: number, locale: 'ru' | 'en' = 'ru') =>
    isShare ? percent(n, locale) : formatDecimal(n, 2, locale);
  const scope = scopeText(result);
  const side =
    criterion.tail === 'lowest' ? { ru: 'нижние', en: 'lowest' } : { ru: 'верхние', en: 'highest' };
  const bound =
    criterion.tail === 'lowest' ? { ru: 'не выше', en: 'at most' } : { ru: 'не ниже', en: 'at least' };
  const figure: IdentificationFigure = {
    year: result.year,
    assessment: result.assessment,
    subject: result.subject,
    measure: criterion.measure,
    value,
    display: show(value),
    threshold: found.cutoff,
    thresholdDisplay: show(found.cutoff),
    ranked: ranking.sorted.length,
    text: {
      ru: `${measureNames[criterion.measure]!.ru} по ${scope.ru} — ${show(value)} (${side.ru} ${criterion.percent}% школ региона: ${bound.ru} ${show(found.cutoff)}; в сравнении ${ranking.sorted.length} школ)`,
      en: `${measureNames[criterion.measure]!.en}, ${scope.en}: ${show(value, 'en')} (${side.en} ${criterion.percent}% of the region's schools: ${bound.en} ${show(found.cutoff, 'en')}; ${ranking.sorted.length} schools ranked)`,
    },
  };
  if (result.grade !== undefined) figure.grade = result.grade;
  const counted = isShare ? shareCount(result, criterion.measure as 'share2') : undefined;
  if (counted !== undefined) {
    figure.count = counted.count;
    figure.total = counted.total;
    if (counted.derived) figure.derivedCount = true;
  }
  return figure;
}

export function criterionLabel(
  criterion: IdentificationCriterion,
  riskLabel: (id: string) => LocalizedText,
  categoryLabel: (id: string) => LocalizedText,
): LocalizedText {
  if (criterion.label !== undefined) return criterion.label;
  switch (criterion.kind) {
    case 'result-share': {
      const side =
        (criterion.comparison ?? 'above') === 'above'
          ? { ru: 'выше', en: 'above' }
          : { ru: 'ниже', en: 'below' };
      const times = criterion.atLeast ?? 1;
      const years = criterion.years ?? 1;
      return {
        ru:
          `${measureNames[criterion.measure]!.ru} по ${assessmentNames[criterion.assessment].ru} ${side.ru} ${percent(criterion.threshold)}` +
          (times > 1 ? ` не менее чем в ${times} результатах` : '') +
          (years > 1 ? `, ${years} учебных года подряд` : ''),
        en:
          `${measureNames[criterion.measure]!.en} in ${assessmentNames[criterion.assessment].en} ${side.en} ${percent(criterion.threshold, 'en')}` +
          (times > 1 ? ` in at least ${times} results` : '') +
          (years > 1 ? `, ${years} school years in a row` : ''),
      };
    }
    case 'result-percentile': {
      const years = criterion.years ?? 1;
      const side =
        criterion.tail === 'lowest' ? { ru: 'нижних', en: 'lowest' } : { ru: 'верхних', en: 'highest' };
      return {
        ru:
          `${measureNames[criterion.measure]!.ru} по ${assessmentNames[criterion.assessment].ru} в ${side.ru} ${criterion.percent}% школ региона` +
          (years > 1 ? `, ${years} учебных года подряд` : ''),
        en:
          `${measureNames[criterion.measure]!.en} in ${assessmentNames[criterion.assessment].en} in the region's ${side.en} ${criterion.percent}%` +
          (years > 1 ? `, ${years} school years in a row` : ''),
      };
    }
    case 'category':
      return {
        ru: `категория в реестре: ${categoryLabel(criterion.category).ru}`,
        en: `registry category: ${categoryLabel(criterion.category).en ?? criterion.category}`,
      };
    case 'resource-risks': {
      const of = criterion.of ?? builtInRisks;
      return {
        ru: `не менее ${criterion.atLeast} из ${of.length} рисков: ${of.map((id) => riskLabel(id).ru).join('; ')}`,
        en: `at least ${criterion.atLeast} of ${of.length} risks`,
      };
    }
  }
}
