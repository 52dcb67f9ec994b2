import type { PropertyValues } from 'lit';
import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { downloadFile } from '../../shared/download.js';
import { LocalizeController } from '../../shared/localize.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { draftFileToFile } from '../draft-file.js';
import { DEFAULT_DRAFTS_DATABASE } from '../draft-store.js';
import { DraftSync } from '../draft-sync.js';
import {
  ShnroDraftDiscardedEvent,
  ShnroDraftQuarantinedEvent,
  ShnroDraftRestoredEvent,
  ShnroDraftStorageUnavailableEvent,
} from '../../events/drafts.js';
import { storageWording } from '../lazy.js';
import type { DraftListMessageKey } from '../messages.js';
import { storageProblemLine } from '../messages.js';
import { setAsideMessage } from '../notice-messages.js';
import { draftListMessages } from './messages.js';
import type { DraftMigrations } from '../migrations.js';
import { noDraftKinds, upgradeDraft } from '../migrations.js';
import { openDraftStore } from '../open-draft-store.js';
import type { DraftExportSelection, DraftKey, DraftStore, DraftSummary, QuarantinedDraft } from '../types.js';
import { keyOf } from '../validate.js';
import {
  asideTemplate,
  draftItemTemplate,
  itemId,
  type DraftItemHandlers,
  type DraftItemsView,
  type DraftListTerm,
} from './draft-items.js';
import { draftListStyles } from './draft-list.styles.js';

/** The words of a drafts file's problems: loaded with the import itself (store-transfer.ts loads them too). */
const fileWords = () => import('../file-messages.js');

/**
 * The drafts a person has saved in this browser, newest first, with the time of each:
 * restore one into its editor, delete it, save drafts to a file and load them back. Records
 * that could not be opened are listed apart, never dropped.
 *
 * @tagname shnro-draft-list
 * @summary A list of saved drafts with restore, delete, export to a file and import.
 *
 * @event {ShnroDraftRestoredEvent} shnro-draft-restored - A draft was chosen for restoring; `data` is what the editor should show.
 * @event {ShnroDraftDiscardedEvent} shnro-draft-discarded - A draft was deleted at the person's request.
 * @event {ShnroDraftQuarantinedEvent} shnro-draft-quarantined - A stored record could not be used and was kept aside.
 * @event {ShnroDraftStorageUnavailableEvent} shnro-draft-storage-unavailable - Browser storage is unavailable; the list shows drafts of this page only.
 *
 * @csspart base - The section around everything.
 * @csspart heading - The list's heading.
 * @csspart list - The list of drafts.
 * @csspart item - One draft.
 * @csspart title - A draft's title.
 * @csspart time - A draft's save time.
 * @csspart button - Every button.
 * @csspart restore - The restore buttons.
 * @csspart discard - The delete buttons.
 * @csspart export - The save-to-file buttons.
 * @csspart import - The label of the load-from-file control.
 * @csspart aside - The section of records kept aside.
 *
 * @cssprop --shnro-color-accent - Buttons and focus rings.
 * @cssprop --shnro-color-danger - The delete button and error messages.
 * @cssprop --shnro-color-border - Borders of the items.
 * @cssprop --shnro-color-surface - Background of the items.
 * @cssprop --shnro-color-text-muted - Times and hints.
 * @cssprop --shnro-radius - Corner radius.
 * @cssprop --shnro-space - The spacing unit.
 */
export class ShnroDraftList extends LitElement {
  static override styles = [themeStyles, draftListStyles];

  /** The host-given scope whose drafts are listed, such as the portal user id. */
  @property() scope = '';

  /** The drafts database; ignored when `store` is set. */
  @property({ attribute: 'database-name' }) databaseName = DEFAULT_DRAFTS_DATABASE;

  /** A store shared with the host page; when unset the list opens its own. */
  @property({ attribute: false }) store?: DraftStore;

  /** The kinds of draft the page knows, to migrate drafts before they are restored. */
  @property({ attribute: false }) migrations: DraftMigrations = noDraftKinds;

  /** Human names of draft kinds, such as `{ roadmap: 'Дорожная карта' }`. */
  @property({ attribute: false }) kindLabels: Readonly<Record<string, string>> = {};

  @state() private drafts?: DraftSummary[];
  @state() private aside: QuarantinedDraft[] = [];
  @state() private notice = '';
  @state() private problem = '';
  @state() private confirming?: string;

