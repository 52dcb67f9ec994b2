import { lazyPart } from './lazy.js';

/** The automatic review's engine: needed after the first paint, never before it. */
export const reviewEngine = lazyPart(() => import('./review-engine.js'));

/** The lifecycle's steps: needed when a lifecycle button is pressed. */
export const lifecycleSteps = lazyPart(() => import('./lifecycle-steps.js'));

/** Reading a roadmap file and checking it with the core's schema: needed on a file import. */
export const fileReader = lazyPart(() => import('./io.js'));

/** The table of what differs from another tab's version: needed on a draft conflict. */
export const conflictDiff = lazyPart(() => import('./conflict-diff.js'));

/** Every part loaded on first use. */
const parts = [reviewEngine, lifecycleSteps, fileReader, conflictDiff];

/**
 * Loads every part the editor loads on first use, so that each works at once (and offline) once
 * the page has been idle. A part that fails to load (no connection) is tried again when used.
 */
export function prefetchEditorChunks(): Promise<unknown> {
  return Promise.allSettled(parts.map((part) => part.load()));
}

/** Calls `prefetchEditorChunks` when the browser is idle (soon after the first paint). */
export function prefetchWhenIdle(): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void prefetchEditorChunks());
  else setTimeout(() => void prefetchEditorChunks(), 200);
}
