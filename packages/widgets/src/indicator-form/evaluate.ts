import {
  indicatorName,
  markInvalidAnswers,
  missingPart,
  type IndicatorDefinition,
  type IndicatorReport,
  type IndicatorResult,
  type IndicatorSet,
  type Issue,
} from '@shnro/core';
import { computeCountsChecked } from '../indicator-table/checked-report.js';
import { formatMessage, type Message, type WidgetLocale } from '../shared/localize.js';
import {
  buildCountsInput,
  fieldKey,
  fieldsOfSet,
  type BuiltInput,
  type FormField,
  type IndicatorFormEntries,
} from './entries.js';
import { indicatorFormMessages } from './messages.js';

/** Why a field is wrong: text that is no number, a rule of the core, or a required answer missing. */
export type ProblemKind = 'bad-input' | 'rule' | 'missing';

/** One problem at one field. */
export interface FieldProblem {
  readonly field: FormField;
  readonly kind: ProblemKind;
  readonly issue: Issue;
}

/** Everything the form shows and reports, computed from the set and the typed text. */
export interface FormEvaluation {
  readonly built: BuiltInput;
  /** The core's report on what could be read. */
  readonly report: IndicatorReport;
  /** The same report with unreadable entries marked invalid: what the table and the export show. */
  readonly view: IndicatorReport;
  /** Every field problem, in the set's field order. */
  readonly problems: readonly FieldProblem[];
  /** Problems of no single field (an invalid set, an unknown population). */
  readonly general: readonly Issue[];
  /** The core's remarks that are no error (no population size yet, an empty population), by field key. */
  readonly hints: ReadonlyMap<string, string>;
  /** The fields of the set, in order. */
  readonly fields: readonly FormField[];
  /** Set while the core's wording of a problem the light calculator found loads; evaluate again then. */
  readonly pending?: Promise<unknown>;
}

/**
 * Computes the form's state: the counts input, the core's report (`computeIndicators`' report,
 * by the light calculator while nothing is wrong), and each problem placed at
 * its field by the issue's path (or its indicator's first field). Required answers are the
 * only thing the widget adds, and only when asked: which answers are missing is the core's.
 */
export function evaluateForm(
  set: IndicatorSet,
  entries: IndicatorFormEntries,
  locale: WidgetLocale,
  required: boolean,
): FormEvaluation {
  const built = buildCountsInput(set, entries, locale);
  const { report, pending } = computeCountsChecked(set, built.input, locale);
  const fields = report.results.length > 0 ? fieldsOfSet(set) : [];
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const firstOf = new Map<string, FormField>();
  for (const field of fields) if (!firstOf.has(field.code)) firstOf.set(field.code, field);

  const atField = new Map<string, FieldProblem[]>();
  const add = (problem: FieldProblem) => {
    const list = atField.get(problem.field.key) ?? [];
    list.push(problem);
    atField.set(problem.field.key, list);
  };
  for (const [key, issue] of built.unreadable) {
    const field = byKey.get(key);
    if (field) add({ field, kind: 'bad-input', issue });
  }
  const general: Issue[] = [];
  for (const issue of report.issues) {
    const field =
      byKey.get(issue.path) ??
      (issue.indicatorCode === undefined ? undefined : firstOf.get(issue.indicatorCode));
    if (field) add({ field, kind: 'rule', issue });
    else general.push(issue);
  }

  const hints = new Map<string, string>();
  const unreadableCodes = new Set([...built.unreadable.values()].map((issue) => issue.indicatorCode));
  const definitions = new Map(set.indicators.map((indicator) => [indicator.code, indicator]));
  const messages = indicatorFormMessages[locale];
  for (const result of report.results) {
    const definition = definitions.get(result.code);
    if (!definition || unreadableCodes.has(result.code)) continue;
    const population = fieldKey(result.code, 'denominator');
    if (result.status === 'empty-population' && result.reason) hints.set(population, result.reason);
    // What counts as not answered yet is the core's; asking for it (`required`) is the form's.
    const lacks = missingPart(result);
    if (lacks === 'population') {
      if (!required && result.reason) hints.set(population, result.reason);
      else if (required) add(missing(definition, result, 'denominator', messages.requiredPopulation, locale));
    } else if (lacks === 'answer' && required) {
      const [role, template] =
        definition.kind === 'presence'
          ? (['presence', messages.requiredPresence] as const)
          : definition.kind === 'count'
            ? (['count', messages.requiredCount] as const)
            : (['numerator', messages.requiredCount] as const);
      add(missing(definition, result, role, template, locale));
    }
  }

  const problems = fields.flatMap((field) => atField.get(field.key) ?? []);
  return {
    built,
    report,
    view: markInvalidAnswers(report, [...built.unreadable.values()]),
    problems,
    general,
    hints,
    fields,
    ...(pending ? { pending } : {}),
  };
}

function missing(
  definition: IndicatorDefinition,
  result: IndicatorResult,
  role: 'presence' | 'count' | 'numerator' | 'denominator',
  template: Message,
  locale: WidgetLocale,
): FieldProblem {
  const key = fieldKey(definition.code, role);
  const population = result.kind === 'share' ? result.populationTitle : '';
  return {
    field: { key, code: definition.code, role },
    kind: 'missing',
    issue: {
      path: key,
      code: 'value-missing',
      indicatorCode: definition.code,
      message: formatMessage(template, { name: indicatorName(definition, locale), population }),
    },
  };
}
