import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';

/**
 * The one dynamics policy (правило оценки динамики): what counts as no change, how few
 * participants make a result unjudgeable, and what «стабильно низкие» means. Every verdict the
 * SDK gives — the dynamics page and chart, the справка's sentences and tables, the comparison of
 * two monitoring cycles — is taken with it, so a school never gets «стабильно низкие» on one page
 * and «снижение результатов» on another because two tolerances were in use.
 *
 * - `tolerance.points` — a change of at most this many баллы is no change (средний балл,
 *   совокупность средних баллов);
 * - `tolerance.percentagePoints` — the same for percentages, in п.п. (качество знаний,
 *   успеваемость, доли показателей мониторинга);
 * - `minSample` — fewer participants in a compared year flags the school instead of judging it;
 * - `lowThreshold` — a value below it is low: a number in the metric's units, or
 *   `municipal-average` (below the municipality's value of the same year);
 * - `stableLowYears` — «стабильно низкие» over more than two years: `all` — low in every compared
 *   year; a number N ≥ 2 — low in each of the last N compared years (a missing value among them
 *   leaves the question open rather than answering it). In both cases the last change must also
 *   be within the tolerance: a school that fell by more is «снижение результатов», one that rose
 *   by more is «положительная динамика».
 */
export const dynamicsPolicySchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    tolerance: z.strictObject({
      points: z.number().check(z.minimum(0)),
      percentagePoints: z.number().check(z.minimum(0)),
    }),
    minSample: z.number().check(z.int(), z.minimum(0)),
    lowThreshold: z.union([z.number().check(z.minimum(0)), z.literal('municipal-average')]),
    stableLowYears: z.union([z.literal('all'), z.number().check(z.int(), z.minimum(2))]),
  }),
  {
    title: 'DynamicsPolicy',
    description:
      'Правило оценки динамики: допуск (баллы и п.п.), минимальная выборка, порог низких результатов, сколько лет подряд результаты должны быть низкими, чтобы считаться стабильно низкими.',
  },
);

/** The dynamics policy (правило оценки динамики). */
export type DynamicsPolicy = z.infer<typeof dynamicsPolicySchema>;

/** A policy given in part: what is not given comes from `defaultDynamicsPolicy`. */
export const dynamicsPolicyInputSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    tolerance: z.optional(
      z.strictObject({
        points: z.optional(z.number().check(z.minimum(0))),
        percentagePoints: z.optional(z.number().check(z.minimum(0))),
      }),
    ),
    minSample: z.optional(z.number().check(z.int(), z.minimum(0))),
    lowThreshold: z.optional(z.union([z.number().check(z.minimum(0)), z.literal('municipal-average')])),
    stableLowYears: z.optional(z.union([z.literal('all'), z.number().check(z.int(), z.minimum(2))])),
  }),
  {
    title: 'DynamicsPolicyInput',
    description: 'Правило оценки динамики, заданное частично: недостающее берётся из правила по умолчанию.',
  },
);

/** A policy given in part. */
export type DynamicsPolicyInput = z.infer<typeof dynamicsPolicyInputSchema>;

export {
  defaultDynamicsPolicy,
  resolveDynamicsPolicy,
  toleranceFor,
  lowOverPolicyYears,
  dynamicsVerdict,
  type VerdictInput,
  type Verdict,
} from './verdict.js';
