import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { indicatorSetSchema } from '../indicator/schema.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { recordsInputSchema } from '../indicator/input.js';
import { schoolSchema } from '../school/schema.js';
import { describeIssues, formatPath, parseOrExplain } from './index.js';

describe('formatPath', () => {
  it('writes paths as JavaScript would', () => {
    expect(formatPath(['schools', 3, 'categories', 0])).toBe('schools[3].categories[0]');
    expect(formatPath(['answers', '1.5', 'numerator'])).toBe('answers["1.5"].numerator');
    expect(formatPath([])).toBe('');
  });
});

describe('parseOrExplain', () => {
  it('returns the value when the input is valid', () => {
    expect(parseOrExplain(schoolSchema, { id: 's1', name: 'СОШ № 1', categories: ['low-results'] })).toEqual({
      ok: true,
      value: { id: 's1', name: 'СОШ № 1', categories: ['low-results'] },
    });
  });

  it('explains a wrong category with the field’s Russian name and the allowed values', () => {
    const input = {
      kind: 'records',
      schools: [
        { id: 'a', name: 'А' },
        { id: 'b', name: 'Б' },
        { id: 'c', name: 'В' },
        { id: 'd', name: 'Г', categories: ['ШНОР'] },
      ],
    };
    const result = parseOrExplain(recordsInputSchema, input);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'schools[3].categories[0]',
          code: 'invalid-value',
          message:
            'Поле «Категория школы»: недопустимое значение «ШНОР». Допустимые значения: ' +
            'low-results (ШНОР/ШНРО (школа с низкими результатами обучения)); ' +
            'unfavourable-conditions (ШНСУ (школа, функционирующая в неблагоприятных социальных условиях)); ' +
            'risk-of-decline (школа в зоне риска снижения образовательных результатов).',
        },
      ],
    });
  });

  it('explains the same in English', () => {
    const result = parseOrExplain(
      schoolSchema,
      { id: 'd', name: 'Г', categories: ['ШНОР'] },
      { locale: 'en', pathPrefix: ['schools', 3] },
    );
    expect(!result.ok && result.issues[0]).toEqual({
      path: 'schools[3].categories[0]',
      code: 'invalid-value',
      message:
        'Field "School category": invalid value "ШНОР". Allowed values: low-results (school with low educational results); ' +
        'unfavourable-conditions (school in unfavourable social conditions); risk-of-decline (school at risk of declining results).',
    });
  });

  it('names missing, mistyped, empty and unknown fields', () => {
    const result = parseOrExplain(schoolSchema, {
      id: '',
      categories: 'low-results',
      flags: { hasIom: 1, 'мой признак': true },
      adress: 'x',
    });
    expect(!result.ok && result.issues).toEqual([
      { path: 'id', code: 'too-small', message: 'Поле «Идентификатор» не может быть пустым.' },
      { path: 'name', code: 'invalid-type', message: 'Поле «Наименование» обязательно, но не заполнено.' },
      {
        path: 'categories',
        code: 'invalid-type',
        message: 'Поле «Категории школы»: ожидается список, а указано текст «low-results».',
      },
      {
        path: 'flags.hasIom',
        code: 'invalid-type',
        message: 'Поле «Признак «hasIom»»: ожидается да или нет (true/false), а указано число 1.',
      },
      {
        path: 'flags["мой признак"]',
        code: 'invalid-key',
        message: 'Имя «мой признак» в неверном формате: ожидается латинский идентификатор, например hasIom.',
      },
      {
        path: 'adress',
        code: 'unrecognized-key',
        message:
          'Поле «adress» не предусмотрено (возможно, опечатка в имени поля; свои признаки записывайте в flags).',
      },
    ]);
  });

  it('unfolds a condition to the variant that was meant', () => {
    const set = structuredClone(municipalMonitoringSet);
    const indicator = set.indicators[4];
    if (indicator?.kind !== 'share') throw new Error('1.5 is a share');
    indicator.numerator.counts = {
      entity: 'school',
      // A region may name its own categories (`small-rural`), so only what is no id at all is refused.
      where: { all: [{ category: ['low-results', 'ШНСУ'] }] },
    } as never;
    const result = parseOrExplain(indicatorSetSchema, set);
    expect(!result.ok && result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['indicators[4].numerator.counts.where.all[0].category[1]', 'invalid-category'],
    ]);
    expect(!result.ok && result.issues[0]?.message).toMatch(
      /^Поле «Категория школы»: категория записывается идентификатором: встроенным \(low-results/,
    );
  });

  it('explains an unknown indicator kind with the kinds there are', () => {
    const set = {
      ...municipalMonitoringSet,
      indicators: [{ ...municipalMonitoringSet.indicators[0], kind: 'yes-no' }],
    };
    const result = parseOrExplain(indicatorSetSchema, set);
    expect(!result.ok && result.issues).toEqual([
      {
        path: 'indicators[0].kind',
        code: 'invalid-value',
        message:
          'Поле «Вид показателя»: недопустимое значение «yes-no». Допустимые значения: presence (наличие («имеется»)); count (количество); share (доля (количество и процент)).',
      },
    ]);
  });

  it('checks cross-references of a set: sections, populations, codes, counted records', () => {
    const [first, second, , , share] = municipalMonitoringSet.indicators;
    const set = {
      ...municipalMonitoringSet,
      indicators: [
        first,
        { ...second, code: first?.code, section: '7' },
        {
          ...share,
          numerator: {
            description: { ru: 'количество педагогов' },
            counts: { entity: 'teacher', where: { flag: 'hasIom' } },
          },
        },
      ],
    };
    const result = parseOrExplain(indicatorSetSchema, set);
    expect(!result.ok && result.issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [
        'indicators[1].code',
        'duplicate-code',
        'Поле «Код показателя»: значение «1.1» уже встречается выше; коды должны быть уникальны.',
      ],
      [
        'indicators[1].section',
        'unknown-section',
        'Поле «Раздел показателя»: раздела «7» нет в списке разделов набора.',
      ],
      [
        'indicators[2].numerator.counts.entity',
        'entity-mismatch',
        'Поле «Тип записей»: считаются записи вида «teacher», а совокупность «municipality-schools» состоит из записей вида «school».',
      ],
    ]);
  });

  it('never throws, whatever the input', () => {
    for (const input of [undefined, null, 42, 'text', [], { kind: 'records' }]) {
      const result = parseOrExplain(recordsInputSchema, input);
      expect(result.ok).toBe(false);
      expect(
        !result.ok &&
          result.issues.every((issue) => typeof issue.message === 'string' && !issue.message.includes('at ')),
      ).toBe(true);
    }
  });
});

describe('describeIssues', () => {
  it('describes a ZodError from safeParse made elsewhere (without reportInput)', () => {
    const error = z
      .strictObject({ count: z.number().check(z.int(), z.minimum(0)) })
      .safeParse({ count: -1 }).error;
    expect(error && describeIssues(error, 'en')).toEqual([
      { path: 'count', code: 'too-small', message: 'Field "Count": the value must be at least 0.' },
    ]);
  });
});
