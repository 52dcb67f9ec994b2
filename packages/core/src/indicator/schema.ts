import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { recordQuerySchema, schoolPredicateSchema, teacherPredicateSchema } from '../predicate/schema.js';
import { flagNameSchema } from '../record/schema.js';
import { localizedTextSchema } from '../text/schema.js';

/** A code of an indicator, section or population: `1.5`, `4`, `target-schools`. */
export const codeSchema = /* @__PURE__ */ z.string().check(z.regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/));

/** Which way an indicator is better: `higher`, `lower`, or `none` (no judgement). */
export const betterDirectionSchema = /* @__PURE__ */ z.enum(['higher', 'lower', 'none']);

/** Which way an indicator is better. */
export type BetterDirection = z.infer<typeof betterDirectionSchema>;

/** The kind of an indicator: `presence` (наличие), `count` (количество), `share` (доля). */
export const indicatorKindSchema = /* @__PURE__ */ z.enum(['presence', 'count', 'share']);

/** The kind of an indicator. */
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/**
 * A named population (совокупность) a share is taken over: schools or teachers meeting a
 * condition, e.g. `target-schools` = ШНРО и ШНСУ муниципалитета.
 */
export const populationSchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('entity', [
    z.strictObject({
      id: codeSchema,
      entity: z.literal('school'),
      title: localizedTextSchema,
      where: schoolPredicateSchema,
    }),
    z.strictObject({
      id: codeSchema,
      entity: z.literal('teacher'),
      title: localizedTextSchema,
      where: teacherPredicateSchema,
    }),
  ]),
  {
    title: 'Population',
    description: 'Совокупность, от которой берётся доля: школы или педагоги, отвечающие условию.',
  },
);

/** A named population of schools or teachers. */
export type Population = z.infer<typeof populationSchema>;

/** A section of an indicator set (раздел), e.g. «1. По выявлению школ …». */
export const indicatorSectionSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    code: codeSchema,
    title: localizedTextSchema,
    /** The source's own wording when `title` corrects it (kept for reconciling with the report). */
    sourceTitle: z.optional(localizedTextSchema),
  }),
  { title: 'IndicatorSection', description: 'Раздел набора показателей.' },
);

/** A section of an indicator set. */
export type IndicatorSection = z.infer<typeof indicatorSectionSchema>;

const indicatorBase = {
  code: codeSchema,
  /** The code of the section the indicator belongs to. */
  section: codeSchema,
  /** The title as displayed, in correct Russian. */
  title: localizedTextSchema,
  /** The source's own wording when `title` corrects it («Доля педагогических работников ШНРО …»). */
  sourceTitle: z.optional(localizedTextSchema),
  betterDirection: betterDirectionSchema,
  /** Why the indicator is defined as it is (e.g. a population the source leaves implicit). */
  note: z.optional(localizedTextSchema),
};

/**
 * A presence indicator («Наличие …», answered «имеется» or not). Computed from records, it
 * reads the municipality's flag `municipalityFlag`.
 */
export const presenceIndicatorSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('presence'),
  ...indicatorBase,
  municipalityFlag: z.optional(flagNameSchema),
});

/** A presence indicator. */
export type PresenceIndicator = z.infer<typeof presenceIndicatorSchema>;

/**
 * A count indicator («Количество …»). From records it counts `counts` within `population`
 * (all records of that kind when no population is named).
 */
export const countIndicatorSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('count'),
  ...indicatorBase,
  unit: z.optional(localizedTextSchema),
  counts: z.optional(recordQuerySchema),
  population: z.optional(codeSchema),
});

/** A count indicator. */
export type CountIndicator = z.infer<typeof countIndicatorSchema>;

/**
 * A share indicator («Доля …»): how many records of `population` meet `numerator.counts`, as
 * a count and a percentage rounded half-up to `precision` decimals.
 */
export const shareIndicatorSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('share'),
  ...indicatorBase,
  unit: z.optional(localizedTextSchema),
  precision: z.number().check(z.int(), z.minimum(0), z.maximum(6)),
  population: codeSchema,
  numerator: z.strictObject({
    /** What is counted, in the report's words («количество ШНРО и ШНСУ»). */
    description: localizedTextSchema,
    counts: z.optional(recordQuerySchema),
  }),
});

