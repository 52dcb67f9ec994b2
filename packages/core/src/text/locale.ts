import type { DisplayLocale } from '../share/format-number.js';

/**
 * The display language for any requested tag: English for `en`, `en-GB`, …; Russian for everything
 * else (`ru`, `de`, `kk`, empty, not a string). The users are Russian methodologists: an unknown
 * language falls back to Russian, never to English.
 */
export function toDisplayLocale(value: unknown): DisplayLocale {
  return typeof value === 'string' && /^en(?:$|[-_])/iu.test(value.trim()) ? 'en' : 'ru';
}
