/** The version of @shnro/widgets, stamped on every element class it registers. */
export const WIDGETS_VERSION = '0.1.0';

interface VersionedConstructor extends CustomElementConstructor {
  shnroVersion?: string;
}

/**
 * Registers `tag` for `element` unless it is already defined. Two portals' scripts can meet
 * on one page, so a second registration is never an error: the same class is silently
 * kept, a different one (another copy or version of the SDK) draws a warning.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // SSR or a worker: nothing to define.
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    (element as VersionedConstructor).shnroVersion = WIDGETS_VERSION;
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const other = existing.shnroVersion ?? 'unknown';
  console.warn(
    `[@shnro/widgets] <${tag}> is already registered (version ${other}); ` +
      `this copy (version ${WIDGETS_VERSION}) is not registered again. ` +
      'Load the widgets once per page to avoid mixing versions.',
  );
}
