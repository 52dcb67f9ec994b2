import { formatMessage, type MessageCatalogue, type WidgetLocale } from '../shared/localize.js';
import type { DraftFileMessageKey } from './messages.js';
import { setAsideMessage } from './notice-messages.js';
import type { DraftFileProblem } from './types.js';

// Loaded with a drafts file's import: most pages never need it.

/** The messages about drafts files, Russian first. */
export const draftFileMessages: MessageCatalogue<DraftFileMessageKey> = {
  ru: {
    'file-unread': 'Файл черновика не прочитан: {reason}.',
    'file-not-json': 'файл повреждён или это не файл черновиков (ожидается файл .json)',
    'file-not-drafts': 'это не файл черновиков ШНОР',
    'file-newer-version': 'файл сохранён более новой версией портала (формат {version}); обновите страницу',
    'file-bad-draft': 'черновик № {number} повреждён ({reason})',
    'file-empty': 'в файле нет ни одного черновика',
  },
  en: {
    'file-unread': 'The draft file was not read: {reason}.',
    'file-not-json': 'the file is damaged or is not a drafts file (a .json file is expected)',
    'file-not-drafts': 'this is not an SHNRO drafts file',
    'file-newer-version':
      'the file was saved by a newer version of the portal (format {version}); reload the page',
    'file-bad-draft': 'draft no. {number} is damaged ({reason})',
    'file-empty': 'the file holds no drafts',
  },
};

function fileMessage(
  key: DraftFileMessageKey,
  locale: WidgetLocale,
  values: Record<string, string | number> = {},
) {
  return formatMessage(draftFileMessages[locale][key], values);
}

/** What is wrong with a drafts file, as a whole sentence: «Файл черновика не прочитан: …». */
export function draftFileProblemMessage(problem: DraftFileProblem, locale: WidgetLocale = 'ru'): string {
  let reason: string;
  switch (problem.code) {
    case 'not-json':
      reason = fileMessage('file-not-json', locale);
      break;
    case 'not-drafts-file':
      reason = fileMessage('file-not-drafts', locale);
      break;
    case 'newer-file-version':
      reason = fileMessage('file-newer-version', locale, { version: problem.version });
      break;
    case 'bad-draft':
      reason = fileMessage('file-bad-draft', locale, {
        number: problem.index + 1,
        reason: `${setAsideMessage(problem.reason.code, locale)}: ${problem.reason.detail}`,
      });
      break;
    case 'empty':
      reason = fileMessage('file-empty', locale);
      break;
  }
  return fileMessage('file-unread', locale, { reason });
}
