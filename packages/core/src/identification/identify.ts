import { catalogueLookup } from '../registry/catalogue.js';
import { methodologyCatalogue } from './catalogue.js';
import { normalizeKey } from '../registry/normalize.js';
import type { Registry, RegistrySchool } from '../registry/schema.js';
import type { AssessmentResult } from '../results/schema.js';
import { assessmentNames } from '../results/vocabulary.js';
import { resourceRiskIds as builtInRisks } from '../school/lists.js';
import type { LocalizedText } from '../text/schema.js';
import {
  criterionLabel,
  inScope,
  measureValue,
  percentileFigure,
  rankingKey,
  schoolYear,
  shareFigure,
  type IdentificationFigure,
  type Ranking,
} from './figures.js';
import type {
  CriteriaExpression,
  IdentificationDecision,
  IdentificationMethodology,
  IdentificationCriterion,
} from './schema.js';

export type { IdentificationFigure } from './figures.js';

/** How one criterion came out for a school. */
export interface CriterionOutcome {
  criterionId: string;
  label: LocalizedText;
  met: boolean;
  /** The results that meet it (result criteria). */
  figures: IdentificationFigure[];
  /** What the registry says (category and risk criteria), or why a result criterion is not met. */
  notes: LocalizedText[];
}

/** The state of a proposal: proposed, then confirmed or rejected by a methodologist. */
export type ProposalStatus = 'proposed' | 'confirmed' | 'rejected';

/** A category proposed for a school, with the criteria met and their figures. */
export interface CategoryProposal {
  category: string;
  label: LocalizedText;
  /** The school has the category in the registry already. */
  alreadyAssigned: boolean;
  criteria: CriterionOutcome[];
  status: ProposalStatus;
  decision?: IdentificationDecision;
}

/** A school with at least one proposed category. */
export interface SchoolProposal {
  schoolId: string;
  schoolName: string;
  municipalityId?: string;
  categories: CategoryProposal[];
  /** Every criterion of the methodology for this school, met or not. */
  outcomes: CriterionOutcome[];
}

/** The outcome of identification for a year (предложения по определению ОО). */
export interface Identification {
  methodologyId: string;
  /** The year identified: the calendar year its school year ends in. */
  year: number;
  schoolsEvaluated: number;
  proposals: SchoolProposal[];
}
/** Options of `identifySchools`. */
export interface IdentifyOptions {
  /** The year identified (its school year's end); default: the latest year in the results. */
  year?: number;
}

/**
 * Applies a region's methodology to its registry and results for a year: for every school, each
 * criterion with the figures behind it, and the categories its rules propose. Nothing is assigned:
 * a methodologist confirms or rejects each proposal (`decideIdentification`), and only confirmed
 * categories reach the registry (`applyIdentification`).
 */
export function identifySchools(
  registry: Registry,
  results: readonly AssessmentResult[],
  methodology: IdentificationMethodology,
  options: IdentifyOptions = {},
): Identification {
  const year = options.year ?? results.reduce((latest, result) => Math.max(latest, result.year), 0);
  const lookup = catalogueLookup(methodologyCatalogue(methodology, registry.catalogue));
  const bySchool = new Map<string, AssessmentResult[]>();
  for (const result of results) {
    let list = bySchool.get(result.schoolId);
    if (list === undefined) bySchool.set(result.schoolId, (list = []));
    list.push(result);
  }
  const subjectSets = new Map<string, Set<string> | undefined>();
  for (const criterion of methodology.criteria)
    if (criterion.kind === 'result-share' || criterion.kind === 'result-percentile')
      subjectSets.set(
        criterion.id,
        criterion.subjects ? new Set(criterion.subjects.map(normalizeKey)) : undefined,
      );

  // Percentile rankings, once per criterion: every school's value for the same assessment, subject, grade, year.
  const rankings = new Map<string, Map<string, Ranking>>();
  for (const criterion of methodology.criteria) {
    if (criterion.kind !== 'result-percentile') continue;
    const groups = new Map<string, Ranking>();
    const subjects = subjectSets.get(criterion.id);
    for (const result of results) {
      if (
        result.year > year ||
        result.year <= year - (criterion.years ?? 1) ||
        !inScope(criterion, result, subjects)
      )
        continue;
      const value = measureValue(result, criterion.measure);
      if (value === undefined) continue;
      const key = rankingKey(result);
      let group = groups.get(key);
      if (group === undefined) groups.set(key, (group = { sorted: [] }));
      group.sorted.push(value);
    }
    for (const group of groups.values()) group.sorted.sort((a, b) => a - b);
    rankings.set(criterion.id, groups);
  }

  const labels = new Map(
    methodology.criteria.map((c) => [
      c.id,
      criterionLabel(c, lookup.resourceRiskLabel, lookup.categoryLabel),
    ]),
  );
  const proposals: SchoolProposal[] = [];
  for (const school of registry.schools) {
    const own = bySchool.get(school.id) ?? [];
    const outcomes = methodology.criteria.map((criterion) =>
      evaluate(
        criterion,
        school,
        own,
        year,
        subjectSets.get(criterion.id),
        rankings.get(criterion.id),
        labels.get(criterion.id)!,
        lookup,
      ),
    );
    const byId = new Map(outcomes.map((outcome) => [outcome.criterionId, outcome]));
    const categories: CategoryProposal[] = [];
    for (const rule of methodology.rules) {
      const used = new Set<string>();
      if (!holds(rule.when, byId, used)) continue;
      if (categories.some((c) => c.category === rule.category)) continue;
      categories.push({
        category: rule.category,
        label: lookup.categoryLabel(rule.category),
        alreadyAssigned: school.categories?.includes(rule.category) ?? false,
        criteria: outcomes.filter((outcome) => used.has(outcome.criterionId)),
        status: 'proposed',
      });
    }
    if (categories.length === 0) continue;
    const proposal: SchoolProposal = {
      schoolId: school.id,
      schoolName: school.shortName ?? school.name,
      categories,
      outcomes,
    };
    if (school.municipalityId !== undefined) proposal.municipalityId = school.municipalityId;
    proposals.push(proposal);
  }
  return { methodologyId: methodology.id, year, schoolsEvaluated: registry.schools.length, proposals };
}

