import { catalogueLookup, type CatalogueEntry, type RegionCatalogue } from '../registry/catalogue.js';
import type { LocalizedText } from '../text/schema.js';
import type { IdentificationMethodology } from './schema.js';

/** A category or risk a methodology names that neither the built-in lists nor the region define. */
export interface MethodologyCatalogueProblem {
  /** Where in the methodology: `rules[1].category`, `criteria[2].of[0]`. */
  path: (string | number)[];
  code: 'unknown-category' | 'unknown-resource-risk';
  id: string;
  message: LocalizedText;
}

/**
 * The region's catalogue with the methodology's own categories added: what identification labels
 * its proposals with, and what the registry learns when a proposal is confirmed.
 */
export function methodologyCatalogue(
  methodology: Pick<IdentificationMethodology, 'categories'>,
  catalogue: RegionCatalogue = {},
): RegionCatalogue {
  if (methodology.categories === undefined || methodology.categories.length === 0) return catalogue;
  const known = new Set((catalogue.categories ?? []).map((entry) => entry.id));
  const added: CatalogueEntry[] = methodology.categories.filter((entry) => !known.has(entry.id));
  return { ...catalogue, categories: [...(catalogue.categories ?? []), ...added] };
}

/**
 * Checks that every category and resource risk a methodology names is defined: built in
 * (`low-results`, …), in the region's catalogue (the registry's `catalogue`) or among the
 * methodology's own `categories`. A region's own ids are accepted like the built-in ones; a typo
 * («low-result») is named with where it is, in Russian, instead of proposing a category nobody has.
 */
export function checkMethodologyCatalogue(
  methodology: IdentificationMethodology,
  catalogue: RegionCatalogue = {},
): MethodologyCatalogueProblem[] {
  const lookup = catalogueLookup(methodologyCatalogue(methodology, catalogue));
  const categories = new Set(lookup.categories.map((entry) => entry.id));
  const risks = new Set(lookup.resourceRisks.map((entry) => entry.id));
  const problems: MethodologyCatalogueProblem[] = [];
  const category = (id: string, path: (string | number)[], where: string) => {
    if (categories.has(id)) return;
    problems.push({
      path,
      code: 'unknown-category',
      id,
      message: {
        ru: `${where}: категория «${id}» не задана — её нет ни среди встроенных (${[...categories].slice(0, 3).join(', ')}), ни в справочнике региона, ни в категориях методики.`,
        en: `${where.replace('правило', 'rule').replace('критерий', 'criterion')}: category "${id}" is not defined (neither built in, nor in the region's catalogue, nor in the methodology).`,
      },
    });
  };
  methodology.rules.forEach((rule, index) =>
    category(rule.category, ['rules', index, 'category'], `правило ${index + 1}`),
  );
  methodology.criteria.forEach((criterion, index) => {
    if (criterion.kind === 'category')
      category(criterion.category, ['criteria', index, 'category'], `критерий «${criterion.id}»`);
    if (criterion.kind === 'resource-risks')
      (criterion.of ?? []).forEach((id, position) => {
        if (risks.has(id)) return;
        problems.push({
          path: ['criteria', index, 'of', position],
          code: 'unknown-resource-risk',
          id,
          message: {
            ru: `критерий «${criterion.id}»: риск «${id}» не задан — его нет ни среди встроенных, ни в справочнике региона.`,
            en: `criterion "${criterion.id}": resource risk "${id}" is not defined.`,
          },
        });
      });
  });
  return problems;
}
