import { schoolCategoryLabels, resourceRiskLabels } from '../school/labels.js';
import { resourceRiskIds, schoolCategoryIds } from '../school/lists.js';
import type { LocalizedText } from '../text/schema.js';
import type { CatalogueEntry, RegionCatalogue } from './catalogue-schema.js';
import { normalizeKey } from './normalize.js';

// The schemas stay importable from here; a module that uses only the lookup never loads them.
export {
  catalogueEntrySchema,
  catalogueIdSchema,
  regionCatalogueSchema,
  type CatalogueEntry,
  type RegionCatalogue,
} from './catalogue-schema.js';

const builtInCategoryAliases: Readonly<Record<string, readonly string[]>> = {
  'low-results': [
    'ШНОР',
    'ШНРО',
    'НОР',
    'ШНОР/ШНРО',
    'низкие результаты',
    'низкие образовательные результаты',
    'школа с низкими результатами обучения',
    'школа с низкими образовательными результатами',
    'ОО с низкими образовательными результатами',
  ],
  'unfavourable-conditions': [
    'ШНСУ',
    'неблагоприятные условия',
    'неблагоприятные социальные условия',
    'сложные социальные условия',
    'школа в неблагоприятных социальных условиях',
    'школа, функционирующая в неблагоприятных социальных условиях',
    'школа, функционирующая в сложных социальных условиях',
  ],
  'risk-of-decline': [
    'зона риска',
    'риск снижения',
    'риск снижения образовательных результатов',
    'зона риска снижения образовательных результатов',
    'школа в зоне риска',
  ],
};

const builtInRiskAliases: Readonly<Record<string, readonly string[]>> = {
  'no-stable-internet': [
    'нет интернета',
    'нет устойчивого интернета',
    'отсутствие устойчивого доступа в интернет',
    'интернет',
  ],
  'too-few-computers': [
    'нет компьютеров',
    'нехватка компьютеров',
    'недостаточно компьютеров',
    'отсутствие достаточного количества компьютерной техники',
    'недостаточно компьютерной техники',
    'нехватка компьютерной техники',
    'компьютерной техники',
    'компьютерная техника',
    'компьютеры',
  ],
  'staff-shortage': [
    'дефицит кадров',
    'дефицит педагогических кадров',
    'нехватка учителей',
    'кадры',
    'нехватка кадров',
  ],
};

/** A lookup from the ways files write a category or risk to its id. */
export interface CatalogueLookup {
  categories: readonly CatalogueEntry[];
  resourceRisks: readonly CatalogueEntry[];
  category(text: string): string | undefined;
  resourceRisk(text: string): string | undefined;
  categoryLabel(id: string): LocalizedText;
  resourceRiskLabel(id: string): LocalizedText;
}

function merge(
  builtIn: readonly string[],
  labels: Readonly<Record<string, LocalizedText>>,
  aliases: Readonly<Record<string, readonly string[]>>,
  own: readonly CatalogueEntry[] = [],
): CatalogueEntry[] {
  const entries = new Map<string, CatalogueEntry>();
  for (const id of builtIn) entries.set(id, { id, label: labels[id]!, aliases: [...(aliases[id] ?? [])] });
  for (const entry of own) {
    const existing = entries.get(entry.id);
    entries.set(entry.id, {
      id: entry.id,
      label: entry.label,
      aliases: [...(existing?.aliases ?? []), ...(entry.aliases ?? [])],
    });
  }
  return [...entries.values()];
}

function index(entries: readonly CatalogueEntry[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    byKey.set(normalizeKey(entry.id), entry.id);
    byKey.set(normalizeKey(entry.label.ru), entry.id);
    if (entry.label.en) byKey.set(normalizeKey(entry.label.en), entry.id);
    for (const alias of entry.aliases ?? []) byKey.set(normalizeKey(alias), entry.id);
  }
  return byKey;
}

/** The built-in categories and risks plus the region's own, ready to read values from files. */
export function catalogueLookup(catalogue: RegionCatalogue = {}): CatalogueLookup {
  const categories = merge(
    schoolCategoryIds,
    schoolCategoryLabels,
    builtInCategoryAliases,
    catalogue.categories,
  );
  const risks = merge(resourceRiskIds, resourceRiskLabels, builtInRiskAliases, catalogue.resourceRisks);
  const categoryKeys = index(categories);
  const riskKeys = index(risks);
  const label = (entries: readonly CatalogueEntry[], id: string): LocalizedText =>
    entries.find((entry) => entry.id === id)?.label ?? { ru: id, en: id };
  return {
    categories,
    resourceRisks: risks,
    category: (text) => categoryKeys.get(normalizeKey(text)),
    resourceRisk: (text) => riskKeys.get(normalizeKey(text)),
    categoryLabel: (id) => label(categories, id),
    resourceRiskLabel: (id) => label(risks, id),
  };
}
