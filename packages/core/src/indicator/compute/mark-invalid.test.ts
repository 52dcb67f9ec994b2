import { describe, expect, it } from 'vitest';
import { municipalMonitoringSet } from '../catalogue/municipal-monitoring.js';
import { kanskMonitoring2022Counts } from '../../examples/kansk-monitoring-2022.js';
import { computeIndicators } from './compute.js';
import { markInvalidAnswers } from './mark-invalid.js';

describe('markInvalidAnswers', () => {
  const answers = { ...kanskMonitoring2022Counts.answers };
  delete (answers as Record<string, unknown>)['4.2'];
  const report = computeIndicators(municipalMonitoringSet, { ...kanskMonitoring2022Counts, answers });
  const typed = {
    path: '4.2.numerator',
    code: 'not-a-number',
    indicatorCode: '4.2',
    message: 'Показатель 4.2: «двенадцать» — не число.',
  };

  it('marks the indicator whose text is no number invalid, not missing, and the report not ok', () => {
    expect(report.missing).toContain('4.2');
    const marked = markInvalidAnswers(report, [typed]);
    const result = marked.results.find((entry) => entry.code === '4.2')!;
    expect(result).toMatchObject({ status: 'invalid', reasonCode: 'invalid-input', reason: null });
    expect(result.issues[0]).toBe(typed);
    expect(marked.missing).not.toContain('4.2');
    expect(marked.missing).toEqual(report.missing.filter((code) => code !== '4.2'));
    expect(marked.issues).toContain(typed);
    expect(marked.ok).toBe(false);
    // The section lists the same result objects as the report.
    const section = marked.sections.find((entry) => entry.code === result.section)!;
    expect(section.results).toContain(result);
  });

  it('leaves a report with nothing unreadable as it is', () => {
    expect(markInvalidAnswers(report, [])).toBe(report);
  });
});
