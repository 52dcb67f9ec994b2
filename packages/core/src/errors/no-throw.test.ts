import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../deadline/parse.js';
import { dateRangeSchema } from '../deadline/schema.js';
import { exampleIom } from '../iom/example.js';
import { iomSchema } from '../iom/schema.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { reconcileTable } from '../indicator/reconcile/reconcile.js';
import { computeIndicators } from '../indicator/compute/compute.js';
import { kanskMonitoring2022Counts } from '../examples/kansk-monitoring-2022.js';
import { validateReport } from '../report/validate.js';
import { kanskMonitoringReport2022 } from '../report/examples.js';
import { measurableTargetSchema } from '../roadmap/schema.js';
import { schoolSchema } from '../school/schema.js';
import { ShnroArgumentError } from './argument-error.js';
import { parseOrExplain } from './parse.js';
import { maxInputDepth } from './unreadable.js';

// Each case below threw (or said something false) before: issue 15, «No throw on input».

function nested(depth: number): unknown {
  let value: unknown = { title: 'x' };
  for (let level = 0; level < depth; level += 1) value = { title: value };
  return value;
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

const hostileGetter = () =>
  Object.defineProperty({}, 'code', {
    enumerable: true,
    get() {
      throw new Error('hostile');
    },
  });

describe('parseOrExplain never throws', () => {
  it('reports a period end of «1 000» as a date in the wrong format (was RangeError: Invalid time value)', () => {
    const result = parseOrExplain(iomSchema, {
      ...exampleIom,
      period: { start: '2023-01-01', end: '1 000' },
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'period.end',
          code: 'invalid-format',
          message:
            'Поле «end»: значение «1 000» в неверном формате (ожидается существующая дата ГГГГ-ММ-ДД, например 2023-09-01).',
        },
      ],
    });
  });

  it('reports a day that does not exist instead of throwing', () => {
    const result = parseOrExplain(iomSchema, {
      ...exampleIom,
      period: { start: '2023-01-01', end: '2023-02-30' },
    });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['period.end']);
  });

  it('reports a getter that throws, a revoked proxy and a cycle at their place', () => {
    const getter = parseOrExplain(
      schoolSchema,
      Object.defineProperty({}, 'name', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      }),
    );
    expect(getter.ok ? undefined : getter.issues[0]).toMatchObject({
      path: 'name',
      code: 'unreadable-value',
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const revoked = parseOrExplain(schoolSchema, { id: 's', name: 'n', municipalityId: 'm', flags: proxy });
    expect(revoked.ok ? undefined : revoked.issues[0]?.code).toBe('unreadable-value');
    const cycle: Record<string, unknown> = { all: [] };
    (cycle['all'] as unknown[]).push(cycle);
    const cyclic = parseOrExplain(schoolSchema, cycle, { locale: 'en' });
    expect(cyclic.ok).toBe(false);
  });

  it('does not contradict itself about Infinity and NaN', () => {
    const infinite = parseOrExplain(measurableTargetSchema, {
      indicator: 'Доля',
      target: Infinity,
      unit: '%',
    });
    expect(infinite.ok ? '' : infinite.issues[0]?.message).toMatch(
      /: ожидается конечное число, а указано бесконечность \(Infinity\)\.$/,
    );
    const year = thrown(() => parseDeadline('в январе', { referenceYear: Infinity }));
    expect((year as ShnroArgumentError).message).toContain(
      'ожидается конечное число, а указано бесконечность (Infinity)',
    );
    const nan = thrown(() => parseDeadline('в январе', { referenceYear: NaN }));
    expect((nan as ShnroArgumentError).message).toContain('а указано нечисловое значение (NaN)');
  });

  it('translates the date range check (was «start must not be after end»)', () => {
    const result = parseOrExplain(dateRangeSchema, { start: '2023-02-01', end: '2023-01-01' });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'end',
          code: 'end-before-start',
          message: 'Поле «end»: дата окончания 2023-01-01 раньше даты начала 2023-02-01.',
        },
      ],
    });
    const english = parseOrExplain(
      dateRangeSchema,
      { start: '2023-02-01', end: '2023-01-01' },
      { locale: 'en' },
    );
    expect(english.ok ? '' : english.issues[0]?.message).toBe(
      'Field "end": the end date 2023-01-01 is before the start date 2023-02-01.',
    );
  });
});

describe('validateReport on deep nesting', () => {
  it('refuses a header nested 100 000 levels with one clear issue, at once (was a stack overflow)', () => {
    const started = performance.now();
    const result = validateReport({ ...kanskMonitoringReport2022(), header: nested(100_000) });
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'too-deep' });
    expect(result.issues[0]!.path.startsWith('header.title.title')).toBe(true);
    expect(result.issues[0]!.message).toContain(`глубже ${maxInputDepth} уровней`);
  });

  it('still accepts a real report', () => {
    expect(validateReport(kanskMonitoringReport2022()).ok).toBe(true);
  });
});

describe('parseDeadline with a reference year outside the calendar', () => {
  it('throws ShnroArgumentError naming context.referenceYear (was RangeError: Invalid time value)', () => {
    const error = thrown(() => parseDeadline('в январе', { referenceYear: 2147483648 }));
    expect(error).toBeInstanceOf(ShnroArgumentError);
    expect(error).toMatchObject({
      functionName: 'parseDeadline',
      argument: 'context.referenceYear',
      code: 'too-big',
    });
    expect((error as ShnroArgumentError).message).toBe(
      'parseDeadline: аргумент «context» не подходит. Поле «referenceYear»: значение должно быть не больше 2200.',
    );
    expect((error as ShnroArgumentError).messageIn('en')).toContain('the value must be at most 2200');
  });

  it('refuses a text that is not a string, and still never throws on any text', () => {
    expect(thrown(() => parseDeadline(42 as unknown as string))).toMatchObject({ argument: 'text' });
    expect(parseDeadline('до 31 февраля 2147483648 года', { referenceYear: 2023 }).kind).toBe('unparsed');
  });
});

describe('reconcileTable and computeIndicators on values that cannot be read', () => {
  it('reports a row whose reading throws, and a table that is not a list (was a TypeError)', () => {
    const result = reconcileTable(municipalMonitoringSet, [hostileGetter()]);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ path: 'rows[0].code', code: 'unreadable-value' });
    const notList = reconcileTable(municipalMonitoringSet, { length: 1 } as unknown as unknown[]);
    expect(notList.issues[0]).toMatchObject({ path: 'rows', code: 'invalid-type' });
  });

  it('reports counts input behind a throwing proxy', () => {
    const hostile = new Proxy(kanskMonitoring2022Counts, {
      get() {
        throw new Error('hostile');
      },
    });
    const report = computeIndicators(municipalMonitoringSet, hostile);
    expect(report.ok).toBe(false);
    expect(report.issues[0]?.code).toBe('unreadable-value');
  });
});
