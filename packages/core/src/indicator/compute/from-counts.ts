import type { Issue } from '../../errors/issue.js';
import { formatPath } from '../../errors/path.js';
import type { DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import type { IndicatorDefinition, IndicatorSet } from '../schema.js';
import { countsMessages, type CountField } from './counts-messages.js';
import type { RawValue } from './result.js';
import type { InputExplainer } from './explain.js';

/** What the calculator found for each indicator: its value and the issues naming it. */
export interface Evaluation {
  values: Map<string, RawValue>;
  issues: Map<string, Issue[]>;
  /** Issues that concern no single indicator (an unknown code, a bad population size, a record). */
  general: Issue[];
}

/** Counts input whose answers are not checked yet (one bad answer spoils only its indicator). */
export interface CountsEnvelope {
  kind: 'counts';
  populations?: Record<string, unknown> | undefined;
  answers: Record<string, unknown>;
}

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
      message: countsMessages.fractionalCount(indicator, field, value, locale),
    };
  }
  if (value < 0) {
    return {
      path,
      code: 'negative-count',
      indicatorCode: indicator.code,
      message: countsMessages.negativeCount(indicator, field, value, locale),
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
  explainer: InputExplainer,
): Map<string, number> {
  const sizes = new Map<string, number>();
  const known = new Set(set.populations.map((population) => population.id));
  for (const [id, raw] of Object.entries(input.populations ?? {})) {
    const path = formatPath(['populations', id]);
    if (!known.has(id)) {
      general.push({
        path,
        code: 'unknown-population',
        message: countsMessages.unknownPopulation(id, locale),
      });
      continue;
    }
    const parsed = explainer.size(raw, id, locale);
    if (!parsed.ok) {
      general.push(...parsed.issues);
    } else if (!Number.isInteger(parsed.value) || parsed.value < 0) {
      const reason = Number.isInteger(parsed.value) ? 'negative' : 'fractional';
      general.push({
        path,
        code: `${reason}-count`,
        message: countsMessages.populationSize(id, reason, parsed.value, locale),
      });
    } else {
      sizes.set(id, parsed.value);
    }
  }
  return sizes;
}

/**
 * Evaluates every indicator of the set from answers typed in by a person. A missing answer
 * (absent or `null`) is reported as missing, never taken for zero.
 */
export function evaluateCounts(
  set: IndicatorSet,
  input: CountsEnvelope,
  locale: DisplayLocale,
  explainer: InputExplainer,
): Evaluation {
  const values = new Map<string, RawValue>();
  const issues = new Map<string, Issue[]>();
  const general: Issue[] = [];
  const sizes = readPopulationSizes(set, input, locale, general, explainer);

  const codes = new Set(set.indicators.map((indicator) => indicator.code));
  for (const code of Object.keys(input.answers)) {
    if (!codes.has(code))
      general.push({
        path: answerPath(code),
        code: 'unknown-indicator',
        message: countsMessages.unknownIndicator(code, locale),
      });
  }

  for (const indicator of set.indicators) {
    const found: Issue[] = [];
    issues.set(indicator.code, found);
    values.set(
      indicator.code,
      evaluateAnswer(set, indicator, input.answers[indicator.code], sizes, locale, found, explainer),
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
  explainer: InputExplainer,
): RawValue {
  const code = indicator.code;
  if (raw === undefined || raw === null) return { kind: 'missing', reason: 'not-answered' };
  const parsed = explainer.answer(raw, code, locale);
  if (!parsed.ok) {
    found.push(...parsed.issues);
    return { kind: 'invalid' };
  }
  const answer = parsed.value;
  const wrongKind = (): RawValue => {
    found.push({
      path: answerPath(code),
      code: 'wrong-answer-kind',
      indicatorCode: code,
      message: countsMessages.wrongAnswerKind(indicator, answer, locale),
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
          message: countsMessages.numeratorAboveDenominator(indicator, answer.numerator, denominator, locale),
        });
        return { kind: 'invalid' };
      }
      return { kind: 'share', numerator: answer.numerator, denominator };
    }
  }
}
