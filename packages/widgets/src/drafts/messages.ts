import { formatMessage, type MessageCatalogue, type WidgetLocale } from '../shared/localize.js';
import type { DraftState, DraftStorageProblem } from './types.js';

// The messages every editing element needs to render and autosave: saving, saved, a conflict.
// The rare ones load when needed (and at idle time, so they work offline): storage problems
// (storage-messages.ts), kept-aside notices (notice-messages.ts), draft files (file-messages.ts).
// `draftCoreMessages` (core-messages.ts) gathers them all for the package's API.

/** Keys of the drafts messages. */
export type DraftMessageKey =
  | 'state-saving'
  | 'state-saved-at'
  | 'state-saved-on'
  | 'state-unavailable'
  | 'state-blocked'
  | 'state-quota-exceeded'
  | 'state-denied'
  | 'state-aborted'
  | 'state-conflict'
  | 'conflict-activities'
  | 'quarantine-heading'
  | 'quarantine-hint'
  | 'quarantine-text-label'
  | 'quarantine-restore'
  | 'quarantine-no-restore'
  | 'quarantine-save-json'
  | 'quarantine-save-text'
  | 'quarantine-dismiss'
  | 'quarantine-restored'
  | 'conflict-hint'
  | 'conflict-keep-mine'
  | 'conflict-take-theirs'
  | 'file-unread'
  | 'file-not-json'
  | 'file-not-drafts'
  | 'file-newer-version'
  | 'file-bad-draft'
  | 'file-empty'
  | 'aside-invalid-record'
  | 'aside-invalid-data'
  | 'aside-newer-version'
  | 'aside-migration-failed'
  | 'aside-unresolved-conflict'
  | 'list-heading'
  | 'list-loading'
  | 'list-empty'
  | 'list-untitled'
  | 'list-saved'
  | 'list-restore'
  | 'list-restore-label'
  | 'list-discard'
  | 'list-discard-label'
  | 'list-discard-confirm'
  | 'list-discard-yes'
  | 'list-discard-no'
  | 'list-export'
  | 'list-export-label'
  | 'list-export-all'
  | 'list-import'
  | 'list-imported'
  | 'list-import-skipped'
  | 'list-restored'
  | 'list-discarded'
  | 'list-aside-heading'
  | 'list-aside-hint'
  | 'list-aside-at'
  | 'list-failed';

/** Keys of the messages only <shnro-draft-list> shows (in its own module, so that a form does not carry them). */
export type DraftListMessageKey = Extract<DraftMessageKey, `list-${string}`>;

/** Keys of the messages every element with drafts may show. */
export type DraftCoreMessageKey = Exclude<DraftMessageKey, DraftListMessageKey>;

/** Keys of the messages of storage problems (memory only, disk full, a write aborted). */
export type DraftStorageMessageKey = Extract<
  DraftMessageKey,
  'state-unavailable' | 'state-blocked' | 'state-denied' | 'state-quota-exceeded' | 'state-aborted'
>;

/** Keys of the messages of drafts kept aside (their notice, and why each was kept aside). */
export type DraftNoticeMessageKey = Extract<DraftMessageKey, `quarantine-${string}` | `aside-${string}`>;

/** Keys of the messages about drafts files. */
export type DraftFileMessageKey = Extract<DraftMessageKey, `file-${string}`>;

/** Keys of the messages an element shows while it autosaves: saving, saved, a conflict. */
export type DraftSaveMessageKey = Exclude<
  DraftCoreMessageKey,
  DraftStorageMessageKey | DraftNoticeMessageKey | DraftFileMessageKey
>;

/** The messages of saving and of conflicts, Russian first. */
export const draftSaveMessages: MessageCatalogue<DraftSaveMessageKey> = {
  ru: {
    'state-saving': 'Сохраняем черновик…',
    'state-saved-at': 'Черновик сохранён в {time}',
    'state-saved-on': 'Черновик сохранён {time}',
    'state-conflict': 'Этот черновик изменён в другой вкладке',
    'conflict-activities': 'мероприятий — {count}',
    'conflict-hint':
      'Сравните версии и выберите, какую оставить. Пока вы не выбрали, ничего не перезаписывается.',
    'conflict-keep-mine': 'Оставить версию из этой вкладки',
    'conflict-take-theirs': 'Взять версию из другой вкладки',
  },
  en: {
    'state-saving': 'Saving draft…',
    'state-saved-at': 'Draft saved at {time}',
    'state-saved-on': 'Draft saved {time}',
    'state-conflict': 'This draft was changed in another tab',
    'conflict-activities': '{count} activities',
    'conflict-hint':
      'Compare the versions and choose which to keep. Nothing is overwritten until you choose.',
    'conflict-keep-mine': 'Keep the version from this tab',
    'conflict-take-theirs': 'Take the version from the other tab',
  },
};

/** The message for `key` in `locale`, with `{name}` placeholders filled from `values`. */
export function draftMessage(
  key: DraftSaveMessageKey,
  locale: WidgetLocale = 'ru',
  values: Record<string, string | number> = {},
): string {
  return formatMessage(draftSaveMessages[locale][key], values);
}

const intlLocale = (locale: WidgetLocale): string => (locale === 'en' ? 'en-GB' : 'ru-RU');

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** A save time as people read it: the time alone today, with the date otherwise («5 марта 2025 г., 14:32»). */
export function formatDraftTime(
  at: number | Date,
  locale: WidgetLocale = 'ru',
  now: Date = new Date(),
): string {
  const date = new Date(at);
  if (sameDay(date, now)) {
    return new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit' }).format(date);
  }
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A time with its full date, for lists where entries span days («14 марта 2025 г. в 14:32»). */
export function formatDraftDateTime(at: number | Date, locale: WidgetLocale = 'ru'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(at),
  );
}

/** Words a storage problem for the person: `storageProblemMessage` once storage-messages.ts is loaded. */
export type StorageProblemWording = (problem: DraftStorageProblem, locale: WidgetLocale) => string;

/** Said of any storage problem while its own words load, or if they cannot: short, and still true. */
const notSaving: Record<WidgetLocale, string> = {
  ru: 'Черновик не сохраняется в браузере. Не закрывайте страницу, пока не отправите данные.',
  en: 'The draft is not being saved in the browser. Keep this page open until you submit your data.',
};

/** A storage problem in words: its own when `wording` is given, the short general line otherwise. */
export function storageProblemLine(
  problem: DraftStorageProblem,
  locale: WidgetLocale,
  wording?: StorageProblemWording,
): string {
  return wording ? wording(problem, locale) : notSaving[locale];
}

/**
 * What a draft state says to the person; empty when there is nothing to say. Storage problems
 * are worded by `wording` (the full `draftStateMessage` of storage-messages.ts passes it).
 */
export function draftStatusMessage(
  state: DraftState,
  locale: WidgetLocale = 'ru',
  now: Date = new Date(),
  wording?: StorageProblemWording,
): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'saving':
      return draftMessage('state-saving', locale);
    case 'saved':
      return draftMessage(sameDay(new Date(state.at), now) ? 'state-saved-at' : 'state-saved-on', locale, {
        time: formatDraftTime(state.at, locale, now),
      });
    case 'unsaved-memory-only':
      return storageProblemLine(state.reason, locale, wording);
    case 'quota-exceeded':
      return storageProblemLine('quota-exceeded', locale, wording);
    case 'write-aborted':
      return storageProblemLine('aborted', locale, wording);
    case 'conflict':
      return draftMessage('state-conflict', locale);
  }
}
