import { describe, expect, it } from 'vitest';
import { resolveDynamicsPolicy } from '../dynamics/policy.js';
import { resolveReport, type ResolvedReport } from './resolve.js';
import { ctoodInformationReport2019, seed002Discrepancies, seed002Recommendations } from './seed-002.js';
import {
  seed003Discrepancies,
  seed003Sources,
  tukaevRecommendationsReport2021,
  tukaevRoadmap,
} from './seed-003.js';
import { tukaevCycles } from '../cycle/example.js';
import { parseDeadline } from '../deadline/parse.js';

function resolved(report: unknown): ResolvedReport {
  const result = resolveReport(report);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  expect(result.warnings).toEqual([]);
  return result.value;
}

/** Every line of text a section prints, sub-items included. */
function lines(report: ResolvedReport, id: string): string[] {
  const section = report.sections.find((entry) => entry.id === id);
  return (section?.blocks ?? []).flatMap((block) => {
    if (block.kind === 'paragraph' || block.kind === 'heading') return [block.text];
    if (block.kind === 'list') return block.items.flatMap((item) => [item.text, ...item.items]);
    return block.rows.map((row) =>
      row.kind === 'group' ? row.text : row.cells.map((cell) => cell.text).join(' | '),
    );
  });
}

describe('seed 002 as data (МКУ «ЦООД», по итогам 2019 года)', () => {
  const report = resolved(ctoodInformationReport2019());

  it('keeps the seed’s years: 2019, the roadmap for 2019–2020, the 2018-2019 school year', () => {
    // Seed: «Информационная справка о работе со школами … по итогам 2019 года»; «В 2019 году …».
    expect(report.header.title).toBe('Информационная справка');
    expect(report.header.subtitle).toBe(
      'о работе со школами с низкими образовательными результатами по итогам 2019 года',
    );
    expect(report.sections.map((section) => section.title)).toEqual([
      'Сделано в 2019 году',
      'Работа по результатам муниципальных диагностических работ',
      'Расхождения в исходном документе',
    ]);
    const done = lines(report, 'done');
    // Seed: «2. Разработана Дорожная карта мероприятий на 2019-2020 гг.»
    expect(done[1]).toBe('Разработана Дорожная карта мероприятий на 2019–2020 гг.');
    expect(done[0]).toContain(
      '«Определение ОО с низкими образовательными результатами по итогам 2018-2019 учебного года»',
    );
  });

  it('numbers the seven items done, with the three recommendations and the three exchanges of 5.1–5.3', () => {
    const section = report.sections.find((entry) => entry.id === 'done');
    const list = section?.blocks[0];
    expect(list?.kind === 'list' && list.ordered).toBe(true);
    expect(list?.kind === 'list' && list.items.length).toBe(7);
    expect(list?.kind === 'list' && list.items[3]?.text).toBe(
      'Разработаны и отправлены муниципальным ОО методические рекомендации (3):',
    );
    expect(list?.kind === 'list' && list.items[3]?.items).toHaveLength(seed002Recommendations.length);
    expect(list?.kind === 'list' && list.items[4]?.items).toHaveLength(3);
  });

  it('flags the verdict named two ways, the empty list of 5.1 and the letter never named', () => {
    expect(lines(report, 'discrepancies')).toEqual([
      'Пункт 6: школы, «результаты которых понизились», названы школами со «стабильно низким результатом». Это два разных вывода: «снижение результатов» — результат ниже прошлогоднего, «стабильно низкие результаты» — результат ниже порога в каждом сравниваемом году.',
      'Пункт 5.1 заканчивается двоеточием, но перечня семинаров за ним нет.',
      'Пункт 3 ссылается на письмо («Согласно этому письму…»), но письмо в справке не названо.',
    ]);
    // The years of «стабильно низкие» come from the policy, not from the text.
    const section = seed002Discrepancies(resolveDynamicsPolicy({ stableLowYears: 3 }));
    const first = section.blocks[0];
    expect(first?.kind === 'list' && first.items[0]?.text).toContain(
      'результат ниже порога в каждом из последних 3 сравниваемых лет.',
    );
  });
});

describe('seed 003 as data (МБОУ «Малошильнинская СОШ», 22.07.2021)', () => {
  const report = resolved(tukaevRecommendationsReport2021());

  it('keeps the seed’s date, order and period, read by the SDK’s parsers', () => {
    // Seed: «… (далее: План) 22.07.2021г.»; «приказа МКУ «Управление образования» от 20.05.2021г.
    // №130/1 « О проведении мониторинга … »»; «в период с сентября по декабрь 2021 года».
    expect(report.header.date).toBe('22.07.2021');
    expect(report.signature).toEqual({
      name: 'Р.А. Шагимарданова',
      position: 'Председатель экспертно-методической группы',
    });
    expect(lines(report, 'basis').slice(0, 3)).toEqual([
      'Основание: приказ МКУ «Управление образования» № 130/1 от 20.05.2021 «О проведении мониторинга показателей системы работы школы с низкими результатами обучения».',
      'Мониторинг показателей системы работы со школой (временная проблемная группа): май 2021.',
      'Период работы по дорожной карте: 01.09.2021–31.12.2021.',
    ]);
  });

  it('attaches the curator school through mentorshipCoverage', () => {
    // Seed: «была определена школа-куратор МБОУ «Бетькинская СОШ»».
    expect(lines(report, 'mentorship')).toEqual([
      'МБОУ «Малошильнинская СОШ» | МБОУ «Бетькинская СОШ»',
      'Итого | 1 (100%)',
      'Всего ШНОР — 1, из них:',
      'с закреплённым куратором или школой-куратором – 1 (100%).',
    ]);
  });

  it('reads its dates from the records: the initial cycle, the roadmap, the final cycle', () => {
    const { initial, final } = tukaevCycles();
    // The seed's «май 2021 года» is the month the initial monitoring's cycle closed in.
    expect(parseDeadline(seed003Sources.monitoring).ranges[0]).toEqual({
      start: '2021-05-01',
      end: initial.closedAt,
    });
    // The roadmap record, approved, carries the period the report and the curator school use.
    expect(tukaevRoadmap()).toMatchObject({
      status: 'approved',
      period: { start: '2021-09-01', end: '2021-12-31' },
    });
    // A final cycle closed before the report's date would leave nothing to flag but the figures.
    const early = seed003Discrepancies('2021-07-22', { ...final, closedAt: '2021-07-01' }).blocks[0];
    expect(early?.kind === 'list' && early.items.map((item) => item.text)).toEqual([
      'Вывод о значительной динамике показателей не подкреплён числами: в отчёте нет значений показателей ни начального, ни итогового мониторинга.',
    ]);
  });

  it('flags the final monitoring cited in July for work that runs September–December, not corrected', () => {
    expect(lines(report, 'discrepancies')).toEqual([
      'Отчёт датирован 22.07.2021, а работа по дорожной карте запланирована на 01.09.2021–31.12.2021; при этом вывод «Показатели итогового мониторинга, по которым у общеобразовательной организаций выявлены недостатки, свидетельствуют об упразднении проблем» ссылается на итоговый мониторинг, который к дате отчёта ещё не мог быть проведён.',
      'Вывод о значительной динамике показателей не подкреплён числами: в отчёте нет значений показателей ни начального, ни итогового мониторинга.',
    ]);
    // Dated after the period, the report could cite a final monitoring: only the missing figures stay.
    const later = seed003Discrepancies('2021-12-24').blocks[0];
    expect(later?.kind === 'list' && later.items.map((item) => item.text)).toHaveLength(1);
  });
});
