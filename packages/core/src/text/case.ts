/**
 * «Совершенствование …» → «совершенствование …» inside a sentence or a list; an abbreviation keeps its
 * capitals («ИКТ-компетентность», «ВПР»).
 */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text;
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** «положительная динамика» → «Положительная динамика». */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
