/** What a typed number field holds: nothing, a number, or text that is not a number. */
export type TypedNumber =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'not-a-number'; readonly text: string };

// Spaces, no-break and narrow no-break spaces: «1 202» is how people group thousands. Not tabs
// or line breaks: «7⇥18» pasted from a spreadsheet is two cells, never 718.
const groupSpaces = /[ \u00a0\u202f]+/g;
// An optional sign (hyphen or the minus sign U+2212), digits, and a decimal comma or point.
const decimal = /^([+\-\u2212]?)(\d+)(?:[.,](\d+))?$/;

/**
 * Reads a number as a person types it in a Russian form: «7», «1 202», «12,5», «12.5», «-3».
 * Only reading: whether it must be whole or non-negative is the core's rule, so «12,5» comes
 * back as 12.5 for the core to name; text that is no number at all comes back as it is.
 */
export function readTypedNumber(raw: string): TypedNumber {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  const match = decimal.exec(text.replace(groupSpaces, ''));
  if (!match) return { kind: 'not-a-number', text };
  const [, sign, whole, fraction] = match;
  const value = Number(`${whole}${fraction === undefined ? '' : `.${fraction}`}`);
  return { kind: 'number', value: sign === '-' || sign === '\u2212' ? -value : value };
}
