import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How an editing element takes back a stored draft. */
export interface DraftRestoreOptions<T> {
  /** Puts the draft's data into the element. */
  readonly apply: (data: T) => void;
  /** Whether the element shows a host value the draft would go over (then «back to the original» is offered). */
  readonly overValue: () => boolean;
  /**
   * Whether a draft still fits what the element shows (the roadmap's same lifecycle step); one
   * that does not is offered, not applied. Every draft fits by default.
   */
  readonly fits?: (data: T) => boolean;
  /** Whether the draft holds exactly what the element shows: nothing to restore, nothing to say. */
  readonly same?: (data: T) => boolean;
}

/** A draft brought back: when it was saved, and whether it went over the host's value. */
export interface RestoredDraft {
  readonly at: number;
  readonly overValue: boolean;
}

/** A draft that no longer fits, offered to open or delete. */
export interface StaleDraft<T> {
  readonly data: T;
  readonly at: number;
}

/**
 * What an editing element does with the draft its `DraftBinding` found (черновик восстановлен):
 * applies it and remembers that it did, for the notice with «Вернуть исходную версию»; or, when
 * the draft was written for another stage of the document, keeps it aside and offers it. Pass
 * `found` as the binding's `found` option.
 */
export class DraftRestoreController<T> implements ReactiveController {
  /** The draft brought back, while its notice is shown. */
  restored?: RestoredDraft;
  /** The draft that no longer fits, while it is offered. */
  stale?: StaleDraft<T>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftRestoreOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing runs in the background.
  }

  /** The binding found a stored draft while the person had not edited yet. */
  readonly found = (data: T, at: number): void => {
    if (this.options.fits && !this.options.fits(data)) {
      this.stale = { data, at };
      this.host.requestUpdate();
      return;
    }
    if (this.options.same?.(data)) return;
    const overValue = this.options.overValue();
    this.options.apply(data);
    this.restored = { at, overValue };
    this.host.requestUpdate();
  };

  /** The person opens the draft that no longer fitted: it is applied over what is shown. */
  openStale(): void {
    const stale = this.stale;
    if (!stale) return;
    this.options.apply(stale.data);
    this.restored = { at: stale.at, overValue: true };
    this.stale = undefined;
    this.host.requestUpdate();
  }

  /** The restored notice is closed (or the person typed: the notice has done its work). */
  closeRestored(): void {
    if (this.restored === undefined) return;
    this.restored = undefined;
    this.host.requestUpdate();
  }

  /** The stale offer is withdrawn (the person edited what is shown). */
  dropStale(): void {
    if (this.stale === undefined) return;
    this.stale = undefined;
    this.host.requestUpdate();
  }

  /** Both notices go (the draft was deleted, or a new value came). */
  clear(): void {
    this.closeRestored();
    this.dropStale();
  }
}
