import type { Registry } from '../registry/schema.js';
import { methodologyCatalogue } from './catalogue.js';
import type { LocalizedText } from '../text/schema.js';
import type { Identification } from './identify.js';
import type { IdentificationDecision, IdentificationMethodology } from './schema.js';

/** A decision that could not be applied: it names no proposal, or rejects without a reason. */
export interface DecisionProblem {
  index: number;
  code: 'no-such-proposal' | 'reason-required';
  message: LocalizedText;
}

/**
 * Records a methodologist's decisions on the proposals: each confirms or rejects one category of
 * one school; a rejection needs a reason. Returns a new identification (the input is unchanged)
 * and the decisions that matched no proposal. A later decision on the same proposal replaces an
 * earlier one.
 */
export function decideIdentification(
  identification: Identification,
  decisions: readonly IdentificationDecision[],
): { identification: Identification; problems: DecisionProblem[] } {
  const problems: DecisionProblem[] = [];
  const proposals = identification.proposals.map((proposal) => ({
    ...proposal,
    categories: proposal.categories.map((category) => ({ ...category })),
  }));
  decisions.forEach((decision, index) => {
    const category = proposals
      .find((proposal) => proposal.schoolId === decision.schoolId)
      ?.categories.find((entry) => entry.category === decision.category);
    if (category === undefined) {
      problems.push({
        index,
        code: 'no-such-proposal',
        message: {
          ru: `для школы ${decision.schoolId} нет предложения отнести её к категории ${decision.category}.`,
          en: `no proposal of category ${decision.category} for school ${decision.schoolId}.`,
        },
      });
      return;
    }
    if (decision.decision === 'reject' && (decision.reason === undefined || decision.reason.trim() === '')) {
      problems.push({
        index,
        code: 'reason-required',
        message: {
          ru: 'укажите причину, по которой предложение отклонено.',
          en: 'give the reason the proposal is rejected.',
        },
      });
      return;
    }
    category.status = decision.decision === 'confirm' ? 'confirmed' : 'rejected';
    category.decision = { ...decision };
  });
  return { identification: { ...identification, proposals }, problems };
}

/** Options of `applyIdentification`. */
export interface ApplyIdentificationOptions {
  /**
   * Also take away the methodology's categories from schools whose proposal was not confirmed
   * (default false: confirmed categories are added and nothing is taken away).
   */
  replace?: boolean;
}

/**
 * The registry with the confirmed categories given to their schools, so that they reach the
 * indicator calculator through `registryToRecords` (a region's own category as a flag of its id,
 * which `{ category: 'small-rural' }` in an indicator reads). The methodology's own categories
 * that were confirmed join the registry's catalogue. Proposals still pending or rejected change
 * nothing, unless `replace` is set.
 */
export function applyIdentification(
  registry: Registry,
  identification: Identification,
  methodology: Pick<IdentificationMethodology, 'rules' | 'categories'>,
  options: ApplyIdentificationOptions = {},
): Registry {
  const confirmed = new Map<string, Set<string>>();
  for (const proposal of identification.proposals)
    for (const category of proposal.categories)
      if (category.status === 'confirmed') {
        let set = confirmed.get(proposal.schoolId);
        if (set === undefined) confirmed.set(proposal.schoolId, (set = new Set()));
        set.add(category.category);
      }
  const governed = new Set(methodology.rules.map((rule) => rule.category));
  const schools = registry.schools.map((school) => {
    const add = confirmed.get(school.id);
    let categories = school.categories ?? [];
    if (options.replace)
      categories = categories.filter((category) => !governed.has(category) || add?.has(category));
    if (add !== undefined)
      categories = [...categories, ...[...add].filter((category) => !categories.includes(category))];
    if (
      categories.length === (school.categories?.length ?? 0) &&
      categories.every((c, i) => school.categories?.[i] === c)
    )
      return school;
    const updated = { ...school };
    if (categories.length > 0) updated.categories = categories;
    else delete updated.categories;
    return updated;
  });
  // A category the methodology introduced reaches the registry's catalogue once a school has it,
  // so the registry names it and reads it back from next year's file.
  const given = new Set<string>();
  for (const set of confirmed.values()) for (const category of set) given.add(category);
  const own = (methodology.categories ?? []).filter((entry) => given.has(entry.id));
  if (own.length === 0) return { ...registry, schools };
  return { ...registry, schools, catalogue: methodologyCatalogue({ categories: own }, registry.catalogue) };
}
