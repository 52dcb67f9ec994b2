/** The three forms a Russian noun takes after a number: for 1 (школа), for 2–4 (школы), for 5 and up (школ). */
export type RussianPluralForms = readonly [one: string, few: string, many: string];

/**
 * The form of a Russian noun that agrees with a number: 1 школа, 2 школы, 5 школ, 11 школ,
 * 21 школа, 22 школы. A fraction takes the «few» form, as Russian does: 1,5 балла, 0,7 балла.
 */
export function pluralRu(count: number, forms: RussianPluralForms): string {
  const n = Math.abs(count);
  if (!Number.isInteger(n)) return forms[1];
  const lastTwo = n % 100;
  const last = n % 10;
  if (last === 1 && lastTwo !== 11) return forms[0];
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return forms[1];
  return forms[2];
}

/** A count with its noun: «1 школа», «2 школы», «5 школ». */
export function countRu(count: number, forms: RussianPluralForms): string {
  return `${count} ${pluralRu(count, forms)}`;
}
