import { describe, expect, it } from 'vitest';
import { parseDeadline } from './parse.js';
import { deadlineStatus } from './status.js';

const period = { start: '2023-09-01', end: '2024-08-31' };
const december = parseDeadline('в течение декабря 2023 года', { period });
const byDecember15 = parseDeadline('до 15 декабря 2023 года', { period });

describe('deadlineStatus', () => {
  it('is done or cancelled when the school says so, whatever the date', () => {
    expect(deadlineStatus(december, 'done', '2025-01-01')).toBe('done');
    expect(deadlineStatus(december, 'cancelled', '2023-12-10')).toBe('cancelled');
  });

  it('is overdue from the day after the last day of the deadline', () => {
    expect(deadlineStatus(december, 'planned', '2023-12-31')).toBe('in-progress');
    expect(deadlineStatus(december, 'planned', '2024-01-01')).toBe('overdue');
    expect(deadlineStatus(december, 'in-progress', '2024-01-01')).toBe('overdue');
    expect(deadlineStatus(byDecember15, 'planned', '2023-12-16')).toBe('overdue');
  });

  it('is not started before the window opens, unless the school already began', () => {
    expect(deadlineStatus(december, 'planned', '2023-11-30')).toBe('not-started');
    expect(deadlineStatus(december, 'in-progress', '2023-11-30')).toBe('in-progress');
  });

  it('counts a «до» deadline as open from the roadmap start', () => {
    expect(deadlineStatus(byDecember15, 'planned', '2023-10-01')).toBe('in-progress');
  });

  it('runs a two-month deadline («январь, август 2023») until the end of August', () => {
    const monitoring = parseDeadline('январь, август 2023');
    expect(deadlineStatus(monitoring, 'planned', '2023-05-15')).toBe('in-progress');
    expect(deadlineStatus(monitoring, 'planned', '2023-09-01')).toBe('overdue');
    expect(deadlineStatus(monitoring, 'planned', '2022-12-31')).toBe('not-started');
  });

  it('accepts a Date as well as a calendar date', () => {
    expect(deadlineStatus(december, 'planned', new Date(2024, 0, 1))).toBe('overdue');
  });

  it('is unknown for a deadline without dates, or in progress if the school says so', () => {
    const vague = parseDeadline('по мере необходимости', { period });
    expect(deadlineStatus(vague, 'planned', '2023-12-01')).toBe('unknown');
    expect(deadlineStatus(undefined, 'planned', '2023-12-01')).toBe('unknown');
    expect(deadlineStatus(vague, 'in-progress', '2023-12-01')).toBe('in-progress');
  });
});
