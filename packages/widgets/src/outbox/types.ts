import type { RoadmapAction } from '@shnro/core';
import type { DocumentRef, FieldProblem, StoredDocument, TransitionPayload } from '../data-source/types.js';

/** A change waiting to reach the backend: what the data source's methods take. */
export type OutboxOperation =
  | { readonly type: 'save'; readonly ref: DocumentRef; readonly document: unknown }
  | { readonly type: 'submit'; readonly ref: DocumentRef; readonly document: unknown }
  | {
      readonly type: 'transition';
      readonly ref: DocumentRef;
      readonly action: RoadmapAction;
      readonly payload: TransitionPayload;
    };

/**
 * The state of one queued change:
 * - `pending` — «ожидает отправки» (also while retrying after a failure);
 * - `sending` — «отправляется» (a tab closed now leaves it `sending`; the next open sends it
 *   again with the same key, which the backend answers without applying it twice);
 * - `sent` — «отправлено»;
 * - `rejected` — «отклонено сервером: …» with the backend's message and fields;
 * - `conflict` — the backend holds a newer version: both are kept until the person chooses.
 */
export type OutboxItemState = 'pending' | 'sending' | 'sent' | 'rejected' | 'conflict';

/** One queued change, as stored in IndexedDB. */
export interface OutboxItem {
  /** Also the idempotency key of every attempt. */
  readonly id: string;
  readonly operation: OutboxOperation;
  /** What the person would call it: «Мониторинг 2021–2022, СОШ № 7». */
  readonly label: string;
  /**
   * The revision the change was made on; `'previous'` when an earlier queued change to the same
   * document must land first: it is then sent on the revision that change produced.
   */
  readonly baseRevision: number | 'previous' | null;
  readonly state: OutboxItemState;
  readonly attempts: number;
  /** When the next attempt may start (ms since epoch); 0 for at once. */
  readonly nextAttemptAt: number;
  readonly createdAt: number;
  readonly sentAt?: number;
  /** The last failure or the refusal, in the backend's words. */
  readonly message?: string;
  readonly problems?: readonly FieldProblem[];
  /** On `sent`: what the backend stored. */
  readonly stored?: StoredDocument;
  /** On `conflict`: the backend's newer version (this item keeps the person's own). */
  readonly theirs?: StoredDocument | null;
  /** Monotonic order of enqueueing (FIFO per document). */
  readonly seq: number;
}
