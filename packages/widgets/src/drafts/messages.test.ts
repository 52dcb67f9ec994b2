import { describe, expect, it } from 'vitest';
import { draftFileProblemMessage } from './file-messages.js';
import { formatDraftTime } from './messages.js';
import { draftStateMessage } from './storage-messages.js';
import { draftMessages } from './core-messages.js';

describe('drafts messages', () => {
  const now = new Date(2025, 2, 14, 18, 0);

  it('gives the time alone for a save today and the date with it otherwise', () => {
    expect(
      draftStateMessage(
        { status: 'saved', at: new Date(2025, 2, 14, 14, 32).getTime(), revision: 1 },
        'ru',
        now,
      ),
    ).toBe('Черновик сохранён в 14:32');
    const earlier = draftStateMessage(
      { status: 'saved', at: new Date(2025, 2, 5, 9, 7).getTime(), revision: 1 },
      'ru',
      now,
    );
    expect(earlier).toMatch(/^Черновик сохранён 5 марта/);
    expect(earlier).toContain('09:07');
    expect(formatDraftTime(new Date(2024, 11, 30, 20, 15), 'ru', now)).toMatch(/30 декабря 2024/);
  });

  it('speaks English under an English locale', () => {
    expect(draftStateMessage({ status: 'quota-exceeded' }, 'en')).toBe(
      'Not enough space for the draft: the text stays on the page; save it to a file.',
    );
  });

  it('words a bad file’s problem as one sentence', () => {
    expect(draftFileProblemMessage({ code: 'not-drafts-file' })).toBe(
      'Файл черновика не прочитан: это не файл черновиков ШНОР.',
    );
    expect(
      draftFileProblemMessage({
        code: 'bad-draft',
        index: 2,
        reason: { code: 'invalid-record', detail: 'revision: "x"' },
      }),
    ).toBe('Файл черновика не прочитан: черновик № 3 повреждён (запись повреждена: revision: "x").');
  });

  it('has every Russian message in English too', () => {
    expect(Object.keys(draftMessages.en).sort()).toEqual(Object.keys(draftMessages.ru).sort());
    for (const text of Object.values(draftMessages.en)) expect(text).not.toMatch(/[а-яё]/i);
  });
});
