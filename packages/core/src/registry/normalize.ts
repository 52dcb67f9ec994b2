import type { LocalizedText } from '../text/schema.js';
import type { CellValue } from './table.js';

/** A value read from a cell, or why it could not be read (in Russian and English). */
export type Normalized<T> =
  { ok: true; value: T | undefined } | { ok: false; code: string; message: LocalizedText };

const ok = <T>(value: T | undefined): Normalized<T> => ({ ok: true, value });
/** An empty cell: one shared answer, as empty cells are many. */
const nothing: Normalized<never> = Object.freeze({ ok: true, value: undefined });
const fail = (code: string, ru: string, en: string): Normalized<never> => ({
  ok: false,
  code,
  message: { ru, en },
});

/** Lower case, «ё» as «е», quotes and punctuation as spaces, spaces collapsed: how headers and values are compared. */
export function normalizeKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = computeKey(text);
    // A file repeats the same few subjects, municipalities and headers thousands of times.
    if (keyCache.size >= 20_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

function computeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„`]/g, '')
    .replace(/[^\p{L}\p{N}+%]+/gu, ' ')
    .trim();
}

/** The cell's text, trimmed, with non-breaking spaces as spaces; `undefined` when empty. */
export function readText(cell: CellValue | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  // Nearly every cell is already clean: hand it back without building new strings (a results
  // file has over a million cells, and the copies were most of the import's garbage).
  if (typeof cell === 'string' && cell.length > 0 && plainEdge(cell.charCodeAt(0))) {
    if (plainEdge(cell.charCodeAt(cell.length - 1)) && cell.indexOf('\u00a0') === -1) return cell;
  }
  const text = (
    typeof cell === 'string' ? cell : typeof cell === 'number' ? String(cell) : cell ? 'да' : 'нет'
  )
    .replace(/\u00a0/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

// Printable ASCII and Cyrillic: characters `trim` never removes, so an edge of them needs no trim.
const plainEdge = (code: number): boolean => (code > 32 && code < 127) || (code >= 0x400 && code <= 0x4ff);

/**
 * True when text would be a formula in a spreadsheet («=HYPERLINK(…)», «+cmd|…», «@SUM», «-1+1»):
 * it is kept as text and never evaluated; the importer says so, in case it is an attack.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-\s*[\d\s,.]+%?$/.test(text));
}

const yes = new Set([
  'да',
  'д',
  '+',
  '1',
  'true',
  'yes',
  'y',
  'истина',
  'есть',
  'имеется',
  'v',
  'x',
  'х',
  '✓',
  '✔',
]);
const no = new Set(['нет', 'н', '-', '0', 'false', 'no', 'n', 'ложь', 'отсутствует', 'не имеется', '—', '–']);

/** «да»/«+»/«1»/«есть» → true, «нет»/«-»/«0» → false, empty → nothing. */
export function normalizeBoolean(cell: CellValue | undefined): Normalized<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') {
    if (cell === 1) return ok(true);
    if (cell === 0) return ok(false);
  }
  const text = readText(cell);
  if (text === undefined) return nothing;
  const key = text.toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '').trim();
  if (yes.has(key)) return ok(true);
  if (no.has(key)) return ok(false);
  return fail(
    'not-a-yes-no',
    `«${text}» — не «да» или «нет» (подходят да/нет, +/-, 1/0).`,
    `"${text}" is not yes or no (yes/no, +/-, 1/0 are accepted).`,
  );
}

/**
 * A number as Russian files write it: «1 234,5», «12,5 %», a number typed as text, or an Excel
 * number. Returns the number and whether a percent sign was present.
 */
export function parseNumberText(text: string): { value: number; percent: boolean } | undefined {
  // Most cells are plain: «25», «31,3»; the general path below handles the rest.
  const plain = plainNumber(text);
  if (plain !== undefined) return { value: plain, percent: false };
  let cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  const percent = cleaned.endsWith('%');
  if (percent) cleaned = cleaned.slice(0, -1);
  cleaned = cleaned.replace(/[−–]/g, '-');
  // «1.234,5» (dots for thousands) and «1,234.5» are both seen; one separator is a decimal point.
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(cleaned)) cleaned = cleaned.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(cleaned)) cleaned = cleaned.replace(/,/g, '');
  else cleaned = cleaned.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
  return { value: Number(cleaned), percent };
}

/**
 * «25» or «31,3» (up to 15 digits each side of one comma), the way nearly every cell of an export
 * is written; `undefined` for anything else. A loop over the characters, since it runs on every
 * number cell of a file.
 */
function plainNumber(text: string): number | undefined {
  const length = text.length;
  if (length === 0 || length > 31) return undefined;
  let comma = -1;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) continue;
    if (code === 44 && comma === -1 && index > 0 && index < length - 1) {
      comma = index;
      continue;
    }
    return undefined;
  }
  if (comma === -1) return length <= 15 ? Number(text) : undefined;
  if (comma > 15 || length - comma - 1 > 15) return undefined;
  return Number(`${text.slice(0, comma)}.${text.slice(comma + 1)}`);
}

/** A number (decimal comma, spaces, a trailing «%» allowed); `nonNegative` refuses negatives. */
export function normalizeNumber(
  cell: CellValue | undefined,
  options: { integer?: boolean; min?: number; max?: number; what?: LocalizedText } = {},
): Normalized<number> {
  let value: number;
  if (typeof cell === 'number') value = cell;
  else {
    const text = readText(cell);
    if (text === undefined) return nothing;
    const plain = plainNumber(text);
    if (plain !== undefined) value = plain;
    else {
      const parsed = parseNumberText(text);
      if (parsed === undefined)
        return fail('not-a-number', `«${text}» — не число.`, `"${text}" is not a number.`);
      value = parsed.value;
    }
  }
  if (!Number.isFinite(value)) return fail('not-a-number', `не число.`, `not a number.`);
  if (
    (options.integer !== true || Number.isInteger(value)) &&
    (options.min === undefined || value >= options.min) &&
    (options.max === undefined || value <= options.max)
  )
    return ok(value);
  // Only a refused number is shown back, so only then is it turned into text.
  const shown = String(value).replace('.', ',');
  if (options.integer && !Number.isInteger(value))
    return fail('not-an-integer', `${shown} — не целое число.`, `${value} is not a whole number.`);
  if (options.min !== undefined && value < options.min) {
    return options.min === 0
      ? fail(
          'negative-number',
          `${shown} — отрицательное число, а здесь нужно число не меньше 0.`,
          `${value} is negative.`,
        )
      : fail('number-too-small', `${shown} меньше ${options.min}.`, `${value} is below ${options.min}.`);
  }
  if (options.max !== undefined && value > options.max) {
    return options.max === 100
      ? fail(
          'percent-above-100',
          `${shown} % больше 100 %: доля не может превышать 100 %.`,
          `${value}% is above 100%.`,
        )
      : fail('number-too-large', `${shown} больше ${options.max}.`, `${value} is above ${options.max}.`);
  }
  return ok(value);
}

/** Days from 1899-12-30 to 1970-01-01: Excel's serial 25569 is the Unix epoch. */
const excelEpochOffset = 25569;

/** An Excel serial date (1900 system; `date1904` for Mac workbooks) as `YYYY-MM-DD`. */
export function excelSerialToIsoDate(serial: number, date1904 = false): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0) - excelEpochOffset;
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** A date: ISO `2023-09-01`, Russian `01.09.2023`, or an Excel serial number → `YYYY-MM-DD`. */
export function normalizeDate(cell: CellValue | undefined): Normalized<string> {
  if (typeof cell === 'number') {
    if (cell > 0 && cell < 2958466) return ok(excelSerialToIsoDate(cell));
    return fail('not-a-date', `${cell} — не дата.`, `${cell} is not a date.`);
  }
  const text = readText(cell);
  if (text === undefined) return nothing;
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  let iso: string | undefined;
  if (match) iso = `${match[1]}-${match[2]}-${match[3]}`;
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(\s*г\.?)?$/.exec(text);
  if (match) {
    const year = match[3]!.length === 2 ? `20${match[3]}` : match[3]!;
    iso = `${year}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  }
  if (iso !== undefined) {
    const date = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso) return ok(iso);
  }
  return fail(
    'not-a-date',
    `«${text}» — не дата (ожидается ДД.ММ.ГГГГ).`,
    `"${text}" is not a date (DD.MM.YYYY expected).`,
  );
}

