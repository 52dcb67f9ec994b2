import type { OutboxItem } from './types.js';

/** What a person reads about one queued change, in Russian or English. */
export function describeOutboxItem(item: OutboxItem, locale: 'ru' | 'en' = 'ru'): string {
  const ru = locale === 'ru';
  switch (item.state) {
    case 'pending':
      return item.attempts === 0
        ? ru
          ? 'ожидает отправки'
          : 'waiting to be sent'
        : ru
          ? `ожидает отправки (попыток: ${item.attempts}${item.message ? `; ${item.message}` : ''})`
          : `waiting to be sent (attempts: ${item.attempts})`;
    case 'sending':
      return ru ? 'отправляется' : 'sending';
    case 'sent':
      return ru ? 'отправлено' : 'sent';
    case 'rejected':
      return ru
        ? `отклонено сервером: ${item.message ?? ''}`.trim()
        : `rejected by the server: ${item.message ?? ''}`.trim();
    case 'conflict':
      return ru
        ? 'конфликт: на сервере более новая версия; обе версии сохранены, выберите'
        : 'conflict: the server has a newer version; both are kept, choose one';
  }
}
