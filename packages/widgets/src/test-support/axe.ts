import axe from 'axe-core';

/**
 * Runs axe on `element` (its shadow root included) and returns the violations as readable
 * lines, so a failing assertion says what is wrong.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
