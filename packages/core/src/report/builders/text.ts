export { lowerFirst, upperFirst } from '../../text/case.js';

/** Adds «;» to every item but the last and «.» to the last, as the seeds punctuate their lists. */
export function punctuateList<T>(items: readonly T[], add: (item: T, mark: ';' | '.') => T): T[] {
  return items.map((item, index) => add(item, index === items.length - 1 ? '.' : ';'));
}
