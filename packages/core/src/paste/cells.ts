import { refuseArgument, showArgument } from '../errors/argument-error.js';

/**
 * Cells pasted from a spreadsheet (вставка из Excel): Excel, LibreOffice and Google Sheets put a
 * copied range on the clipboard as text, cells separated by tabs, rows by line breaks, a cell
 * holding a tab, a line break or a quote wrapped in quotes with its quotes doubled.
 */

/** The rows of a pasted range, each a list of cell texts as copied. */
export type PastedCells = readonly (readonly string[])[];

/**
 * Splits clipboard text into rows and cells. The line break a spreadsheet adds after the last row
 * is not a row. Never throws: any text is some cells.
 */
export function splitPastedCells(text: string): PastedCells {
  if (typeof text !== 'string') refuseText('splitPastedCells', text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"' && cell === '') {
      // A quoted cell: up to the quote not doubled; quotes inside are doubled.
      let close = index + 1;
      let value = '';
      for (;;) {
        const next = text.indexOf('"', close);
        if (next === -1) {
          value = '';
          close = -1;
          break;
        }
        if (text[next + 1] === '"') {
          value += text.slice(close, next + 1);
          close = next + 2;
          continue;
        }
        value += text.slice(close, next);
        close = next + 1;
        break;
      }
      const after = close === -1 ? undefined : text[close];
      if (close !== -1 && (after === undefined || after === '\t' || after === '\n' || after === '\r')) {
        cell = value;
        index = close;
        continue;
      }
      // Not a well-formed quoted cell: the quote is part of the text.
    }
    if (char === '\t') endCell();
    else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && text[index + 1] === '\n') index += 1;
    } else cell += char;
    index += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** A pasted cell read as a number: nothing, a number, or text that is none. */
export type PastedNumber =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'not-a-number'; readonly text: string };

// Spaces, no-break and narrow no-break spaces: «1 202» groups thousands in Russian tables.
const groupSpaces = /[ \u00a0\u202f]+/g;
const decimal = /^([+\-\u2212]?)(\d+)(?:[.,](\d+))?$/;

/**
 * Reads a cell as a Russian spreadsheet shows a number: «7», «1 202», «12,5» (decimal comma),
 * «12.5», «−3». A cell with a tab or anything else in it is not a number: «7⇥18» is two cells,
 * never 718.
 */
export function readPastedNumber(cell: string): PastedNumber {
  if (typeof cell !== 'string') refuseText('readPastedNumber', cell, 'cell');
  const text = cell.trim();
  if (text === '') return { kind: 'empty' };
  const match = decimal.exec(text.replace(groupSpaces, ''));
  if (!match) return { kind: 'not-a-number', text };
  const [, sign, whole, fraction] = match;
  const value = Number(`${whole}${fraction === undefined ? '' : `.${fraction}`}`);
  return { kind: 'number', value: sign === '-' || sign === '\u2212' ? -value : value };
}

function refuseText(functionName: string, value: unknown, argument = 'text'): never {
  return refuseArgument(functionName, argument, 'invalid-argument', {
    ru: `${functionName}: аргумент «${argument}» должен быть текстом, а указано ${showArgument(value)}.`,
    en: `${functionName}: the argument "${argument}" must be text, not ${showArgument(value)}.`,
  });
}

function isTarget(value: unknown): value is PasteTarget {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const { key, kind, label } = value as Record<string, unknown>;
    return typeof key === 'string' && (kind === 'number' || kind === 'presence') && typeof label === 'string';
  } catch {
    return false; // a getter that throws: not a field description
  }
}

/** What a field of a form takes from a pasted cell. */
export interface PasteTarget {
  /** The field's key in the form. */
  readonly key: string;
  /** `number`: a count or a population; `presence`: yes or no («имеется», «нет»). */
  readonly kind: 'number' | 'presence';
  /** The field's name, for a refusal that names it. */
  readonly label: string;
}

