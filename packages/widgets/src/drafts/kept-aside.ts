import type { QuarantineNoticeEntry } from './quarantine-notice.js';
import type { DraftMigrations } from './migrations.js';
import { noDraftKinds, upgradeDraft } from './migrations.js';
import type { DraftKey, DraftStore, QuarantinedDraft } from './types.js';
import { sameKey } from './validate.js';

/**
 * The drafts of one document kept aside (отложенные черновики) that the editor tells the person
 * of: damaged or of another version when met at load, or a tab's text from a conflict it closed
 * on, each marked whether it can be put back. Hiding a notice keeps the entry itself.
 */
export class KeptAsideList {
  private entries: QuarantineNoticeEntry[] = [];

  constructor(
    private readonly key: DraftKey,
    private readonly migrations: DraftMigrations | undefined,
    /** The list changed: the host renders again. */
    private readonly changed: () => void,
  ) {}

  /** The notices now shown. */
  get list(): readonly QuarantineNoticeEntry[] {
    return this.entries;
  }

  /** Tells of an entry (once). */
  tell(entry: QuarantinedDraft, restorable: boolean): void {
    if (this.entries.some((known) => known.entry.id === entry.id)) return;
    this.entries = [...this.entries, { entry, restorable }];
    this.changed();
  }

  /** Hides the notice of an entry. */
  hide(id: number): void {
    this.entries = this.entries.filter(({ entry }) => entry.id !== id);
    this.changed();
  }

  /** Text a tab kept aside when it closed mid-conflict: readable, so it can go back in. */
  async findConflictCopies(store: DraftStore): Promise<void> {
    try {
      for (const entry of await store.listQuarantine(this.key.scope)) {
        if (entry.reason.code !== 'unresolved-conflict' || !sameKey(entry, this.key)) continue;
        const restorable = upgradeDraft(entry.raw, this.migrations ?? noDraftKinds).ok;
        this.tell(entry, restorable);
      }
    } catch (error) {
      console.error('[@shnro/widgets] Drafts kept aside could not be listed.', error);
    }
  }
}
