import { LazyPart } from '../shared/lazy-part.js';
import type { StorageProblemWording } from './messages.js';

export { LazyPart };

/** The words of storage problems (memory only, disk full, a write aborted). */
export const storageWording = new LazyPart<StorageProblemWording>(() =>
  import('./storage-messages.js').then((module) => module.storageProblemMessage),
);

/** The notice of drafts kept aside, with its messages and its file downloads. */
export const quarantineNotice = new LazyPart(() => import('./quarantine-notice.js'));

/** What a page does with text earlier pages journaled and the store does not hold. */
export const journalRecovery = new LazyPart(() => import('./journal-recovery.js'));

let prefetched = false;

/**
 * Loads the parts a page may need with no network (IndexedDB failing, a draft kept aside, a
 * document opened later with journaled text) once
 * the page is idle, so that they work offline later. Once per page; failures are tried again
 * when the part is needed.
 */
export function prefetchDraftParts(): void {
  if (prefetched || typeof window === 'undefined') return;
  prefetched = true;
  const run = (): void => {
    storageWording.get().catch(() => undefined);
    quarantineNotice.get().catch(() => undefined);
    journalRecovery.get().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1000);
}
