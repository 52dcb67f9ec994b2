/**
 * Puts an element on the page set up as a test needs (properties before it connects, a `lang`
 * when given) and waits for its first render: the start of every element test.
 */
export async function mountElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  setup: (element: HTMLElementTagNameMap[K]) => void,
  lang?: string,
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  if (lang) element.lang = lang;
  setup(element);
  document.body.append(element);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** An element's text with white space folded, as a person reads it. */
export const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
