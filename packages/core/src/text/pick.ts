import type { DisplayLocale } from '../share/index.js';
import type { LocalizedText } from './schema.js';

/** The text in the requested language, falling back to Russian when there is no English. */
export function pickText(text: LocalizedText, locale: DisplayLocale = 'ru'): string {
  return locale === 'en' ? (text.en ?? text.ru) : text.ru;
}
