import { ShnroDraftConflictEvent } from '../events/drafts.js';
import type { DraftSyncMessage } from './draft-sync.js';
import type { DraftKey, DraftRecord, DraftState, DraftStore } from './types.js';
import { sameKey } from './validate.js';

/** What the conflict side reads and changes of the autosave's save side (`DraftSaver`). */
export interface DraftConflictParts<T> {
  readonly key: DraftKey;
  /** The element the conflict event goes out from. */
  readonly host: EventTarget;
  readonly state: DraftState<T>;
  /** This tab's newest text (undefined before any), and the stored revision it is based on. */
  readonly latest: T | undefined;
  readonly baseRevision: number | null;
  setState(state: DraftState<T>): void;
  /** Nothing is written for now: the planned save is called off and the text stays unsaved. */
  hold(): void;
  /** A stored record becomes the base of further saves and this tab's text. */
  adopt(record: DraftRecord<T>): void;
  /** The record `data` would be stored as. */
  recordOf(data: T, revision: number, savedAt: number): DraftRecord<T>;
}

/** Where the drafts are: the store if open now, and the way to wait for it. */
export interface DraftConflictStore {
  readonly store?: DraftStore | undefined;
  ready(): Promise<DraftStore>;
}

/**
 * The autosave's conflicts (конфликт черновиков): another tab stored a newer revision of this
 * draft while this tab has text of its own. Nothing is written until the person chooses; the same
 * text on both sides is no conflict. When the page hides mid-conflict, this tab's text is kept
 * aside in the store (one copy per conflict), never lost and never written over theirs.
 */
export class DraftConflictResolver<T> {
  private asideCopy?: { of: T; id: Promise<number | undefined> };

  constructor(
    private readonly parts: DraftConflictParts<T>,
    private readonly stores: DraftConflictStore,
    /** Runs `work` after the autosave's earlier work, in order. */
    private readonly enqueue: <R>(work: () => Promise<R>) => Promise<R>,
  ) {}

  /** The copy of this tab's text being kept aside, once written (its id), if one is. */
  get keptAside(): Promise<number | undefined> | undefined {
    return this.asideCopy?.id;
  }

  /** The store holds `theirs`, newer than this tab's base: the person is shown both and chooses. */
  enter(theirs: DraftRecord<T>): void {
    const { parts } = this;
    parts.hold();
    const ours = parts.latest as T;
    // The same text on both sides is no conflict: take their revision as our base and go on.
    if (JSON.stringify(ours) === JSON.stringify(theirs.data)) {
      parts.adopt(theirs);
      return;
    }
    parts.setState({ status: 'conflict', theirs, ours });
    parts.host.dispatchEvent(new ShnroDraftConflictEvent<T>({ key: parts.key, theirs, ours }));
  }

  /** Another tab saved: if this tab has text and a different base, the person must choose. */
  heard(message: DraftSyncMessage): void {
    const { parts } = this;
    if (message.type !== 'saved' || !sameKey(message, parts.key)) return;
    void this.enqueue(async () => {
      if (message.revision === parts.baseRevision || parts.latest === undefined) return;
      const result = await (await this.stores.ready()).get<T>(parts.key);
      if (result.status !== 'found' || result.record.revision === parts.baseRevision) return;
      const state = parts.state;
      if (state.status === 'conflict' && state.theirs.revision === result.record.revision) return;
      this.enter(result.record);
    }).catch((error: unknown) => console.error('[@shnro/widgets] A newer draft could not be read.', error));
  }

  /** The page hides mid-conflict: this tab's unsaved text is kept aside, never over theirs. */
  keepOursAside(): void {
    const state = this.parts.state;
    const store = this.stores.store;
    if (state.status !== 'conflict' || !store || this.asideCopy?.of === state.ours) return;
    const previous = this.asideCopy;
    const record = this.parts.recordOf(state.ours, state.theirs.revision, Date.now());
    const id = store
      .setAside(this.parts.key, record, {
        code: 'unresolved-conflict',
        detail: `revision ${state.theirs.revision} from another tab was newer`,
      })
      .then(
        (entry) => entry.id,
        (error: unknown) => {
          console.error(
            '[@shnro/widgets] The text of an unresolved conflict could not be kept aside.',
            error,
          );
          return undefined;
        },
      );
    this.asideCopy = { of: state.ours, id };
    // One copy per conflict: the newer replaces the older, once the newer is written.
    if (previous) {
      void Promise.all([id, previous.id]).then(([written, older]) => {
        if (written !== undefined) this.deleteAside(older);
      });
    }
  }

  /** The person chose or discarded: the kept-aside copy of this conflict has done its job. */
  dropAsideCopy(): void {
    const copy = this.asideCopy;
    this.asideCopy = undefined;
    if (copy) void copy.id.then((id) => this.deleteAside(id));
  }

  private deleteAside(id: number | undefined): void {
    if (id !== undefined) void this.stores.store?.deleteQuarantined(id).catch(() => undefined);
  }
}
