import { describe, expect, it } from 'vitest';
import { formatOrderReference, parseOrderReference } from './order.js';

describe('parseOrderReference', () => {
  it('reads «приказ № 1699-осн от 30.12.2022»', () => {
    expect(parseOrderReference('приказ № 1699-осн от 30.12.2022')).toEqual({
      number: '1699-осн',
      date: '2022-12-30',
    });
  });

  it('reads seed 004, where the date comes first and is written in words', () => {
    const text =
      'утвержденной приказом управления образования администрации муниципального образования ' +
      'Ленинградский район 30 декабря 2022 г. № 1699-осн:';
    expect(parseOrderReference(text)).toEqual({
      number: '1699-осн',
      date: '2022-12-30',
      issuer: 'управления образования администрации муниципального образования Ленинградский район',
    });
  });

  it('reads seed 003 with its issuer and the order title in quotes', () => {
    const text =
      'На основании приказа МКУ «Управление образования» от 20.05.2021г. №130/1 « О проведении мониторинга ' +
      'показателей системы работы школы с низкими результатами обучения » в мае 2021 года';
    expect(parseOrderReference(text)).toEqual({
      number: '130/1',
      date: '2021-05-20',
      issuer: 'МКУ «Управление образования»',
      title: 'О проведении мониторинга показателей системы работы школы с низкими результатами обучения',
    });
  });

  it('prefers the date introduced by «от» over other dates in the sentence', () => {
    expect(parseOrderReference('Дорожная карта на 01.09.2023, приказ № 45 от 28.08.2023')?.date).toBe(
      '2023-08-28',
    );
  });

  it('gives nothing without a number or without a valid date', () => {
    expect(parseOrderReference('приказ от 30.12.2022')).toBeUndefined();
    expect(parseOrderReference('приказ № 12')).toBeUndefined();
    expect(parseOrderReference('приказ № 12 от 31.02.2022')).toBeUndefined();
  });
});

describe('formatOrderReference', () => {
  const order = { number: '1699-осн', date: '2022-12-30', issuer: 'управления образования' };

  it('prints the reference as documents cite it and reads back to the same order', () => {
    const text = formatOrderReference(order);
    expect(text).toBe('приказ № 1699-осн от 30.12.2022');
    expect(parseOrderReference(text)).toEqual({ number: '1699-осн', date: '2022-12-30' });
  });

  it('adds the issuer on request and prints English', () => {
    expect(formatOrderReference(order, 'ru', { withIssuer: true })).toBe(
      'приказ управления образования № 1699-осн от 30.12.2022',
    );
    expect(formatOrderReference(order, 'en')).toBe('order No. 1699-осн of 30.12.2022');
  });

  it('governs the instrumental after «утверждена»: «утверждена приказом … от 30.12.2022 № 1699-осн»', () => {
    const order = { number: '1699-осн', date: '2022-12-30', issuer: 'управления образования' };
    expect(formatOrderReference(order, 'ru', { case: 'instrumental' })).toBe(
      'приказом от 30.12.2022 № 1699-осн',
    );
    expect(formatOrderReference(order, 'ru', { withIssuer: true, case: 'instrumental' })).toBe(
      'приказом управления образования от 30.12.2022 № 1699-осн',
    );
    expect(formatOrderReference(order, 'en', { case: 'instrumental' })).toBe(
      'order No. 1699-осн of 30.12.2022',
    );
  });
});
