/** «Совершенствование …» → «совершенствование …» inside a list; «ИКТ-компетентность» stays. */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text;
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** «положительная динамика» → «Положительная динамика». */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Adds «;» to every item but the last and «.» to the last, as the seeds punctuate their lists. */
export function punctuateList<T>(items: readonly T[], add: (item: T, mark: ';' | '.') => T): T[] {
  return items.map((item, index) => add(item, index === items.length - 1 ? '.' : ';'));
}