/** What to do with a paste into a field of a form. */
export type PastePlan =
  /** One cell: the browser pastes it as typed text. */
  | { readonly status: 'single' }
  /** Each cell into one field, from the one pasted into, in the form's order. */
  | { readonly status: 'fill'; readonly values: readonly { readonly key: string; readonly text: string }[] }
  /** Nothing is changed; the messages say why. */
  | { readonly status: 'refused'; readonly messages: { readonly ru: string; readonly en: string } };

const presenceWords: Readonly<Record<string, 'yes' | 'no'>> = {
  да: 'yes',
  есть: 'yes',
  имеется: 'yes',
  'в наличии': 'yes',
  yes: 'yes',
  '1': 'yes',
  '+': 'yes',
  нет: 'no',
  отсутствует: 'no',
  'не имеется': 'no',
  no: 'no',
  '0': 'no',
  '-': 'no',
};

function plural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

/**
 * Plans a paste into `targets[start]` the way a spreadsheet fills a range: the cells, row after
 * row, go into that field and the ones after it in the form's order. A paste with more cells than
 * fields left, or a cell a field cannot take, is refused whole: nothing is merged into one number.
 */
export function planPaste(text: string, targets: readonly PasteTarget[], start: number): PastePlan {
  if (typeof text !== 'string') refuseText('planPaste', text);
  if (!Array.isArray(targets) || !targets.every(isTarget)) {
    refuseArgument('planPaste', 'targets', 'invalid-argument', {
      ru: 'planPaste: аргумент «targets» должен быть списком полей формы ({ key, kind: number | presence, label }).',
      en: 'planPaste: the argument "targets" must be a list of form fields ({ key, kind: number | presence, label }).',
    });
  }
  if (!Number.isInteger(start)) {
    refuseArgument('planPaste', 'start', 'invalid-argument', {
      ru: `planPaste: аргумент «start» должен быть целым номером поля, а указано ${showArgument(start)}.`,
      en: `planPaste: the argument "start" must be a whole field index, not ${showArgument(start)}.`,
    });
  }
  const rows = splitPastedCells(text);
  const cells = rows.flat();
  if (cells.length <= 1) return { status: 'single' };
  const left = targets.length - start;
  if (start < 0 || cells.length > left) {
    const count = cells.length;
    const room = Math.max(left, 0);
    return {
      status: 'refused',
      messages: {
        ru: `Вставка не выполнена: скопировано ${count} ${plural(count, 'значение', 'значения', 'значений')}, а от этого поля до конца формы ${room} ${plural(room, 'поле', 'поля', 'полей')}. Ничего не изменено.`,
        en: `Nothing was pasted: ${count} values were copied, but ${room} ${room === 1 ? 'field is' : 'fields are'} left from this one to the end of the form. Nothing was changed.`,
      },
    };
  }
  const values: { key: string; text: string }[] = [];
  for (const [offset, cell] of cells.entries()) {
    const target = targets[start + offset]!;
    const shown = cell.trim();
    if (target.kind === 'presence') {
      const answer = shown === '' ? '' : presenceWords[shown.toLowerCase()];
      if (answer === undefined) {
        return {
          status: 'refused',
          messages: {
            ru: `Вставка не выполнена: значение № ${offset + 1} «${shown}» для поля «${target.label}» — не «да» и не «нет». Ничего не изменено.`,
            en: `Nothing was pasted: value no. ${offset + 1} "${shown}" for "${target.label}" is neither yes nor no. Nothing was changed.`,
          },
        };
      }
      values.push({ key: target.key, text: answer });
      continue;
    }
    if (readPastedNumber(cell).kind === 'not-a-number') {
      return {
        status: 'refused',
        messages: {
          ru: `Вставка не выполнена: значение № ${offset + 1} «${shown}» для поля «${target.label}» — не число. Ничего не изменено.`,
          en: `Nothing was pasted: value no. ${offset + 1} "${shown}" for "${target.label}" is not a number. Nothing was changed.`,
        },
      };
    }
    values.push({ key: target.key, text: shown });
  }
  return { status: 'fill', values };
}
