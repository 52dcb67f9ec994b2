import { formatMessage, type MessageCatalogue, type WidgetLocale } from '../shared/localize.js';
import type { DraftNoticeMessageKey } from './messages.js';
import type { SetAsideCode } from './types.js';

// Loaded with the notice of a draft kept aside, a rare sight: most pages never need it.

/** The messages of drafts kept aside, Russian first. */
export const draftNoticeMessages: MessageCatalogue<DraftNoticeMessageKey> = {
  ru: {
    'quarantine-heading': 'Сохранённый черновик не открыт: {reason}',
    'quarantine-hint':
      'Текст не удалён: он отложен отдельно. Ниже — всё, что удалось прочитать; его можно вернуть в редактор или сохранить в файл.',
    'quarantine-text-label': 'Текст отложенного черновика',
    'quarantine-restore': 'Вернуть этот текст в редактор',
    'quarantine-no-restore': 'Вернуть его в редактор нельзя, сохраните текст в файл.',
    'quarantine-save-json': 'Сохранить в файл (JSON)',
    'quarantine-save-text': 'Сохранить как текст',
    'quarantine-dismiss': 'Скрыть',
    'quarantine-restored': 'Отложенный черновик возвращён в редактор.',
    'aside-invalid-record': 'запись повреждена',
    'aside-invalid-data': 'данные черновика не прошли проверку',
    'aside-newer-version': 'черновик сохранён более новой версией портала',
    'aside-migration-failed': 'черновик не удалось перевести в формат текущей версии портала',
    'aside-unresolved-conflict': 'текст из вкладки, закрытой до выбора версии',
  },
  en: {
    'quarantine-heading': 'The saved draft was not opened: {reason}',
    'quarantine-hint':
      'The text is not deleted: it is kept aside. Below is all that could be read; put it back into the editor or save it to a file.',
    'quarantine-text-label': 'Text of the draft kept aside',
    'quarantine-restore': 'Put this text back into the editor',
    'quarantine-no-restore': 'It cannot be put back into the editor; save the text to a file.',
    'quarantine-save-json': 'Save to file (JSON)',
    'quarantine-save-text': 'Save as text',
    'quarantine-dismiss': 'Hide',
    'quarantine-restored': 'The draft kept aside is back in the editor.',
    'aside-invalid-record': 'the record is damaged',
    'aside-invalid-data': 'the draft data failed its check',
    'aside-newer-version': 'the draft was saved by a newer version of the portal',
    'aside-migration-failed': 'the draft could not be brought up to the current version of the portal',
    'aside-unresolved-conflict': 'text from a tab closed before a version was chosen',
  },
};

/** The message for `key` in `locale`, with `{name}` placeholders filled from `values`. */
export function noticeMessage(
  key: DraftNoticeMessageKey,
  locale: WidgetLocale = 'ru',
  values: Record<string, string | number> = {},
): string {
  return formatMessage(draftNoticeMessages[locale][key], values);
}

const asideKeys: Record<SetAsideCode, DraftNoticeMessageKey> = {
  'invalid-record': 'aside-invalid-record',
  'invalid-data': 'aside-invalid-data',
  'newer-version': 'aside-newer-version',
  'migration-failed': 'aside-migration-failed',
  'unresolved-conflict': 'aside-unresolved-conflict',
};

/** Why a record was kept aside, in words. */
export function setAsideMessage(code: SetAsideCode, locale: WidgetLocale = 'ru'): string {
  return noticeMessage(asideKeys[code], locale);
}
