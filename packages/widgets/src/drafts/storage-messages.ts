import { formatMessage, type MessageCatalogue, type WidgetLocale } from '../shared/localize.js';
import { draftStatusMessage, type DraftStorageMessageKey } from './messages.js';
import type { DraftState, DraftStorageProblem } from './types.js';

// Loaded when storage fails (and at idle time, so it works offline): most pages never need it.

/** The messages of storage problems, Russian first. */
export const draftStorageMessages: MessageCatalogue<DraftStorageMessageKey> = {
  ru: {
    'state-unavailable':
      'Черновики не сохраняются: хранилище браузера недоступно. Не закрывайте страницу, пока не отправите данные.',
    'state-blocked':
      'Черновики не сохраняются: хранилище браузера занято другой вкладкой этого портала. Закройте другие вкладки портала или не закрывайте эту страницу, пока не отправите данные.',
    'state-denied':
      'Черновики не сохраняются: браузер запрещает этой странице хранить данные (так бывает из-за настроек конфиденциальности). Разрешите сайту сохранять данные или не закрывайте страницу, пока не отправите данные.',
    'state-quota-exceeded':
      'Недостаточно места для черновика: текст остаётся на странице, сохраните его в файл.',
    'state-aborted':
      'Черновик не сохранён: браузер прервал запись. Текст остаётся на странице, при следующем изменении попробуем снова; чтобы не рисковать, сохраните его в файл.',
  },
  en: {
    'state-unavailable':
      'Drafts are not being saved: browser storage is unavailable. Keep this page open until you submit your data.',
    'state-blocked':
      'Drafts are not being saved: browser storage is held by another tab of this portal. Close the other tabs of the portal, or keep this page open until you submit your data.',
    'state-denied':
      'Drafts are not being saved: the browser forbids this page to store data (privacy settings can do this). Allow the site to store data, or keep this page open until you submit your data.',
    'state-quota-exceeded': 'Not enough space for the draft: the text stays on the page; save it to a file.',
    'state-aborted':
      'The draft was not saved: the browser aborted the write. The text stays on the page and the next change tries again; to be safe, save it to a file.',
  },
};

const problemKeys: Record<DraftStorageProblem, DraftStorageMessageKey> = {
  unavailable: 'state-unavailable',
  blocked: 'state-blocked',
  denied: 'state-denied',
  'quota-exceeded': 'state-quota-exceeded',
  aborted: 'state-aborted',
};

/** Why drafts are not reaching browser storage, and what the person should do, in words. */
export function storageProblemMessage(problem: DraftStorageProblem, locale: WidgetLocale = 'ru'): string {
  return formatMessage(draftStorageMessages[locale][problemKeys[problem]]);
}

/** What a draft state says to the person, storage problems included; empty when there is nothing to say. */
export function draftStateMessage(
  state: DraftState,
  locale: WidgetLocale = 'ru',
  now: Date = new Date(),
): string {
  return draftStatusMessage(state, locale, now, storageProblemMessage);
}
