import { describe, expect, it } from 'vitest';
import { tukaevCycles } from '../cycle/example.js';
import { compareCycles } from '../cycle/compare.js';
import { computeCycle } from '../cycle/compute.js';
import { defectSentence } from '../cycle/review.js';
import { formatDateRange } from '../deadline/format.js';
import { compareSeries } from '../dynamics/compare.js';
import { leningradskySchools, sumOfAverages } from '../dynamics/example.js';
import { formatAmount, formatChange } from '../dynamics/format.js';
import { summarizeDynamics } from '../dynamics/summary.js';
import { ShnroArgumentError } from '../errors/argument-error.js';
import { describeValue } from '../errors/value-labels.js';
import { kanskMonitoring2022Counts } from '../examples/kansk-monitoring-2022.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { compileIndicatorSet } from '../indicator/compute/compile.js';
import { computeIndicators } from '../indicator/compute/compute.js';
import { indicatorName } from '../indicator/compute/messages.js';
import { formatDay } from '../mentorship/period.js';
import { describeLocation } from '../registry/problem.js';
import { indicatorSection } from '../report/builders/indicator.js';
import { landingSentence } from '../report/builders/mentorship.js';
import { printedSumRemark } from '../report/builders/printed.js';
import { formatReportDate } from '../report/date.js';
import { formatReportValue, renderParts } from '../report/values.js';
import type { DisplayLocale } from '../share/index.js';

// The users are Russian methodologists: a language the SDK does not speak (`de`, `kk`, empty) reads
// Russian in every generated sentence, never English and never «undefined».
const de = 'de' as DisplayLocale;
const kk = 'kk' as DisplayLocale;

describe('an unknown locale falls back to Russian in every sentence function', () => {
  it('formats dates, ranges and amounts in Russian', () => {
    expect(formatDateRange({ start: '2021-09-01', end: '2021-12-31' }, de)).toBe('01.09.2021–31.12.2021');
    expect(formatDateRange({ start: '2024-01-01', end: '2024-03-31' }, kk)).toBe('I квартал 2024');
    expect(formatDay('2022-12-30', de)).toBe('30.12.2022');
    expect(formatReportDate('2021-07-22', 'long', de)).toBe('22 июля 2021 г.');
    expect(formatAmount(0.7, 'points', 1, de)).toBe('0,7 балла');
    expect(formatAmount(4.5, 'percentage-points', 1, de)).toBe('4,5 п.п.');
    expect(formatChange({ absolute: -2, unit: 'points' }, 1, de)).toBe('-2 балла');
  });

  it('writes report values, sentences and remarks in Russian', () => {
    expect(formatReportValue({ kind: 'share', numerator: 7, denominator: 18, precision: 1 }, de)).toBe(
      '38,9%',
    );
    expect(formatReportValue({ kind: 'count', value: 5, noun: 'school' }, de)).toBe('5 школ');
    expect(renderParts(landingSentence(1, de), de)).toBe('Проведён 1 методический десант.');
    expect(printedSumRemark({ label: 'Всего ОО', parts: [8, 5, 5], whole: 17, noun: 'school' }, de)).toBe(
      'Всего ОО: 8 + 5 + 5 = 18 школ, а всего 17 школ.',
    );
    expect(
      defectSentence(
        {
          ruleId: 'vague',
          title: 'Общие формулировки',
          schoolIds: ['a', 'b'],
          share: { value: 0.2, display: '20%' },
        } as never,
        de,
      ),
    ).toBe('Общие формулировки — 2 ОО (20%).');
    expect(describeValue('presence', de)).toBe('presence (наличие («имеется»))');
    expect(describeLocation({ file: 'реестр.xlsx', sheet: 'Реестр', row: 4, column: 'B' }, de)).toBe(
      'файл «реестр.xlsx», лист «Реестр», строка 4, столбец «B»',
    );
    expect(
      new ShnroArgumentError({
        functionName: 'f',
        argument: 'x',
        code: 'c',
        messages: { ru: 'Русский.', en: 'English.' },
      } as never).messageIn(de),
    ).toBe('Русский.');
  });

  it('computes indicators and prints their section in Russian (was: English messages, then a crash on labels.de)', () => {
    const report = computeIndicators(municipalMonitoringSet, kanskMonitoring2022Counts, { locale: de });
    expect(report.locale).toBe('ru');
    expect(report.results[0]?.title).toBe(
      computeIndicators(municipalMonitoringSet, kanskMonitoring2022Counts).results[0]?.title,
    );
    const section = indicatorSection(report, { set: municipalMonitoringSet });
    expect(section.title).toBe('Результаты мониторинга');
    const refused = computeIndicators(
      municipalMonitoringSet,
      { kind: 'counts', answers: { '9.9': 1 } } as never,
      {
        locale: de,
      },
    );
    expect(refused.issues.map((issue) => issue.message)).toEqual(['В наборе нет показателя с кодом «9.9».']);
    const compiled = compileIndicatorSet(municipalMonitoringSet, { locale: de });
    expect(compiled.ok && computeIndicators(compiled.value, kanskMonitoring2022Counts).locale).toBe('ru');
    expect(
      indicatorName({ code: '3.1', title: { ru: 'Доля педагогов', en: 'Share of teachers' } } as never, de),
    ).toBe('Показатель 3.1 «Доля педагогов»');
  });

  it('compares series and cycles in Russian', () => {
    const dynamics = compareSeries(sumOfAverages, {
      assessment: 'gia-9',
      metric: 'sum-of-average-scores',
      schools: leningradskySchools,
      locale: de,
    });
    expect(summarizeDynamics(dynamics, de)).toEqual(summarizeDynamics(dynamics, 'ru'));
    const { initial, final } = tukaevCycles();
    const comparison = compareCycles(
      computeCycle(initial, municipalMonitoringSet, { locale: de }),
      computeCycle(final, municipalMonitoringSet, { locale: de }),
      { locale: de },
    );
    expect(comparison).toEqual(
      compareCycles(
        computeCycle(initial, municipalMonitoringSet),
        computeCycle(final, municipalMonitoringSet),
      ),
    );
  });
});
