/** A percentage as printed: its digits as an integer and the number of decimals printed. */
export interface PrintedPercent {
  /** 389 for «38,9%». */
  scaled: number;
  /** 1 for «38,9%», 2 for «72,22%», 0 for «100%». */
  decimals: number;
  /** The value as a number: 38.9. */
  value: number;
}

const notStated = /^[-–—]?$/;

function compact(text: string): string {
  // Reports put ordinary, no-break and narrow no-break spaces before «%» and between digit groups.
  return text.replace(/[\s\u00a0\u202f]/g, '');
}

/**
 * Reads a printed percentage: «38,9%», «38,8 %», «72,22%», «100%», `38.9`. Returns `null` when
 * nothing is stated («-», empty) and `undefined` when the text is not a percentage.
 */
export function parsePrintedPercent(
  printed: number | string | null | undefined,
): PrintedPercent | null | undefined {
  if (printed === null || printed === undefined) return null;
  // Anything but a number or a text (an object from a damaged file) is simply not a percentage.
  if (typeof printed !== 'number' && typeof printed !== 'string') return undefined;
  const text =
    typeof printed === 'number'
      ? Number.isFinite(printed)
        ? String(printed)
        : ''
      : compact(printed).replace(/%$/, '');
  if (typeof printed === 'string' && notStated.test(text)) return null;
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (match === null) return undefined;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  const scaled = Number(whole + fraction);
  if (!Number.isSafeInteger(scaled)) return undefined;
  return { scaled, decimals: fraction.length, value: scaled / 10 ** fraction.length };
}

/**
 * Reads a printed whole number: `7`, «7», «1 204». Returns `null` when nothing is stated and
 * `undefined` when the text is not a whole non-negative number.
 */
export function parsePrintedCount(printed: number | string | null | undefined): number | null | undefined {
  if (printed === null || printed === undefined) return null;
  if (typeof printed === 'number') return Number.isSafeInteger(printed) && printed >= 0 ? printed : undefined;
  if (typeof printed !== 'string') return undefined;
  const text = compact(printed);
  if (notStated.test(text)) return null;
  return /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : undefined;
}
