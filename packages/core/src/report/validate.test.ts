import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { managementDecision } from './builders/decision.js';
import { kanskMonitoringReport2022 } from './examples.js';
import { resolveReport } from './resolve.js';
import {
  analyticalReportSchema,
  shareValueSchema,
  type AnalyticalReport,
  type AnalyticalReportInput,
} from './schema.js';
import { validateReport } from './validate.js';

function minimal(overrides: Partial<AnalyticalReportInput> = {}): AnalyticalReportInput {
  return {
    header: { title: 'Аналитическая справка', date: '2022-06-20' },
    author: { name: 'М.Г. Федорук', position: 'Методист' },
    sections: [
      {
        title: 'Результаты',
        blocks: [
          {
            kind: 'table',
            columns: [{ title: 'Показатель' }, { title: '%' }],
            rows: [
              {
                cells: [
                  { kind: 'text', text: 'Доля ШНРО' },
                  { kind: 'share', numerator: 7, denominator: 18, precision: 1 },
                ],
              },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** A copy of the report as JSON would carry it, with one share cell replaced. */
function withCell(cell: unknown): unknown {
  const report = JSON.parse(JSON.stringify(minimal())) as {
    sections: { blocks: { rows: { cells: unknown[] }[] }[] }[];
  };
  const row = report.sections[0]?.blocks[0]?.rows[0];
  if (row) row.cells[1] = cell;
  return report;
}

describe('validateReport', () => {
  it('accepts a report and fills the lists left out', () => {
    const result = validateReport(minimal());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.tasks).toEqual([]);
      expect(result.value.decisions).toEqual([]);
      expect(result.warnings).toEqual([]);
    }
  });

  it('accepts every example after a trip through JSON', () => {
    const report = kanskMonitoringReport2022();
    const result = validateReport(JSON.parse(JSON.stringify(report)));
    expect(result).toEqual({ ok: true, value: report, warnings: [] });
  });

  it('refuses a share that counts more than its population, naming the cell in Russian', () => {
    const result = validateReport(withCell({ kind: 'share', numerator: 19, denominator: 18, precision: 1 }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        {
          path: 'sections[0].blocks[0].rows[0].cells[1].numerator',
          code: 'numerator-above-denominator',
          message: expect.stringContaining('числитель (19) больше знаменателя (18)'),
        },
      ]);
  });

  it('refuses a percentage typed by hand, saying what the counts give', () => {
    const result = validateReport(
      withCell({ kind: 'share', numerator: 2, denominator: 18, precision: 1, percent: '11,2%' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({
        path: 'sections[0].blocks[0].rows[0].cells[1].percent',
        code: 'typed-percent',
      });
      expect(result.issues[0]?.message).toContain('2 из 18 дают 11,1%; указано «11,2%»');
    }
  });

  it('refuses fractional counts, a missing precision and rows that do not fit the columns', () => {
    const fractional = validateReport(
      withCell({ kind: 'share', numerator: 6.5, denominator: 18, precision: 1 }),
    );
    expect(fractional.ok || fractional.issues.map((issue) => issue.path)).toEqual([
      'sections[0].blocks[0].rows[0].cells[1].numerator',
    ]);
    const noPrecision = validateReport(withCell({ kind: 'share', numerator: 6, denominator: 18 }));
    expect(noPrecision.ok || noPrecision.issues.map((issue) => issue.path)).toEqual([
      'sections[0].blocks[0].rows[0].cells[1].precision',
    ]);
    const report = minimal();
    const table = report.sections[0]?.blocks[0];
    if (table?.kind === 'table') table.rows.push({ cells: [{ kind: 'text', text: 'лишняя' }] });
    const short = validateReport(report);
    expect(short.ok).toBe(false);
    if (!short.ok)
      expect(short.issues[0]).toMatchObject({
        path: 'sections[0].blocks[0].rows[1].cells',
        code: 'row-length',
        message: expect.stringContaining('в строке 1 ячейка, а столбцов в таблице 2'),
      });
  });

  it('keeps the author’s text as typed but warns of a percentage no share gives', () => {
    const result = validateReport(
      minimal({ conclusions: ['Доля ШНРО составила 38,9%.', 'Участвовало 38,8% школ.'], purpose: 'цель' }),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: 'conclusions[1]',
        code: 'untraced-percent',
        message: expect.stringContaining('«38,8%»'),
      },
    ]);
    if (result.ok) expect(result.value.conclusions[1]).toBe('Участвовало 38,8% школ.');
  });

  it('warns of a deadline it could not read and of one edited without its dates', () => {
    const unreadable = managementDecision({
      text: 'Сделать',
      deadline: 'по мере необходимости',
      responsible: 'ОО',
    });
    const edited = managementDecision({
      text: 'Сделать',
      deadline: 'до 15 декабря 2020 года',
      responsible: 'ОО',
    });
    const result = validateReport(
      minimal({
        decisions: [
          unreadable,
          { ...edited, deadline: { ...edited.deadline, text: 'до 25 декабря 2020 года' } },
        ],
      }),
    );
    expect(result.warnings.map((warning) => [warning.path, warning.code])).toEqual([
      ['decisions[0].deadline', 'unparsed-deadline'],
      ['decisions[1].deadline', 'stale-deadline'],
    ]);
  });

  it('warns of a share of an empty population', () => {
    const result = validateReport(withCell({ kind: 'share', numerator: 0, denominator: 0, precision: 1 }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['empty-population']);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, 42, 'справка', [], { header: null }])
      expect(validateReport(input).ok).toBe(false);
  });
});

describe('resolveReport', () => {
  it('refuses what validateReport refuses, so an exporter cannot print a wrong number', () => {
    const result = resolveReport(withCell({ kind: 'share', numerator: 19, denominator: 18, precision: 1 }));
    expect(result.ok).toBe(false);
  });

  it('formats numbers for the requested language and uses the author’s headings', () => {
    const report: AnalyticalReport = analyticalReportSchema.parse(
      minimal({ headings: { conclusions: 'Выводы по итогам мониторинга' }, conclusions: ['Вывод.'] }),
    );
    const russian = resolveReport(report);
    const english = resolveReport(report, { locale: 'en' });
    if (!russian.ok || !english.ok) throw new Error('refused');
    const cell = (resolved: typeof russian.value) => {
      const block = resolved.sections[0]?.blocks[0];
      return block?.kind === 'table' && block.rows[0]?.kind === 'row'
        ? block.rows[0].cells[1]?.text
        : undefined;
    };
    expect(cell(russian.value)).toBe('38,9%');
    expect(cell(english.value)).toBe('38.9%');
    expect(russian.value.conclusions?.label).toBe('Выводы по итогам мониторинга');
    expect(russian.value.documentTitle).toBe('Аналитическая справка от 20.06.2022');
  });
});

describe('the JSON Schema of the report', () => {
  it('is generated and has no place for a typed percentage in a share', () => {
    const schema = JSON.stringify(z.toJSONSchema(analyticalReportSchema, { io: 'input' }));
    expect(schema).toContain('"numerator"');
    expect(schema).toContain('"AnalyticalReport"');
    const share = z.toJSONSchema(shareValueSchema, { io: 'input' }) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(share.properties)).toEqual([
      'kind',
      'numerator',
      'denominator',
      'precision',
      'show',
      'noun',
    ]);
    expect(share.additionalProperties).toBe(false);
  });
});
