import type { ReactiveController } from 'lit';
import { DraftBinding, type DraftBindingHost } from '../drafts/draft-binding.js';
import { DraftRestoreController } from '../drafts/draft-restore.js';
import type { DraftState } from '../drafts/types.js';
import type { WidgetLocale } from '../shared/localize.js';
import type { DraftsView } from './edit-view.js';
import { INDICATOR_FORM_DRAFT_KIND, indicatorFormDraftKinds, type IndicatorFormDraft } from './draft.js';

/** What the form's drafts read from the form and ask of it. */
export interface FormDraftsOptions {
  /** Whether the form keeps drafts now (in the edit mode). */
  readonly editing: () => boolean;
  /** The title the drafts list shows. */
  readonly title: () => string;
  /** What the form holds now, to save. */
  readonly current: () => IndicatorFormDraft;
  /** A stored draft comes back: its text goes over what the form shows. */
  readonly apply: (data: IndicatorFormDraft) => void;
  /** The person took another tab's (or a kept-aside) text: it goes over what the form shows. */
  readonly takeTheirs: (data: IndicatorFormDraft) => void;
  /** Whether the form shows a host value the draft would go over. */
  readonly overValue: () => boolean;
}

/**
 * The drafts of `<shnro-indicator-form>` (черновики формы): the shared `DraftBinding` for its
 * document, and the notice of a draft brought back (`DraftRestoreController`), behind the few
 * verbs the form uses. A draft is kept in the edit mode only.
 */
export class FormDraftsController implements ReactiveController {
  private readonly binding: DraftBinding<IndicatorFormDraft>;
  /** The stored draft is back and the person has not typed yet: its entries fill the form. */
  private readonly restore: DraftRestoreController<IndicatorFormDraft>;
  private readonly current: () => IndicatorFormDraft;

  constructor(host: DraftBindingHost, options: FormDraftsOptions) {
    this.restore = new DraftRestoreController<IndicatorFormDraft>(host, {
      apply: (data) => options.apply(data),
      overValue: () => options.overValue(),
    });
    this.binding = new DraftBinding<IndicatorFormDraft>(host, {
      kind: INDICATOR_FORM_DRAFT_KIND,
      migrations: indicatorFormDraftKinds,
      enabled: () => options.editing(),
      title: () => options.title(),
      current: () => options.current(),
      found: (data, at) => this.restore.found(data, at),
      takeTheirs: (data) => options.takeTheirs(data),
    });
    this.current = options.current;
    host.addController(this);
  }

  hostConnected(): void {
    // The binding and the restore controller follow the host by themselves.
  }

  /** What the draft is doing now (`saved`, `conflict`…), or undefined without drafts. */
  get state(): DraftState<IndicatorFormDraft> | undefined {
    return this.binding.state;
  }

  /** What the form shows of its drafts: a conflict, drafts kept aside, the restored notice, the status line. */
  view(locale: WidgetLocale): DraftsView {
    return {
      draftState: this.binding.state,
      draftNotices: this.binding.notices(locale),
      draftStatus: this.binding.active ? (this.binding.message ?? '') : undefined,
      restored: this.restore.restored,
    };
  }

  /** A drafts property or the mode changed: the drafts of the new document open (or close). */
  sync(): void {
    this.binding.sync();
  }

  /** The person typed: a draft found later must not overwrite it, the notice goes, the text is saved. */
  typed(): void {
    this.binding.edited();
    this.restore.closeRestored();
    this.save();
  }

  /** Saves what the form holds once input is quiet (a reset form is not brought back on return). */
  save(): void {
    this.binding.schedule(this.current());
  }

  /** A new host value or a reset: the restored notice goes. */
  forgetRestored(): void {
    this.restore.clear();
  }

  /** The notice's way back to the host's value was taken: it closes and the draft is deleted. */
  async leave(): Promise<void> {
    this.restore.closeRestored();
    await this.binding.discard();
  }

  /** Writes pending edits now. */
  async flush(): Promise<void> {
    await this.binding.flush();
  }

  /** Deletes the stored draft; the form keeps what it shows. */
  async discard(): Promise<void> {
    this.restore.clear();
    await this.binding.discard();
  }

  /** Settles a conflict with another tab: keep ours, or take theirs. */
  async resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
    await this.binding.resolveConflict(choice);
  }
}
