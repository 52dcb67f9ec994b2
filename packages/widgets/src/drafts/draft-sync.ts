import type { DraftKey } from './types.js';

/** What one tab tells the others after it changes a draft. */
export interface DraftSyncMessage extends DraftKey {
  /** `saved`: a new revision is stored; `discarded`: the draft was deleted. */
  readonly type: 'saved' | 'discarded';
  /** The revision now stored (0 after a discard). */
  readonly revision: number;
  /** The editing session that made the change. */
  readonly tabId: string;
}

function isMessage(value: unknown): value is DraftSyncMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    (message.type === 'saved' || message.type === 'discarded') &&
    typeof message.scope === 'string' &&
    typeof message.kind === 'string' &&
    typeof message.documentId === 'string' &&
    typeof message.revision === 'number' &&
    typeof message.tabId === 'string'
  );
}

/** The channel name for a drafts database: tabs share a channel only when they share a database. */
export const draftChannelName = (databaseName: string): string => `shnro-drafts:${databaseName}`;

/**
 * Tells other tabs (and other editors in this page) of saved and discarded drafts, over a
 * BroadcastChannel named after the database. Where BroadcastChannel is missing it does
 * nothing: the revision check on every save still stops a stale tab from overwriting.
 */
export class DraftSync {
  private readonly channel?: BroadcastChannel;
  private readonly listeners = new Set<(message: DraftSyncMessage) => void>();

  constructor(
    databaseName: string,
    /** Messages from this session are ignored: it knows what it did. */
    readonly tabId: string,
  ) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(draftChannelName(databaseName));
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isMessage(event.data) || event.data.tabId === this.tabId) return;
      for (const listener of this.listeners) listener(event.data);
    };
  }

  /** Announces a change to every other instance on the same database. */
  announce(message: Omit<DraftSyncMessage, 'tabId'>): void {
    const { type, scope, kind, documentId, revision } = message;
    this.channel?.postMessage({ type, scope, kind, documentId, revision, tabId: this.tabId });
  }

  /** Calls `listener` for each change announced elsewhere; returns the way to stop. */
  subscribe(listener: (message: DraftSyncMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
  }
}
