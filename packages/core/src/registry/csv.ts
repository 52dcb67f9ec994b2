import type { RawRow } from './table.js';

/** A field separator of a CSV file: `;` (Russian Excel), `,` or a tab. */
export type CsvDelimiter = ';' | ',' | '\t';

/** The rows of a CSV text and what could not be read cleanly. */
export interface CsvParseResult {
  delimiter: CsvDelimiter;
  rows: RawRow[];
  /** A quoted field left open at the end of the file starts on this row. */
  unterminatedQuoteRow?: number;
}

const candidates: readonly CsvDelimiter[] = [';', '\t', ','];

/** Fields up to this length are shared between rows when equal; longer ones are mostly unique. */
const internMaxLength = 24;
const internMaxEntries = 65_536;

/**
 * Guesses the separator from the first lines: the one that splits most lines into the same
 * number of fields. A title line above the header has none and does not vote; `,` loses ties
 * since decimal commas make its counts vary.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = text
    .slice(0, 65536)
    .split(/\r\n|\n|\r/)
    .slice(0, 30);
  let best: CsvDelimiter = ';';
  let bestScore = 0;
  for (const delimiter of candidates) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const count = countOutsideQuotes(line, delimiter);
      if (count > 0) counts.set(count, (counts.get(count) ?? 0) + 1);
    }
    let score = 0;
    for (const [fields, lineCount] of counts) score = Math.max(score, lineCount * 1000 + fields);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * Parses CSV text (RFC 4180 and what Excel writes): quoted fields with `""` for a quote and line
 * breaks inside, CRLF, LF or CR line ends. Every cell stays text: nothing is evaluated, so
 * «=HYPERLINK(…)» is just those characters. Blank lines are skipped but still counted, so row
 * numbers match what an editor shows.
 */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): CsvParseResult {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const separator = delimiter.charCodeAt(0);
  const rows: RawRow[] = [];
  const length = text.length;
  let line = 1;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let cells: string[] = [];
  let rowStart = 1;
  let unterminatedQuoteRow: number | undefined;
  const interned = new Map<string, string>();

  const endRow = () => {
    if (cells.length > 1 || cells[0] !== '') rows.push({ row: rowStart, cells });
    cells = [];
  };

  while (position <= length) {
    if (cells.length === 0) rowStart = line;
    if (position === length) {
      // A file ending without a line break still has its last field.
      if (cells.length > 0) {
        cells.push('');
        endRow();
      }
      break;
    }
    let value: string;
    if (text.charCodeAt(position) === 0x22) {
      // Quoted field: scan to the closing quote, unescaping doubled quotes.
      let start = position + 1;
      let parts = '';
      for (;;) {
        const quote = text.indexOf('"', start);
        if (quote === -1) {
          unterminatedQuoteRow = rowStart;
          parts += text.slice(start);
          line += countBreaks(text, start, length);
          position = length;
          break;
        }
        parts += text.slice(start, quote);
        line += countBreaks(text, start, quote);
        if (text.charCodeAt(quote + 1) === 0x22) {
          parts += '"';
          start = quote + 2;
          continue;
        }
        position = quote + 1;
        break;
      }
      // Characters after the closing quote (malformed, e.g. `"a"b`) are kept, not lost.
      let end = position;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === separator || code === 0x0a || code === 0x0d) break;
        end++;
      }
      value = parts + text.slice(position, end);
      position = end;
    } else {
      let end = position;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === separator || code === 0x0a || code === 0x0d) break;
        end++;
      }
      value = text.slice(position, end);
      if (end - position <= internMaxLength) {
        // Files repeat the same short values (ИНН, предмет, год, small counts) on thousands of
        // rows: keeping one copy of each leaves far less for the garbage collector to move.
        const known = interned.get(value);
        if (known !== undefined) value = known;
        else if (interned.size < internMaxEntries) interned.set(value, value);
      }
      position = end;
    }
    cells.push(value);
    if (position >= length) {
      endRow();
      break;
    }
    const code = text.charCodeAt(position);
    if (code === separator) {
      position++;
      if (position === length) {
        cells.push('');
        endRow();
        break;
      }
      continue;
    }
    // Line end: CRLF, LF or CR.
    position += code === 0x0d && text.charCodeAt(position + 1) === 0x0a ? 2 : 1;
    line++;
    endRow();
    if (position === length) break;
  }
  const result: CsvParseResult = { delimiter, rows };
  if (unterminatedQuoteRow !== undefined) result.unterminatedQuoteRow = unterminatedQuoteRow;
  return result;
}

function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) count++;
    else if (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a) count++;
  }
  return count;
}
