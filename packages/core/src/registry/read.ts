import { parseCsv, type CsvDelimiter } from './csv.js';
import { decodeBytes, decodeText, sniffFile, type TextEncodingName } from './decode.js';
import { ProblemList, type ImportProblem } from './problem.js';
import type { RawSheet } from './table.js';

/** A file handed to an importer: its name (for messages and the format) and its bytes or text. */
export interface ImportFile {
  name: string;
  /** The file's bytes (from `fs.readFile`, `File.arrayBuffer()`), or its text when already decoded. */
  data: Uint8Array | ArrayBuffer | string;
}

/** Options of reading a file. */
export interface ReadOptions {
  /** Force a text encoding (default: BOM, then UTF-8 if valid, else Windows-1251). */
  encoding?: TextEncodingName;
  /** Force a CSV separator (default: detected). */
  delimiter?: CsvDelimiter;
  /** Larger files are refused with a message (default 30 MB: a region's registry is a few MB). */
  maxBytes?: number;
}

/** A file read into sheets, or the problems that stopped it. */
export interface TableFile {
  file: string;
  format: 'csv' | 'xlsx' | 'unknown';
  encoding?: TextEncodingName;
  delimiter?: CsvDelimiter;
  sheets: RawSheet[];
  problems: ImportProblem[];
}

/** The default largest file: 30 MB. */
export const defaultMaxBytes = 30 * 1024 * 1024;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '').replace('.', ',');

/**
 * Reads a CSV or XLSX file into sheets of rows. XLSX is read by SheetJS, loaded on first use;
 * CSV by the core's own parser. Never throws on a bad file: the problems say what is wrong.
 */
export async function readTableFile(file: ImportFile, options: ReadOptions = {}): Promise<TableFile> {
  const problems = new ProblemList(file.name);
  const result: TableFile = { file: file.name, format: 'unknown', sheets: [], problems: problems.items };
  if (typeof file.data === 'string') return readCsvText(file.name, file.data, options, result, problems);

  const bytes = file.data instanceof Uint8Array ? file.data : new Uint8Array(file.data);
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  if (bytes.length > maxBytes) {
    problems.error('file-too-large', {
      ru: `файл весит ${megabytes(bytes.length)} МБ, а загрузить можно не больше ${megabytes(maxBytes)} МБ. Разделите файл или сохраните только нужные листы.`,
      en: `the file is ${megabytes(bytes.length)} MB; at most ${megabytes(maxBytes)} MB can be loaded.`,
    });
    return result;
  }
  const kind = sniffFile(bytes);
  const looksLikeWorkbook = /\.(xlsx|xlsm|xls)$/i.test(file.name);
  if (
    kind === 'empty' ||
    (kind === 'text' && decodeBytes(bytes.subarray(0, 4096), 'utf-8').trim() === '' && bytes.length < 4096)
  ) {
    problems.error('empty-file', { ru: 'файл пуст.', en: 'the file is empty.' });
    return result;
  }
  if (kind === 'zip' || kind === 'cfb') {
    result.format = 'xlsx';
    const { readWorkbook } = await import('./xlsx.js');
    const workbook = readWorkbook(bytes);
    if (!workbook.ok) {
      if (workbook.reason === 'password-protected')
        problems.error('password-protected', {
          ru: 'книга защищена паролем: её нельзя прочитать. Снимите пароль в Excel («Файл → Сведения → Защитить книгу») и загрузите снова.',
          en: 'the workbook is password-protected and cannot be read. Remove the password in Excel and load it again.',
        });
      else
        problems.error('not-a-workbook', {
          ru: 'файл не читается как книга Excel (XLSX): возможно, он повреждён или это файл другого формата с расширением .xlsx.',
          en: 'the file cannot be read as an Excel workbook: it may be damaged or another format renamed to .xlsx.',
        });
      return result;
    }
    result.sheets = workbook.sheets;
    for (const sheet of workbook.sheets) {
      if (sheet.hidden && sheet.rows.length > 0)
        problems.items.push({
          severity: 'warning',
          code: 'hidden-sheet',
          file: file.name,
          sheet: sheet.name,
          message: {
            ru: `лист «${sheet.name}» скрыт в Excel; его данные тоже загружены — проверьте, нужны ли они.`,
            en: `sheet "${sheet.name}" is hidden in Excel; its data is imported too.`,
          },
        });
    }
    if (workbook.sheets.every((sheet) => sheet.rows.length === 0))
      problems.error('empty-file', {
        ru: 'в книге нет ни одной заполненной ячейки.',
        en: 'the workbook has no filled cells.',
      });
    return result;
  }
  if (kind === 'binary' || looksLikeWorkbook) {
    problems.error('not-a-table', {
      ru: looksLikeWorkbook
        ? 'файл назван как книга Excel, но не является ею (внутри не XLSX). Сохраните его в Excel как «Книга Excel (*.xlsx)» или как CSV.'
        : 'файл не похож ни на CSV, ни на книгу Excel (XLSX): внутри двоичные данные.',
      en: looksLikeWorkbook
        ? 'the file is named as an Excel workbook but is not one. Save it as .xlsx or CSV.'
        : 'the file is neither CSV nor an Excel workbook: it holds binary data.',
    });
    return result;
  }
  const decoded = decodeText(bytes, options.encoding);
  result.encoding = decoded.encoding;
  if (decoded.warning) problems.add('warning', decoded.warning.code, decoded.warning.message);
  return readCsvText(file.name, decoded.text, options, result, problems);
}

function readCsvText(
  name: string,
  text: string,
  options: ReadOptions,
  result: TableFile,
  problems: ProblemList,
): TableFile {
  result.format = 'csv';
  if (text.trim() === '') {
    problems.error('empty-file', { ru: 'файл пуст.', en: 'the file is empty.' });
    return result;
  }
  const parsed = parseCsv(text, options.delimiter === undefined ? {} : { delimiter: options.delimiter });
  result.delimiter = parsed.delimiter;
  if (parsed.unterminatedQuoteRow !== undefined)
    problems.error(
      'unterminated-quote',
      {
        ru: 'кавычка в начале поля не закрыта до конца файла: строки ниже склеились в одно поле. Проверьте кавычки в этой строке.',
        en: 'a quote opened here is never closed: the rows below were read as one field.',
      },
      { row: parsed.unterminatedQuoteRow },
    );
  const sheetName = name.replace(/\.[^.]+$/, '');
  result.sheets = [{ name: sheetName, hidden: false, rows: parsed.rows, merges: [] }];
  return result;
}