/**
 * A year of an assessment: «2023», «2022/2023», «2022-2023 уч. год», «2022/23» → the calendar year
 * the school year ends in (ВПР, ОГЭ and ЕГЭ are held in spring), e.g. 2023.
 */
export function normalizeYear(cell: CellValue | undefined): Normalized<number> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 2000 && cell <= 2100) return ok(cell);
  const text = readText(cell);
  if (text === undefined) return nothing;
  // A results file writes the same few years on every row: read each once.
  let known = yearCache.get(text);
  if (known === undefined) {
    known = readYear(text);
    if (yearCache.size >= 1_000) yearCache.clear();
    yearCache.set(text, known);
  }
  return known;
}

const yearCache = new Map<string, Normalized<number>>();

function readYear(text: string): Normalized<number> {
  const span = /^(\d{4})\s*[/\-–—]\s*(\d{4}|\d{2})/.exec(text);
  if (span) {
    const start = Number(span[1]);
    const end = span[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(span[2]) : Number(span[2]);
    if (end === start + 1) return ok(end);
  }
  const single = /^(\d{4})(\s*(г|год)\.?)?$/.exec(text);
  if (single && Number(single[1]) >= 2000 && Number(single[1]) <= 2100) return ok(Number(single[1]));
  return fail(
    'not-a-year',
    `«${text}» — не год (например, 2023 или 2022/2023).`,
    `"${text}" is not a year (e.g. 2023 or 2022/2023).`,
  );
}

/** An organisation's ИНН checks out: 10 digits with the tax service's check digit (or 12 for a person). */
export function innChecksumValid(inn: string): boolean {
  const digits = [...inn].map(Number);
  const check = (weights: readonly number[]) =>
    (weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0) % 11) % 10;
  if (digits.length === 10) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[9];
  if (digits.length === 12)
    return (
      check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[10] &&
      check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[11]
    );
  return false;
}