function holds(
  expression: CriteriaExpression,
  outcomes: ReadonlyMap<string, CriterionOutcome>,
  used: Set<string>,
): boolean {
  if ('criterion' in expression) {
    const met = outcomes.get(expression.criterion)?.met ?? false;
    if (met) used.add(expression.criterion);
    return met;
  }
  if ('all' in expression) {
    const local = new Set<string>();
    const ok = expression.all.every((e) => holds(e, outcomes, local));
    if (ok) for (const id of local) used.add(id);
    return ok;
  }
  if ('any' in expression) {
    let ok = false;
    for (const e of expression.any) if (holds(e, outcomes, used)) ok = true;
    return ok;
  }
  if ('of' in expression) {
    const local = new Set<string>();
    let count = 0;
    for (const e of expression.of) if (holds(e, outcomes, local)) count++;
    if (count >= expression.atLeast) for (const id of local) used.add(id);
    return count >= expression.atLeast;
  }
  return !holds(expression.not, outcomes, new Set());
}

function evaluate(
  criterion: IdentificationCriterion,
  school: RegistrySchool,
  results: readonly AssessmentResult[],
  year: number,
  subjects: Set<string> | undefined,
  rankings: Map<string, Ranking> | undefined,
  label: LocalizedText,
  lookup: ReturnType<typeof catalogueLookup>,
): CriterionOutcome {
  const outcome: CriterionOutcome = { criterionId: criterion.id, label, met: false, figures: [], notes: [] };
  if (criterion.kind === 'category') {
    outcome.met = school.categories?.includes(criterion.category) ?? false;
    if (outcome.met)
      outcome.notes.push({
        ru: `в реестре: ${lookup.categoryLabel(criterion.category).ru}`,
        en: `registry: ${lookup.categoryLabel(criterion.category).en ?? criterion.category}`,
      });
    return outcome;
  }
  if (criterion.kind === 'resource-risks') {
    const of = criterion.of ?? builtInRisks;
    const present = of.filter((id) => school.resourceRisks?.includes(id));
    outcome.met = present.length >= criterion.atLeast;
    if (present.length > 0)
      outcome.notes.push({
        ru: `риски: ${present.map((id) => lookup.resourceRiskLabel(id).ru).join('; ')} (${present.length} из ${of.length}; нужно не менее ${criterion.atLeast})`,
        en: `risks: ${present.map((id) => lookup.resourceRiskLabel(id).en ?? id).join('; ')} (${present.length} of ${of.length}; at least ${criterion.atLeast} needed)`,
      });
    return outcome;
  }
  const years = criterion.years ?? 1;
  const needed = criterion.atLeast ?? 1;
  let allYears = true;
  for (let y = year - years + 1; y <= year; y++) {
    const figures: IdentificationFigure[] = [];
    let judged = 0;
    for (const result of results) {
      if (result.year !== y || !inScope(criterion, result, subjects)) continue;
      judged++;
      const figure =
        criterion.kind === 'result-share'
          ? shareFigure(criterion, result)
          : percentileFigure(criterion, result, rankings!);
      if (figure !== undefined) figures.push(figure);
    }
    outcome.figures.push(...figures);
    if (figures.length < needed) {
      allYears = false;
      outcome.notes.push(
        judged === 0
          ? {
              ru: `${schoolYear(y)}: нет результатов ${assessmentNames[criterion.assessment].ru} для оценки.`,
              en: `${schoolYear(y)}: no ${assessmentNames[criterion.assessment].en} results to judge.`,
            }
          : {
              ru: `${schoolYear(y)}: критерий выполнен в ${figures.length} из ${judged} результатов, нужно не менее ${needed}.`,
              en: `${schoolYear(y)}: met in ${figures.length} of ${judged} results, at least ${needed} needed.`,
            },
      );
    }
  }
  outcome.met = allYears;
  return outcome;
}