  private readonly localize = new LocalizeController<DraftListMessageKey>(this, draftListMessages);
  private readonly tabId =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
  private ownStore?: Promise<DraftStore>;
  private storageWarning = '';
  private busy = false;
  private sync?: DraftSync;

  override connectedCallback(): void {
    super.connectedCallback();
    // First connection: willUpdate loads. Moved in the page: load again, it may be stale.
    if (this.hasUpdated) void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseOwnStore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('databaseName') && this.hasUpdated) || (changed.has('store') && this.store)) {
      this.releaseOwnStore();
    }
    if (changed.has('scope') || changed.has('store') || changed.has('databaseName')) void this.refresh();
  }

  /** Reads the list again from the store. */
  async refresh(): Promise<void> {
    const scope = this.scope;
    try {
      const store = await this.currentStore();
      const [drafts, aside] = await Promise.all([store.list(scope), store.listQuarantine(scope)]);
      if (scope !== this.scope) return; // The scope changed meanwhile; its own refresh is under way.
      this.drafts = drafts;
      this.aside = aside;
    } catch (error) {
      this.fail(error);
    }
  }

  protected override render() {
    const t = this.term;
    return html`
      <section
        part="base"
        aria-labelledby="heading"
        aria-busy=${this.drafts === undefined ? 'true' : 'false'}
      >
        <h2 id="heading" part="heading" tabindex="-1">${t('list-heading')}</h2>
        <p role="alert">${this.problem || this.storageWarning}</p>
        <p role="status">${this.notice}</p>
        ${this.renderDrafts()}
        <div class="file-actions">
          <button
            type="button"
            part="button export"
            ?disabled=${!this.drafts?.length}
            @click=${() => this.exportSelection(undefined)}
          >
            ${t('list-export-all')}
          </button>
          <input id="import" type="file" accept=".json,application/json" @change=${this.onImport} />
          <label class="file-label" part="import" for="import">${t('list-import')}</label>
        </div>
        ${asideTemplate(this.aside, this.readable, this.itemsView(), this.itemHandlers)}
      </section>
    `;
  }

  private renderDrafts() {
    const t = this.term;
    if (this.drafts === undefined) return html`<p class="empty">${t('list-loading')}</p>`;
    if (this.drafts.length === 0) return html`<p class="empty">${t('list-empty')}</p>`;
    const view = this.itemsView();
    return html`<ul part="list" aria-labelledby="heading">
      ${this.drafts.map((draft) =>
        draftItemTemplate(
          draft,
          this.kindLabels[draft.kind],
          this.confirming === itemId(draft),
          view,
          this.itemHandlers,
        ),
      )}
    </ul>`;
  }

  private itemsView(): DraftItemsView {
    return { locale: this.localize.locale, t: this.term, titleOf: (entry) => this.titleOf(entry) };
  }

  /** A kept-aside record that can still be read as a draft can go back into its editor. */
  private readonly readable = (entry: QuarantinedDraft): boolean =>
    upgradeDraft(entry.raw, this.migrations).ok;

  private readonly term: DraftListTerm = (key, values) => this.localize.term(key, values);

  private readonly itemHandlers: DraftItemHandlers = {
    restore: (draft) => void this.restore(draft),
    restoreAside: (entry) => void this.restoreAside(entry),
    exportSelection: (selection) => void this.exportSelection(selection),
    askDiscard: (id) => void this.askDiscard(id),
    cancelDiscard: (id) => void this.cancelDiscard(id),
    discard: (draft) => void this.discard(draft),
  };

  private titleOf(entry: DraftKey & { title?: string; raw?: unknown }): string {
    const title = entry.title ?? (entry.raw as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' && title.trim()
      ? title
      : this.localize.term('list-untitled', { documentId: entry.documentId });
  }

  private async restore(draft: DraftSummary): Promise<void> {
    await this.act(async (store) => {
      const result = await store.get(draft);
      if (result.status === 'found') {
        this.dispatchEvent(
          new ShnroDraftRestoredEvent({
            record: result.record,
            migratedFrom: result.migratedFrom,
            source: 'draft',
          }),
        );
        this.notice = this.localize.term('list-restored', { title: this.titleOf(result.record) });
      } else if (result.status === 'quarantined') {
        this.dispatchEvent(new ShnroDraftQuarantinedEvent({ entry: result.quarantined }));
        this.problem = this.localize.term('list-failed', {
          reason: setAsideMessage(result.quarantined.reason.code, this.localize.locale),
        });
      }
    });
  }

  private async restoreAside(entry: QuarantinedDraft): Promise<void> {
    await this.act(async (store) => {
      const result = await store.readQuarantined(entry.id);
      if (result.status !== 'found') return;
      this.dispatchEvent(new ShnroDraftRestoredEvent({ record: result.record, source: 'set-aside' }));
      this.notice = this.localize.term('list-restored', { title: this.titleOf(result.record) });
    });
  }

  private async askDiscard(id: string): Promise<void> {
    this.confirming = id;
    await this.updateComplete;
    // The safe answer takes focus: a stray Enter must not delete an evening's work.
    this.renderRoot.querySelector<HTMLButtonElement>('.confirm-no')?.focus();
  }

  private async cancelDiscard(id: string): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button.discard[data-id='${CSS.escape(id)}']`)?.focus();
  }

  private async discard(draft: DraftSummary): Promise<void> {
    this.confirming = undefined;
    await this.act(async (store) => {
      await store.delete(draft);
      this.sync?.announce({ type: 'discarded', ...keyOf(draft), revision: 0 });
      this.dispatchEvent(new ShnroDraftDiscardedEvent({ key: keyOf(draft) }));
      this.notice = this.localize.term('list-discarded', { title: this.titleOf(draft) });
    });
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  private async exportSelection(selection: DraftExportSelection | undefined): Promise<void> {
    await this.act(async (store) => {
      const file = await store.exportDrafts(this.scope, selection);
      const download = draftFileToFile(file);
      downloadFile(download, download.name);
    }, false);
  }

  private readonly onImport = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.act(async (store) => {
      let text: string;
      try {
        text = await file.text();
      } catch {
        this.problem = (await fileWords()).draftFileProblemMessage(
          { code: 'not-json' },
          this.localize.locale,
        );
        return;
      }
      const result = await store.importDrafts(this.scope, text, this.tabId);
      if (result.status === 'rejected') {
        this.problem = (await fileWords()).draftFileProblemMessage(result.problem, this.localize.locale);
        return;
      }
      for (const draft of result.imported)
        this.sync?.announce({ type: 'saved', ...keyOf(draft), revision: draft.revision });
      const parts = [this.localize.term('list-imported', { count: result.imported.length })];
      if (result.skipped.length)
        parts.push(this.localize.term('list-import-skipped', { count: result.skipped.length }));
      this.notice = parts.join(' ');
    });
    input.value = '';
  };

  /** Runs one person-initiated action: clears old messages, reports failures, refreshes. */
  private async act(work: (store: DraftStore) => Promise<void>, reload = true): Promise<void> {
    // One action at a time; buttons stay enabled so keyboard focus never falls to the page.
    if (this.busy) return;
    this.busy = true;
    this.notice = '';
    this.problem = '';
    try {
      await work(await this.currentStore());
      if (reload) await this.refresh();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private fail(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.problem = this.localize.term('list-failed', { reason });
  }

  private currentStore(): Promise<DraftStore> {
    if (this.store) {
      this.ensureSync(this.store.databaseName);
      return Promise.resolve(this.store);
    }
    this.ownStore ??= openDraftStore({ databaseName: this.databaseName, migrations: this.migrations }).then(
      async (opened) => {
        if (opened.problem) {
          // The words of storage problems load now (a short general line if they cannot).
          const wording = await storageWording.get().catch(() => undefined);
          this.storageWarning = storageProblemLine(opened.problem, this.localize.locale, wording);
          this.dispatchEvent(
            new ShnroDraftStorageUnavailableEvent({
              reason: opened.problem,
              message: this.storageWarning,
              error: opened.error,
            }),
          );
          this.requestUpdate();
        }
        this.ensureSync(opened.store.databaseName);
        return opened.store;
      },
    );
    return this.ownStore;
  }

  /** Other tabs' and editors' saves refresh the list. */
  private ensureSync(databaseName: string): void {
    if (this.sync) return;
    this.sync = new DraftSync(databaseName, this.tabId);
    this.sync.subscribe((message) => {
      if (message.scope === this.scope) void this.refresh();
    });
  }

  private releaseOwnStore(): void {
    this.sync?.close();
    this.sync = undefined;
    const own = this.ownStore;
    this.ownStore = undefined;
    this.storageWarning = '';
    void own?.then((store) => store.close());
  }
}
