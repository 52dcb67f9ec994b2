import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { requireArgument } from '../errors/require-argument.js';
import { reportIssue } from '../mentorship/issue.js';
import { bilingualTextSchema } from './schema.js';
import { targetGroupSchema, type TargetGroup } from './target-group.js';
import { textSchema } from '../record/schema.js';

/** A direction of work within a target group (направление работы), as a region's catalogue lists it. */
export const workDirectionSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: textSchema,
    targetGroup: targetGroupSchema,
    title: bilingualTextSchema,
    /** What the direction covers, in the catalogue's own words. */
    examples: z.optional(z.array(z.string().check(z.minLength(1)))),
  }),
  { title: 'WorkDirection', description: 'Направление работы с целевой группой.' },
);

/** A direction of work (направление работы). */
export type WorkDirection = z.infer<typeof workDirectionSchema>;

/** A catalogue of directions: built-in (seed 000) or a region's own; ids are unique. */
export const directionCatalogueSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: textSchema,
      source: z.string().check(z.minLength(1)),
      directions: z.array(workDirectionSchema),
    })
    .check(
      z.superRefine((catalogue, context) => {
        const seen = new Set<string>();
        catalogue.directions.forEach((direction, index) => {
          if (seen.has(direction.id)) {
            reportIssue(context, ['directions', index, 'id'], 'duplicate-id', {
              ru: `направление с идентификатором «${direction.id}» уже есть выше; идентификаторы должны быть уникальны.`,
              en: `the direction "${direction.id}" appears above already; ids must be unique.`,
            });
          }
          seen.add(direction.id);
        });
      }),
    ),
  { title: 'DirectionCatalogue', description: 'Каталог направлений работы.' },
);

/** A catalogue of directions of work. */
export type DirectionCatalogue = z.infer<typeof directionCatalogueSchema>;

/**
 * Seed 000's clusters: three directions for teachers, four for students, two for parents, worded as
 * the analytical report words them (its «по отдельных оценочным процедурам» is given in correct grammar).
 */
export const defaultDirectionCatalogue: DirectionCatalogue = {
  id: 'seed-000',
  source:
    'Аналитическая справка № 1 по результатам мониторинга формирования «дорожных карт» ОО с НОР, 30.11.2020',
  directions: [
    {
      id: 'teachers-professional-development',
      targetGroup: 'teachers',
      title: {
        ru: 'Совершенствование предметных и методических компетенций (профессиональное развитие)',
        en: 'Subject and methodological competence (professional development)',
      },
    },
    {
      id: 'teachers-specific-area',
      targetGroup: 'teachers',
      title: {
        ru: 'Совершенствование предметных и методических компетенций по отдельному направлению',
        en: 'Subject and methodological competence in a specific area',
      },
      examples: [
        'повышение компетенции по работе с отдельными категориями обучающихся',
        'ИКТ-компетентность',
      ],
    },
    {
      id: 'teachers-education-quality',
      targetGroup: 'teachers',
      title: {
        ru: 'Совершенствование предметных и методических компетенций учителей по повышению качества образования',
        en: 'Teachers’ competence in raising the quality of education',
      },
    },
    {
      id: 'students-psychological-support',
      targetGroup: 'students',
      title: {
        ru: 'Психолого-педагогическое сопровождение обучающихся',
        en: 'Psychological and pedagogical support of students',
      },
    },
    {
      id: 'students-motivation',
      targetGroup: 'students',
      title: { ru: 'Повышение мотивации учения', en: 'Raising learning motivation' },
    },
    {
      id: 'students-assessment-results',
      targetGroup: 'students',
      title: {
        ru: 'Повышение качества образовательных результатов обучающихся по отдельным оценочным процедурам',
        en: 'Raising students’ results in specific assessments',
      },
    },
    {
      id: 'students-personal-needs',
      targetGroup: 'students',
      title: {
        ru: 'Создание условий для удовлетворения потребностей личности',
        en: 'Conditions for meeting individual needs',
      },
    },
    {
      id: 'parents-cooperation',
      targetGroup: 'parents',
      title: { ru: 'Развитие сотрудничества', en: 'Developing cooperation' },
    },
    {
      id: 'parents-information',
      targetGroup: 'parents',
      title: { ru: 'Информационная работа', en: 'Informing parents' },
    },
  ],
};

const catalogueExtensionSchema = /* @__PURE__ */ z.strictObject({
  id: z.optional(textSchema),
  source: z.optional(z.string()),
  directions: z.array(workDirectionSchema),
});

/**
 * A catalogue extended with a region's own directions (or replacing titles of existing ids).
 * Throws `ShnroArgumentError` naming the field when either argument or the result is not a valid catalogue.
 */
export function extendDirectionCatalogue(
  base: DirectionCatalogue,
  extension: { id?: string; source?: string; directions: readonly WorkDirection[] },
): DirectionCatalogue {
  base = requireArgument('extendDirectionCatalogue', 'base', directionCatalogueSchema, base);
  extension = requireArgument('extendDirectionCatalogue', 'extension', catalogueExtensionSchema, extension);
  const replaced = new Map(extension.directions.map((direction) => [direction.id, direction]));
  const kept = base.directions.map((direction) => replaced.get(direction.id) ?? direction);
  const added = extension.directions.filter(
    (direction) => !base.directions.some((known) => known.id === direction.id),
  );
  return requireArgument('extendDirectionCatalogue', 'extension', directionCatalogueSchema, {
    id: extension.id ?? base.id,
    source: extension.source ? `${base.source}; ${extension.source}` : base.source,
    directions: [...kept, ...added],
  });
}

/** The directions of one target group, in catalogue order. */
export function directionsFor(catalogue: DirectionCatalogue, targetGroup: TargetGroup): WorkDirection[] {
  return catalogue.directions.filter((direction) => direction.targetGroup === targetGroup);
}

/** The direction with this id, or `undefined`. */
export function findDirection(
  catalogue: DirectionCatalogue,
  id: string | undefined,
): WorkDirection | undefined {
  return id === undefined ? undefined : catalogue.directions.find((direction) => direction.id === id);
}
