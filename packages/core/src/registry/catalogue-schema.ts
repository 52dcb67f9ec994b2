import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { localizedTextSchema } from '../text/schema.js';

// The catalogue's schemas, apart from the lookup in catalogue.ts: a widget that reads files with
// the lookup loads no zod (a bundler keeps a module's schemas once anything of it is used).

/** An id of a category or risk: Latin, lower case, hyphens (`low-results`, `remote-rural`). */
export const catalogueIdSchema = /* @__PURE__ */ z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));

/**
 * A category or resource risk the region defines (or a built-in one it renames): its id, how it
 * is named, and the ways files write it (ШНОР, ШНРО, «низкие результаты», …).
 */
export const catalogueEntrySchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: catalogueIdSchema,
    label: localizedTextSchema,
    aliases: z.optional(z.array(z.string().check(z.trim(), z.minLength(1)))),
  }),
  { title: 'CatalogueEntry', description: 'Категория школы или риск, заданные регионом.' },
);

/** A category or risk defined by the region. */
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/**
 * A region's categories and resource risks (справочники региона). The three categories and three
 * risks of the seeds are always there; a region adds its own («малокомплектная сельская школа»,
 * «нет учителя математики») and they import, identify and label like the built-in ones.
 */
export const regionCatalogueSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    categories: z.optional(z.array(catalogueEntrySchema)),
    resourceRisks: z.optional(z.array(catalogueEntrySchema)),
  }),
  { title: 'RegionCatalogue', description: 'Справочники региона: категории школ и риски.' },
);

/** A region's categories and resource risks. */
export type RegionCatalogue = z.infer<typeof regionCatalogueSchema>;
