import { describe, expect, it } from 'vitest';
import { runTarget } from './fuzz/harness.js';
import { targets } from './fuzz/targets.js';

// The fixed-seed share of the property-based tests (issue 15, «No throw on input»): every public
// entry point either returns its result or issues, or throws `ShnroArgumentError`. A failure
// prints the first offending arguments; `pnpm fuzz` runs ten times as many cases from any seed.
const seed = 20_261_207;
// A fixed number of cases, not a time budget: on a loaded 2-core CI machine the 1,500 cases of
// parseOrExplain over every schema took over Vitest's default 5 s, so each target gets 60 s.
const timeout = 60_000;

describe('fuzzing the public entry points of the core (fixed seed)', () => {
  it('runs at least 10 000 cases in all', () => {
    expect(targets.reduce((sum, target) => sum + target.ciCases, 0)).toBeGreaterThanOrEqual(10_000);
  });

  for (const target of targets) {
    it(
      `${target.name}: ${target.ciCases} cases, no failure`,
      () => {
        const row = runTarget(target, seed, target.ciCases);
        expect(row.cases).toBe(target.ciCases);
        expect(row.firstFailure ?? 'none').toBe('none');
        expect(row.failures).toBe(0);
      },
      timeout,
    );
  }
});