/** A share indicator. */
export type ShareIndicator = z.infer<typeof shareIndicatorSchema>;

/** An indicator definition (показатель), stored as JSON and editable by a region. */
export const indicatorDefinitionSchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('kind', [presenceIndicatorSchema, countIndicatorSchema, shareIndicatorSchema]),
  {
    title: 'IndicatorDefinition',
    description: 'Показатель мониторинга: наличие, количество или доля.',
  },
);

/** An indicator definition. */
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

/** A set of indicators (набор показателей) with its sections and populations. */
export const indicatorSetSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: codeSchema,
      title: localizedTextSchema,
      /** Where the set comes from (a report, an order), for people reading the JSON. */
      source: z.optional(localizedTextSchema),
      sections: z.array(indicatorSectionSchema).check(z.minLength(1)),
      populations: z.array(populationSchema),
      indicators: z.array(indicatorDefinitionSchema).check(z.minLength(1)),
    })
    .check(z.superRefine(checkReferences)),
  {
    title: 'IndicatorSet',
    description: 'Набор показателей мониторинга с разделами и совокупностями.',
  },
);

/** A set of indicators with its sections and populations. */
export type IndicatorSet = z.infer<typeof indicatorSetSchema>;

interface RawSet {
  sections: readonly { code: string }[];
  populations: readonly { id: string; entity: string }[];
  indicators: readonly IndicatorDefinition[];
}

type RefinementContext = z.core.$RefinementCtx<RawSet>;

function report(
  context: RefinementContext,
  path: PropertyKey[],
  reason: string,
  messages: { ru: string; en: string },
): void {
  context.addIssue({ code: 'custom', path, message: messages.en, params: { reason, messages } });
}

function checkUnique(
  context: RefinementContext,
  values: readonly string[],
  list: string,
  field: string,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      report(context, [list, index, field], 'duplicate-code', {
        ru: `значение «${value}» уже встречается выше; коды должны быть уникальны.`,
        en: `"${value}" is used above already; codes must be unique.`,
      });
    }
    seen.add(value);
  });
}

// Cross-references the shape alone cannot check: codes are unique, every indicator's section and
// population exist, and a share counts the same kind of record its population is made of.
function checkReferences(set: RawSet, context: RefinementContext): void {
  checkUnique(
    context,
    set.sections.map((section) => section.code),
    'sections',
    'code',
  );
  checkUnique(
    context,
    set.populations.map((population) => population.id),
    'populations',
    'id',
  );
  checkUnique(
    context,
    set.indicators.map((indicator) => indicator.code),
    'indicators',
    'code',
  );
  const sections = new Set(set.sections.map((section) => section.code));
  const populations = new Map(set.populations.map((population) => [population.id, population.entity]));
  set.indicators.forEach((indicator, index) => {
    if (!sections.has(indicator.section)) {
      report(context, ['indicators', index, 'section'], 'unknown-section', {
        ru: `раздела «${indicator.section}» нет в списке разделов набора.`,
        en: `section "${indicator.section}" is not among the set's sections.`,
      });
    }
    if (indicator.kind === 'presence' || indicator.population === undefined) return;
    const entity = populations.get(indicator.population);
    if (entity === undefined) {
      report(context, ['indicators', index, 'population'], 'unknown-population', {
        ru: `совокупности «${indicator.population}» нет в списке совокупностей набора.`,
        en: `population "${indicator.population}" is not among the set's populations.`,
      });
      return;
    }
    const counts = indicator.kind === 'share' ? indicator.numerator.counts : indicator.counts;
    if (counts !== undefined && counts.entity !== entity) {
      const path =
        indicator.kind === 'share'
          ? ['indicators', index, 'numerator', 'counts', 'entity']
          : ['indicators', index, 'counts', 'entity'];
      report(context, path, 'entity-mismatch', {
        ru: `считаются записи вида «${counts.entity}», а совокупность «${indicator.population}» состоит из записей вида «${entity}».`,
        en: `counts "${counts.entity}" records, but population "${indicator.population}" is made of "${entity}" records.`,
      });
    }
  });
}
