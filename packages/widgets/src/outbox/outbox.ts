import type { DocumentRef, SendOptions, SendResult, ShnroDataSource } from '../data-source/types.js';
import { documentKey } from '../data-source/document-key.js';
import { OutboxStore, DEFAULT_OUTBOX_DATABASE } from './store.js';
import type { OutboxItem, OutboxOperation } from './types.js';

/** Options of `ShnroOutbox.open`. */
export interface OutboxOptions {
  /** Where changes go: the portal's backend through its data source. */
  readonly dataSource: ShnroDataSource;
  /** The IndexedDB database (one per portal and person is a good choice). */
  readonly databaseName?: string;
  /** Retry delays: the first (default 1 s), doubling up to the largest (default 60 s). */
  readonly retryInitialMs?: number;
  readonly retryMaxMs?: number;
  /** Send at once and whenever the browser comes online (default true). */
  readonly autoStart?: boolean;
}

/** What enqueueing takes besides the operation. */
export interface EnqueueOptions {
  /** What the person would call the change. */
  readonly label: string;
  /** The backend revision the change was made on; undefined creates or follows earlier changes. */
  readonly baseRevision?: number;
}

/** Fired when any item changes: `detail.items` is the whole queue in order. */
export class ShnroOutboxChangeEvent extends Event {
  static readonly eventName = 'shnro-outbox-change';
  constructor(readonly items: readonly OutboxItem[]) {
    super(ShnroOutboxChangeEvent.eventName);
  }
}

/** The backend answered 401: the queue is kept and paused; sign in, then call `resume()`. */
export class ShnroOutboxSignInRequiredEvent extends Event {
  static readonly eventName = 'shnro-outbox-signin-required';
  constructor(readonly message: string) {
    super(ShnroOutboxSignInRequiredEvent.eventName);
  }
}

// One document, one queue and one revision chain, whatever else its refs carry (a record's school).
const refKey = (ref: DocumentRef) => documentKey(ref);

