// Helpers for the drafts tests: unique databases, raw writes that bypass the store's rules.
import { deleteDB } from 'idb';
import type { DraftsDatabase } from '../draft-store.js';
import { openDraftsDatabase } from '../draft-store.js';
import { DRAFT_JOURNAL_PREFIX } from '../draft-journal.js';

const noHooks = { blocked: () => undefined, blocking: () => undefined, terminated: () => undefined };

const created: string[] = [];

/** A database name no other test uses; `deleteTestDatabases` removes it afterwards. */
export function uniqueDatabaseName(label: string): string {
  const name = `shnro-drafts-test-${label}-${crypto.randomUUID()}`;
  created.push(name);
  return name;
}

/** Deletes every database made by `uniqueDatabaseName` so far. */
export async function deleteTestDatabases(): Promise<void> {
  const names = created.splice(0);
  // Their journal entries in Web Storage go with them, so no later test reads them.
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) {
      if (key.startsWith(DRAFT_JOURNAL_PREFIX) && names.some((name) => key.includes(JSON.stringify(name)))) {
        storage.removeItem(key);
      }
    }
  }
  await Promise.all(names.map((name) => deleteDB(name)));
}

/**
 * The end of a test that wrote drafts: lets the writes still pending land, then deletes the test
 * databases and every drafts journal entry left in Web Storage.
 */
export async function clearDraftsAfterTest(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await deleteTestDatabases();
  for (const storage of [localStorage, sessionStorage]) {
    for (const name of Object.keys(storage))
      if (name.startsWith(DRAFT_JOURNAL_PREFIX)) storage.removeItem(name);
  }
}

/** Writes a value straight into the drafts object store, as an older page or a damaged disk would. */
export async function writeRaw(databaseName: string, value: unknown): Promise<void> {
  const db = await openDraftsDatabase(databaseName, noHooks);
  try {
    await db.put('drafts', value as DraftsDatabase['drafts']['value']);
  } finally {
    db.close();
  }
}

/** Reads a value straight from the drafts object store. */
export async function readRaw(databaseName: string, key: [string, string, string]): Promise<unknown> {
  const db = await openDraftsDatabase(databaseName, noHooks);
  try {
    return await db.get('drafts', key);
  } finally {
    db.close();
  }
}

/** Resolves with the next event of `type` on `target`, or rejects after `timeoutMs`. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  timeoutMs = 15_000,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${type} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
}

/** Collects every event of `type` that reaches `target`. */
export function collectEvents<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): GlobalEventHandlersEventMap[K][] {
  const seen: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (event) => seen.push(event as GlobalEventHandlersEventMap[K]));
  return seen;
}
