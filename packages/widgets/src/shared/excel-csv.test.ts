import { describe, expect, it } from 'vitest';
import { toExcelCsv } from './excel-csv.js';

describe('toExcelCsv', () => {
  it('writes a BOM, quotes every cell, doubles quotes, separates with «;» and ends lines with CRLF', () => {
    expect(
      toExcelCsv([
        ['Код', 'Показатель'],
        ['38,9', 'Наличие "программы"; раздел'],
      ]),
    ).toBe('\uFEFF"Код";"Показатель"\r\n"38,9";"Наличие ""программы""; раздел"\r\n');
  });

  it('keeps codes Excel would read as dates as text, and never lets free text run as a formula', () => {
    expect(toExcelCsv([[{ text: '1.5' }, '=HYPERLINK("x")', '+1', '@a', '-', 'ok']])).toBe(
      '\uFEFF"=""1.5""";"\'=HYPERLINK(""x"")";"\'+1";"\'@a";"\'-";"ok"\r\n',
    );
  });
});
