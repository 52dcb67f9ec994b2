import type { DraftStore } from '../types.js';

/**
 * The store as a page sees it in the moments before the browser kills it: reads work, but no
 * write ever lands (the debounced save and the pagehide flush never reach the disk).
 */
export function killedPage(store: DraftStore): DraftStore {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'put' || property === 'setAside' || property === 'delete') {
        return () => new Promise<never>(() => undefined);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
