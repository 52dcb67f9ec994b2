// The XLSX reader. Loaded only through `import('./xlsx.js')` from `read.ts`, so code that never
// reads a workbook never loads SheetJS (≈ 400 kB).
import { read, SSF, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import { excelSerialToIsoDate } from './normalize.js';
import type { CellValue, RawRow, RawSheet } from './table.js';

/** Why a workbook could not be opened, in the importer's terms. */
export type WorkbookFailure = 'password-protected' | 'not-a-workbook';

/** The sheets of a workbook, or why it could not be read. */
export type WorkbookRead =
  { ok: true; sheets: RawSheet[] } | { ok: false; reason: WorkbookFailure; detail: string };

function cellValue(cell: CellObject | undefined, date1904: boolean): CellValue {
  if (cell === undefined) return null;
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number;
      // A date is a number with a date format; its cached value is what Excel showed.
      if (typeof cell.z === 'string' && SSF.is_date(cell.z)) return excelSerialToIsoDate(value, date1904);
      return value;
    }
    case 's':
      return cell.v as string;
    case 'b':
      return cell.v as boolean;
    case 'd':
      return (cell.v as Date).toISOString().slice(0, 10);
    case 'e':
      // An error cell (#DIV/0!, #N/A): shown as Excel shows it, so the row problem names it.
      return cell.w ?? '#ОШИБКА';
    default:
      return null;
  }
}

/**
 * Reads every sheet of a workbook: values as Excel cached them (formulas are never evaluated;
 * their last computed value is used), dates as ISO text, merged ranges kept for the header.
 */
export function readWorkbook(bytes: Uint8Array): WorkbookRead {
  let workbook: WorkBook;
  try {
    workbook = read(bytes, {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellNF: true,
      cellText: false,
      cellDates: false,
      WTF: false,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(detail)) return { ok: false, reason: 'password-protected', detail };
    return { ok: false, reason: 'not-a-workbook', detail };
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets: RawSheet[] = workbook.SheetNames.map((name, index) => {
    const sheet = workbook.Sheets[name];
    const hidden = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    const rows: RawRow[] = [];
    if (sheet === undefined || sheet['!ref'] === undefined) return { name, hidden, rows, merges: [] };
    const range = utils.decode_range(sheet['!ref']);
    for (let r = range.s.r; r <= range.e.r; r++) {
      const cells: CellValue[] = [];
      let any = false;
      for (let c = 0; c <= range.e.c; c++) {
        const value =
          c < range.s.c
            ? null
            : cellValue(sheet[utils.encode_cell({ r, c })] as CellObject | undefined, date1904);
        if (value !== null && value !== '') any = true;
        cells.push(value);
      }
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      if (any) rows.push({ row: r + 1, cells });
    }
    const merges = (sheet['!merges'] ?? []).map((merge) => ({
      top: merge.s.r,
      left: merge.s.c,
      bottom: merge.e.r,
      right: merge.e.c,
    }));
    return { name, hidden, rows, merges };
  });
  return { ok: true, sheets };
}
