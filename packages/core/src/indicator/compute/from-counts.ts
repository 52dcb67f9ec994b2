import * as z from 'zod/mini';
import { describeIssues, formatPath, type Issue } from '../../errors/index.js';
import type { DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import { indicatorAnswerSchema } from '../input.js';
import type { IndicatorDefinition, IndicatorSet } from '../schema.js';
import { computeMessages, type CountField } from './messages.js';
import type { RawValue } from './result.js';

/** What the calculator found for each indicator: its value and the issues naming it. */
export interface Evaluation {
  values: Map<string, RawValue>;
  issues: Map<string, Issue[]>;
  /** Issues that concern no single indicator (an unknown code, a bad population size, a record). */
  general: Issue[];
}

/** The envelope of counts input; answers and sizes are checked one by one so one bad answer spoils only its indicator. */
export const countsEnvelopeSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('counts'),
  populations: z.optional(z.record(z.string(), z.unknown())),
  answers: z.record(z.string(), z.unknown()),
});

/** Counts input whose answers are not checked yet. */
export type CountsEnvelope = z.infer<typeof countsEnvelopeSchema>;

function answerPath(code: string, field?: string): string {
  return formatPath(field === undefined ? ['answers', code] : ['answers', code, field]);
}

/** Checks that a typed-in count is a whole, non-negative number; returns the issue otherwise. */
function checkCount(
  indicator: IndicatorDefinition,
  field: CountField,
  value: number,
  path: string,
  locale: DisplayLocale,
): Issue | undefined {
  if (!Number.isInteger(value)) {
    return {
      path,
      code: 'fractional-count',
      indicatorCode: indicator.code,
      message: computeMessages.fractionalCount(indicator, field, value, locale),
    };
  }
  if (value < 0) {
    return {
      path,
      code: 'negative-count',
      indicatorCode: indicator.code,
      message: computeMessages.negativeCount(indicator, field, value, locale),
    };
  }
  return undefined;
}

/** Reads the population sizes typed in once for all shares over them. */
function readPopulationSizes(
  set: IndicatorSet,
  input: CountsEnvelope,
  locale: DisplayLocale,
  general: Issue[],
): Map<string, number> {
  const sizes = new Map<string, number>();
  const known = new Set(set.populations.map((population) => population.id));
  for (const [id, raw] of Object.entries(input.populations ?? {})) {
    const path = formatPath(['populations', id]);
    if (!known.has(id)) {
      general.push({
        path,
        code: 'unknown-population',
        message: computeMessages.unknownPopulation(id, locale),
      });
      continue;
    }
    const parsed = z.number().safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      general.push(...describeIssues(parsed.error, locale, { pathPrefix: ['populations', id] }));
    } else if (!Number.isInteger(parsed.data) || parsed.data < 0) {
      const reason = Number.isInteger(parsed.data) ? 'negative' : 'fractional';
      general.push({
        path,
        code: `${reason}-count`,
        message: computeMessages.populationSize(id, reason, parsed.data, locale),
      });
    } else {
      sizes.set(id, parsed.data);
    }
  }
  return sizes;
}

/**
 * Evaluates every indicator of the set from answers typed in by a person. A missing answer
 * (absent or `null`) is reported as missing, never taken for zero.
 */
export function evaluateCounts(set: IndicatorSet, input: CountsEnvelope, locale: DisplayLocale): Evaluation {
  const values = new Map<string, RawValue>();
  const issues = new Map<string, Issue[]>();
  const general: Issue[] = [];
  const sizes = readPopulationSizes(set, input, locale, general);

  const codes = new Set(set.indicators.map((indicator) => indicator.code));
  for (const code of Object.keys(input.answers)) {
    if (!codes.has(code))
      general.push({
        path: answerPath(code),
        code: 'unknown-indicator',
        message: computeMessages.unknownIndicator(code, locale),
      });
  }

  for (const indicator of set.indicators) {
    const found: Issue[] = [];
    issues.set(indicator.code, found);
    values.set(
      indicator.code,
      evaluateAnswer(set, indicator, input.answers[indicator.code], sizes, locale, found),
    );
  }
  return { values, issues, general };
}

function evaluateAnswer(
  set: IndicatorSet,
  indicator: IndicatorDefinition,
  raw: unknown,
  sizes: Map<string, number>,
  locale: DisplayLocale,
  found: Issue[],
): RawValue {
  const code = indicator.code;
  if (raw === undefined || raw === null) return { kind: 'missing', reason: 'not-answered' };
  const parsed = indicatorAnswerSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    found.push(
      ...describeIssues(parsed.error, locale, { pathPrefix: ['answers', code], indicatorCode: code }),
    );
    return { kind: 'invalid' };
  }
  const answer = parsed.data;
  const wrongKind = (): RawValue => {
    found.push({
      path: answerPath(code),
      code: 'wrong-answer-kind',
      indicatorCode: code,
      message: computeMessages.wrongAnswerKind(indicator, answer, locale),
    });
    return { kind: 'invalid' };
  };

  switch (indicator.kind) {
    case 'presence':
      return typeof answer === 'boolean' ? { kind: 'presence', present: answer } : wrongKind();
    case 'count': {
      if (typeof answer !== 'number') return wrongKind();
      const problem = checkCount(indicator, 'count', answer, answerPath(code), locale);
      if (problem !== undefined) found.push(problem);
      return problem === undefined ? { kind: 'count', count: answer } : { kind: 'invalid' };
    }
    case 'share': {
      if (answer === null || typeof answer !== 'object') return wrongKind();
      const denominator = answer.denominator ?? sizes.get(indicator.population);
      const numeratorProblem = checkCount(
        indicator,
        'numerator',
        answer.numerator,
        answerPath(code, 'numerator'),
        locale,
      );
      if (numeratorProblem !== undefined) found.push(numeratorProblem);
      if (denominator === undefined) {
        const population = set.populations.find((candidate) => candidate.id === indicator.population);
        const title = population === undefined ? indicator.population : pickText(population.title, locale);
        return numeratorProblem === undefined
          ? { kind: 'missing', reason: 'no-population-size', detail: title }
          : { kind: 'invalid' };
      }
      // A denominator from `populations` was checked when it was read.
      const denominatorProblem =
        answer.denominator === undefined
          ? undefined
          : checkCount(indicator, 'denominator', denominator, answerPath(code, 'denominator'), locale);
      if (denominatorProblem !== undefined) found.push(denominatorProblem);
      if (numeratorProblem !== undefined || denominatorProblem !== undefined) return { kind: 'invalid' };
      if (answer.numerator > denominator) {
        found.push({
          path: answerPath(code, 'numerator'),
          code: 'numerator-above-denominator',
          indicatorCode: code,
          message: computeMessages.numeratorAboveDenominator(
            indicator,
            answer.numerator,
            denominator,
            locale,
          ),
        });
        return { kind: 'invalid' };
      }
      return { kind: 'share', numerator: answer.numerator, denominator };
    }
  }
}
