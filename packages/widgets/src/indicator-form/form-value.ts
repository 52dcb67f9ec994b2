import type { Issue } from '@shnro/core';
import type { FormSnapshot } from '../shared/form-associated.js';
import type { FormEvaluation } from './evaluate.js';
import type { FormTerm } from './field-view.js';

/**
 * What the form gives its host `<form>`: the counts input as JSON, the typed text to restore,
 * and the first problem as a validity flag (bad input, a missing answer, or a rule), anchored on
 * its field. Only the edit mode has problems: a read-only form is always valid.
 */
export function formSnapshotOf(
  evaluation: FormEvaluation,
  options: {
    readonly state: string;
    readonly editing: boolean;
    readonly schemaIssues: readonly Issue[];
    readonly anchor: (code: string, role: string) => HTMLElement | undefined;
  },
): FormSnapshot {
  const value = JSON.stringify(evaluation.built.input);
  const { state } = options;
  if (!options.editing) return { value, state };
  const general = [...options.schemaIssues, ...evaluation.general][0];
  if (general) return { value, state, problem: { flags: { customError: true }, message: general.message } };
  const first = evaluation.problems[0];
  if (!first) return { value, state };
  const flags: ValidityStateFlags =
    first.kind === 'bad-input'
      ? { badInput: true }
      : first.kind === 'missing'
        ? { valueMissing: true }
        : { customError: true };
  const anchor = options.anchor(first.field.code, first.field.role);
  return { value, state, problem: { flags, message: first.issue.message, ...(anchor ? { anchor } : {}) } };
}

/**
 * What a screen reader hears after a change: the indicator's problems (a missing answer only
 * once its field was left), or its percentage with count and population.
 */
export function describeIndicator(
  evaluation: FormEvaluation,
  code: string,
  touched: ReadonlySet<string>,
  t: FormTerm,
): string {
  const problems = evaluation.problems.filter(
    (problem) =>
      problem.field.code === code && (problem.kind !== 'missing' || touched.has(problem.field.key)),
  );
  if (problems.length > 0) return problems.map((problem) => problem.issue.message).join(' ');
  const result = evaluation.view.results.find((candidate) => candidate.code === code);
  if (
    result?.kind === 'share' &&
    result.display !== null &&
    result.numerator !== null &&
    result.denominator !== null
  )
    return `${result.display} (${t('resultOf', { count: result.numerator, population: result.denominator })})`;
  return '';
}
