import type { MessageCatalogue } from '../../shared/localize.js';
import type { DraftListMessageKey } from '../messages.js';

// The list's own messages; every drafts message together is in core-messages.ts.

/** The messages of <shnro-draft-list>, Russian first. */
export const draftListMessages: MessageCatalogue<DraftListMessageKey> = {
  ru: {
    'list-heading': 'Черновики',
    'list-loading': 'Загружаем черновики…',
    'list-empty': 'Сохранённых черновиков нет.',
    'list-untitled': 'Без названия ({documentId})',
    'list-saved': 'сохранён {time}',
    'list-restore': 'Восстановить',
    'list-restore-label': 'Восстановить черновик «{title}»',
    'list-discard': 'Удалить',
    'list-discard-label': 'Удалить черновик «{title}»',
    'list-discard-confirm': 'Удалить черновик «{title}»? Вернуть его будет нельзя.',
    'list-discard-yes': 'Да, удалить',
    'list-discard-no': 'Отмена',
    'list-export': 'Сохранить в файл',
    'list-export-label': 'Сохранить в файл черновик «{title}»',
    'list-export-all': 'Сохранить все черновики в файл',
    'list-import': 'Загрузить черновики из файла',
    'list-imported': 'Загружено черновиков из файла: {count}.',
    'list-import-skipped': 'Не загружено, потому что здесь сохранены более новые версии: {count}.',
    'list-restored': 'Черновик «{title}» открыт.',
    'list-discarded': 'Черновик «{title}» удалён.',
    'list-aside-heading': 'Отложенные записи',
    'list-aside-hint':
      'Эти записи не удалось открыть как черновики. Они сохранены как есть: их можно сохранить в файл и передать в техподдержку.',
    'list-aside-at': 'отложено {time}',
    'list-failed': 'Действие не выполнено: {reason}.',
  },
  en: {
    'list-heading': 'Drafts',
    'list-loading': 'Loading drafts…',
    'list-empty': 'No saved drafts.',
    'list-untitled': 'Untitled ({documentId})',
    'list-saved': 'saved {time}',
    'list-restore': 'Restore',
    'list-restore-label': 'Restore draft “{title}”',
    'list-discard': 'Delete',
    'list-discard-label': 'Delete draft “{title}”',
    'list-discard-confirm': 'Delete draft “{title}”? It cannot be brought back.',
    'list-discard-yes': 'Yes, delete',
    'list-discard-no': 'Cancel',
    'list-export': 'Save to file',
    'list-export-label': 'Save to file: draft “{title}”',
    'list-export-all': 'Save all drafts to a file',
    'list-import': 'Load drafts from a file',
    'list-imported': 'Drafts loaded from the file: {count}.',
    'list-import-skipped': 'Not loaded because newer versions are saved here: {count}.',
    'list-restored': 'Draft “{title}” opened.',
    'list-discarded': 'Draft “{title}” deleted.',
    'list-aside-heading': 'Records kept aside',
    'list-aside-hint':
      'These records could not be opened as drafts. They are kept as they are: save them to a file and send it to support.',
    'list-aside-at': 'kept aside {time}',
    'list-failed': 'The action failed: {reason}.',
  },
};
