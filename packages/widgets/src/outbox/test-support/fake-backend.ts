import type { RoadmapAction } from '@shnro/core';
import type {
  DocumentRef,
  SendOptions,
  SendResult,
  ShnroDataSource,
  StoredDocument,
  TransitionPayload,
} from '../../data-source/types.js';
import { documentKey } from '../../data-source/document-key.js';

/** How the fake backend misbehaves on the next requests. */
export type Fault =
  | 'down' // nothing reaches it: not applied, unavailable
  | 'error-500' // reaches it, fails before applying: unavailable
  | 'cut' // applied, but the answer is lost on the way back: unavailable
  | 'duplicate' // the network delivers the request twice
  | 'unauthorized' // the session expired: 401, not applied
  | 'hang'; // applied, the answer never comes (a tab closed while sending)

/**
 * A backend in the page with the demo server's semantics: revisions per document, idempotency
 * keys applied once and replayed, a stale revision answered with a conflict carrying the newer
 * version. `applied` counts what was really written, to check 0 lost and 0 duplicated.
 */
export class FakeBackend implements ShnroDataSource {
  readonly docs = new Map<string, StoredDocument>();
  readonly answered = new Map<string, SendResult>();
  /** Every write applied, by key, in order. */
  readonly applied: { key: string; ref: DocumentRef; document: unknown }[] = [];
  faults: Fault[] = [];
  /** A fault for every request until cleared. */
  always: Fault | undefined;
  latencyMs = 0;
  requests = 0;
  rejectWhen: ((document: unknown) => string | undefined) | undefined;

  load<T>(ref: DocumentRef): Promise<StoredDocument<T> | undefined> {
    return Promise.resolve(this.docs.get(documentKey(ref)) as StoredDocument<T> | undefined);
  }

  save<T>(ref: DocumentRef, document: T, options: SendOptions): Promise<SendResult<T>> {
    return this.#deliver(ref, document, options) as Promise<SendResult<T>>;
  }

  submit<T>(ref: DocumentRef, document: T, options: SendOptions): Promise<SendResult<T>> {
    return this.#deliver(ref, document, options) as Promise<SendResult<T>>;
  }

  transition<T>(ref: DocumentRef, action: RoadmapAction, payload: TransitionPayload, options: SendOptions) {
    return this.#deliver(ref, { action, ...payload }, options) as Promise<SendResult<T>>;
  }

  async #deliver(ref: DocumentRef, document: unknown, options: SendOptions): Promise<SendResult> {
    this.requests += 1;
    const fault = this.always ?? this.faults.shift();
    if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    switch (fault) {
      case 'down':
        return { kind: 'unavailable', message: 'Нет связи с сервером.' };
      case 'error-500':
        return { kind: 'unavailable', message: 'Сервер ответил 500.' };
      case 'unauthorized':
        return { kind: 'unauthorized', message: 'Сеанс истёк.' };
      case 'cut':
        this.#apply(ref, document, options);
        return { kind: 'unavailable', message: 'Соединение оборвалось.' };
      case 'duplicate':
        this.#apply(ref, document, options);
        return this.#apply(ref, document, options);
      case 'hang':
        this.#apply(ref, document, options);
        return new Promise<SendResult>(() => undefined);
      default:
        return this.#apply(ref, document, options);
    }
  }

  #apply(ref: DocumentRef, document: unknown, options: SendOptions): SendResult {
    const replay = this.answered.get(options.idempotencyKey);
    if (replay) return replay;
    const key = documentKey(ref);
    const current = this.docs.get(key);
    let result: SendResult;
    const refusal = this.rejectWhen?.(document);
    if (refusal) {
      result = { kind: 'rejected', message: refusal, problems: [{ path: 'input', message: refusal }] };
    } else if ((current?.revision ?? undefined) !== options.baseRevision) {
      result = { kind: 'conflict', message: 'На сервере более новая версия.', current: current ?? null };
    } else {
      const stored = { ref, revision: (current?.revision ?? 0) + 1, document };
      this.docs.set(key, stored);
      this.applied.push({ key: options.idempotencyKey, ref, document });
      result = { kind: 'accepted', stored };
    }
    this.answered.set(options.idempotencyKey, result);
    return result;
  }

  /** The keys applied more than once: must be none. */
  duplicates(): string[] {
    const seen = new Set<string>();
    return this.applied.map((a) => a.key).filter((key) => (seen.has(key) ? true : (seen.add(key), false)));
  }
}
