import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { nothing } from 'lit';
import { downloadFile } from '../shared/download.js';
import type { WidgetLocale } from '../shared/localize.js';
import { DraftController } from './autosave-controller.js';
import type { DraftMigrations } from './migrations.js';
import { quarantineNotice } from './lazy.js';
import type { DraftState, DraftStore } from './types.js';

/** The drafts properties every editing element has (`document-id`, `draft-scope`, …). */
export interface DraftSettings {
  readonly documentId?: string | undefined;
  readonly draftScope: string;
  readonly draftDatabase?: string | undefined;
  readonly draftStore?: DraftStore | undefined;
}

/** The host of a `DraftBinding`: an element with the drafts properties. */
export type DraftBindingHost = ReactiveControllerHost & HTMLElement & DraftSettings;

/** What an editing element tells its drafts binding. */
export interface DraftBindingOptions<T> {
  /** The draft kind (`roadmap-editor`, `indicator-form`). */
  readonly kind: string;
  /** The kinds of draft and their migrations. */
  readonly migrations: DraftMigrations;
  /** Whether the element keeps drafts now (not while it only shows). */
  readonly enabled: () => boolean;
  /** The title the drafts list shows. */
  readonly title: (data: T) => string | undefined;
  /** What the element holds now, to save; undefined while it holds nothing. */
  readonly current: () => T | undefined;
  /**
   * The stored draft found when drafts were set up, with when it was saved, while the person has
   * not edited since: the element applies it, or offers it when it no longer fits.
   */
  readonly found: (data: T, at: number) => void;
  /** The person chose the other tab's draft in a conflict. */
  readonly takeTheirs: (data: T) => void;
}

/**
 * Binds an editing element to its drafts (черновики): opens a `DraftController` for the
 * element's document, scope, database and store, and again whenever they change; brings the
 * stored draft back once, unless the person edited meanwhile; saves through one door,
 * `schedule`, so that a later synchronous journal can be added there for every element at once.
 */
export class DraftBinding<T> implements ReactiveController {
  private controller?: DraftController<T>;
  private key = '';
  private store?: DraftStore;
  private edits = 0;

  constructor(
    private readonly host: DraftBindingHost,
    private readonly options: DraftBindingOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The inner DraftController follows the host by itself.
  }

  /** Whether a draft is kept now (an id is set and the element edits). */
  get active(): boolean {
    return this.controller !== undefined;
  }

  /** What the draft is doing now (`saved`, `conflict`…), or undefined without drafts. */
  get state(): DraftState<T> | undefined {
    return this.controller?.state;
  }

  /** The draft's state in words, in the host's language; undefined without drafts. */
  get message(): string | undefined {
    return this.controller?.message;
  }

  /**
   * Call from `willUpdate` when a drafts property or the mode changed: opens the drafts of the
   * new document (the old controller still writes its last save), or closes them.
   */
  sync(): void {
    const host = this.host;
    const on = this.options.enabled() && Boolean(host.documentId);
    const key = on ? JSON.stringify([host.draftScope, host.documentId, host.draftDatabase ?? '']) : '';
    if (key === this.key && host.draftStore === this.store) return;
    this.key = key;
    this.store = host.draftStore;
    if (this.controller) {
      // Lit's removeController does not disconnect: the old controller still owes its last save.
      this.controller.hostDisconnected();
      host.removeController(this.controller);
      this.controller = undefined;
    }
    if (!on || !host.documentId) return;
    const controller = new DraftController<T>(host, {
      scope: host.draftScope,
      kind: this.options.kind,
      documentId: host.documentId,
      migrations: this.options.migrations,
      title: (data) => this.options.title(data),
      ...(host.draftDatabase ? { databaseName: host.draftDatabase } : {}),
      ...(host.draftStore ? { store: host.draftStore } : {}),
    });
    this.controller = controller;
    void this.restore(controller);
  }

  /** The person changed something: a stored draft found later must not overwrite it. */
  edited(): void {
    this.edits += 1;
  }

  /** Saves `data` once input is quiet (never waits). */
  schedule(data: T): void {
    this.controller?.schedule(data);
  }

  /**
   * The notices of drafts kept aside (damaged, of another version, a closed tab's text): each
   * with the text that could be read, to put back into the editor or save to a file.
   */
  notices(locale: WidgetLocale): TemplateResult | typeof nothing {
    const controller = this.controller;
    if (!controller || controller.quarantined.length === 0) return nothing;
    const notice = quarantineNotice.value;
    if (!notice) {
      // A rare sight, loaded now unless the idle prefetch has: the element renders it once loaded.
      quarantineNotice.get().then(
        () => this.host.requestUpdate(),
        (error: unknown) => console.error('[@shnro/widgets] The kept-aside notice could not load.', error),
      );
      return nothing;
    }
    return notice.draftQuarantineNotice(locale, controller.quarantined, {
      restore: (id) => void this.restoreQuarantined(id),
      dismiss: (id) => controller.dismissQuarantined(id),
      download: (file) => downloadFile(file, file.name),
    });
  }

  /** Puts a kept-aside draft back into the element (it applies it as the other tab's text). */
  async restoreQuarantined(id: number): Promise<void> {
    const controller = this.controller;
    if (!controller) return;
    this.edited();
    const data = await controller.restoreQuarantined(id);
    if (controller !== this.controller || !data) return;
    this.options.takeTheirs(data);
    this.host.requestUpdate();
  }

  /** Writes pending edits now. */
  async flush(): Promise<void> {
    await this.controller?.flush();
  }

  /** Deletes the stored draft; the element keeps what it shows. */
  async discard(): Promise<void> {
    await this.controller?.discard();
  }

  /** Settles a conflict with another tab: keep ours, or take theirs (the element applies it). */
  async resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
    const controller = this.controller;
    if (!controller) return;
    const data = await controller.resolveConflict(choice);
    if (controller !== this.controller || !data) return;
    if (choice === 'theirs') this.options.takeTheirs(data);
    this.host.requestUpdate();
  }

  private async restore(controller: DraftController<T>): Promise<void> {
    const edits = this.edits;
    const data = await controller.restore();
    if (controller !== this.controller) return;
    if (this.edits !== edits) {
      // Restoring made the stored draft our base; what was edited meanwhile is saved over it.
      const current = this.options.current();
      if (current !== undefined) controller.schedule(current);
      return;
    }
    if (!data) return;
    const state = controller.state;
    this.options.found(data, state.status === 'saved' ? state.at : Date.now());
  }
}
