import type * as FilePartModule from './file-part.js';

/** The element's file part (`file-part.ts`), loaded on demand. */
export type FilePart = typeof FilePartModule;

let loading: Promise<FilePart> | undefined;

/** Loads the file part once; a failed load (offline before the prefetch) is tried again next time. */
export function loadFilePart(): Promise<FilePart> {
  loading ??= import('./file-part.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Loads the file part when the page is idle: the first file then opens at once, and offline. */
export function prefetchFilePart(): void {
  const load = () => void loadFilePart().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
