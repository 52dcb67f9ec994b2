import type { Issue } from '../../errors/issue.js';
import { formatPath } from '../../errors/path.js';
import type { DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import type { IndicatorDefinition, IndicatorSet } from '../schema.js';
import type { CodedCountsIssue, CountField } from './coded-issue.js';
import type { RawValue } from './result.js';
import type { InputExplainer } from './explain.js';

/** What the calculator found for each indicator: its value and the issues naming it. */
export interface Evaluation<I = Issue> {
  values: Map<string, RawValue>;
  issues: Map<string, I[]>;
  /** Issues that concern no single indicator (an unknown code, a bad population size, a record). */
  general: I[];
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
): CodedCountsIssue | undefined {
  if (Number.isInteger(value) && value >= 0) return undefined;
  return {
    path,
    code: Number.isInteger(value) ? 'negative-count' : 'fractional-count',
    indicatorCode: indicator.code,
    params: { title: pickText(indicator.title, locale), field, value },
  };
}

/** Reads the population sizes typed in once for all shares over them. */
function readPopulationSizes<I>(
  set: IndicatorSet,
  input: CountsEnvelope,
  locale: DisplayLocale,
  general: I[],
  explainer: InputExplainer<I>,
): Map<string, number> {
  const sizes = new Map<string, number>();
  const known = new Set(set.populations.map((population) => population.id));
  for (const [id, raw] of Object.entries(input.populations ?? {})) {
    const path = formatPath(['populations', id]);
    if (!known.has(id)) {
      general.push(
        explainer.sayCounts({ path, code: 'unknown-population', params: { population: id } }, locale),
      );
      continue;
    }
    const parsed = explainer.size(raw, id, locale);
    if (!parsed.ok) {
      general.push(...parsed.issues);
    } else if (!Number.isInteger(parsed.value) || parsed.value < 0) {
      const code = Number.isInteger(parsed.value) ? 'negative-count' : 'fractional-count';
      general.push(
        explainer.sayCounts({ path, code, params: { population: id, value: parsed.value } }, locale),
      );
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
export function evaluateCounts<I>(
  set: IndicatorSet,
  input: CountsEnvelope,
  locale: DisplayLocale,
  explainer: InputExplainer<I>,
): Evaluation<I> {
  const values = new Map<string, RawValue>();
  const issues = new Map<string, I[]>();
  const general: I[] = [];
  const sizes = readPopulationSizes(set, input, locale, general, explainer);

  const codes = new Set(set.indicators.map((indicator) => indicator.code));
  for (const code of Object.keys(input.answers)) {
    if (!codes.has(code))
      general.push(
        explainer.sayCounts(
          { path: answerPath(code), code: 'unknown-indicator', params: { indicator: code } },
          locale,
        ),
      );
  }

  for (const indicator of set.indicators) {
    const found: I[] = [];
    issues.set(indicator.code, found);
    values.set(
      indicator.code,
      evaluateAnswer(set, indicator, input.answers[indicator.code], sizes, locale, found, explainer),
    );
  }
  return { values, issues, general };
}

function evaluateAnswer<I>(
  set: IndicatorSet,
  indicator: IndicatorDefinition,
  raw: unknown,
  sizes: Map<string, number>,
  locale: DisplayLocale,
  found: I[],
  explainer: InputExplainer<I>,
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
    found.push(
      explainer.sayCounts(
        {
          path: answerPath(code),
          code: 'wrong-answer-kind',
          indicatorCode: code,
          params: { title: pickText(indicator.title, locale), kind: indicator.kind, value: answer },
        },
        locale,
      ),
    );
    return { kind: 'invalid' };
  };
  const note = (problem: CodedCountsIssue | undefined): boolean => {
    if (problem !== undefined) found.push(explainer.sayCounts(problem, locale));
    return problem !== undefined;
  };

  switch (indicator.kind) {
    case 'presence':
      return typeof answer === 'boolean' ? { kind: 'presence', present: answer } : wrongKind();
    case 'count': {
      if (typeof answer !== 'number') return wrongKind();
      return note(checkCount(indicator, 'count', answer, answerPath(code), locale))
        ? { kind: 'invalid' }
        : { kind: 'count', count: answer };
    }
    case 'share': {
      if (answer === null || typeof answer !== 'object') return wrongKind();
      const denominator = answer.denominator ?? sizes.get(indicator.population);
      const numeratorProblem = note(
        checkCount(indicator, 'numerator', answer.numerator, answerPath(code, 'numerator'), locale),
      );
      if (denominator === undefined) {
        const population = set.populations.find((candidate) => candidate.id === indicator.population);
        const title = population === undefined ? indicator.population : pickText(population.title, locale);
        return numeratorProblem
          ? { kind: 'invalid' }
          : { kind: 'missing', reason: 'no-population-size', detail: title };
      }
      // A denominator from `populations` was checked when it was read.
      const denominatorProblem =
        answer.denominator !== undefined &&
        note(checkCount(indicator, 'denominator', denominator, answerPath(code, 'denominator'), locale));
      if (numeratorProblem || denominatorProblem) return { kind: 'invalid' };
      if (answer.numerator > denominator) {
        note({
          path: answerPath(code, 'numerator'),
          code: 'numerator-above-denominator',
          indicatorCode: code,
          params: { title: pickText(indicator.title, locale), numerator: answer.numerator, denominator },
        });
        return { kind: 'invalid' };
      }
      return { kind: 'share', numerator: answer.numerator, denominator };
    }
  }
}
