import { describe, expect, it } from 'vitest';
import { readTypedNumber } from './typed-number.js';

describe('readTypedNumber', () => {
  it('reads numbers as Russian forms have them typed', () => {
    expect(readTypedNumber(' 7 ')).toEqual({ kind: 'number', value: 7 });
    expect(readTypedNumber('1 202')).toEqual({ kind: 'number', value: 1202 });
    expect(readTypedNumber('1\u00a0202')).toEqual({ kind: 'number', value: 1202 });
    expect(readTypedNumber('12,5')).toEqual({ kind: 'number', value: 12.5 });
    expect(readTypedNumber('12.5')).toEqual({ kind: 'number', value: 12.5 });
    expect(readTypedNumber('-3')).toEqual({ kind: 'number', value: -3 });
    expect(readTypedNumber('\u22123')).toEqual({ kind: 'number', value: -3 });
  });

  it('tells an empty field from text that is no number, and keeps that text', () => {
    expect(readTypedNumber('   ')).toEqual({ kind: 'empty' });
    expect(readTypedNumber('abc')).toEqual({ kind: 'not-a-number', text: 'abc' });
    expect(readTypedNumber('1,2,3')).toEqual({ kind: 'not-a-number', text: '1,2,3' });
    expect(readTypedNumber('7 школ')).toEqual({ kind: 'not-a-number', text: '7 школ' });
    expect(readTypedNumber('1e5')).toEqual({ kind: 'not-a-number', text: '1e5' });
  });

  it('never reads cells of a spreadsheet row as one number: «7⇥18» is not 718', () => {
    expect(readTypedNumber('7\t18')).toEqual({ kind: 'not-a-number', text: '7\t18' });
    expect(readTypedNumber('7\t18\n2\t18')).toEqual({ kind: 'not-a-number', text: '7\t18\n2\t18' });
  });
});
