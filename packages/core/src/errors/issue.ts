/**
 * A problem with input, as shown to a person: where (`path`, e.g. `schools[3].categories[0]`),
 * what kind (`code`, kebab-case), and a sentence in the requested language. The calculator
 * adds the code of the indicator the problem concerns.
 */
export interface Issue {
  /** Where the problem is, in JavaScript notation: `schools[3].categories[0]`, `answers["1.5"].numerator`. */
  path: string;
  /** A stable kebab-case code: `invalid-type`, `unknown-indicator`, `numerator-above-denominator`, … */
  code: string;
  /** The problem in a sentence, Russian or English. */
  message: string;
  /** The code of the indicator concerned (код показателя), when there is one. */
  indicatorCode?: string;
}

/** The outcome of parsing: the value, or the issues that explain why it was refused. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
