import * as z from 'zod/mini';
import type { IndicatorResult } from '../indicator/compute/result.js';
import { roundHalfUp } from '../share/index.js';
import { changeUnitOf, valueOf } from './compare.js';
import type { LocalizedText } from '../text/schema.js';
import { textSchema } from '../record/schema.js';

/**
 * A target value of an indicator (целевое значение показателя): what a region or a municipality
 * plans to reach, for every territory or for one (a municipality or a school by its id). The
 * value is in the indicator's own unit: the percentage of a share, the count, 1 for «имеется».
 */
export const indicatorTargetSchema = z.object({
  /** The indicator's code in the set («1.1»). */
  code: textSchema,
  /** The target in the indicator's unit. */
  value: z.number(),
  /** The territory the target is set for; absent: every territory without its own. */
  territoryId: z.optional(z.string().check(z.minLength(1))),
  /** Where the target comes from («распоряжение от 12.01.2021 № 5»), as typed. */
  source: z.optional(z.string()),
});

/** A list of targets; one per (code, territory). */
export const indicatorTargetsSchema = z.array(indicatorTargetSchema);

export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;

/**
 * Whether a value reached its target: `met` / `not-met` (judged by the indicator's better
 * direction: at least the target when higher is better, at most when lower is), `not-judged` (the
 * indicator has no better direction, so a target says nothing of reaching it), `no-data` (no
 * value: never compared as a zero), `no-target` (none set for the indicator and territory).
 */
export type TargetVerdict = 'met' | 'not-met' | 'not-judged' | 'no-data' | 'no-target';

/** One value checked against its target. */
export interface TargetCheck {
  verdict: TargetVerdict;
  /** The target that applied, if any. */
  target: IndicatorTarget | null;
  /** The value in the target's unit, `null` when missing. */
  value: number | null;
  /** Value minus target, rounded half up to a tenth: п.п. for shares, units for counts. */
  gap: number | null;
  unit: ReturnType<typeof changeUnitOf>;
}

/** The target of an indicator for a territory: the territory's own first, else the general one. */
export function targetFor(
  targets: readonly IndicatorTarget[],
  code: string,
  territoryId?: string,
): IndicatorTarget | undefined {
  let general: IndicatorTarget | undefined;
  for (const target of targets) {
    if (target.code !== code) continue;
    if (target.territoryId === undefined) general ??= target;
    else if (target.territoryId === territoryId) return target;
  }
  return general;
}

/** Checks a calculator's result against a target (see `TargetVerdict`). */
export function checkTarget(result: IndicatorResult, target: IndicatorTarget | undefined): TargetCheck {
  const unit = changeUnitOf(result.kind);
  const value = valueOf(result)?.value ?? null;
  if (target === undefined) return { verdict: 'no-target', target: null, value, gap: null, unit };
  if (value === null) return { verdict: 'no-data', target, value, gap: null, unit };
  const gap = roundHalfUp(value - target.value, 10);
  if (result.betterDirection === 'none') return { verdict: 'not-judged', target, value, gap, unit };
  const met = result.betterDirection === 'higher' ? value >= target.value : value <= target.value;
  return { verdict: met ? 'met' : 'not-met', target, value, gap, unit };
}

/**
 * How a table names each verdict against a target: a word and a sign, so that nothing is said by
 * colour alone.
 */
export const targetVerdictLabels: Readonly<Record<TargetVerdict, LocalizedText & { sign: string }>> = {
  met: { ru: 'цель достигнута', en: 'target met', sign: '✓' },
  'not-met': { ru: 'цель не достигнута', en: 'target not met', sign: '✗' },
  'not-judged': { ru: 'без оценки', en: 'not judged', sign: '~' },
  'no-data': { ru: 'нет данных', en: 'no data', sign: '—' },
  'no-target': { ru: 'цель не задана', en: 'no target', sign: '' },
};
