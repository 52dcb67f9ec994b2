import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv.js';

const cellsOf = (text: string, delimiter?: ';' | ',') =>
  parseCsv(text, delimiter ? { delimiter } : {}).rows.map((row) => row.cells);

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    const text =
      'Наименование;Адрес\r\n"МБОУ ""СОШ № 1""";"ул. Ленина, 5;\nкорп. 2"\r\nМБОУ СОШ № 2;ул. Мира\r\n';
    expect(cellsOf(text)).toEqual([
      ['Наименование', 'Адрес'],
      ['МБОУ "СОШ № 1"', 'ул. Ленина, 5;\nкорп. 2'],
      ['МБОУ СОШ № 2', 'ул. Мира'],
    ]);
  });

  it('numbers rows as an editor shows them, blank lines and line breaks in quotes included', () => {
    const rows = parseCsv('a;b\n\n"x\ny";z\nlast;row').rows;
    expect(rows.map((row) => row.row)).toEqual([1, 3, 5]);
  });

  it('keeps the empty last field and a file without a final line break', () => {
    expect(cellsOf('a;b;\nc;d;', ';')).toEqual([
      ['a', 'b', ''],
      ['c', 'd', ''],
    ]);
  });

  it('keeps formula-like text as text', () => {
    expect(cellsOf('"=HYPERLINK(""http://x"";""y"")";+cmd|\' /C calc\'!A0\n', ';')[0]).toEqual([
      '=HYPERLINK("http://x";"y")',
      "+cmd|' /C calc'!A0",
    ]);
  });

  it('reports a quote that is never closed, with its row', () => {
    const result = parseCsv('a;b\n"open;c\nd;e\n');
    expect(result.unterminatedQuoteRow).toBe(2);
  });

  it('detects «;» over decimal commas, and «,» and tabs when they are the separator', () => {
    expect(detectDelimiter('Реестр ОО\nИНН;Доля\n123;12,5\n456;7,25\n')).toBe(';');
    expect(detectDelimiter('inn,name\n1,a\n2,b\n')).toBe(',');
    expect(detectDelimiter('inn\tname\n1\ta\n')).toBe('\t');
  });
});

// Property-based: any table of strings written as RFC 4180 CSV reads back the same, and reads
// the same as papaparse reads it. The seed is pinned so CI runs the same cases; `pnpm fuzz`-style
// longer runs can raise numRuns.
const cell = fc.string({
  unit: fc.constantFrom('a', 'Я', ' ', ';', ',', '"', '\n', '\r\n', '=', '1', '«'),
  maxLength: 8,
});
const table = fc
  .array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 })
  .map((rows) => {
    const width = rows[0]!.length;
    return rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
  });
const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

describe('parseCsv properties (fast-check, seed 20261207)', () => {
  it('reads back any table written with quoted fields', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(';', ','),
        fc.constantFrom('\n', '\r\n'),
        (rows, delimiter, newline) => {
          const text = rows.map((row) => row.map(quote).join(delimiter)).join(newline);
          const parsed = parseCsv(text, { delimiter: delimiter as ';' | ',' }).rows.map((row) => row.cells);
          const expected = rows.filter((row) => row.length > 1 || row[0] !== '');
          expect(parsed).toEqual(expected);
        },
      ),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('agrees with papaparse on text it quotes minimally', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = Papa.unparse(rows, { delimiter: ';', newline: '\n' });
        const theirs = Papa.parse<string[]>(text, { delimiter: ';', newline: '\n' }).data;
        const ours = parseCsv(text, { delimiter: ';' }).rows.map((row) => row.cells);
        expect(ours).toEqual(theirs.filter((row) => row.length > 1 || row[0] !== ''));
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('never throws and never loses characters on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseCsv(text, { delimiter: ';' });
        const kept = result.rows.flatMap((row) => row.cells).join('').length;
        const meaningful = text.replace(/[;\r\n"]/g, '').length;
        expect(kept).toBeGreaterThanOrEqual(meaningful);
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });
});
