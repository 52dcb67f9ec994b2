const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a zod path as JavaScript would: `['schools', 3, 'categories', 0]` →
 * `schools[3].categories[0]`; keys that are not identifiers are quoted: `answers["1.5"]`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && identifier.test(segment))
      text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}
