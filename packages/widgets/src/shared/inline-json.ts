/** What an element found in its inline JSON block. */
export type InlineJson =
  { ok: true; value: Record<string, unknown> } | { ok: false; error: string } | undefined;

/**
 * Reads a `<script type="application/json">` child of `host`: how a page with no build step
 * (a PHP or CMS template) hands data to an element. The block is data, never executed, so it
 * is allowed under a strict Content-Security-Policy. Returns undefined when there is none.
 */
export function readInlineJson(host: HTMLElement): InlineJson {
  const block = host.querySelector(':scope > script[type="application/json"]');
  if (!block) return undefined;
  try {
    const value: unknown = JSON.parse(block.textContent ?? '');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, error: 'object-expected' };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
