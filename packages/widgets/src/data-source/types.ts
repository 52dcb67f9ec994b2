import type { RoadmapAction } from '@shnro/core';

/**
 * Which document an operation is about (ссылка на документ): one school's roadmap, or the
 * answers of one scope (a school's id, or `municipality`) in a monitoring cycle, or a record.
 */
export type DocumentRef =
  | { readonly kind: 'roadmap'; readonly id: string }
  | { readonly kind: 'monitoring'; readonly cycleId: string; readonly scope: string }
  | {
      readonly kind: 'record';
      readonly collection: RecordCollection;
      readonly id: string;
      /**
       * The school the record is about (школа), where the person's role does not say it: a
       * methodologist's ИОМ for a teacher of one of its municipality's schools. Sent when the
       * record is created; not part of the record's identity (`documentKey` leaves it out), so
       * later changes of the same record chain on its revision without naming the school again.
       */
      readonly schoolId?: string;
    }
  | { readonly kind: 'cycle'; readonly id: string };

/**
 * The records a workspace keeps besides roadmaps and answers: recommendations and management
 * decisions (`decisions`, the core's DecisionRecord), teachers' routes (`ioms`, Iom) and
 * assignments by order (`mentorships`, Assignment). A `cycle` ref reads a monitoring cycle as the
 * core's MonitoringCycle (read only: answers change through `monitoring` refs).
 */
export type RecordCollection = 'decisions' | 'ioms' | 'mentorships';

/** What `list` reads: every document of a collection within the signed-in person's reach. */
export interface ListQuery {
  readonly collection: 'roadmaps' | RecordCollection;
}

/** A document as the backend holds it, with the revision a later change must name. */
export interface StoredDocument<T = unknown> {
  readonly ref: DocumentRef;
  /** The backend's revision: raised by every accepted change. */
  readonly revision: number;
  readonly document: T;
}

/** One problem with a field, as the backend names it (`roadmap.sections[0].title`). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * What a backend answered to a change. The outbox acts on the kind alone:
 * `accepted` — done; `conflict` — keep both versions and ask; `rejected` — the backend refused
 * this content (never retried; shown with its message); `unauthorized` — sign in, then resume;
 * `unavailable` — the network or the backend failed: retry later with the same idempotency key.
 */
export type SendResult<T = unknown> =
  | { readonly kind: 'accepted'; readonly stored: StoredDocument<T> }
  | { readonly kind: 'conflict'; readonly message: string; readonly current: StoredDocument<T> | null }
  | { readonly kind: 'rejected'; readonly message: string; readonly problems: readonly FieldProblem[] }
  | { readonly kind: 'unauthorized'; readonly message: string }
  | { readonly kind: 'unavailable'; readonly message: string; readonly retryAfterMs?: number };

/** What every change carries. */
export interface SendOptions {
  /**
   * The same key for every attempt of one change: the backend applies a key once and answers a
   * repeat with the first answer, so a retry after a lost answer never doubles a submission.
   */
  readonly idempotencyKey: string;
  /** The revision the person edited; undefined creates the document. */
  readonly baseRevision?: number;
  readonly signal?: AbortSignal;
}

/** What a lifecycle step may carry besides the action (see the core's `transitionRoadmap`). */
export interface TransitionPayload {
  /** With `submit`: the author's last edits. */
  readonly roadmap?: unknown;
  /** With `return`: the remarks to add. */
  readonly remarks?: readonly unknown[];
  /** With `approve`: the order, «приказ № 1699-осн от 30.12.2022». */
  readonly order?: string;
  /** With `approve`: the reviewer's reason for approving over the automatic review's remarks. */
  readonly overrideReason?: string;
}

/**
 * The contract between the widgets and a portal's backend (источник данных). A regional portal
 * implements these four methods over its own API; the SDK ships `createHttpDataSource` for the
 * demo server's and never assumes any backend. `load` throws only for an unreachable backend;
 * the change methods never throw: every outcome is a `SendResult`.
 */
export interface ShnroDataSource {
  /** The stored document, or undefined when there is none yet. */
  load<T = unknown>(ref: DocumentRef): Promise<StoredDocument<T> | undefined>;
  /**
   * Every document of a collection within the person's reach (the board's roadmaps of a
   * municipality, the decisions addressed to a school). Optional: a backend without lists leaves
   * it out and the portal loads documents one by one. Throws only for an unreachable backend.
   */
  list?<T = unknown>(query: ListQuery): Promise<readonly StoredDocument<T>[]>;
  /** Saves a document (a roadmap's content, a record); creates it when `baseRevision` is undefined. */
  save<T = unknown>(ref: DocumentRef, document: T, options: SendOptions): Promise<SendResult<T>>;
  /** Submits answers (a school's monitoring form, the municipality's counts). */
  submit<T = unknown>(ref: DocumentRef, document: T, options: SendOptions): Promise<SendResult<T>>;
  /** Moves a roadmap along its lifecycle: submit, return with remarks, approve by order, … */
  transition<T = unknown>(
    ref: DocumentRef,
    action: RoadmapAction,
    payload: TransitionPayload,
    options: SendOptions,
  ): Promise<SendResult<T>>;
}
