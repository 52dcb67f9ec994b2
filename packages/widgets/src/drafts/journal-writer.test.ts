import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_JOURNAL_SYNC_CHARS, DraftJournal } from './draft-journal.js';
import { openJournal } from './journal-recovery.js';
import { JOURNAL_COALESCE_MS, DraftJournalWriter } from './journal-writer.js';
import { defineDraftKinds } from './migrations.js';
import type { DraftRecord } from './types.js';

interface Text {
  text: string;
}

const key = { scope: 'user-17', kind: 'roadmap', documentId: 'school-3301' } as const;
const kinds = defineDraftKinds({ kind: 'roadmap', version: 1 });
const database = `journal-writer-${Math.random().toString(36).slice(2)}`;

const recordOf = (text: string, tabId: string, savedAt = Date.now(), revision = 1): DraftRecord<Text> => ({
  ...key,
  schemaVersion: 1,
  revision,
  savedAt,
  tabId,
  data: { text },
});

function writer(tabId: string, base: { revision: number | null; latest?: Text } = { revision: null }) {
  return new DraftJournalWriter<Text>(new DraftJournal<Text>(database, key, tabId), {
    key,
    tabId,
    migrations: kinds,
    entryOf: (data) => ({ baseRevision: base.revision, record: recordOf(data.text, tabId) }),
    latest: () => base.latest,
  });
}

afterEach(() => {
  vi.useRealTimers();
  new DraftJournal(database, key, 'cleaner').clearDocument();
});

describe('DraftJournalWriter', () => {
  it('writes each input at once, numbered, with the base revision it was typed on', () => {
    const journal = writer('tab-a', { revision: 4 });
    journal.input({ text: 'Д' });
    journal.input({ text: 'До' });
    expect(journal.sequence).toBe(2);
    expect(journal.journal.read()).toMatchObject({
      sequence: 2,
      baseRevision: 4,
      record: { data: { text: 'До' } },
    });
  });

  it('coalesces a very large draft: one write per interval, and at once on flush', () => {
    vi.useFakeTimers();
    const base: { revision: number | null; latest?: Text } = { revision: null };
    const journal = writer('tab-a', base);
    const large = { text: 'я'.repeat(DRAFT_JOURNAL_SYNC_CHARS + 1) };
    journal.input(large); // the first is written: only then is the size known
    expect(journal.sequence).toBe(1);
    base.latest = { text: `${large.text}б` };
    journal.input(base.latest);
    journal.input(base.latest);
    expect(journal.sequence).toBe(1);
    vi.advanceTimersByTime(JOURNAL_COALESCE_MS);
    expect(journal.sequence).toBe(2);
    base.latest = { text: `${large.text}бв` };
    journal.input(base.latest);
    journal.flush(); // the page hides
    expect(journal.sequence).toBe(3);
    expect(journal.journal.read()?.record.data.text.endsWith('бв')).toBe(true);
    journal.input(base.latest);
    journal.cancel(); // the text reached IndexedDB
    vi.advanceTimersByTime(JOURNAL_COALESCE_MS);
    expect(journal.sequence).toBe(3);
  });

  it('reads back what other tabs journaled and the store lacks, newest first, once', () => {
    const a = writer('tab-a');
    a.write({ text: 'первая вкладка' });
    const b = writer('tab-b');
    b.write({ text: 'вторая вкладка' });
    const c = writer('tab-c');
    c.write({ text: 'уже в хранилище' });
    const covered = recordOf('уже в хранилище', 'tab-c', Date.now() + 10, 1);

    const reader = writer('tab-new');
    reader.write({ text: 'своя' }); // written after reading: never read back
    const open = openJournal(reader, covered);
    const texts = [open.newest, ...open.older].map((found) => found?.entry.record.data.text);
    expect(texts.sort()).toEqual(['вторая вкладка', 'первая вкладка']);
    // The entry the store holds is gone from the journal; a second read finds nothing.
    expect(
      new DraftJournal(database, key, 'x').entries().map((found) => found.entry.record.tabId),
    ).not.toContain('tab-c');
    expect(openJournal(reader, covered)).toEqual({ older: [] });
  });

  it('never throws when the record cannot be built (the text still reaches IndexedDB)', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const journal = new DraftJournalWriter<Text>(new DraftJournal<Text>(database, key, 'tab-a'), {
      key,
      tabId: 'tab-a',
      entryOf: () => {
        throw new Error('title failed');
      },
      latest: () => undefined,
    });
    expect(() => journal.input({ text: 'x' })).not.toThrow();
    expect(errors).toHaveBeenCalled();
  });
});
