import { formatMessage, type MessageCatalogue, type WidgetLocale } from '../shared/localize.js';
import { draftListMessages } from './draft-list/messages.js';
import { draftFileMessages } from './file-messages.js';
import { draftSaveMessages, type DraftCoreMessageKey, type DraftMessageKey } from './messages.js';
import { draftNoticeMessages } from './notice-messages.js';
import { draftStorageMessages } from './storage-messages.js';

/**
 * Every message an element with drafts may show, Russian first: the package's catalogue. The
 * elements themselves load the rare parts only when needed (see messages.ts).
 */
export const draftCoreMessages: MessageCatalogue<DraftCoreMessageKey> = {
  ru: {
    ...draftSaveMessages.ru,
    ...draftStorageMessages.ru,
    ...draftNoticeMessages.ru,
    ...draftFileMessages.ru,
  },
  en: {
    ...draftSaveMessages.en,
    ...draftStorageMessages.en,
    ...draftNoticeMessages.en,
    ...draftFileMessages.en,
  },
};

/** Every drafts message, Russian first: the common ones and those of <shnro-draft-list>. */
export const draftMessages: MessageCatalogue<DraftMessageKey> = {
  ru: { ...draftCoreMessages.ru, ...draftListMessages.ru },
  en: { ...draftCoreMessages.en, ...draftListMessages.en },
};

/** A drafts message by key, any key (the package's `draftMessage`; inside, the elements use the common ones). */
export function draftMessage(
  key: DraftMessageKey,
  locale: WidgetLocale = 'ru',
  values: Record<string, string | number> = {},
): string {
  return formatMessage(draftMessages[locale][key], values);
}
