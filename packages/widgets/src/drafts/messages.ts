import { formatMessage, type MessageCatalogue, type WidgetLocale } from '../shared/localize.js';
import type { DraftFileProblem, DraftMemoryReason, DraftState, SetAsideCode } from './types.js';

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

/** The drafts messages, Russian first. */
/** The messages of saving, conflicts, set-aside drafts and draft files, Russian first. */
export const draftCoreMessages: MessageCatalogue<DraftCoreMessageKey> = {
  ru: {
    'state-saving': 'Сохраняем черновик…',
    'state-saved-at': 'Черновик сохранён в {time}',
    'state-saved-on': 'Черновик сохранён {time}',
    'state-unavailable':
      'Черновики не сохраняются: хранилище браузера недоступно. Не закрывайте страницу, пока не отправите данные.',
    'state-blocked':
      'Черновики не сохраняются: хранилище браузера занято другой вкладкой этого портала. Закройте другие вкладки портала или не закрывайте эту страницу, пока не отправите данные.',
    'state-quota-exceeded':
      'Недостаточно места для черновика: текст остаётся на странице, сохраните его в файл.',
    'state-denied':
      'Черновики не сохраняются: браузер запрещает этой странице хранить данные (так бывает из-за настроек конфиденциальности). Разрешите сайту сохранять данные или не закрывайте страницу, пока не отправите данные.',
    'state-aborted':
      'Черновик не сохранён: браузер прервал запись. Текст остаётся на странице, при следующем изменении попробуем снова; чтобы не рисковать, сохраните его в файл.',
    'state-conflict': 'Этот черновик изменён в другой вкладке',
    'conflict-activities': 'мероприятий — {count}',
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
    'conflict-hint':
      'Сравните версии и выберите, какую оставить. Пока вы не выбрали, ничего не перезаписывается.',
    'conflict-keep-mine': 'Оставить версию из этой вкладки',
    'conflict-take-theirs': 'Взять версию из другой вкладки',
    'file-unread': 'Файл черновика не прочитан: {reason}.',
    'file-not-json': 'файл повреждён или это не файл черновиков (ожидается файл .json)',
    'file-not-drafts': 'это не файл черновиков ШНОР',
    'file-newer-version': 'файл сохранён более новой версией портала (формат {version}); обновите страницу',
    'file-bad-draft': 'черновик № {number} повреждён ({reason})',
    'file-empty': 'в файле нет ни одного черновика',
    'aside-invalid-record': 'запись повреждена',
    'aside-invalid-data': 'данные черновика не прошли проверку',
    'aside-newer-version': 'черновик сохранён более новой версией портала',
    'aside-migration-failed': 'черновик не удалось перевести в формат текущей версии портала',
    'aside-unresolved-conflict': 'текст из вкладки, закрытой до выбора версии',
  },
  en: {
    'state-saving': 'Saving draft…',
    'state-saved-at': 'Draft saved at {time}',
    'state-saved-on': 'Draft saved {time}',
    'state-unavailable':
      'Drafts are not being saved: browser storage is unavailable. Keep this page open until you submit your data.',
    'state-blocked':
      'Drafts are not being saved: browser storage is held by another tab of this portal. Close the other tabs of the portal, or keep this page open until you submit your data.',
    'state-quota-exceeded': 'Not enough space for the draft: the text stays on the page; save it to a file.',
    'state-denied':
      'Drafts are not being saved: the browser forbids this page to store data (privacy settings can do this). Allow the site to store data, or keep this page open until you submit your data.',
    'state-aborted':
      'The draft was not saved: the browser aborted the write. The text stays on the page and the next change tries again; to be safe, save it to a file.',
    'state-conflict': 'This draft was changed in another tab',
    'conflict-activities': '{count} activities',
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
    'conflict-hint':
      'Compare the versions and choose which to keep. Nothing is overwritten until you choose.',
    'conflict-keep-mine': 'Keep the version from this tab',
    'conflict-take-theirs': 'Take the version from the other tab',
    'file-unread': 'The draft file was not read: {reason}.',
    'file-not-json': 'the file is damaged or is not a drafts file (a .json file is expected)',
    'file-not-drafts': 'this is not an SHNRO drafts file',
    'file-newer-version':
      'the file was saved by a newer version of the portal (format {version}); reload the page',
    'file-bad-draft': 'draft no. {number} is damaged ({reason})',
    'file-empty': 'the file holds no drafts',
    'aside-invalid-record': 'the record is damaged',
    'aside-invalid-data': 'the draft data failed its check',
    'aside-newer-version': 'the draft was saved by a newer version of the portal',
    'aside-migration-failed': 'the draft could not be brought up to the current version of the portal',
    'aside-unresolved-conflict': 'text from a tab closed before a version was chosen',
  },
};

/** The message for `key` in `locale`, with `{name}` placeholders filled from `values`. */
export function draftMessage(
  key: DraftCoreMessageKey,
  locale: WidgetLocale = 'ru',
  values: Record<string, string | number> = {},
): string {
  return formatMessage(draftCoreMessages[locale][key], values);
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

const memoryKeys: Record<DraftMemoryReason, DraftCoreMessageKey> = {
  unavailable: 'state-unavailable',
  blocked: 'state-blocked',
  denied: 'state-denied',
};

/** What a draft state says to the person; empty when there is nothing to say. */
export function draftStateMessage(
  state: DraftState,
  locale: WidgetLocale = 'ru',
  now: Date = new Date(),
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
      return draftMessage(memoryKeys[state.reason], locale);
    case 'quota-exceeded':
      return draftMessage('state-quota-exceeded', locale);
    case 'write-aborted':
      return draftMessage('state-aborted', locale);
    case 'conflict':
      return draftMessage('state-conflict', locale);
  }
}

const asideKeys: Record<SetAsideCode, DraftCoreMessageKey> = {
  'invalid-record': 'aside-invalid-record',
  'invalid-data': 'aside-invalid-data',
  'newer-version': 'aside-newer-version',
  'migration-failed': 'aside-migration-failed',
  'unresolved-conflict': 'aside-unresolved-conflict',
};

/** Why a record was kept aside, in words. */
export function setAsideMessage(code: SetAsideCode, locale: WidgetLocale = 'ru'): string {
  return draftMessage(asideKeys[code], locale);
}

/** What is wrong with a drafts file, as a whole sentence: «Файл черновика не прочитан: …». */
export function draftFileProblemMessage(problem: DraftFileProblem, locale: WidgetLocale = 'ru'): string {
  let reason: string;
  switch (problem.code) {
    case 'not-json':
      reason = draftMessage('file-not-json', locale);
      break;
    case 'not-drafts-file':
      reason = draftMessage('file-not-drafts', locale);
      break;
    case 'newer-file-version':
      reason = draftMessage('file-newer-version', locale, { version: problem.version });
      break;
    case 'bad-draft':
      reason = draftMessage('file-bad-draft', locale, {
        number: problem.index + 1,
        reason: `${setAsideMessage(problem.reason.code, locale)}: ${problem.reason.detail}`,
      });
      break;
    case 'empty':
      reason = draftMessage('file-empty', locale);
      break;
  }
  return draftMessage('file-unread', locale, { reason });
}
