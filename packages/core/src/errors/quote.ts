import type { DisplayLocale } from '../share/index.js';

/** Quotes a name the way each language does: «…» in Russian, "…" in English. */
export function quote(text: string, locale: DisplayLocale): string {
  return locale === 'ru' ? `«${text}»` : `"${text}"`;
}

/** A short, readable rendering of an offending value for a message. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return '[…]';
  return typeof value === 'object' ? '{…}' : String(value);
}
