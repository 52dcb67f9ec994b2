import { describe, expect, it } from 'vitest';
import { compareSeries } from '../dynamics/compare.js';
import type { ResultSeries } from '../dynamics/schema.js';
import { findProgrammerWords } from '../text/artifacts.js';
import { dynamicsSection } from './builders/dynamics.js';
import {
  kanskMonitoringReport2022,
  leningradskyRoadmapReport2023,
  roadmapMonitoringReport2020,
} from './examples.js';
import { resolveReport, type ResolvedReport } from './resolve.js';
import { validateReport } from './validate.js';
import { renderParts } from './values.js';

/** Every string a resolved report prints, headers and tables included. */
function allText(report: ResolvedReport): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(report);
  return out;
}

describe('no generated text carries a program’s words', () => {
  it.each([
    ['seed 000', roadmapMonitoringReport2020],
    ['seed 001', kanskMonitoringReport2022],
    ['seed 004', leningradskyRoadmapReport2023],
  ])('%s in Russian and English', (_, build) => {
    for (const locale of ['ru', 'en', 'de'] as const) {
      const resolved = resolveReport(build(), { locale: locale as 'ru' });
      if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
      const found = allText(resolved.value).filter((text) => findProgrammerWords(text).length > 0);
      expect(found).toEqual([]);
    }
  });

  it('an unknown locale (de) prints Russian, not English', () => {
    const resolved = resolveReport(kanskMonitoringReport2022(), { locale: 'de' as 'ru' });
    expect(resolved.ok && resolved.value.locale).toBe('ru');
    expect(resolved.ok && resolved.value.sections[0]?.title).toBe('Общие сведения');
  });

  it('a malformed school in a series is named «школа без названия», never «undefined» or «[object Object]»', () => {
    const points = [
      { year: 2022, value: 3.4, participants: 40 },
      { year: 2023, value: 3.9, participants: 41 },
    ];
    const series = [
      { assessment: 'gia-9', subjects: ['математика'], metric: 'average-score', points },
      {
        schoolId: 'school-5',
        assessment: 'gia-9',
        subjects: ['математика'],
        metric: 'average-score',
        points,
      },
    ] as unknown as ResultSeries[];
    const result = compareSeries(series, {
      assessment: 'gia-9',
      metric: 'average-score',
      schools: [{ id: 'school-5', name: { ru: 'МБОУ СОШ № 5' } as unknown as string }],
    });
    const section = dynamicsSection(result);
    const sentences = section.blocks.flatMap((block) =>
      block.kind === 'sentence' ? [renderParts(block.parts)] : [],
    );
    expect(sentences.filter((text) => findProgrammerWords(text).length > 0)).toEqual([]);
    expect(sentences).toContain(
      'В школе без названия средний балл по предмету «математика» вырос на 0,5 балла (с 3,4 до 3,9).',
    );
    const table = section.blocks.find((block) => block.kind === 'table');
    expect(
      table?.kind === 'table' && table.rows.map((row) => ('cells' in row ? row.cells[0] : null)),
    ).toEqual([
      // Rows follow the `schools` option first; a name that is not a string falls back to the id.
      { kind: 'text', text: 'school-5' },
      { kind: 'text', text: 'школа без названия' },
    ]);
  });

  it('validateReport names a program’s word left in a typed text', () => {
    const report = {
      ...kanskMonitoringReport2022(),
      conclusions: ['В undefined отмечена положительная динамика.'],
    };
    const result = validateReport(report);
    expect(result.ok && result.warnings.map((warning) => warning.code)).toContain('programmer-words');
    expect(result.ok && result.warnings.find((warning) => warning.code === 'programmer-words')?.message).toBe(
      'В тексте справки остались служебные слова программы («undefined»): «В undefined отмечена положительная динамика.». Проверьте данные, из которых построен текст.',
    );
  });
});
