let requested: Promise<boolean> | undefined;

/**
 * Asks the browser, once per page, to keep this site's storage under pressure instead of
 * evicting it. Resolves to whether storage is persistent; false where the API is missing.
 */
export function requestPersistentStorage(): Promise<boolean> {
  requested ??= (async () => {
    try {
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
      if (!storage?.persist) return false;
      if (await storage.persisted?.()) return true;
      return await storage.persist();
    } catch {
      return false;
    }
  })();
  return requested;
}
