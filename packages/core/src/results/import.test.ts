import { describe, expect, it } from 'vitest';
import { regionFile } from '../../test/fixtures/region/files.js';
import { importRegistry } from '../registry/import.js';
import { describeImportProblem } from '../registry/problem.js';
import { parseOrExplain } from '../errors/index.js';
import { importResults } from './import.js';
import { assessmentResultSchema, shareCount } from './schema.js';

const csv = (text: string, name = 'результаты.csv') => ({ name, data: new TextEncoder().encode(text) });

async function registry() {
  return (await importRegistry(regionFile('registry-2023.csv'))).registry;
}

describe('importResults from the seeds’ region', () => {
  it('imports two years of ВПР and ОГЭ for every school, linked to the registry by ИНН', async () => {
    const result = await importResults(regionFile('results-2022-2023.csv'), { registry: await registry() });
    expect(result.problems).toEqual([]);
    expect(result.results).toHaveLength(312);
    expect(result.results[0]).toEqual({
      schoolId: '2400045017',
      assessment: 'vpr',
      subject: 'Математика',
      grade: 5,
      year: 2022,
      participants: 25,
      count2: 8,
      share2: 32,
      count5: 1,
    });
    const oge = result.results.find((r) => r.assessment === 'gia-9' && r.subject === 'Русский язык');
    expect(oge).toMatchObject({ grade: 9, meanScore: 25, count2: 3 });
  });

  it('matches schools by name within the municipality when the export has no ИНН', async () => {
    const text =
      'Муниципалитет;ОО;Процедура;Предмет;Класс;Год;Участников;Средняя отметка\nТукаевский муниципальный район;МБОУ «Малошильнинская СОШ»;ВПР;Рус. яз.;5 кл.;2023;18;3,1\n';
    const result = await importResults(csv(text), { registry: await registry() });
    expect(result.problems).toEqual([]);
    expect(result.results[0]).toMatchObject({
      schoolId: '1600012017',
      subject: 'Русский язык',
      grade: 5,
      meanMark: 3.1,
    });
  });

  it('reads numbers typed as text, percent signs and school years', async () => {
    const text =
      'ИНН;Процедура;Предмет;Год;Число участников;Доля «2», %;Доля «5», %\n2400045017;ЕГЭ;Математика (профиль);2022-2023;" 1 024 ";"12,5 %";0\n';
    const result = await importResults(csv(text));
    expect(result.problems).toEqual([]);
    expect(result.results[0]).toMatchObject({
      assessment: 'gia-11',
      year: 2023,
      participants: 1024,
      share2: 12.5,
      share5: 0,
    });
  });
});

describe('importResults bad rows', () => {
  it('refuses negative counts, a share of «2» above 100 %, counts above participants, unknown schools, repeats', async () => {
    const text = [
      'ИНН;Процедура;Предмет;Класс;Год;Участников;Количество «2»;Доля «2», %',
      '2400045017;ВПР;Математика;5;2023;25;-3;',
      '2400045017;ВПР;Русский язык;5;2023;25;;130,5',
      '2400045017;ВПР;Математика;6;2023;25;26;',
      '2400046003;ВПР;Математика;5;2023;25;1;',
      '2400045017;ВПР;История;5;2023;двадцать;1;',
      '2400045017;ВПР;Биология;5;2023;20;2;10',
      '2400045017;ВПР;Биология;5;2023;20;2;10',
      '2400045017;ГИА;Биология;5;2023;20;2;10',
    ].join('\n');
    const result = await importResults(csv(text), { registry: await registry() });
    expect(result.results).toHaveLength(1);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Количество «2»', 'negative-number'],
      [3, 'Доля «2», %', 'percent-above-100'],
      [4, 'Количество «2»', 'count-above-participants'],
      [5, 'ИНН', 'unknown-school'],
      [6, 'Участников', 'not-a-number'],
      [8, undefined, 'duplicate-result'],
      [9, 'Процедура', 'unknown-assessment'],
    ]);
    expect(describeImportProblem(result.problems[1]!)).toBe(
      'файл «результаты.csv», строка 3, столбец «Доля «2», %»: 130,5 % больше 100 %: доля не может превышать 100 %.',
    );
  });

  it('says which columns are missing when none are recognised', async () => {
    const result = await importResults(csv('a;b\n1;2\n'));
    expect(result.problems.map((p) => p.code)).toEqual(['no-known-columns']);
  });
});

describe('assessmentResultSchema', () => {
  it('refuses a count above the participants in JSON too, in Russian', () => {
    const parsed = parseOrExplain(assessmentResultSchema, {
      schoolId: 's',
      assessment: 'vpr',
      subject: 'Математика',
      year: 2023,
      participants: 10,
      count2: 11,
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues[0]).toMatchObject({ path: 'count2', code: 'count-above-participants' });
  });

  it('gives the count behind a share, derived and marked so when only a percentage was exported', () => {
    const base = {
      schoolId: 's',
      assessment: 'vpr' as const,
      subject: 'Математика',
      year: 2023,
      participants: 32,
    };
    expect(shareCount({ ...base, count2: 10 }, 'share2')).toEqual({ count: 10, total: 32, derived: false });
    expect(shareCount({ ...base, share2: 31.3 }, 'share2')).toEqual({ count: 10, total: 32, derived: true });
    expect(shareCount(base, 'share5')).toBeUndefined();
  });
});