/** An idempotency key from the browser's CSPRNG (randomUUID needs a secure context; this does not). */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `outbox-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The offline outbox (очередь отправки): every change is written to IndexedDB first, with an
 * idempotency key, and sent when the backend is reachable, retried with a growing delay. Changes
 * to one document go in order; a conflict or a refusal holds the later ones of that document
 * until the person decides. Nothing is dropped: a sent item stays until `clearSent()`.
 */
export class ShnroOutbox extends EventTarget {
  #store: OutboxStore;
  #options: OutboxOptions;
  #flushing: Promise<void> | undefined;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #signInRequired: string | undefined;
  #closed = false;
  /** Settles on `close()`: a send still waiting for its answer no longer holds the cross-tab lock. */
  #closing: { promise: Promise<void>; resolve: () => void } = (() => {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  })();
  readonly #online = () => void this.flush();

  private constructor(store: OutboxStore, options: OutboxOptions) {
    super();
    this.#store = store;
    this.#options = options;
  }

  /** Opens the queue; changes left `sending` by a closed tab go back to waiting, same keys. */
  static async open(options: OutboxOptions): Promise<ShnroOutbox> {
    const store = await OutboxStore.open(options.databaseName ?? DEFAULT_OUTBOX_DATABASE);
    for (const item of await store.all()) {
      if (item.state === 'sending') await store.put({ ...item, state: 'pending', nextAttemptAt: 0 });
    }
    const outbox = new ShnroOutbox(store, options);
    if (options.autoStart ?? true) {
      globalThis.addEventListener?.('online', outbox.#online);
      void outbox.flush();
    }
    return outbox;
  }

  /** Set while the backend wants a sign-in: the message to show. */
  get signInRequired(): string | undefined {
    return this.#signInRequired;
  }

  /** Every item, oldest first. */
  items(): Promise<OutboxItem[]> {
    return this.#store.all();
  }

  /** Stores the change (durably, before anything is sent) and starts sending. */
  async enqueue(operation: OutboxOperation, options: EnqueueOptions): Promise<OutboxItem> {
    const waiting = (await this.#store.all()).some(
      (item) => item.state !== 'sent' && refKey(item.operation.ref) === refKey(operation.ref),
    );
    const item: OutboxItem = {
      id: newKey(),
      operation,
      label: options.label,
      baseRevision: waiting ? 'previous' : (options.baseRevision ?? null),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: Date.now(),
      seq: await this.#store.nextSeq(),
    };
    await this.#store.put(item);
    await this.#changed();
    void this.flush();
    return item;
  }

  /** After sign-in: resume sending where it stopped. */
  async resume(): Promise<void> {
    this.#signInRequired = undefined;
    await this.flush();
  }

  /** Conflict: send the person's version over the backend's newer one (a new key: a new change). */
  async keepMine(id: string): Promise<OutboxItem | undefined> {
    const item = await this.#store.get(id);
    if (!item || item.state !== 'conflict') return undefined;
    const next: OutboxItem = {
      ...item,
      id: newKey(),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      baseRevision: item.theirs?.revision ?? null,
      seq: item.seq,
    };
    await this.#store.put(next);
    await this.#store.delete(id);
    await this.#changed();
    void this.flush();
    return next;
  }

  /** Conflict: keep the backend's version; the person's own is dropped only now, by their choice. */
  async keepTheirs(id: string): Promise<void> {
    const item = await this.#store.get(id);
    if (!item || item.state !== 'conflict') return;
    if (item.theirs) await this.#store.setRevision(refKey(item.operation.ref), item.theirs.revision);
    await this.#store.delete(id);
    await this.#changed();
    void this.flush();
  }

  /** Removes a rejected item (after the person read why), releasing later changes of its document. */
  async discard(id: string): Promise<void> {
    await this.#store.delete(id);
    await this.#changed();
    void this.flush();
  }

  /** Removes the items already sent. */
  async clearSent(): Promise<void> {
    for (const item of await this.#store.all()) if (item.state === 'sent') await this.#store.delete(item.id);
    await this.#changed();
  }

  /**
   * Sends every item that is due, oldest first, one at a time. Across tabs only one sends at a
   * time (Web Locks); were two to send one item anyway, its key makes the backend apply it once.
   */
  flush(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#flushing) {
      this.#again = true;
      return this.#flushing;
    }
    const run = async () => {
      do {
        this.#again = false;
        const locks = (globalThis.navigator as Navigator | undefined)?.locks;
        const name = `shnro-outbox:${this.#options.databaseName ?? DEFAULT_OUTBOX_DATABASE}`;
        const send = () => Promise.race([this.#sendDue(), this.#closing.promise]);
        if (locks) await locks.request(name, send);
        else await send();
      } while (this.#again && !this.#closed);
    };
    this.#flushing = run()
      .catch((error: unknown) => {
        // IndexedDB failed under us (closed, quota, another tab upgrading): the queue is still on
        // disk; the next flush tries again.
        if (!this.#closed) console.warn('[shnro-outbox] sending stopped:', error);
      })
      .finally(() => {
        this.#flushing = undefined;
        this.#schedule();
      });
    return this.#flushing;
  }

  /** Stops sending (the queue stays in IndexedDB for the next open). */
  close(): void {
    this.#closed = true;
    this.#closing.resolve();
    clearTimeout(this.#timer);
    globalThis.removeEventListener?.('online', this.#online);
    this.#store.close();
  }

  async #sendDue(): Promise<void> {
    const held = new Set<string>();
    for (const item of await this.#store.all()) {
      if (this.#closed || this.#signInRequired) return;
      const key = refKey(item.operation.ref);
      if (item.state === 'sent') continue;
      if (
        item.state === 'rejected' ||
        item.state === 'conflict' ||
        held.has(key) ||
        item.nextAttemptAt > Date.now()
      ) {
        held.add(key);
        continue;
      }
      const outcome = await this.#send(item);
      if (outcome === 'offline') return;
      if (outcome !== 'sent') held.add(key);
    }
  }

  async #send(item: OutboxItem): Promise<'sent' | 'held' | 'offline'> {
    const key = refKey(item.operation.ref);
    const base = item.baseRevision === 'previous' ? await this.#store.revision(key) : item.baseRevision;
    const sending: OutboxItem = { ...item, state: 'sending' };
    await this.#store.put(sending);
    await this.#changed();
    const options: SendOptions = {
      idempotencyKey: item.id,
      ...(base === null || base === undefined ? {} : { baseRevision: base }),
    };
    let result: SendResult;
    try {
      result = await this.#dispatch(item.operation, options);
    } catch (error) {
      result = { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) };
    }
    if (this.#closed) return 'offline';
    switch (result.kind) {
      case 'accepted':
        await this.#store.putWithRevision(
          {
            ...sending,
            state: 'sent',
            sentAt: Date.now(),
            stored: result.stored,
            attempts: item.attempts + 1,
          },
          key,
          result.stored.revision,
        );
        await this.#changed();
        return 'sent';
      case 'conflict':
        await this.#store.put({
          ...sending,
          state: 'conflict',
          message: result.message,
          theirs: result.current,
        });
        await this.#changed();
        return 'held';
      case 'rejected':
        await this.#store.put({
          ...sending,
          state: 'rejected',
          message: result.message,
          problems: result.problems,
        });
        await this.#changed();
        return 'held';
      case 'unauthorized':
        await this.#store.put({ ...sending, state: 'pending', message: result.message });
        this.#signInRequired = result.message;
        await this.#changed();
        this.dispatchEvent(new ShnroOutboxSignInRequiredEvent(result.message));
        return 'offline';
      case 'unavailable': {
        const attempts = item.attempts + 1;
        const delay = result.retryAfterMs ?? this.#backoff(attempts);
        await this.#store.put({
          ...sending,
          state: 'pending',
          attempts,
          nextAttemptAt: Date.now() + delay,
          message: result.message,
        });
        await this.#changed();
        // The backend or the network is down: the rest of the queue waits with this item.
        return 'offline';
      }
    }
  }

  #dispatch(operation: OutboxOperation, options: SendOptions): Promise<SendResult> {
    const source = this.#options.dataSource;
    switch (operation.type) {
      case 'save':
        return source.save(operation.ref, operation.document, options);
      case 'submit':
        return source.submit(operation.ref, operation.document, options);
      case 'transition':
        return source.transition(operation.ref, operation.action, operation.payload, options);
    }
  }

  /** Doubling delays with jitter (half fixed, half random), so many schools do not retry in step. */
  #backoff(attempts: number): number {
    const initial = this.#options.retryInitialMs ?? 1000;
    const max = this.#options.retryMaxMs ?? 60_000;
    const delay = Math.min(max, initial * 2 ** (attempts - 1));
    return delay / 2 + Math.random() * (delay / 2);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#closed || this.#signInRequired) return;
    void this.#store
      .all()
      .then((items) => {
        const due = items.filter((item) => item.state === 'pending').map((item) => item.nextAttemptAt);
        if (due.length === 0 || this.#closed) return;
        const wait = Math.max(0, Math.min(...due) - Date.now());
        this.#timer = setTimeout(() => void this.flush(), wait);
      })
      .catch(() => undefined);
  }

  async #changed(): Promise<void> {
    if (this.#closed) return;
    this.dispatchEvent(new ShnroOutboxChangeEvent(await this.#store.all()));
  }
}
