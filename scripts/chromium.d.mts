/** Launch flags this closed network needs. */
export declare const chromiumArgs: string[];
/** A Chromium executable that exists now, or undefined; installs nothing. */
export declare function findChromium(): string | undefined;
/** A Chromium executable, installing Debian's package as root on Debian; throws when none. */
export declare function ensureChromium(options?: { log?: (message: string) => void }): string;