/** An ИНН: digits only; a 9-digit number from Excel (which drops a leading zero) gets it back. */
export function normalizeInn(cell: CellValue | undefined): Normalized<string> & { restoredZero?: boolean } {
  const text = readText(cell);
  if (text === undefined) return nothing;
  let known = innCache.get(text);
  if (known === undefined) {
    known = checkInn(text);
    if (innCache.size >= 20_000) innCache.clear();
    innCache.set(text, known);
  }
  return known;
}

// A results file names each school's ИНН dozens of times: check each once.
const innCache = new Map<string, Normalized<string> & { restoredZero?: boolean }>();

function checkInn(text: string): Normalized<string> & { restoredZero?: boolean } {
  let digits = text.replace(/[\s\u00a0]/g, '');
  let restoredZero = false;
  if (/^\d{9}$/.test(digits) || /^\d{11}$/.test(digits)) {
    digits = `0${digits}`;
    restoredZero = true;
  }
  if (!/^\d{10}$|^\d{12}$/.test(digits))
    return fail(
      'invalid-inn',
      `«${text}» — не ИНН: нужно 10 цифр (организация).`,
      `"${text}" is not an INN: 10 digits expected.`,
    );
  if (!innChecksumValid(digits))
    return fail(
      'inn-checksum',
      `ИНН ${digits} не проходит проверку контрольной цифры: вероятно, опечатка.`,
      `INN ${digits} fails its check digit: probably a typo.`,
    );
  return { ok: true, value: digits, ...(restoredZero ? { restoredZero } : {}) };
}
