import { describe, expect, it } from 'vitest';
import { ShnroArgumentError } from '../errors/argument-error.js';
import { planPaste, readPastedNumber, splitPastedCells, type PasteTarget } from './cells.js';

const targets: PasteTarget[] = [
  { key: 'a', kind: 'number', label: '1.1' },
  { key: 'b', kind: 'number', label: '1.2 численность' },
  { key: 'c', kind: 'presence', label: '1.3' },
  { key: 'd', kind: 'number', label: '1.4' },
  { key: 'e', kind: 'number', label: '1.5' },
];

describe('splitPastedCells', () => {
  it('splits tabs into cells and line breaks into rows, without the row Excel adds at the end', () => {
    expect(splitPastedCells('7\t18\r\n2\t18\r\n')).toEqual([
      ['7', '18'],
      ['2', '18'],
    ]);
    expect(splitPastedCells('7\n18')).toEqual([['7'], ['18']]);
    expect(splitPastedCells('7')).toEqual([['7']]);
    expect(splitPastedCells('')).toEqual([]);
    // An empty cell is a cell, as in the spreadsheet.
    expect(splitPastedCells('7\t\t18')).toEqual([['7', '', '18']]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes inside', () => {
    expect(splitPastedCells('"МБОУ ""СОШ № 3"""\t"две\nстроки"\t5\r\n')).toEqual([
      ['МБОУ "СОШ № 3"', 'две\nстроки', '5'],
    ]);
    // A quote in the middle of a cell is text.
    expect(splitPastedCells('12"\t5')).toEqual([['12"', '5']]);
  });
});

describe('readPastedNumber', () => {
  it('reads a decimal comma, grouped thousands and a minus sign', () => {
    expect(readPastedNumber('12,5')).toEqual({ kind: 'number', value: 12.5 });
    expect(readPastedNumber('1 202')).toEqual({ kind: 'number', value: 1202 });
    expect(readPastedNumber('\u22123')).toEqual({ kind: 'number', value: -3 });
    expect(readPastedNumber(' ')).toEqual({ kind: 'empty' });
  });

  it('never reads two cells as one number', () => {
    expect(readPastedNumber('7\t18')).toEqual({ kind: 'not-a-number', text: '7\t18' });
    expect(readPastedNumber('38,9%')).toEqual({ kind: 'not-a-number', text: '38,9%' });
  });
});

describe('planPaste', () => {
  it('leaves one cell to the browser', () => {
    expect(planPaste('718', targets, 0)).toEqual({ status: 'single' });
    expect(planPaste('7\r\n', targets, 0)).toEqual({ status: 'single' });
  });

  it('fills consecutive fields in the form’s order from the one pasted into: «7⇥18» is 7 and 18', () => {
    expect(planPaste('7\t18', targets, 0)).toEqual({
      status: 'fill',
      values: [
        { key: 'a', text: '7' },
        { key: 'b', text: '18' },
      ],
    });
    // Rows follow rows, across a yes/no field, as a column copied from a monitoring table.
    expect(planPaste('18\r\nимеется\r\n12,5\r\n', targets, 1)).toEqual({
      status: 'fill',
      values: [
        { key: 'b', text: '18' },
        { key: 'c', text: 'yes' },
        { key: 'd', text: '12,5' },
      ],
    });
  });

  it('refuses a paste with more cells than fields left, saying how many of each', () => {
    const plan = planPaste('7\t18\r\n2\t18\r\n1\t202\r\n', targets, 2);
    expect(plan).toEqual({
      status: 'refused',
      messages: {
        ru: 'Вставка не выполнена: скопировано 6 значений, а от этого поля до конца формы 3 поля. Ничего не изменено.',
        en: 'Nothing was pasted: 6 values were copied, but 3 fields are left from this one to the end of the form. Nothing was changed.',
      },
    });
  });

  it('refuses a cell a field cannot take, naming it', () => {
    expect(planPaste('7\tсемь', targets, 0)).toEqual({
      status: 'refused',
      messages: {
        ru: 'Вставка не выполнена: значение № 2 «семь» для поля «1.2 численность» — не число. Ничего не изменено.',
        en: 'Nothing was pasted: value no. 2 "семь" for "1.2 численность" is not a number. Nothing was changed.',
      },
    });
    expect(planPaste('18\tможет быть', targets, 1).status).toBe('refused');
  });

  it('refuses arguments of another type with the documented error, naming the argument', () => {
    expect(() => planPaste(7 as unknown as string, targets, 0)).toThrow(ShnroArgumentError);
    expect(() => planPaste('7\t8', [{ key: 'a' }] as unknown as PasteTarget[], 0)).toThrow(
      /planPaste: аргумент «targets»/,
    );
    expect(() => planPaste('7\t8', targets, 0.5)).toThrow(/аргумент «start» должен быть целым/);
    expect(() => splitPastedCells(null as unknown as string)).toThrow(ShnroArgumentError);
  });
});
